"""controller-identity: is the party responsible for the data named (and a legal entity)?"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from ..entities import (PERSON, PERSON_WORD, COMPANY, known_service, SAMPLE_NAME, _word_runs, COMMON_ABBREVIATIONS, COMMON_OPENERS, COMMON_TERMS, LEGAL_FORMS, OTHER_SERVICES, LEGAL_SUFFIX, THIRD_PARTIES, _brands, _core, _name_then, _pattern, _proper_name,
                        _title_line, opening_words, organisation, other_party, TITLE_BRAND)
from ..findings import Hit
from ..wordclasses import DESCRIBED_KINDS, PRODUCT_KINDS, business_word
from ..layers import main_policy
from ..patterns import LazyPattern
from . import Kind
from .headings import title_span

# the product's maker, spoken of by role: "the developer", "its author", "the extension developers"
MAKER_ROLE = re.compile(r"\b(?:the|its) (?:extension |app |plugin |bot |software |project )?(?:developers?|authors?)\b"
                        r"(?!\s+(?-i:Terms|Policy|Program|Programme|Portal|Documentation|Guidelines|Console|Account|Dashboard|"
                        r"Mode|Tools|Options|Agreement)\b)", re.IGNORECASE)
ROLE_MENTION = re.compile(
    r"\bthe (?:site|website|app|application|service)? ?(?:owners?|administration|administrators?|operators?|developers?|service providers?)\b"
    r"(?!\s+(?-i:Terms|Policy|Policies|Agreement|Program|Programme|Portal|Documentation|Guidelines)\b)"  # Discord's "Developer Terms"
    # a template's role set as a defined term and never named: "the Organization collects", "The Bank acts as"
    r"|\b[Tt]he (?-i:Organi[sz]ation|Company|Bank|Club|League|Association|Society|Practice|Clinic|Firm|Agency|Charity)\b(?!['’]s\s+name)",
    re.IGNORECASE,
)
WE = re.compile(r"\b(?i:we|us|our)\b")
# who else can speak for the service when nobody is named: "I take your privacy seriously", "This bot ..."
SPEAKER = re.compile(r"\b(?:I|[Mm]e|[Mm]y)\b(?!['’]\w)|\b(?:[Tt]his|[Tt]he)(?: [A-Z][\w-]*)? (?i:app|application|bot|extension|"
                     r"add-on|plugin|game|website|site|software|tool)\b")  # "this Discord bot", "the Bot"


# -- other ways a policy names who is behind it (one mention is enough) ----------------------
# a template field stands for a name: placeholder-text reports it, this rule does not report it twice
# a template's blank for a name in words: "HACKATHON NAME HERE", "Your LLC.", "Your Company Name"
_NAMED_BLANK = r"(?:(?:[A-Z]+ ){1,3}NAME HERE|Your (?:LLC|Ltd|Inc|GmbH|Corp|Company Name|Business Name|Organi[sz]ation Name|App Name)\b\.?)"
_FIELD = (r"(?:\[\[[^\]\n]{1,60}\]\]|\[[^\[\]\n]{1,60}\]|\{\{(?![<%])[^{}\n]{1,40}\}\}|%\{\w+\}s?|\{[A-Za-z_]+\}|<[A-Za-z][^<>\n]{0,40}>|"
          r"%%?[A-Z]+(?:_[A-Z]+)*%%?|" + _NAMED_BLANK + ")")
NAMED_BLANK = re.compile(_NAMED_BLANK)
# starts only at a word start and every part is bounded: a run of letters is scanned once, not once per letter
_DOMAIN = (r"(?<![\w.-])(?:[A-Za-z0-9][\w-]{0,62}\.){1,4}(?:com|org|net|io|app|dev|co|de|fr|uk|eu|ai|me|info|xyz|gg|tv|art|site|social|blog|online|tech|cloud|"
           r"page|link|space|games|chat|tools|studio|works|life|world|network|pro|club|live|news|shop|store|email|sh|fm|"
           r"so|to|ly|us|ca|ch|nl|se|fi|es|it|pl|be|at|cz|jp|au|nz|br|cc|ie|dk|pt|gr|ro|sk|si|hr|lt|lv|ee|"
           r"team|zone|host|systems|software|digital|solutions|agency|media|design|fun|moe|one|codes|run|wiki|land|"
           r"town|garden|party|community|foundation|academy|institute|ngo)\b")
_WORD = r"(?:(?:Dr|St|Mt|Mr|Mrs|Ms|Ft)\.(?=[^\S\n][A-Z])|[A-Z0-9][\w&'’+-]{0,63}|[a-z]{1,3}[A-Z][\w-]{0,63})(?:\.(?=\w)[\w-]{1,63}){0,3}"
_WORDS = rf"(?<![\w&'’+.-]){_WORD}(?:[^\S\n](?:(?:of|the|and|for|de|&)[^\S\n])?{_WORD}){{0,5}}"
_NAMEISH = rf"(?:{_FIELD}|{_DOMAIN}|{_WORDS})"
_SENTENCE_START = r"(?:^|(?<=[.!?:]\s)|(?<=\n)|(?<=\n\s)|(?<=\n\s\s))"
_DATA_VERBS = r"(?:collect|store|share|use|process|track|transmit|send|sell|access|request|record|log|gather|save|upload)(?:es|s)?"
# the makers' other name, a person's: 'The developers of this service ("Developers", a.k.a. Zane Wagner)'
_AKA_NAME = (r"\b(?i:developers?|owners?|operators?|authors?|maintainers?|creators?)\b[^.\n]{0,40}?"
             r"\b(?:a\.k\.a\.?|aka|also known as) (?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})\b")
# a public body, a legal person under public law, given as the operator or the address: "Mailing Address: Ministry of
# Foreign Affairs and Development Cooperation", "operated by the City and County of San Francisco"
PUBLIC_BODY = re.compile(r"(?i:\b(?:address|controller|operated by|run by|published by|provided by|maintained by|responsible "
                         r"(?:body|party|entity)|data controller)\b[^\n.]{0,20}?(?:\n[^\S\n]*)?)(?-i:\b(?:the\s+)?(?:Ministry|Department|"
                         r"Government|Municipality|City(?:\s+and\s+County)?|County|Council|Office|Agency|Secretariat|"
                         r"Embassy|Parliament|Commission|State)\s+of\s+[A-Z])")
# a heading that says who is responsible, over a block that opens with the name
RESPONSIBLE_HEADING = re.compile(r"(?i)\b(?:responsible (?:entity|party|body|person|organi[sz]ation)|(?:data )?controller|"
                                 r"who is responsible|who we are|operator of (?:this|the) (?:website|site|service|app)|"
                                 r"verantwortliche?r?|verantwortliche stelle|responsable du traitement)\b")
# (not a label: "**Identity**: [Name of the company]")
# (a company's status may follow its form: "Gesund Zusammen gGmbH i.G." is being founded, "... GmbH i.L." wound up)
BLOCK_NAME = _pattern(rf"\s*(?:[*_]{{1,2}})?(?P<name>{_NAMEISH})(?:[*_]{{1,2}})?(?:[^\S\n]+(?:i\.[^\S\n]?[GL]\.|\(haftungsbeschränkt\)))?"
                      rf"[^\S\n]*(?:[-–—,(]|\n|$)")


# an address block's first line: "Paul Trettin" over "Bodelschwinghstraße 36a" and "58638 Iserlohn"
ADDRESS_BLOCK = _pattern(rf"(?m:^[^\S\n]*(?:(?i:address|postal address|mailing address|postanschrift|anschrift):[^\S\n]*)?(?P<name>{_WORDS}),?[^\S\n]*\n[^\S\n]*(?:[Cc]/[Oo][^\S\n]|P\.?O\.?[^\S\n]Box|[^\n]{{0,40}}?\b\d{{1,5}}[a-z]?\b)[^\n]{{0,60}}\n[^\S\n]*(?:[A-Z]{{1,3}}-)?\d{{3,5}}(?:[^\S\n]?\d{{2,3}})?[^\S\n]+[A-ZÄÖÜÅ][\w-]+)")
# the writer asks to be reached: "contact me", "e-mail me"
_REACH_ME = r"(?i:\b(?:contact|e-?mail|write to|reach|message) me\b)"
# what an organisation is or does, when the notice opens by introducing it ("PrintLoft is the print shop ...")
_ORGANISATION_KINDS = ("shop", "store", "studio", "company", "business", "practice", "charity", "club", "firm", "agency",
                       "partnership", "centre", "center", "clinic", "school", "café", "cafe", "bakery", "society",
                       "association", "trust", "consultancy", "surgery", "pharmacy", "salon", "gallery", "venue",
                       "restaurant", "brewery", "farm", "nursery", "garage", "workshop", "organisation", "organization",
                       "non-profit", "nonprofit", "cooperative", "co-operative", "collective")
_TRADE_VERBS = ("designs and fits", "designs", "makes", "sells", "provides", "offers", "repairs", "builds", "fits",
                "installs", "supplies", "prints", "bakes", "teaches", "organises", "organizes", "hosts", "looks after",
                "helps", "serves", "delivers", "runs")
# how a maker made or offers the product, between the verb and "by": "provided as-is by Baptiste Candellier"
_MANNER = r"(?:as-is|as is|free of charge|for free|independently|solely|entirely|personally|only)"
NAMING_FRAMES = [
    # (a word one of which the lower-cased text must hold, pattern, strong: one plain capitalised word
    #  is enough, a big company counts, says who "we" is); the words spare a scan that cannot match
    # Welcome to Flutter Gram! / Welcome to [App Name]
    (("welcome",), _pattern(rf"\bWelcome to (?:the )?(?P<name>{_NAMEISH})"), True, False, False),
    # Thank you for choosing Orbit Notes! / By downloading Orbit Notes, you agree ...
    (("thank", "by"), _pattern(rf"\b(?:[Tt]hank you|[Tt]hanks|[Bb]y) (?:for )?(?:choosing|using|downloading|installing|playing|trying|visiting|accessing|entrusting|supporting|being (?:a )?part of|joining|attending|participating in|registering for) (?:the )?(?P<name>{_NAMEISH})"), True, False, False),
    # The developers of this service ("Developers", a.k.a. Zane Wagner)
    (("a.k.a", "aka", "also known as"), _pattern(_AKA_NAME), True, False, True),
    # Responsible for the development of the app ... is *Niklas Bittner*
    (("responsib",), _pattern(rf"\b(?:[Rr]esponsible|[Rr]esponsibility) for (?:[^.\n]{{1,80}}? )?(?:is|lies with) (?:the )?(?P<name>{_NAMEISH})"), True, False, True),
    # I'm Sam Rivera, an independent developer / My name is Jane and I made this app;
    # "Although I (Gavin Lock) do not record ...": the writer's name in brackets after "I"
    # ... or after "I," ("I, M. Ndaru Wibowo, take your privacy seriously")
    (("i'm", "i am", "name is", "i (", "i, "), _pattern(r"\b(?:(?:I['’]m|I am) |I \(|\bI, (?:[A-Z]\. )?)(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})\b|\b[Mm]y name is (?P<name2>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\b"), True, False, False),
    # contact the developer Tony Guyot at ... / our maintainer, Jane Doe
    (("developer", "author", "maintainer", "creator", "owner"), _pattern(rf"\b(?:[Tt]he|[Oo]ur|[Mm]y) (?:app |game |indie |independent |solo )?(?:developer|author|maintainer|creator|owner),? (?P<name>{PERSON})\b"), True, False, True),
    # "Lukáš Ševc, creator of flipo flashcards": a person and the maker's role
    (("creator", "developer", "author", "maintainer", "owner"), _pattern(rf"(?<![\w-])(?P<name>{PERSON}),? (?:the |sole |lead )?(?:creator|developer|author|maintainer|owner) of\b"), True, False, True),
    # These emails will only be used by Unremarkable Games for our mailing list: the user of the data, with "our"
    (("used by", "processed by", "handled by", "managed by", "collected by", "stored by"),
     _pattern(rf"\b(?:used|processed|handled|managed|collected|stored) (?:only |solely |exclusively )?by (?P<name>{_WORDS}) (?:for|to) (?:our|us|we)\b"),
     False, False, False),
    # "When you share a file using tmpfs.it we receive and store ...": the site by its domain, and "we" right after it
    (("using", "via", "through", "on", "visit"), _pattern(rf"\b(?:using|via|through|on|visit|visiting) (?P<name>{_DOMAIN}),?[^\S\n]+(?:we|I)[^\S\n]+(?:[a-z]+[^\S\n]+)?(?:receive|store|collect|keep|log|process|record|get|see|save)\b"),
     True, False, False),
    # "the places where the HedgeDoc Project stores data": a project or a team named as the one keeping the data
    (("project", "team", "foundation", "collective", "maintainers"),
     _pattern(rf"\b[Tt]he (?P<name>(?-i:[A-Z][\w.&'’-]*(?:[^\S\n][A-Z][\w.&'’-]*){{0,3}}))[^\S\n]+(?:Project|Team|Foundation|Collective|[Mm]aintainers)[^\S\n]+(?:stores?|collects?|processes|keeps?|receives?|holds?|handles?|runs?|operates?|hosts?)\b"),
     True, False, False),
    # At activist.org, we ... / At 10BMS, your privacy ... / At **GodotAwesome**, protecting our visitors' privacy /
    # At "GameSaveDoxData", we ...
    # (its address in brackets after it: "At Pink Frog Agency (https://pinkfrog.agency), we value ...")
    (("at",), _pattern(rf"{_SENTENCE_START}At [\"“']?(?P<name>{_NAMEISH})[\"”']?(?:[^\S\n]*\([^()\n]{{1,120}}\))?,? (?:one of our|we|our|your|the privacy|protecting|respecting|safeguarding)\b",
                         needs=r"\bAt "), True, False, True),
    # Wordwall takes your privacy seriously / Acme is committed to protecting your privacy
    # (or a name in lower case with a hyphen, dot or digit in it, opening its line: "ai-code-review-squad respects your privacy")
    (("privacy",), _name_then(rf"(?:(?P<name>{_NAMEISH})|(?m:^)[^\S\n]*(?P<name2>[a-z][a-z0-9]*(?:[-‑.][a-z0-9]+)+)) ", r"(?:takes|respects|values|cares about|is committed to|are committed to|protects|is dedicated to) (?:protecting |safeguarding |respecting |preserving )?(?:(?:your|the|its users'?|user) )?(?:privacy|information|personal (?:data|information)|data)\b"), True, False, False),
    # Developer: Gonçalo Neves / **Author:** Jane Doe (a label over the maker's name)
    (("developer", "author", "maintainer", "owner", "operator", "publisher"), _pattern(rf"(?im:^[^\S\n]*[-*]?[^\S\n]*[*_]*(?:developer|author|maintainer|owner|operator|publisher)[*_]*[^\S\n]*:[^\S\n]*[*_]*)(?P<name>{_WORDS})[*_]*[^\S\n]*(?=\n|$|[,(])"), True, False, True),
    # It is Interactive Snacks' policy to respect your privacy / It is Acme's policy to protect ... / It is apsho’s policy
    (("policy to",), _pattern(rf"\b[Ii]t is (?P<name>{_NAMEISH}|[a-z][\w.-]{{2,30}})['’]s? policy to\b"), True, False, True),
    # This Privacy Policy describes how **ExpiryTracker** handles information / This privacy notice for tf2pickup.org, describes
    # / This notice describes how OpenUPM (or _openupm_), collects ... / This describes how the Mastodon server vmst.io collects
    # (the product the notice is about: a name, though not who "we" is)
    (("describes", "explains", "outlines", "sets out"), _pattern(rf"\b(?i:policy|notice|statement|this|document|page) (?:describes?|explains?|outlines?|sets out) how (?:the (?:[\w-]+ ){{0,2}}(?:server|instance|app|application|bot|site|website|service|project|blog|community|platform) )?(?P<name>{_NAMEISH})(?: \([^()\n]{{1,60}}\))?(?:,? (?:and|—|–) [^.\n]{{1,160}}?)?,? (?:collects?|uses?|handles?|process(?:es)?|treats?|protects?|manages?|stores?|shares?)\b"), True, False, False),
    (("notice for", "policy for", "statement for"), _pattern(rf"\b[Tt]his (?:[Pp]rivacy )?(?i:policy|notice|statement) for (?P<name>{_NAMEISH})(?:,| \(| (?:describes|explains|outlines|sets out|tells you|covers)\b)"), True, False, False),
    # "This privacy policy discloses the privacy practices for Parks on the Air" (an old template's opening)
    (("practices for", "practices of"), _pattern(rf"\b(?i:discloses|describes|explains|sets out|covers) the (?i:privacy|data|information) practices (?:for|of) (?:all |the )?(?P<name>{_NAMEISH})"), True, False, False),
    # a caption: "Privacy Policy of Chatrix.One" (the service the notice is about)
    (("policy of", "notice of", "statement of"), _pattern(rf"\b[Pp]rivacy (?:[Pp]olicy|[Nn]otice|[Ss]tatement) of (?P<name>{_NAMEISH})[^\S\n]*(?:$|\n|[.,;:(])"), True, False, False),
    # [Your Company Name] ("we") / {{company_name}} ("we", "us")
    # ('explains how **edurl** ("we", "our") handles': a brand in lower case defined as "we"; not 'the nursery ("the
    # Nursery", "we")', 'a small group of volunteers ("the maintainers", "we")')
    (("(",), _name_then(rf"(?:(?P<name>{_FIELD})|\bhow\s+(?P<name2>[a-z][\w.-]{{2,30}}))\s*", r"""\([^()]{0,80}?["“'‘](?i:we|us|our|the company)["”'’]"""), True, False, True),
    # My application, "Circle Pop", does not ... / our game called "Orbit"
    (("my ", "our "), _pattern(rf"""\b(?:[Mm]y|[Oo]ur) (?:[A-Z][\w-]* )?(?i:app|application|extension|add-on|bot|website|game|plugin|tool|software),? (?:called |named )?["“'‘](?P<name>{_WORDS})["”'’]"""), True, False, True),
    # This extension ("Tab Tidy") keeps ... / the app (“Acme”)
    (("(",), _pattern(rf"""\b(?i:this|the|our) (?i:app|application|extension|add-on|bot|website|game|plugin|service|tool|software)\s*\(\s*["“'‘](?P<name>{_WORDS})["”'’]"""), True, False, True),
    # Basecamp (the company) / Acme (the "Company") without quotes / "Individual Entrepreneur Ivan Petrov (OGRNIP:
    # 3211...) (hereinafter - the Operator)", a registration number first
    (("(",), _name_then(rf"(?P<name>{_WORDS}) (?:\([^()\n]{{1,60}}\)\s*)?",
                        r"\((?i:the[ \t]+|hereinafter(?:[ \t]*[-–—:][ \t]*|[ \t]+)(?:referred\x20to\x20as[ \t]+)?(?:the[ \t]+)?)(?i:company|controller|operator|developer|organi[sz]ation)\)"), True, False, True),
    # Company (referred to as "the Company", "We" ...) refers to Acme Ltd, 1 Main St.
    (("refer",), _pattern(r"\b(?:Company|Controller|Operator|Developer|Owner|Data Controller)\b[^.\n]{0,160}?\brefers? to:?[^\S\n]+(?P<name>(?!(?i:the|this|our|a|an|you|your|us|we)\b)[\w\[{%][^,.;\n]{0,60})"), True, False, True),
    # The software ... collects information ... and sends it to Microsoft
    (("send", "sent", "transmit", "report", "upload"), _pattern(rf"\b(?:send|sends|sent|sending|transmit|transmits|transmitted|report|reports|upload|uploads|uploaded) (?:it|them|this (?:data|information)|(?:[\w-]+ ){{0,3}}?(?:data|information|telemetry|reports?|logs?|statistics)) to (?P<name>{_WORDS})"), True, True, False),
    # Jane Example built the Orbit app as a free app / [Company Name] built the [App Name] app / Acme runs this app /
    # "Oleksis Fraga and contributors built `yt-dlg` as a free Desktop App" (the product by its own name, or as code,
    # which the text blanks) /
    # thanxx (Alex Radchenko) and other contributors built the Voltage app: the person behind the handle
    (("built", "created", "developed", "made", "runs", "operates", "owns", "publishes", "maintains"), _name_then(rf"{_SENTENCE_START}(?:The )?(?:(?P<name>{_NAMEISH})|[a-z][\w.-]{{2,30}} \((?P<name2>[A-Z][a-z]+(?: [A-Z][a-z]+){{1,2}})\))(?: and (?:other |the |its )?(?:contributors|team|friends|community))?", r" (?:built|created|developed|made|runs|operates|owns|publishes|maintains) (?:(?:the|this) (?:[\w\[\]{}]+ ){0,4}?(?i:app|application|game|extension|website|bot|plugin|service|software)\b|[A-Z][\w-]*(?: [A-Z][\w-]*){0,3}\.[^\S\n]+The (?:app|application|game) was|(?:[\w.-]+ )?as an? (?:[\w-]+ ){0,3}?(?i:app|application|game|extension|website|bot|plugin|service|software|tool)\b)"), True, False, False),
    # "PrintLoft is the self-service print, copy and scan shop on the first floor of Canal Works": the organisation
    # introduced by what it is, at the top of the notice (not "Google Analytics is a web analytics service" further on)
    (_ORGANISATION_KINDS, _pattern(rf"\A[\s\S]{{0,1200}}?{_SENTENCE_START}(?P<name>{_WORDS}) (?:is|are) (?:an?|the) "
                                   rf"(?:[\w,'’-]+ ){{0,6}}?(?:{'|'.join(_ORGANISATION_KINDS)})\b"), False, False, True),
    # "Signcraft Studio designs and fits shop fascias for businesses around Greater Manchester": the same, by what it does
    (_TRADE_VERBS, _pattern(rf"\A[\s\S]{{0,600}}?{_SENTENCE_START}(?P<name>{_WORDS}) (?:{'|'.join(_TRADE_VERBS)}) "
                            r"(?!(?:you|your|users?|the (?:app|extension|website|site|service))\b)"), False, False, True),
    # developed / created / operated / provided by Acme (or by [Company Name])
    (("by",), _pattern(rf"\b(?i:develop+ed|created|built|made|published|maintained|operated|provided|owned|run|written|designed|offered|brought to you)(?: with (?:love|care|♥|❤️?|💙|💚|💜|🧡|🖤)(?: and (?:[a-z]+|🔒|☕|🍕))?)? (?:and [a-z]+ )?(?:{_MANNER} )?by (?:me, )?(?:[Tt]he )?(?P<name>{_NAMEISH})(?![^\S\n]+(?:API|APIs|SDK|SDKs)\b)"), True, False, False),
    # Orbit Notes is an app by Orbit Works / a free game by Tidewater Games
    (("by",), _pattern(rf"\b(?:is|are) (?:an?|our) (?:[\w-]+ ){{0,4}}?(?i:app|application|game|extension|add-on|bot|tool|plugin|website|service|project|library|theme)s? by (?:[Tt]he )?(?P<name>{_NAMEISH})"), True, False, False),
    # Fondazione Bruno Kessler (hereinafter "FBK") - in its capacity of Data Controller
    (("capacity", "acting as"), _pattern(rf"(?P<name>{_WORDS})(?:[^\S\n]\([^()\n]{{0,60}}\))?[^\S\n]*[-–—,]?[^\S\n]*(?:in its capacity (?:of|as)|acting as) (?:the )?(?i:data )?(?i:controller)\b"), True, False, True),
    # The controller of this website is Valentino Giudice / The data controller is Acme / "The data controller responsible
    # in respect of the information collected on this website is Dog Buddy UK Ltd"
    (("controller",), _pattern(rf"\b(?i:the) (?i:data )?controller (?:(?:of|for|responsible (?:for|in respect of)) (?:[\w,'’-]+ ){{0,8}}?)?is (?P<name>{_NAMEISH})"), True, False, True),
    # how we (Mosquito Games) collect ...: who "we" are, in brackets
    (("we (",), _pattern(rf"\b[Ww]e \((?P<name>{_WORDS})\)"), True, False, True),
    # "me/I" means @rf20008: the writer's handle defined
    # ('"We," "Us," "Our" refers to mineskin.pro': the words listed, then who they are)
    (("means", "refers to"), _pattern(r"[\"“](?i:me|I|we|us)(?:/(?:me|I|us|we))?,?[ \t]?[\"”](?:,?[ \t]*(?:(?:and|or)[ \t]+)?[\"“](?i:we|us|our|me|my|I)[,.]?[ \t]?[\"”])*,? (?:means|refers to) @?(?P<name>[A-Za-z][\w.-]{2,30})"), True, False, True),
    # This site is looked after by volunteers at Shipley Film Society
    (("volunteers", "members", "trustees", "staff"), _pattern(rf"\b(?:looked after|run|maintained|operated|managed|organi[sz]ed) by (?:the )?(?:volunteers|members|volunteer members|trustees|staff) (?:at|of|from) (?:the )?(?P<name>{_WORDS})"), True, False, True),
    # "Emplbee" LLC, https://emplbee.com/: a name in quotes with its legal form
    (("llc", "ltd", "inc", "gmbh", "limited"), _pattern(r"[\"“](?P<name>[A-Z][\w&'’ -]{1,40})[\"”][ \t]*,?[ \t]*(?:LLC|Ltd\.?|Limited|Inc\.?|GmbH|Pty Ltd|Pvt\. Ltd\.?|S\.A\.|B\.V\.)(?![\w])"), True, False, True),
    # This policy covers personal data processed by lgxpkf
    (("processed by", "collected by", "handled by"), _pattern(rf"\b(?i:policy|notice|statement) (?:covers|applies to|describes|explains) (?:the |how )?(?:personal )?(?:data|information) (?:is )?(?:processed|collected|handled) by (?P<name>{_NAMEISH}|[a-z][\w.-]{{2,30}})"), True, False, True),
    # give me (ay136416 / rf20008): the writer's handle in parentheses
    (("me (",), _pattern(r"\bme \((?P<name>@?[A-Za-z][\w.-]{2,30})(?: ?/ ?@?[A-Za-z0-9][\w.-]{2,30})?\)"), True, False, True),
    # This site belongs to Jane Okafor / The app is the property of Orbit Works
    (("belong", "property of"), _pattern(rf"\b(?i:this|the|our|my) (?i:site|website|blog|app|application|game|extension|bot|service|project|newsletter|podcast) (?:belongs to|is the property of) (?P<name>{_NAMEISH})"), True, False, True),
    # Contact us at:\n\nCadence Digital\nWebsite: ...
    (("contact", "reach", "write", "touch", "questions"), _pattern(rf"(?im:^[^\n]{{0,200}}?\b(?:contact|reach|write to|get in touch|questions)\b[^\n]{{0,200}}?:[^\S\n]*\n(?:[^\S\n]*\n)?[^\S\n]*)(?P<name>{_WORDS}|{_FIELD})[^\S\n]*(?=\n|$)"), True, False, False),
    # "**Ashdown Piano Tuning** – Tom Ashdown, sole trader": the person who trades under the name
    (("sole trader", "sole proprietor"), _pattern(rf"(?P<name>{PERSON}),?[^\S\n]+(?:(?:a|the|is a)[^\S\n]+)?sole[^\S\n]+(?:trader|proprietor)\b"), True, False, True),
    # "## Contact" over "- **David Luhmer**": a person's name heads the contact block
    (("contact", "kontakt"), _pattern(rf"(?im:^[^\S\n]*(?:contacts?|contact (?:us|me|information|info|details)|kontakt)[^\S\n]*:?[^\S\n]*\n"
                                      rf"(?:[^\S\n]*\n)*[^\S\n]*(?:[-*•+][^\S\n]+)?)(?P<name>{PERSON})[^\S\n]*(?=\n)"), True, False, False),
    # "## 1. Data Controller" over "**Paul Trettin**"; "The party responsible ... (the "controller") is:" over a name
    (("controller", "responsible"), _pattern(rf"(?im:^[^\S\n]*(?:[^\n]{{0,200}}?\b(?:controller|(?:party|person|body|entity)[^\S\n]+responsible|responsible[^\S\n]+(?:party|person|body|entity|for[^\S\n]+(?:the[^\S\n]+)?(?:data[^\S\n]+)?processing|for[^\S\n]+(?:your[^\S\n]+)?(?:personal[^\S\n]+)?data))\b[^\n]{{0,200}}?:|(?:\d+(?:\.\d+)*\.?[^\S\n]*)?(?:the[^\S\n]+)?(?:data[^\S\n]+)?(?:controller|responsible[^\S\n]+(?:party|person|body|entity))(?:[^\S\n]+(?:and|&)[^\S\n]+contact(?:[^\S\n]+details)?)?)[^\S\n]*\n(?:[^\S\n]*\n)?[^\S\n]*)(?:(?P<name2>[a-z][\w.-]{{1,30}})[^\S\n]*[/|·][^\S\n]*{_WORDS}|(?P<name>{_WORDS}))[^\S\n]*(?=\n|$)"), True, False, True),
    (("\n",), ADDRESS_BLOCK, True, False, True),
    # "when adding any of leothewolf's bots to a server": the maker's name, a handle too, owning the product
    (("'s ", "’s "), _pattern(rf"\b(?:any|all|one|each|some) of (?P<name>{_NAMEISH}|[a-z][\w.-]{{2,30}})['’]s (?:[\w-]+ )?(?i:bots|apps|applications|extensions|add-ons|games|plugins|tools|projects)\b"), True, False, False),
    # This Privacy Policy applies to Brainatee games
    (("appl",), _pattern(rf"\b(?i:policy|notice|statement) (?:applies|apply) to (?:all )?(?:the )?(?P<name>{_WORDS})"), False, False, False),
    # Gas Mixer does not collect ... / The Acme app is an open source app (not the list item "Transaction logs",
    # a noun with nothing after it)
    (("collect", "stor", "shar", "use", "process", "track", "transmit", "send", "sell", "access", "request", "record", "log", "gather", "sav", "upload"), _pattern(rf"{_SENTENCE_START}(?:The )?(?P<name>{_WORDS}|{_DOMAIN}|#[A-Za-z][\w-]{{2,30}}) (?:(?:app|application|extension|bot|game|plugin|site|website|service|platform) )?(?:(?:does not|doesn't|do not|don't|never|only|will not|won't|may|will|directly|automatically) )*{_DATA_VERBS}\b(?! (?:are|is|were|was|can|may|will|must|should|have|has)\b)(?![^\S\n]*(?:\n|\Z))"), False, False, False),
    (("is",), _name_then(rf"{_SENTENCE_START}(?P<name>(?<![\w'’-])[A-Z][\w'’-]{{0,63}}(?:[^\S\n](?:the|of|and|[A-Z0-9][\w'’-]{{0,63}})){{0,5}})",
                         r" (?:app|application|extension|bot|game|plugin|tool) is (?:a|an)\b"), True, False, False),
    # Acme is a small software company / ATCG-lab is a functional genomics lab from CSIR-IGIB: the opening names who
    # "we" are (further on, "TelemetryDeck is a small company" describes a processor)
    (("is a", "is an"), _name_then(rf"\A(?s:.){{0,600}}?{_SENTENCE_START}(?P<name>{_NAMEISH})",
                                   r"[^\S\n]+is an?[^\S\n]+(?:[\w-]+[^\S\n]+){0,4}?(?:company|studio|lab|laboratory|team|"
                                   r"organi[sz]ation|charity|agency|start-?up|business|non-?profit|group|collective|"
                                   r"co-?operative|co-op|association|club|society|institute|firm|consultancy|practice|"
                                   r"research group|research lab|partnership|sole trader|enterprise)\b"), True, False, True),
    # the Send Messages app / our Printer Lights extension
    # (not another's page the reader is pointed to: "on the ConsuWijzer website", "visit the Google Play app")
    (("app", "extension", "add-on", "bot", "website", "game", "plugin", "service", "tool"), _pattern(rf"(?<!\x20on\x20)(?<!\x20at\x20)(?<!\x20to\x20)(?<!\x20via\x20)(?<!\x20see\x20)(?<!visit\x20)(?<!from\x20)\b(?:[Tt]he|[Oo]ur|[Tt]his|[Mm]y) (?P<name>{_WORDS}) (?:app|application|extension|add-on|bot|website|game|plugin|service|tool)\b"), False, False, False),
]
# products and platforms named next to "app" / as the subject of "collects" that are not who "we" are
NOT_OWNERS = OTHER_SERVICES | {
    "mobile", "web", "desktop", "browser", "personal data", "personal information", "usage data", "log data",
    "cookies", "analytics", "third parties", "third-party", "third-party services", "service providers", "we", "i",
    "you", "it", "this", "that", "these", "our", "your", "the", "all", "any", "some", "no", "none", "each",
    "privacy", "privacy policy", "policy",
}
_GENERIC_NAME_WORDS = {"privacy", "team", "support", "customer", "customers", "service", "services", "data",
                       "protection", "officer", "department", "legal", "contact", "us", "me", "the", "our",
                       "email", "e-mail", "website", "phone", "address", "information", "questions", "help",
                       "profile", "homepage", "page", "here", "form", "link", "below", "above", "game", "games",
                       "and", "app", "apps", "application", "site", "sessions", "session", "saves", "settings"}


# a label over its value in a definition list ("Name\n:   Simon Walker"), not a name
FIELD_LABELS = frozenset({"name", "organisation", "organization", "company", "controller", "operator", "owner", "contact"})
DEFINED_VALUE = re.compile(r"[^\S\n]*\n[^\S\n]*:[^\S\n]+(?P<value>[^\s:][^\n]*?)[^\S\n]*(?=\n|$)")


def _defined_value(text: str, name: str, start: int) -> tuple[str, int]:
    """A definition list's value for a label a frame took as the name ("Name\n:   Simon Walker"), or the name."""
    value = DEFINED_VALUE.match(text, start + len(name)) if name.lower() in FIELD_LABELS else None
    return (value.group("value"), value.start("value")) if value is not None else (name, start)


def named_in_text(doc, defining_only: bool = False) -> bool:
    """Does the text name who is behind it in a way ``organisation`` does not look for?

    With ``defining_only``, only the frames that say who "we" is count: a policy that defines
    "we" as "Acme service providers" is not rescued by the brand in its title.
    """
    return name_in_text(doc, defining_only) is not None


def name_in_text(doc, defining_only: bool = False, fields: bool = True) -> tuple[str, int, int] | None:
    """The name the first matching naming frame finds (as written, with its offsets), or None;
    without ``fields``, a template field ("[Company Name]") is no name. Once per document: the
    frames are long, and several rules ask."""
    return doc.memo(("name in text", defining_only, fields), lambda: _name_in_text(doc, defining_only, fields))


def _linked_person(text: str, name: str) -> bool:
    """A link's text that is a person's name: two or three capitalised words, none a business's word nor a word
    the text also writes in lower case ("[Contact Form]" is no one; "[Paul Woitaschek]" is)."""
    words = name.strip(" \t.,;:!?*_").split()
    return 2 <= len(words) <= 3 and re.fullmatch(PERSON, " ".join(words)) is not None and not any(
        business_word(w) or re.search(rf"(?<![\w./@-]){re.escape(w.lower())}(?![\w@-])", text) for w in words)


def _hinted(doc, hints) -> bool:
    """Does the text hold one of a naming frame's words? Asked of every frame by several rules: the text is
    lowered once, and each word looked for once, per document (a megabyte of text makes each look cost)."""
    lowered = doc.memo(("lowered text",), lambda: doc.lined_text.lower())
    return any(doc.memo(("holds", hint), lambda hint=hint: hint in lowered) for hint in hints)


def _frame_matches(doc, pattern) -> list:
    """A naming frame's matches in the text, found once per document for the four ways it is asked."""
    return doc.memo(("frame matches", pattern.pattern), lambda: list(pattern.finditer(doc.lined_text)))


def _name_in_text(doc, defining_only: bool, fields: bool) -> tuple[str, int, int] | None:
    text = doc.lined_text
    link_starts = {link.start for link in doc.links}
    for hints, pattern, strong, big_company, defines in NAMING_FRAMES:
        if (defining_only and not defines) or not _hinted(doc, hints):
            continue
        for m in _frame_matches(doc, pattern):
            group = "name" if m.group("name") is not None else "name2"
            if m.start(group) in link_starts and not _linked_person(text, m.group(group)):
                continue  # "contact us at: [Profile](https://...)": a link's text, not a name (but "maintained by me,
                # [Paul Woitaschek](https://...)": a person's name, linked to their page)
            if _acceptable(text, m.group(group), strong, big_company):
                name = m.group(group).strip(" \t.,;:!?*_")
                if not fields and _is_field(name):
                    continue
                start = text.find(name, m.start(group))
                block = doc.block_at(start)
                if "\n" in text[m.start():start] and block is not None and block.kind == "heading":
                    continue  # "contact us at:" and then the heading "Summary": the address was never filled in
                value, at = _defined_value(text, name, start)  # "Name\n:   Simon Walker": the term's value
                if value != name and not _acceptable(text, value, strong, big_company):
                    continue
                return value, at, at + len(value)
    for heading in doc.headings:  # it says who "we" is, as a definition does
        # "## Responsible entity for the processing" over "epicenter.works - Plattform Grundrechtspolitik"
        if RESPONSIBLE_HEADING.search(heading.title):
            index = doc.block_index_at(heading.end)
            following = doc.blocks[index + 1] if index + 1 < len(doc.blocks) else None
            m = BLOCK_NAME.match(text, following.start, following.end) if following is not None and \
                following.kind != "heading" else None
            if m is not None and _acceptable(text, m.group("name"), True, False) and (fields or not _is_field(m.group("name"))):
                return m.group("name"), m.start("name"), m.end("name")
    person = _contact_person(doc)
    if person is not None:
        return person
    signed = _signature(doc.source, SIGNED_NAME)  # "Anna Kowalski, Registered Dental Hygienist" over her address and e-mail (which the
    # text blanks; the source has the text's offsets)
    if signed is not None:
        return signed.group("name"), signed.start("name"), signed.end("name")
    for block in FENCED.finditer(doc.source):  # an address set apart in a code block ("```\n2factorauth,\nC/O ...")
        m = ADDRESS_BLOCK.search(block.group("body"))
        if m is not None and _acceptable(text, m.group("name"), True, False):
            start = block.start("body") + m.start("name")
            return m.group("name"), start, start + len(m.group("name"))
    return None


def names_in_text(doc) -> list[tuple[str, int, int, bool]]:
    """Every frame's first name for "we" (the brands of "send it to Microsoft" left out), then the
    brands the text treats as its own ("FreeCraft does not know ..."): the candidates for the
    organisation when no definition or title names it."""
    return list(doc.memo(("names in text",), lambda: _names_in_text(doc)))


_READER_BEFORE = re.compile(r"(?i)\b(?:you|agree\w*|accept\w*|consent\w*)\b")


def _means_of_doing(text: str, m: re.Match) -> bool:
    """"Fetches weather data by accessing Accuweather's webpages": "by" + using-verb and another's thing (a
    possessive) inside a sentence about what the software does is how it does it, not the reader using "us"
    ("you agree ... by using Acme")."""
    if not m.group(0).startswith("by ") or not re.search(r"['’]s?$", m.group(0).rstrip(" \t.,;:!?*_")):
        return False
    start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()), m.start() - 120) + 1
    return _READER_BEFORE.search(text, start, m.start()) is None and text[start:m.start()].strip() != ""


def _names_in_text(doc) -> list[tuple[str, int, int, bool]]:
    text = doc.lined_text
    link_starts = {link.start for link in doc.links}
    found = []
    for hints, pattern, strong, big_company, _ in NAMING_FRAMES:
        if big_company or not _hinted(doc, hints):
            continue
        for m in _frame_matches(doc, pattern):
            group = "name" if m.group("name") is not None else "name2"
            if m.start(group) in link_starts or not _acceptable(text, m.group(group), strong, big_company) \
                    or _means_of_doing(text, m):
                continue
            name = SUBORDINATE.sub("", m.group(group).strip(" \t.,;:!?*_"))
            start = text.find(name, m.start(group))
            name, start = _defined_value(text, name, start)
            found.append((name, start, start + len(name), strong))
            break
    found += [(e.name, e.start, e.end, False) for e in _brands(text)]
    return [(n, a, b, strong) for n, a, b, strong in found
            if n and not _compound(n) and (n[:1] not in "[{%<" or SITE_VARIABLE.fullmatch(n)) and n.lower() not in COMMON_TERMS
            and not opening_words(n)  # "Therefore I use ..."
            and not all(w.lower() in _GENERIC_NAME_WORDS for w in n.split())  # "Website and Services", "Game"
            and (_POSSESSIVE_END.sub("", n.split()[0].lower()) not in THIRD_PARTIES | NOT_OWNERS
                 or (" " in n and _speaks_as_we(text, n)))  # "Claude Metrics is committed to protecting your privacy"
            and not _owned(text, n)]


# "When FPN sends ...", "Although GitHub does not ...": the conjunction is no part of the name
SUBORDINATE = re.compile(r"^(?:When|Whenever|Although|Though|If|While|Because|Since|As|Once|Unless|However|"
                         r"Whether|After|Before|Where|Until)\s+")
_POSSESSIVE_END = re.compile(r"['’]s?$")


def _product(name: str, text: str) -> bool:
    """ "our app, Paranormal Activity Detector", "the Orbit Notes app": the name is a product's, not a person's."""
    kinds = r"(?:app|application|game|bot|extension|add-on|plugin|service|software|website|site|tool|platform|product)"
    name = re.escape(name)
    return re.search(rf"\b(?i:{kinds}),?\s+(?:(?i:called|named)\s+)?[\"“'‘]?{name}\b|\b{name}[\"”'’]?\s+(?i:{kinds})\b",
                     text) is not None


def _owned(text: str, name: str) -> bool:
    """ "Google’s Invisible reCAPTCHA", "our site uses Plausible", "Telegram's own servers": another
    company's product or a tool the service uses, wherever the text says so (not "when you use
    Acme", "how visitors use acme.com": people using the service itself)."""
    if other_party(text, name):
        return True
    for m in re.finditer(r"(?:\w['’]s|\b(?i:uses?|using|powered by|integrates?(?: with)?))\s+(?:the\s+)?"
                         + re.escape(name) + r"\b(?!['’]s)", text):  # "using Redash's web app": its own app
        before = text[max(0, m.start() - 40):m.start()].split()
        while before and before[-1].lower() in ("also", "still", "currently", "actively"):
            before.pop()  # "other users also using OFTC services": who uses it, past the adverb
        last = [w.lower().strip(",") for w in before[-2:]]
        if m.group(0)[:1].isalpha() and last and (last[-1] in READER_WORDS or (
                last[-1] == "to" and last[0] in READER_CHOICES)):
            continue  # "when you use Acme", "while using Acme, you", "decided to use Acme": the reader uses it
        return True
    return False


# who uses the service itself: "when you use Acme", "how our visitors use acme.com"
READER_WORDS = {"by", "when", "you", "users", "user", "and", "or", "visitors", "visitor", "customers", "people",
                "members", "players", "collectively", "who", "everyone", "anyone", "while", "whenever", "before",
                "after", "start", "started", "continue", "keep", "stop", "cease", "avoid", "from", "for"}  # "refrain from using Acme", "thank you for using Acme"
READER_CHOICES = {"decided", "decide", "choose", "chose", "chosen", "want", "wish", "continue", "agree", "able", "ability", "required",
                  "need", "needed", "allowed", "free", "how", "permitted", "eligible", "old", "older", "age"}  # "13 years old to use Acme"


def _compound(name: str) -> bool:
    """ "Session-based", "Discord’s API": an adjective or another party's thing, not a name."""
    return bool(re.fullmatch(r"[\w]+-[a-z]+", name)) or re.search(r"\w['’]s\s", name) is not None


# what a template asks to fill in: "[Company/AppName]", "{{company_name}}", "<insert app name>"
FIELD_WORDS = re.compile(r"(?i:name|company|app\b|your|website|developer|insert|owner|organi[sz]ation|business|enter|"
                         r"author|plugin|maintainer|publisher|operator|controller|parish|school|club)")


# a site generator's variable, filled from the site's settings when the page is built: "{{ site.title }}"
SITE_VARIABLE = re.compile(r"\{\{-?\s*(?:\.?\w+\.[\w.]+|[^{}|]+\|[^{}]+)\s*-?\}\}")


def _enclosing_field(source: str, start: int, end: int) -> str | None:
    """The template field ``source[start:end]`` is the inside of ("[Your Discord Bot Name]"), or None."""
    line_start, line_end = source.rfind("\n", 0, start) + 1, source.find("\n", end)
    opening = source.rfind("[", line_start, start + 1)
    closing = source.find("]", end - 1, len(source) if line_end < 0 else line_end)
    if opening < 0 or closing < 0 or "]" in source[opening:start] or "[" in source[end:closing]:
        return None
    field = source[opening:closing + 1]
    return field if _is_field(field) else None


def _is_field(name: str) -> bool:
    """ "{{company}}", "%{domain}s" always; "[Company Name]" when its words ask for a name ("[Acme]"
    may be a name filled in and left in its brackets). A site generator's "{{ site.title }}" is
    filled when the page is built."""
    if SITE_VARIABLE.fullmatch(name):
        return False
    return name[:1] in "{%<" or (name[:1] == "[" and FIELD_WORDS.search(name) is not None) or \
        NAMED_BLANK.fullmatch(name) is not None or SAMPLE_NAME.fullmatch(name) is not None



OF_FIELD = re.compile(rf"[ \t]+of[ \t]+(?:the[ \t]+)?(?P<field>{_FIELD})")
# the label of who is responsible, with a template field for its value: "**Developer**: [Your Developer Name]"
RESPONSIBLE_FIELD = LazyPattern(
    rf"(?i:\b(?:developer|publisher|owner|operator|data controller|controller|company|organi[sz]ation|"
    rf"(?:developed|operated|maintained|published|provided|created|run) by))\b[*_]*[ \t]*[:=]?[ \t*_]*(?P<field>{_FIELD})", 0)


# the label of who is responsible, with a pointer for its value: "Developer: See the Google Play store listing."
RESPONSIBLE_POINTER = LazyPattern(
    r"(?im:^[ \t*_>-]*(?:developer|publisher|owner|operator|data controller|controller|company|provider)[*_]*[ \t]*:"
    r"[ \t*_]*(?:see|refer to|check|as (?:shown|listed|given) (?:on|in))\b[^\n]{0,80})", 0)


_ROLE_COMPOUND = re.compile(r"[\w]+-(?:maintained|owned|run|operated|hosted|managed|controlled|based|sponsored|funded|approved)")


SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?[^\S\n]|\d{1,2}\.[^\S\n]")


def _acceptable(text: str, raw: str, strong: bool, big_company: bool) -> bool:
    name = raw.strip(" \t.,;:!?*_")
    if not name:
        return False
    if name[0] in "[{%<" and not name.strip("[]{}%<> \t"):
        return False  # "[hoanghcm188@gmail.com]" with its address blanked: no name at all
    if name[0] in "[{%<" or NAMED_BLANK.fullmatch(name):
        return True  # a template field: the name is missing, placeholder-text says so
    if SECTION_NUMBER.match(name):
        return False  # "2.2 The Google Fonts API may collect ...": a numbered clause's opening words, not a name
    lowered = name.lower()
    if lowered in NOT_OWNERS or lowered in COMMON_TERMS or (lowered in THIRD_PARTIES and not big_company):
        return False
    if name in COMMON_ABBREVIATIONS:
        return False  # "GPS does not ...": a technology, not who runs the service
    words = lowered.split()
    if (words[0] in NOT_OWNERS and (len(words) == 1 or not _speaks_as_we(text, name))) or \
            words[0] in {"its", "their", "his", "her", "my", "an", "a"} or words[0] in COMMON_OPENERS:
        return False  # "Because the Application ...": a sentence's first word, not a name
    if len(words) > 1 and words[0] in THIRD_PARTIES and not _speaks_as_we(text, name):
        return False  # "the Apple Push Notification service": a big company's product is a processor, not "we"
    if all(_POSSESSIVE_END.sub("", w) in _GENERIC_NAME_WORDS | PRODUCT_KINDS for w in words):
        return False  # "The Extension's use of information": the product's kind, not its name
    if len(words) == 1 and _ROLE_COMPOUND.fullmatch(lowered):
        return False  # "all the Operators-maintained web sites": who keeps them, as an adjective, not a name
    core, generic = _core(name)
    if (generic or not core) and lowered not in THIRD_PARTIES:
        return False
    if not strong and " " not in name and name[:1].isupper() and name[1:].islower() and name.isalpha():
        # one ordinary capitalised word ("Cookies", "Analytics"): a brand only if the text treats it as one,
        # and not a verb that opens every list item it is in ("- Request access to your personal data")
        return _proper_name(text, name) and not _only_opens_lines(text, name)
    return True


@lru_cache(maxsize=256)  # asked for each match of a naming frame: one search per name and text
def _speaks_as_we(text: str, name: str) -> bool:
    """ "Claude Metrics is committed to protecting your privacy", "this policy outlines how Gemini AI Web App
    collects ...": a name that begins with a platform's, said to be the one the notice is about (not "Google
    Analytics collects ...")."""
    n = r"\s+".join(re.escape(w) for w in name.split())
    return re.search(rf"(?<![\w-]){n}\s+(?:is committed to|respects|takes|values|cares about)\b[^.\n]{{0,40}}\bprivacy\b|"
                     rf"\b(?:describes|explains|outlines|sets out)\s+how\s+(?:the\s+)?{n}\s+(?:collects|uses|handles|processes)\b",
                     text) is not None


def _only_opens_lines(text: str, name: str) -> bool:
    """Is every use of ``name`` the first word of its line (after a list marker or emphasis)?"""
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        before = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        if before.strip(" \t*_>+-#.)0123456789"):
            return False
    return True


class ControllerUnnamed(Kind):
    """Raise when "we" is only a role: no definition names an organisation, and no brand is given."""

    params = {"entity": None}

    def check(self, doc):
        if self.options["entity"]:
            return
        hit = unnamed(doc)
        if hit is not None:
            yield hit


def unnamed(doc) -> Hit | None:
    """Where and why the document names nobody as responsible for the data, or None when it names
    someone (shared with disclosure-missing, whose first item is the controller's identity: worked
    out once per document)."""
    return doc.memo(("controller unnamed",), lambda: _unnamed(doc))


# the app-policy generator's blank for the maker: "built the QR Make app as an Ad Supported app. This SERVICE
# is provided by at no cost", "provided by and is intended for use as is"
MAKER_LEFT_BLANK = LazyPattern(
    r"\b(?:provided|developed|built|operated|owned|offered) by(?=[ \t]+(?:and is|at no cost|as an? "
    r"(?:free|open source|commercial|ad supported))\b)|(?m:^)[ \t]*(?:(?:We|I)[ \t]+)?built the\b(?=[^.\n]{0,60}?\bapp as an?\b)|"
    # the newer generator's "created by the Service Provider as a Free service": its alias, the name never given
    r"\b(?:created|developed|built|made|provided|published) by the Service Provider\b|"
    # ... or the name left out before the alias: "created by  (hereby referred to as "Service Provider")"
    r"\b(?:created|developed|built|made|provided|published) by[ \t]*\((?=hereby|hereinafter|referred)", 0)

# ... or filled in with a role: "The App Owner provides this SERVICE", "This SERVICE is provided by the developer"
MAKER_ONLY_A_ROLE = LazyPattern(
    r"\b(?i:the)[ \t]+(?:(?i:app|application|site|website|service)[ \t]+)?(?i:owners?|developers?|creators?|publishers?|authors?|"
    r"providers?|operators?)[ \t]+provides?[ \t]+this[ \t]+SERVICE\b|\bThis[ \t]+SERVICE[ \t]+is[ \t]+provided[ \t]+by[ \t]+(?i:the)[ \t]+"
    r"(?:(?i:app|application|site|website)[ \t]+)?(?i:owners?|developers?|creators?|publishers?|authors?|operators?)\b", 0)

# ... while the other blank was filled in: "Black apple developer built the ... app as an Ad Supported app"
MAKER_FILLED_IN = LazyPattern(r"(?<!\S)(?!(?:We|I)[ \t])\S+[ \t]+built the\b(?=[^.\n]{0,60}?\bapp as an?\b)|"  # not "We built"
                              # (or the other slot: "This SERVICE is provided by **Cric Score** at no cost")
                              r"\bprovided by[ \t]+[*_]*[A-Z][\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*){0,3}[*_]*[ \t]+(?:at no cost|and is)\b", 0)

# ... or the person who speaks names themself: "I, Matt Seemon ("developer") as the developer of Todo"
SPEAKER_NAMED = LazyPattern(r"(?<![\w,])I,[ \t]+(?:[A-Z]\.[ \t]+)?[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){1,2}[ \t]*[,(]", 0)


def _unnamed(doc) -> Hit | None:
    for slot, said in ((MAKER_LEFT_BLANK, "the maker's name was left blank"), (MAKER_ONLY_A_ROLE, "the maker is named only by a role")):
        m = slot.search(doc.text)
        if m is None or MAKER_FILLED_IN.search(doc.text) or SPEAKER_NAMED.search(doc.text) \
                or name_in_text(doc, defining_only=True, fields=False):
            continue
        # a blank is quoted with the words after it ("provided by at no cost"), a role as it is written
        quoted = re.match(r"\S+(?:[ \t]+\S+){0,4}", doc.text[m.start():]).group(0) if slot is MAKER_LEFT_BLANK else m.group(0)
        return Hit(m.start(), m.end(), f'{said} ("{" ".join(quoted.split())}"): name the organisation or person responsible (controller)')
    for m in RESPONSIBLE_POINTER.finditer(doc.text):
        if not name_in_text(doc, defining_only=True, fields=False):  # "Developer: See the Google Play store listing."
            return Hit(m.start(), m.end(), f'the party responsible is not named, only pointed to: '
                                           f'"{" ".join(m.group(0).split())}": name the organisation (controller)')
    entity = organisation(doc)
    defined = entity is not None and entity.source == "definition" and not entity.generic and entity.core \
        and not _is_field(entity.name)  # 'RAW Gallery ("we", "our")': a brand plainly "we", whoever made it
    for m in RESPONSIBLE_FIELD.finditer(doc.text) if not defined else ():
        # the brand in the title is the product's; its maker was never filled in (unless the text
        # says who "we" is elsewhere: "At Orbit Works, we ...")
        if _is_field(m.group("field")) and not name_in_text(doc, defining_only=True, fields=False):
            start, end = title_span(doc)
            return Hit(start, end, f'the only name for the party responsible is a template field ("{m.group("field")}"): '
                                   "name the organisation (controller)")
    field = _enclosing_field(doc.source, entity.start, entity.end) if entity is not None and entity.source == "title" else None
    if field and not name_in_text(doc, fields=False):
        start, end = title_span(doc)  # "# Privacy Statement for [Plugin Name]", and no name anywhere else
        return Hit(start, end, f'the only name for the party responsible is a template field ("{field}"): '
                               "name the organisation (controller)")
    if entity is None or entity.generic or entity.source in ("title", "brand"):
        # '[Plugin Author] ("we")': who "we" is was never filled in (a title names the product only)
        defined = name_in_text(doc, defining_only=True)
        if defined is not None and _is_field(defined[0]) and not name_in_text(doc, defining_only=True, fields=False):
            start, end = title_span(doc)
            return Hit(start, end, f'the only name for the party responsible is a template field ("{defined[0]}"): '
                                   "name the organisation (controller)")
    if entity is not None and entity.source in ("title", "brand") and name_in_text(doc, fields=False) is None:
        named = name_in_text(doc)  # "Math Learning App" in the title, "[Your Company Name]" heading the contact block
        if named is not None and named[0][:1] in "[{<" and _is_field(named[0]):  # a bracketed field, not a sample's name
            start, end = title_span(doc)
            return Hit(start, end, f'the only name for the party responsible is a template field ("{named[0]}"): '
                                   "name the organisation (controller)")
    if (entity is None or entity.source in ("title", "brand")) and not name_in_text(doc, defining_only=True, fields=False):
        role = ROLE_AS_WE.search(doc.text)  # "made and maintained by one independent developer": a product, no maker
        if role is not None:
            who = role.group("role") or role.group("role2") or role.group("role3") or role.group("role4")
            return Hit(role.start(), role.end(), f'the policy names only "{" ".join(who.split())}" as '
                                                 "the party responsible for the data: name the organisation (controller)")
    if entity is not None and entity.source == "definition" and _is_field(entity.name) and \
            not name_in_text(doc, defining_only=True, fields=False):
        start, end = title_span(doc)  # '**HACKATHON NAME HERE** – "us", "we", or "our" –': never filled in
        return Hit(start, end, f'the only name for the party responsible is a template field ("{entity.name}"): '
                               "name the organisation (controller)")
    if (entity is None or entity.source in ("title", "brand") or entity.source == "definition" and entity.product) \
            and _names_only_the_product(doc):
        roles = list(MAKER_ROLE.finditer(doc.text))
        if len(roles) >= 2:  # "The developer does not collect ...", "contact the developer": the product's maker, never named
            said = " ".join(roles[0].group(0).split())
            found = name_in_text(doc, fields=False)  # the product as the text names it ("By using Wintoys")
            product = found[0] if found is not None else entity.name if entity is not None else None
            what = f'the product ("{product}") and "{said}"' if product else f'"{said}"'
            return Hit(roles[0].start(), roles[0].end(), f'the policy names only {what}: '
                                                         "name the organisation or person responsible (controller)")
    if (entity is None or entity.source in ("title", "brand")) and not name_in_text(doc, defining_only=True, fields=False):
        found = name_in_text(doc, fields=False)
        product = found[0] if found is not None else entity.name if entity is not None else None
        from .contact import real_email  # (an address of its own: someone behind the software to write to)

        if product and (_software(doc.text, product) or _app(doc.text, product)) and not _as_party(doc.text, product) \
                and not real_email(doc) \
                and not _person_named(doc, product):
            start, end = title_span(doc)  # 'the Compose Multiplatform Wizard plugin ("the Plugin")', "Tree CLI does not:",
            # and only an issue tracker to reach anyone (an address of its own is someone to write to)
            return Hit(start, end, f'the policy names only the software ("{product}"), not who makes it: '
                                   "name the organisation or person responsible (controller)")
    if entity is not None and entity.source == "definition" and _platform_kind(doc.text, entity.name) and \
            not name_in_text(doc, defining_only=True, fields=False) and _no_full_name(doc):
        return Hit(entity.start, entity.end, f'"we" is defined only as a kind of product ("{entity.name}"), not who '
                                             "runs it: name the organisation or person responsible (controller)")
    if entity is not None and _only_the_product(doc, entity):
        start, end = title_span(doc)  # "Basic Music Player ("the App")" and nobody behind it
        return Hit(start, end, f'the policy names only the product ("{entity.name}"), not who runs it: '
                               "name the organisation or person responsible (controller)")
    if entity is not None and not entity.generic:
        field = next((m for m in OF_FIELD.finditer(doc.text) if _is_field(m.group("field"))
                      and doc.text.endswith(entity.name, 0, m.start())), None)
        if field is None:
            return None
        start, end = title_span(doc)  # "The Parochial Church Council of [name of parish]"
        return Hit(start, end, f'the only name for the party responsible is a template field '
                               f'("{entity.name}{field.group(0)}"): name the organisation (controller)')
    if name_in_text(doc, defining_only=entity is not None, fields=False):
        return None
    field = name_in_text(doc, defining_only=entity is not None)
    if field is not None:  # "[Company/AppName] built the app": the template names nobody
        start, end = title_span(doc)
        return Hit(start, end, f'the only name for the party responsible is a template field ("{field[0]}"): '
                               "name the organisation (controller)")
    if entity is not None:  # "we" is defined, but only as a role
        return Hit(entity.start, entity.end,
                   f'"we" is defined only as "{entity.name}": name the organisation responsible for the data')
    role = ROLE_MENTION.search(doc.text)
    speaker = None
    if not (role or WE.search(doc.text)):
        speaker = SPEAKER.search(doc.text)  # (one that collects nothing still says who stands behind it)
    if role is None and speaker is None and not WE.search(doc.text):
        return None
    start, end = (role.start(), role.end()) if role else title_span(doc)
    if role:
        what = f'only "{" ".join(role.group(0).split())}"'
    elif speaker:
        said = speaker.group(0)
        what = f'only "{said if said == "I" else said[:1].lower() + said[1:]}"'
    else:
        what = "no organisation"
    return Hit(start, end, f"the policy names {what} as the party responsible for the data: "
                           "name the organisation (controller)")


def _brand_named(doc) -> bool:
    """Does the text name a product or brand that stands for "we" (not a role, not a template field)?"""
    if name_in_text(doc, fields=False) is not None:
        return True
    entity = organisation(doc)
    return entity is not None and not entity.generic and bool(entity.core) and not _is_field(entity.name)


def _person_named(doc, product: str) -> bool:
    """Does the text name a person besides the product ("please contact us at:" over "Madhav Kumar")?"""
    return any(name != product and PERSON_NAME.fullmatch(name) for name, *_ in names_in_text(doc))


def _names_only_the_product(doc) -> bool:
    """Does no frame name anyone but the product itself? ("By using Wintoys, you ...", "the policy for
    the Mindful Notifier app": the product, named in the title or as a product, is who the text is about.)"""
    found = name_in_text(doc, fields=False)
    if found is None:
        return True
    if name_in_text(doc, defining_only=True, fields=False) is not None:
        return False
    name = found[0]
    line = None if doc.headings else _title_line(doc)  # a plain first line: "Privacy Policy — PasswordSaver"
    title = doc.headings[0].title if doc.headings else doc.text[line.start:line.end] if line is not None else ""
    if not (name.lower() in title.lower() or _product(name, doc.text)):
        return False
    # another frame names someone: "Thank you for using Translator" and "developed by Samuel Wakoli"
    return not any(strong and other.lower() != name.lower() and not _product(other, doc.text)
                   for other, _, _, strong in names_in_text(doc))


# what a piece of software is called by: "the Foo plugin", "Tree CLI", "Foo ("the Plugin")", "Foo is a command-line application"
SOFTWARE_KIND = r"(?:plugin|plug-in|extension|add-on|addon|CLI|command-line (?:tool|application|app|utility)|script|library|package|wizard)"


def _software(text: str, name: str) -> bool:
    """Is the one name a piece of software's, as the text calls it (not a studio's or a person's)?"""
    if re.search(rf"(?i:\b{SOFTWARE_KIND})$", name):
        return True  # "Tree CLI", "Obsidian Reminder Plugin", "The Temporal JetBrains Plugin"
    quoted = re.escape(name)
    return re.search(rf"\b{quoted}\s+(?i:{SOFTWARE_KIND})\b|\b{quoted}\b[^.\n]{{0,40}}\(\s*[\"“]the (?i:{SOFTWARE_KIND})[\"”]\s*\)|"
                     rf"\b{quoted} is an? (?:[\w-]+ ){{0,3}}?(?i:{SOFTWARE_KIND})\b", text) is not None


APP_KIND = r"(?:app|application|game|emulator|launcher|bot|utility)"


def _app(text: str, name: str) -> bool:
    """Is the one name an app's, as the text calls it ("CPMDroid is a CP/M emulator for Android", 'Linkboy
    ("the App")'), the software a notice is about, not who makes it?"""
    quoted = re.escape(name)
    return re.search(rf"\b{quoted}\b[^.\n]{{0,40}}\(\s*[\"“]the (?i:{APP_KIND})[\"”]\s*\)|"
                     rf"\b{quoted} is an? (?:[\w/+-]+ ){{0,4}}?(?i:{APP_KIND})\b", text) is not None


def _as_party(text: str, name: str) -> bool:
    """Does the text make the name a party that speaks or acts as "we" ("Welcome to Foo", "Foo respects your
    privacy", "the Foo team", "Foo ("we")"), not only software that runs?"""
    quoted = re.escape(name)
    return re.search(rf"\b(?i:welcome to|at) (?:the )?{quoted}\b|\b{quoted}['’]?s? (?:team|developers?|authors?|maintainers?)\b|"
                     rf"\b{quoted}\b[^.\n]{{0,20}}(?:respects|values|takes|cares about|is committed|are committed|is dedicated)\b|"
                     rf"\b{quoted}\b[^.\n()]{{0,40}}\([^()]{{0,20}}[\"“'‘](?i:we|us|our|I)\b", text) is not None or (
        # the name handles the data itself: "OpenHiker collects no personal data", "Simple Wiki does **not**
        # collect", "ClassPoints intentionally minimizes data collection", "controlled by OpenHiker"; not a
        # tool's ("The Grok CLI collects"), not with a maker beside it ("Slacko does not collect ... to the
        # developer"), not of what stays on the device ("collects and stores ... locally on your device only")
        not re.search(rf"(?i:\b{SOFTWARE_KIND})$", name) and MAKER_ROLE.search(text) is None and any(
            not ON_THE_DEVICE.search(text, m.end(), m.end() + 80) for m in re.finditer(
                rf"(?<![Tt]he )\b{quoted}[ \t]+(?:[a-z]+ly[ \t]+)?(?:(?:does|will)[ \t]+[*_]*not[*_]*[ \t]+|doesn['’]t[ \t]+|never[ \t]+)?"
                rf"(?:collect|store|share|sell|process|track|minimi[sz]e|retain|access|transmit)(?:s|es)?\b|"
                rf"\b(?:controlled|operated|run|owned) by {quoted}\b", text)))


ON_THE_DEVICE = re.compile(r"\blocally\b|\bon (?:your|the user['’]s) (?:own )?(?:device|computer|machine)\b", re.IGNORECASE)


def _no_full_name(doc) -> bool:
    """No frame names anyone in two words or more ("run by Jane Doe"; not a label's one word: "Music Preferences: Song requests")."""
    named = name_in_text(doc, fields=False)
    return named is None or " " not in named[0]


def _platform_kind(text: str, name: str) -> bool:
    """ "Discord Music Bot", "Discord YouTube Music Bot": a platform, what the product does, its kind; no name."""
    words = name.split()
    if len(words) < 3 or words[-1].lower() not in PRODUCT_KINDS or not known_service(words[0]):
        return False
    runs = _word_runs(text)  # the words between are ordinary ones ("music") or other platforms ("YouTube")
    return all(w.lower() in runs or known_service(w) for w in words[1:-1])


def _only_the_product(doc, entity) -> bool:
    """Is the one name the product's, with nobody named behind it? A name defined as the product
    ('Basic Music Player ("the App")'), or a title that only says what kind of product it is
    ("Fitness Tracker", "Free VPN App"), and no frame names anyone else."""
    if entity.source == "definition":
        if not entity.product:
            return False
    elif entity.source != "title" or not _describes_product(doc.text, entity.name):
        return False
    named = name_in_text(doc, fields=False)  # ("Thank you for choosing CJE Dictionary ("the App")": the product again)
    if WE.search(doc.text) is None or named is not None and not _same_name(named[0], entity.name) or main_policy(doc):
        return False  # (a layer that hands over to "the Acme Privacy Policy" names its maker there)
    if named is not None and (_as_party(doc.text, entity.name) or _person_named(doc, entity.name) or any(
            strong and not _same_name(other, entity.name) and not _product(other, doc.text)
            for other, _, _, strong in names_in_text(doc)) or _maker_handle(doc.text)):
        return False  # "At Mood Tracker, we believe ...": the product named as the party; or its maker named too
    product = entity.name.lower()  # another brand the text keeps using ("Mozilla") may be who runs it
    others = Counter(e.core for e in _brands(doc.text) if e.core.lower() != product)
    return not any(count > 1 for count in others.values())


MADE_BY = re.compile(r"\b(?:developed|made|created|built|maintained|published|written)\s+by\s+(?P<handle>@?[A-Za-z0-9][\w.-]*[A-Za-z0-9])")


def _maker_handle(text: str) -> bool:
    """ "an open-source launcher developed by quimodotcom", "maintained by @jeremygrenier": the maker's
    handle, a name though in lower case (a word the text uses only there; "made by adults" is a phrase)."""
    for m in MADE_BY.finditer(text):
        handle = m.group("handle")
        if handle.startswith("@") or any(c.isdigit() for c in handle):
            return True
        if handle.islower() and len(handle) >= 4 and len(re.findall(
                rf"(?<![\w/@.-]){re.escape(handle)}(?![\w-])", text, re.IGNORECASE)) == 1:
            return True
    return False


def _same_name(found: str, name: str) -> bool:
    """Is the name a frame found the product's own ("the CJE Dictionary app" for "CJE Dictionary")?"""
    found, name = " ".join(found.lower().split()), " ".join(name.lower().split())
    return found == name or found.startswith(name + " ") and found[len(name) + 1:] in PRODUCT_KINDS


_TITLE_GLUE = {"for", "and", "&", "the", "of", "my", "your", "a"}


def _describes_product(text: str, name: str) -> bool:
    """ "Fitness Tracker", "Free VPN App", "Telegram Bot Plugin for Dify": a kind of product and ordinary
    words (ones the text also writes in lower case), abbreviations or platforms; not "Mathdoku App"."""
    words = [w.strip("'’()") for w in name.split()]
    kinds = [i for i, w in enumerate(words) if w.lower() in DESCRIBED_KINDS]
    if len(words) < 2 or not kinds:
        return False
    runs = _word_runs(text)  # a word the text also writes in lower case is an ordinary word
    for word in words:
        low = word.lower()
        if low in DESCRIBED_KINDS or low in _TITLE_GLUE or low in THIRD_PARTIES or low in OTHER_SERVICES:
            continue
        if word.isupper() and 2 <= len(word) <= 4 or low in runs or low + "s" in runs:
            continue  # "BMI", "VPN"; "fitness", "habit" (as "habits")
        return False
    return True


# "we" as a role nobody is named for: "made and maintained by one independent developer ('I', 'me')",
# "a small volunteer team ... 'we' means that team" (not "developed by individual volunteers": the project's name is theirs)
ROLE_AS_WE = LazyPattern(
    r"(?i)\b(?:made|built|run|maintained|developed|operated|written|looked\s+after)(?:\s+and\s+\w+)?\s+by\s+"
    r"(?P<role>(?:one|a|an)\s+(?:[\w-]+\s+){0,2}?(?:developer|person|hobbyist|student|volunteer)(?:\s+team)?)\b(?!\s+team)"
    r"(?!,?\s*(?:[-–—:]\s*)?(?:(?i:me),?\s+)?(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+))|"  # "one person - me, Jonah Whitcombe"
    r"[\"“](?:we|us)[\"”],?\s+(?:and\s+[\"“]us[\"”]\s+)?means?\s+(?P<role2>(?:that|the|our)\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}?"
    r"(?:team|group|committee|volunteers|maintainers))\b|"
    # '"We", "us", and similar terms refer to the developers of Elecord-Web': the makers of the product, never named
    r"[\"“](?:we|us|our)[\"”][^.\n]{0,40}?\brefers?\s+to\s+(?P<role3>the\s+(?:developers?|authors?|maintainers?|creators?|makers?)\s+"
    r"(?:of|behind)\s+(?:the\s+)?[\w.-]*\w(?:\s+(?:app|application|extension|project|software|plugin|bot))?)|"
    # 'how the nursery ("the Nursery", "we") uses information in the Parent Diary app': a kind of body, not its name
    r"\b(?P<role4>(?-i:the)\s+(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*))?)\s*\((?:[\"“](?-i:the\s+[A-Z][\w-]*)[\"”],?\s*)?[\"“](?:we|us)[\"”]", 0)
LEGAL_FORM = re.compile(r"(?<![\w])" + LEGAL_FORMS + r"\b")  # "SE" is a legal form, the end of "USE" is not
FORM_RUNS_BRAND = re.compile(LEGAL_FORMS + r"\.?,?\s+(?:operating(?:\s+as)?|trading\s+as|doing\s+business\s+as|d/b/a|t/a|dba)\s+[*_“\"'‘]*\Z")
FORM_GAP = re.compile(r"[\w\s,&.\"”’'-]{0,40}")  # what may stand between a name and its legal form: "Acme Software, Inc.", '"Emplbee" LLC'
NAME_GLUE = frozenset({"and", "of", "the", "de", "und", "et", "y", "e", "for"})


def _unaccented(word: str) -> str:
    """"tomás" is "tomas": the list of given names is written without accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).translate(_PLAIN_LETTERS)


# letters NFKD does not take apart: "Dayı", "Łukasz", "Søren", "Đorđe"
_PLAIN_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "Ł": "L", "Ø": "O", "Đ": "D"})


def _joins_another(gap: str) -> bool:
    """Lower-case words between a name and a legal form lead to another company: "BSidesSF via its
    provider Webconnex LLC" (not "Acme Software, Inc." or "Bank of the West, Inc.")."""
    return any(word[:1].islower() and word not in NAME_GLUE for word in re.findall(r"[^\W\d_][\w-]*", gap))
COUNTRIES = (r"(?:India|China|Japan|Singapore|Malaysia|Indonesia|Philippines|Vietnam|Thailand|Pakistan|Bangladesh|"
             r"Nigeria|Kenya|South Africa|Egypt|Turkey|Türkiye|Israel|Russia|Ukraine|Poland|Germany|Austria|"
             r"Switzerland|France|Belgium|Netherlands|Luxembourg|Denmark|Norway|Sweden|Finland|Estonia|Latvia|"
             r"Lithuania|Czechia|Czech Republic|Slovakia|Hungary|Romania|Bulgaria|Greece|Italy|Spain|Portugal|"
             r"Ireland|Iceland|Australia|New Zealand|Canada|Mexico|Brazil|Argentina|Chile|Colombia|Peru)\b")
ADDRESS = re.compile(
    # (not a template's: "[Insert registered address]", "Registered office: [ADDRESS]", "company number {{number}}")
    # (nor the reader's own: "Email to your registered address")
    r"(?:(?i:(?<!your )(?<!their )registered (?:office|address)|registered in|company (?:number|no\.?|registration))(?![ \t]*[\]}>]|[ \t*_:]*(?:number[ \t]*)?[\[{<])|"
    # a legal form in words: "Foqal, a California corporation", "a Delaware limited liability company",
    # "a nonprofit public benefit corporation"
    r"\ba (?:[A-Z][a-z]+ ){1,3}(?:corporation|limited liability company|limited company|(?:non-?profit|not-for-profit|"
    r"public benefit) corporation|benefit corporation)\b|"
    r"\ba (?:nonprofit |non-profit |not-for-profit |public benefit |mutual benefit |private |public )+(?:corporation|"
    r"limited company|company limited by guarantee)\b|"
    # "a California nonprofit organization (EIN: 39-3466775)": a registered nonprofit, with its tax number
    r"\ba (?:[A-Z][a-z]+ ){1,3}(?:non-?profit|not-for-profit) organi[sz]ation\b|\bEIN:? ?\d{2}-\d{7}\b|"
    r"(?<![–-])(?<!©)(?<!© )\b\d{1,5}[A-Za-z]? [A-Z][\w.]+(?: [A-Z][\w.]+)* (?:(?:Street|Road|Avenue|Boulevard|Lane|Way|Drive|Square|Place|Court|"
    r"Parkway|Plaza|Terrace|Highway|Circle)\b|(?:St|Rd|Ave|Blvd|Dr|Pkwy|Ste)\.)|"
    # a US state and ZIP code after a town: "Wilmington DE 19801", "San Francisco, CA 94107"
    r"\b[A-Z][a-z]+,? (?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|"
    r"T[NX]|UT|V[AT]|W[AIVY]) \d{5}(?:-\d{4})?\b|"
    r"\b[A-ZÄÖÜÆØÅ][\w-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|straat|gracht|laan|gata|gatan|gaten|vej|veien|vegen|vei|"
    r"väg|vägen|katu|-(?:Straße|Strasse|Str\.|Weg|Gasse|Platz|Allee)) ?\d{1,4}\b|"
    r"\b(?:Via|Viale|Rue|Calle|Avenida|Rua|Piazza|Corso) [A-Z][\w' -]{2,40}?,? \d{1,4}\b|"
    r"\b\d{1,4},? (?:rue|avenue|boulevard|place|chemin) |"
    r"\b(?:P\.?O\.? Box|Postfach)\b|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b|\b\d{5}(?:-\d{4})? [A-ZÄÖÜÉ][a-zäöüßéèà]+|"
    # a labelled address with words in it: "**Address**: IDRA Bhaban, Motijheel, Dhaka, Bangladesh" (not "E-mail
    # address:", not a template's "[Company Address]")
    r"(?im:^[ \t*_>-]*(?:postal |mailing |registered |office |head office |business )?address[*_]*[ \t]*:[ \t*_]*"
    r"(?![\[<{(])[^\n@\[<{]{4,80}?,[^\n@\[<{]{3,80}$)|"
    # a town or region and its postcode, then the country: "Manipal, Karnataka 576104\n\nIndia"
    r"\b[A-Z][a-z]+,?[ \t]+\d{4,6}\b[\s,]{1,6}" + COUNTRIES + r")",
)


# a supervisory authority, whose address a notice gives for complaints
REGULATOR = LazyPattern(r"(?i)\b(?:data\s+protection|supervisory|privacy|information)\s+(?:authority|commission(?:er)?|inspectorate)|"
                       r"\b(?:Datenschutzbeh\w+|CNIL|ICO|DPC|AEPD|Garante|UODO|ANPD|OAIC|Datatilsynet)\b", 0)


@lru_cache(maxsize=8)
def address_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where ``text`` gives postal addresses: scanned once per document, as the pattern tries
    every position and two rules and the policy-set facts ask."""
    return tuple(m.span() for m in ADDRESS.finditer(text))


def _own_address(text: str) -> bool:
    """Is there a postal address that is not a regulator's ("the Data Protection Commission, 21
    Fitzwilliam Square, Dublin" is where to complain, not who "we" are)?"""
    for at, _ in address_spans(text):
        start = max(text.rfind("\n\n", 0, at), text.rfind(". ", 0, at), at - 200, 0)
        if not REGULATOR.search(text, start, at):
            return True
    return False


# the text says outright that nobody with a legal form stands behind the service
NO_LEGAL_ENTITY = re.compile(
    r"(?i)\b(?:is|are)\s+not\s+(?:\w+\s+){0,2}?(?:represented\s+by|registered\s+as|incorporated\s+as|backed\s+by)\s+"
    r"(?:any|a)\s+(?:legal\s+entity|legal\s+person|registered\s+company|company|corporation)\b|"
    r"\b(?:is|are)\s+not\s+(?:a\s+)?(?:legal\s+entity|registered\s+(?:company|business|charity)|incorporated)\b|"
    r"\bthere\s+is\s+no\s+legal\s+entity\b")
PROVIDER_CONTEXT = re.compile(
    r"\b(?:provided|operated|run|owned|offered|published|developed|maintained|controlled|managed) by\b|\bcontroller\b",
    re.IGNORECASE,
)
# the maker, right after its name and legal form, at the notice's opening: "Apnotic LLC provides the ... extension"
MAKER_OPENS = re.compile(r"(?<=[\w.])[ \t,]+(?:provides|operates|runs|owns|offers|publishes|develops|maintains|makes|"
                         r"built|created|developed|publishes) (?:the|this|our)\b")
# a company with its legal form opening a sentence, the sentence's subject (not "BSidesSF via its provider Webconnex
# LLC collects")
COMPANY_OPENS = r"(?m:^|(?<=[.!?][ \t]))[ \t]*[A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*){0,3},?[ \t]+" + LEGAL_FORMS + r"[ \t,]+"
# ... speaking of the data as its own: "InSeven Limited does not collect or store any personal data"
SPEAKS_AS_OWNER = re.compile(COMPANY_OPENS + r"(?:(?:does not|doesn['’]t|will never|never) (?:collect|store|share|sell|track)|"
                             r"collects|processes|stores|respects|values|is committed)\b")
# a company that changes this text, wherever it says so: "JGraph Ltd may make changes to this privacy policy"
CHANGES_THE_TEXT = re.compile(COMPANY_OPENS + r"(?:may|will|can|reserves the right to)[ \t]+(?:make changes to|change|update|"
                              r"amend|revise|modify)[ \t]+(?:this|its|our)[ \t]+(?:privacy[ \t]+)?(?:policy|notice|statement)\b")
# a body set up by charter or statute, its name its legal identity: "FPT University", "University of Leeds",
# "Kent County Council"
STATUTORY_BODY = re.compile(r"(?:[A-Z][\w&-]+ ){1,3}(?:University|College|Council|Constabulary)|(?:University|College) of [A-Z][\w-]+")
EXTRA_FORMS = re.compile(
    r"\b(?:(?:non-?profit|public benefit|not-for-profit) (?:\w+ )?corporation|B\.?V\.?|N\.?V\.?|Ltda\.?|"
    r"registered (?:charity|association|society)|(?:individual|private) entrepreneur|(?-i:[A-Z][\w-]+ (?:[A-Z][\w-]+ )?Foundation))\b|(?<=[a-z])(?:Limited|Ltd|LLC|Inc|GmbH)\b",
    re.IGNORECASE,
)
# John Example ("we", "us"): the name is who "we" is, not a product's ("Service")
AS_WE = re.compile(r"""\s*\(\s*(?i:(?:hereby|hereinafter|hereafter|henceforth)(?: referred to as)?,?\s*)?["“'‘](?i:we|us|our|I|me)\b""")
# a foundation named at the start is the legal person behind the brand ("The Apache Software Foundation")
FOUNDATION = re.compile(r"(?<![\w-])(?:[A-Z][\w-]+ ){1,3}Foundation\b")
OPENING = 1500  # characters
OURS = re.compile(r"\b(?i:we|our|us|privacy|operates?|runs?|maintains?|develops?|publishes?|project|behalf|part)\b")
NEGATED = re.compile(r"\b(?i:not|never|no)\b|n['’]t\b")
# "Developer: Jane Doe", "created by Jane Doe", "© 2024 Jane Doe", "Contact/developer: Ben Buxton (ben@example.org)"
# "We, or the Bonjourr team refers to [Tahoe Beetschen] & ...": "we" defined as the people named next (one piece,
# both for the cue before a person's name and for the first person's frames)
WE_MEANS = r"\b[Ww]e\b[^.\n\[()\x22“”]{0,40}?\b(?:refers? to|means?)"
PERSON_CUE = LazyPattern(
    r"(?:(?i:\b(?:developer|author|owner|maintainer|controller|creator|contact|publisher)s?)(?:[ \t*_]*:[ \t*_]*|\s+is\b)|"
    r"(?:©|\b[Cc]opyright(?: ©| \([cC]\))?)[ \t]*(?:\d{4}(?:[ \t]*[-–][ \t]*\d{4})?,?)?|"
    r"(?i:\b(?:develop+ed|created|made|built|written|maintained|published|operated|run|owned|provided|"
    r"brought to you)(?:\s+" + _MANNER + r")?\s+by(?:\s+me,)?)|(?i:\bbetween you and)|[-–—][ \t]*me,|(?i:\bis (?:just |simply |really )?me,)|(?i:\b(?:project|app|game|extension|add-on|bot|plugin|tool|website|blog|mod) by)|\bI \(|(?i:\bprivacy (?:policy|notice|statement)\b[^\n.]{0,60}?\bby)|(?i:\bmy name is)|\bI(?:['’]m| am)|\bI,|"
    r"\b(?i:the (?:app |game )?(?:developer|author|owner|maintainer|creator)),?|" + WE_MEANS +
    r")[ \t]*\n?[ \t]*\[?"
    # a role or a title before the name ("created by Developer Timmy Wong"), an initial ("I, M. Ndaru Wibowo,")
    r"(?:(?P<title>Developer|Author|Designer|Engineer|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)[ \t]+)?(?:[A-Z]\.[ \t])?(?P<name>[A-Z][a-zà-ÿ\u0100-\u017f'’-]+(?: [A-Z]\.)?(?: [A-Z][a-zà-ÿ\u0100-\u017f'’-]+){1,2}\b|"
    r"[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){1,2}(?![\w.&])|"  # a name in capitals too: "created by OSAMAH KANAAN"
    r"[A-Z][a-zà-ÿ\u0100-\u017f'’-]+ [A-Z][A-Z'’-]+(?![\w&]|\.\w))", 0  # or the family name only: "by Louis FONTAINE"
)
AKA_PERSON = LazyPattern(_AKA_NAME, 0)
# "Mireille Okafor, an independent developer based in Lyon": what follows the name says it is a person's
PERSON_APPOSITIVE = re.compile(r",?\s+(?:(?:as|in) (?:a|my|her|his|their) (?:personal|hobby|side|solo|spare[- ]time|free[- ]time) (?:project|time)\b|"
                               # the generator's slot for the maker: "created by Ashleigh Adams (hereby referred to as "Service Provider")"
                               # (two makers: "created by Ana Ruiz and Ben Ortiz (hereafter referred to as ...)")
                               r"(?:and\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\s*)?\((?:hereby|hereinafter|hereafter|henceforth) referred to as [\"“]Service Provider[\"”]\)|"
                               r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:developer|programmer|engineer|designer|student|"
                               r"hobbyist|maintainer|author|creator|person|individual|freelancer|consultant|teacher|"
                               r"researcher|artist|writer|photographer|doctor|therapist|parent|dad|mum|mom|provider|owner|operator|founder|proprietor)\b)", re.I)
# letters after a person's name: a degree, a licence, a profession's credential
CREDENTIAL = re.compile(r"(?:MD|PhD|Ph\.D|DDS|DMD|DO|DC|OD|RN|NP|PA-C|IBCLC|CPA|Esq|LCSW|LMFT|LPC|MBA|MSc|BSc|MA|BA|MEng|"
                        r"RD|CNM|PT|DPT|OT|FRCS|MRCP|MBBS|CFA|CFP|EA|JD|LLM|Jr|Sr|II|III)")
FENCED = re.compile(r"^[ \t]*(```|~~~)[^\n]*\n(?P<body>.*?)^[ \t]*\1", re.MULTILINE | re.DOTALL)
# "Developer: Fardeen Alam": a label for one person's role
ROLE_LABEL = re.compile(r"(?i:developer|author|maintainer|creator|owner|publisher)s?[ \t*_]*:")
# a notice its writer speaks in the first person singular: then "developed by X Y" names that person
FIRST_PERSON_ME = re.compile(r"(?i:\b(?:contact|email|e-mail|write to|reach|message) me\b)|\bI(?:['’](?:m|ve|ll|d))?\s+(?!\.)")
SINGULAR_WRITER = re.compile(r"\bI(?:['’](?:m|ve|ll|d))?\s+(?!\.)|\bmyself\b|\bmy (?:app|game|extension|bot|site|website|project)\b")
# a letter's closing over the writer's name
SIGN_OFF = re.compile(r"(?im:^[ \t>*_]*(?:yours (?:sincerely|truly|faithfully)|(?:best |kind |warm )?regards|sincerely|"
                      r"cheers|thanks|thank you)[,.!]?[ \t*_]*\r?\n[ \t>*_]*)(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})\b")
FIRST_PERSON = re.compile(r"(?i:\bmy name is)|\bI(?:['’]m| am)\b|\bI,|\bby me\b|[-–—][ \t]*me,|" + _REACH_ME +
                          r"|" + WE_MEANS + r"\b")
# "Michele Penzo - Please contact me by sending an email to: ...": a name opening a line the person speaks on
PERSON_SPEAKS = LazyPattern(rf"(?m)^[ \t*_]*(?P<name>{PERSON})[ \t*_]*[-–—:·|][^\n]{{0,40}}?{_REACH_ME}", 0)
# "Data Controller: 손준혁 (Son Jun-hyeok)", "Developer: White Sound (Ruslan Popesku)": after a role's label, a
# name in its own script or a brand, then the person in brackets
PERSON_IN_BRACKETS = LazyPattern(r"(?i:\b(?:developer|author|owner|maintainer|controller|creator|name|contact person))[ \t*_]*:[ \t*_]*"
                                 r"[^\n(]{1,40}?[ \t]*\((?P<name>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2})\)", 0)
# "Jane Example built the Orbit app": the name comes before what the person did (a handle too: see _writers_handle)
MAKER_BEFORE = (r"(?:and\s+(?:other\s+|the\s+|its\s+)?contributors\s+)?(?:built|created|developed|made|wrote)(?:\s+and\s+(?:provided|published|released|maintains|maintained|designed|distributed))?"
                r"\s+(?:the\b|this\b|(?:[\w.-]+\s+)?as\s+an?\s)")  # "Piotr Nowak built and provided the Clock app", "Oleksis Fraga
# and contributors built `yt-dlg` as a free Desktop App" (the product as code, which the text blanks)
WITH_CONTRIBUTORS = re.compile(r"\s+and\s+(?:other\s+|the\s+|its\s+)?contributors\b")
# a person who runs the brand: "Tinesh Awai Veera, operating NavaFit", "Jane Doe trading as Acme"
RUNS_BRAND = r"(?:,[ \t]*)?(?:operating|trading as|doing business as|d/b/a|t/a|(?i:dba|d\.b\.a\.))(?!\w)"
PERSON_BEFORE = LazyPattern(r"(?P<name>(?<![\w'’-])[A-Z][a-zà-ÿ\u0100-\u017f'’-]+(?: [A-Z]\.)?(?: [A-Z][a-zà-ÿ\u0100-\u017f'’-]+){1,2})"
                            r"(?: " + MAKER_BEFORE + "|[ \t]*" + RUNS_BRAND + ")", 0)
FORM_AFTER = re.compile(r"[ \t]*,?[ \t]*")  # "Jane Doe, Inc.": then a company, not a person
# the maker of the app named by one word: "7mada built the NEUMTODO app", "operated by **KibaOfficial**"
MAKER_AFTER = r"\b(?:provided|operated|developed|created|built|made|maintained|run|written)\s+by\s+(?:the\s+)?"


def _writers_handle(name: str, text: str) -> bool:
    """A notice written in the first person singular ("I strongly advise", "by me") whose maker is named by
    one word ("Kanekotic built the Docubro app"): the developer's handle, an individual with no legal form."""
    if " " in name.strip() or len(SINGULAR_WRITER.findall(text)) < 2:
        return False
    word = re.escape(name.strip())
    return re.search(rf"(?<![\w-]){word}\s+{MAKER_BEFORE}|{MAKER_AFTER}{word}(?![\w-])|\bme \(@?{word}(?![\w-])", text) is not None


# an account's name, not a company's: "Max_Four", "kawaiiDango", "hker9527" (not "GitHub", "hCaptcha", "macOS": a
# capital first, one letter or an abbreviation around the capital); and a person's Discord tag, "Nasu#7336"
HANDLE = re.compile(r"[\w.-]*_[\w.-]*|[a-z]{3,}[a-z0-9]*(?:[A-Z][a-z0-9]+)+|[a-z]+[0-9]+[a-z0-9]*")
DISCORD_TAG = re.compile(r"#\d{4}\b")
# where a person's account is given: "On Discord: Nasu#7336" under "contact the author" (not "adding Fate#1269 to a
# server": the bot's own tag)
PERSON_CONTACT = r"(?i:\b(?:discord|contact|author|developer|owner|maintainer|reach|message|DM)\b)"


def _account_handle(name: str, text: str) -> bool:
    """Is the one-word name an account's handle ("developed by Max_Four from Navoi", "On Discord: Nasu#7336")?
    Then an individual is behind it, who has no legal form."""
    word = name.strip()
    return " " not in word and (HANDLE.fullmatch(word) is not None or re.search(
        rf"{PERSON_CONTACT}[^\n]{{0,30}}?(?<![\w-]){re.escape(word)}{DISCORD_TAG.pattern}", text) is not None)


# makers named as two or more people: "provided by Nikolaj Budzyn, Julia Rimpfel and Anna-Maria Kwasny"
PEOPLE_LIST = LazyPattern(rf"{MAKER_AFTER}{PERSON}(?:,[^\S\n]+{PERSON})*,?\s+(?:and|&)\s+{PERSON}(?![\w'’-])", 0)


# one word named as the maker, before or after the making: "kawaiiDango built the ...", "maintained by rjfahad"
MAKER_WORD = LazyPattern(rf"(?<![\w-])(?P<word>[\w.-]+)\s+{MAKER_BEFORE}|{MAKER_AFTER}(?P<after>[\w.-]+)(?![\w-])", 0)


def _handle_maker(doc) -> bool:
    """"kawaiiDango built the Pano Scrobbler app": the maker named by an account's handle (or by a plain one the
    text links as an account and speaks for in the first person: "maintained by rjfahad", "github.com/rjfahad",
    "contact me")."""
    for m in MAKER_WORD.finditer(doc.text):
        word = m.group("word") or m.group("after")
        plain = word.rstrip(".")  # (the sentence's full stop)
        if HANDLE.fullmatch(word) or (plain.islower() and _profile_of(doc.source, plain) and FIRST_PERSON_ME.search(doc.text)):
            return True
    return False


# a sentence that names an organisation as one that works for us (or one we get data from)
PROCESSOR_CONTEXT = LazyPattern(r"(?i)\b(?:handles?|handled|process(?:es|or|ors)|providers?|hosts?|hosted|on our behalf|"
                               r"third[- ]part(?:y|ies)|sub-?processors?|vendors?|via|through|using|from(?! time to time)|"
                               # a recipient: "shared with England Athletics", "We will provide England Athletics with"
                               r"shared with|provide (?:(?-i:[A-Z])[\w&'’.-]+ ){1,4}with|(?:registered as )?a member of)\b", 0)


PERSON_NAME = re.compile(rf"(?<![\w'’-])({PERSON})(?![\w'’-])")


def _named_by_address(doc, email) -> bool:
    """A person's name on the same line as an e-mail address whose local part is made of it
    ("jane.doe@", "janedoe@", "jdoe@")."""
    local = _local_letters(email.address)
    line_start = doc.text.rfind("\n", 0, email.start) + 1
    for m in PERSON_NAME.finditer(doc.text, line_start, email.start):
        words = m.group(1).lower().split()
        if OFFICER_BEFORE.search(doc.text, max(line_start, m.start() - 60), m.start()):
            continue  # "EDDI's Data Protection Officer: Mari Kleemola": the organisation's officer, not its owner
        if _made_of(local, words):
            return True
    return False


def _made_of(local: str, words: list) -> bool:
    """Is an address's local part made of a person's name ("jane.doe@", "janedoe@", "jdoe@")?"""
    return all(w in local for w in words) or (words[-1] in local and local.startswith(words[0][0]))


# "Please direct any queries ... to Alexander Loth (alexander.loth@uni.example)": the person to write to, named
# with the address made of their name
CONTACT_PERSON = LazyPattern(rf"\b(?:to|[Cc]ontact|[Ee]-?mail|[Rr]each|[Ww]rite)(?:[^\S\n]*:)?[^\S\n]+(?P<name>{PERSON})[^\S\n]*[(<]?[^\S\n]*\Z", 0)


def _contact_person(doc) -> tuple[str, int, int] | None:
    for email in doc.emails:
        line_start = doc.text.rfind("\n", 0, email.start) + 1
        m = CONTACT_PERSON.search(doc.text, max(line_start, email.start - 80), email.start)
        if m is None or OFFICER_BEFORE.search(doc.text, max(line_start, m.start() - 60), m.start()):
            continue
        if _made_of(_local_letters(email.address), m.group("name").lower().split()):
            return m.group("name"), m.start("name"), m.end("name")
    return None


def _signed_pattern(role: bool) -> LazyPattern:
    """A person's name on a line of its own over an e-mail address: right over it ("Matsvei Liapich" / "hello@matsvei.com"),
    or, with ``role``, with a role after the name and up to two lines of address between ("**Anna Kowalski, Registered
    Dental Hygienist**" over "Room 2, ... Harrogate" and "anna@kowalskihygiene.co.uk")."""
    after_name = r"(?:,[^\n,]{1,60}(?:,[^\n,]{1,60})?[ \t*_]*)?" if role else ""
    between = r"(?:[^\n@]{1,120}\n){0,2}?" if role else ""
    return LazyPattern(rf"(?m)^[ \t*_]*(?P<name>{PERSON})[ \t*_]*{after_name}\n{between}"
                       r"[ \t*_>-]*[<\[]?(?P<local>[\w.+-]+)@(?P<domain>[\w-]+)\.", 0)


# a notice signed with a name right over an address: a person behind the service
SIGNATURE = _signed_pattern(role=False)
# a name heading a contact block, with a role and lines of address: a name, not yet the person behind the service
SIGNED_NAME = _signed_pattern(role=True)


def _signature(text: str, pattern=SIGNATURE, brand: str = "") -> re.Match | None:
    """A person's name over an e-mail address made of it, in its local part or its domain (not the ``brand``
    itself signing: "Pier End Kayaks" over "hello@pierendkayaks.co.uk")."""
    for m in pattern.finditer(text):
        if brand and m.group("name").lower() == brand.lower():
            continue
        letters = _local_letters(m.group("local")) + " " + m.group("domain").lower().replace("-", "")
        if any(len(w) >= 3 and _unaccented(w.lower()) in letters for w in m.group("name").split()):
            return m
    return None


def _signed_with_address(text: str, brand: str = "") -> bool:
    return _signature(text, brand=brand) is not None


# a maker named by a handle, then said to be a person: "owned and operated by Sienori - a developer from Japan"
HANDLE_OF_A_PERSON = re.compile(r"(?i:\b(?:owned|operated|developed|created|made|maintained|run|written|built)(?: and \w+)? by)\s+"
                                r"[\w.-]{2,40}\s*[-–—,]\s*(?i:an?)\s+(?:[\w-]+\s+){0,2}?(?i:developer|programmer|student|"
                                r"hobbyist|individual|person|indie developer)\b")


# an account on a code host: "github.com/rjfahad"
PROFILE = re.compile(r"(?i)\b(?:github|gitlab|codeberg)\.(?:com|org)/([\w-]+)")


def _profile_of(source: str, handle: str) -> bool:
    """Is ``handle`` an account on a code host the text links to ("github.com/rjfahad")?"""
    return any(m.group(1).lower() == handle.lower() for m in PROFILE.finditer(source))


def _address_made_of(doc, name: str) -> bool:
    """"developed by Mukhtar Bimurat" and, anywhere, bimurat.mukhtar@gmail.com: an address made of the name alone."""
    words = _name_letters(name)
    made = {"".join(words), "".join(reversed(words)), words[0][0] + words[-1]}  # "apnamoney.query.info" is a brand's
    made |= {a + b for a, b in zip(words, words[1:])}  # "Tinesh Awai Veera" and awaiveera@: two of a longer name's words
    return any(_local_letters(address) in made for address in _addresses(doc))


def _addresses(doc) -> tuple[str, ...]:
    """The document's e-mail addresses, those written as code too (`awaiveera@navafit.sg`)."""
    from ..inline import EMAIL

    return doc.memo(("addresses",), lambda: tuple(dict.fromkeys(
        [e.address for e in doc.emails] + [m.group(0) for m in EMAIL.finditer(doc.source)])))


def _name_letters(name: str) -> list[str]:
    """A name's words as an address writes them: "Orkun Dayı" is orkun, dayi; "D'Ortenzio" is dortenzio."""
    return [re.sub(r"['’]", "", _unaccented(w.lower())) for w in name.split()]


def _address_of_person(doc, name: str) -> bool:
    """An address whose local part is the name's words with a separator ("enrico.dortenzio@", "jane_doe@"), the way a
    person's address is written ("tidetimer123@" is the Tide Timer app's)."""
    words = _name_letters(name)
    if len(words) < 2:
        return False
    made = {sep.join(order) for sep in "._-" for order in (words, words[::-1])}
    return any(re.sub(r"\d+$", "", address.split("@")[0].lower()) in made for address in _addresses(doc))


def _local_letters(address: str) -> str:
    """The letters of an address's local part: "Jane.Doe+1@..." -> "janedoe"."""
    return re.sub(r"[._+\-\d]+", "", address.split("@")[0].lower())


ONLY_FORM = re.compile(LEGAL_FORMS)
OFFICER_BEFORE = re.compile(r"(?i)\b(?:officer|DPO|representative|contact person|data protection|privacy (?:lead|manager|team))\b[^.\n]{0,12}\Z")


class LegalEntityMissing(Kind):
    """A brand is named but no company form (Ltd, Inc., GmbH ...) and no registered address.

    Only a brand the document defines as "we", puts in its title or the config names counts; a
    person's name is not a brand (a natural person needs no company form), and a legal entity
    named next to "operated by" / "controller" or used throughout the text is enough.
    """

    params = {"entity": None, "min_mentions": 3, "given_names": ""}

    def __init__(self, params):
        super().__init__(params)
        self.given_names = frozenset(self.options["given_names"].lower().split())

    def check(self, doc):
        said = NO_LEGAL_ENTITY.search(doc.text)
        if said is not None and not address_spans(doc.text):  # "AntennaPod ... is not represented by any legal entity"
            yield Hit(said.start(), said.end(), f'the notice says there is no legal entity ("{said.group(0)}") and gives '
                                                "no postal address: name the person or body responsible and an address")
            return
        text = doc.text
        if unnamed(doc) is not None:
            # nobody named: no legal person, no address; but a notice an individual writes ("I ...") with an e-mail
            # is a person's, and a person has no legal form: POL101 asks for the name. With no brand either (only
            # "the Practice", "[Park Name]", a nameless "we") there is nothing a legal form could be missing from:
            # POL101's finding is the one defect
            individual = len(SINGULAR_WRITER.findall(text)) >= 2 and doc.emails
            if not (individual or address_spans(text) or self._legal_person_given(doc)) and _brand_named(doc):
                start, end = title_span(doc)
                yield Hit(start, end, "no legal entity (Ltd, Inc., GmbH ...) and no postal address is given for the "
                                      "party responsible: give the legal name of the person or company and an address")
            return
        named = self._named(doc)
        if named is None:
            return
        name, start, end, configured = named
        if LEGAL_SUFFIX.search(name) or EXTRA_FORMS.search(name) or ONLY_FORM.fullmatch(name) or STATUTORY_BODY.fullmatch(name):
            return  # "{{ site.title }} GmbH": the form is there, whatever fills the name
        core, _ = _core(name)
        if self._legal_form_near_name(text, core) or _own_address(text) or self._legal_person_given(doc):
            return
        if self._person_behind(doc, name) or self._given_name(name, text) or _writers_handle(name, text) \
                or _account_handle(name, text) or _handle_maker(doc) \
                or self._persons_alias(name, text) or (self._person(name, text) and _address_of_person(doc, name)):
            return  # an individual developer is the controller: a person has no legal form
        in_body = end > start and doc.blocks and start >= doc.blocks[0].start
        start, end = (start, end) if in_body else title_span(doc)  # not in the front matter
        main = None if configured else main_policy(doc)
        if main is not None:  # a layer: judged with its main policy when both are linted together
            yield Hit(start, end, f'"{name}" is a brand, not a legal entity, and the notice defers to the "{main}": '
                                  "give the legal name of the company responsible here, or make sure that policy "
                                  "gives it")
            return
        yield Hit(start, end,
                  f'"{name}" is a brand, not a legal entity: give the legal name of the person or company '
                  "responsible (with its legal form: Ltd, Inc., GmbH ...) or a registered address")

    def _legal_person_given(self, doc) -> bool:
        """A legal entity named as the one behind the service, or used throughout the text, a foundation at the
        start ("the XBMC Foundation and Team Kodi"), a public body given as the address or the operator ("Mailing
        Address: Ministry of Foreign Affairs"), or the own address set apart in a code block
        ("```\nJane Doe\nBurgweg 8\n79112 Freiburg\n```")."""
        text = doc.text
        return self._legal_entity_in_context(text) or self._main_legal_entity(text) or self._foundation_behind(doc) \
            or PUBLIC_BODY.search(text) is not None \
            or any(_own_address(block.group("body")) for block in FENCED.finditer(doc.source))

    def _named(self, doc) -> tuple[str, int, int, bool] | None:
        """The brand that stands for "we" (one controller-unnamed accepts), or None when nobody is
        named, only a role or a person is. Without a definition or a title, a frame that says who
        "we" is comes first, then the candidate the text names most often: the organisation recurs,
        a processor is named once or twice."""
        entity = organisation(doc, self.options["entity"])
        if entity is not None and entity.source == "config":
            return entity.name, entity.start, entity.end, True
        if entity is not None and entity.source in ("definition", "title"):
            if entity.generic or not entity.core:
                return None  # POL101 reports an unnamed controller
            if (entity.source == "definition" and AS_WE.match(doc.text, entity.end)
                    and self._person(entity.name, doc.text) and not _product(entity.name, doc.text)
                    and not doc.text[max(0, entity.start - 4):entity.start].lower().startswith("the")
                    and not self._titled_product(doc, entity.name)):
                return None  # Jane Example ("we"): a person has no legal form ("The Last Guildmaster" is a brand)
            return entity.name, entity.start, entity.end, False
        candidates = names_in_text(doc)
        if not candidates:
            # the brand the text keeps using as its own ("Privacy Guides is ...", "Moodlog does not ...")
            uses = len(re.findall(re.escape(entity.core), doc.text)) if entity is not None else 0
            if entity is None or (entity.core.isupper() and uses < 4) or uses < 2 \
                    or _owned(doc.text, entity.core) or _owned(doc.text, entity.core.split()[0]):
                return None  # "we have selected JAMS": an acronym seen three times or fewer, or any name seen once,
                # may be anyone's (not "OFTC collects ...", "OFTC may collect ...": an acronym the text keeps using)
            return entity.name, entity.start, entity.end, False
        text = doc.text
        counts = [len(re.findall(r"(?<![\w-])" + re.escape(_core(n)[0] or n) + r"(?![\w-])", text))
                  for n, _, _, _ in candidates]
        best = max(range(len(candidates)), key=lambda i: (candidates[i][3], counts[i], -i))
        return (*candidates[best][:3], False)

    @staticmethod
    def _foundation_behind(doc) -> bool:
        """A foundation named at the start as the one behind the service, in a sentence not negated
        ("the OpenStreetMap Foundation does not operate iD" names who is not)."""
        if not doc.blocks:
            return False
        start = doc.blocks[0].start
        for m in FOUNDATION.finditer(doc.text, start, start + OPENING):
            s_start, s_end = doc.sentence_at(m.start())
            sentence = doc.text[s_start:max(s_end, m.end())]
            if OURS.search(sentence) and not NEGATED.search(sentence):
                return True
        return False

    def _person_behind(self, doc, brand: str = "") -> bool:
        """Is a named individual the developer or owner ("Developer: Jane Doe", "created by Jane Doe",
        or "Jonah Reyes · jonah.reyes.dev@proton.me": a name on the line of an address made of it)? The
        ``brand`` signing its own notice is no person."""
        if any(_named_by_address(doc, email) for email in doc.emails) or _signed_with_address(doc.source, brand):
            return True
        if HANDLE_OF_A_PERSON.search(doc.text):
            return True  # "owned and operated by [Sienori] - a developer from Japan"
        for m in PEOPLE_LIST.finditer(doc.text):
            if all(self._person(name, doc.text) for name in PERSON_NAME.findall(m.group(0))):
                return True  # "provided by Nikolaj Budzyn, Julia Rimpfel and Anna-Maria Kwasny": people, no company
        aka = AKA_PERSON.search(doc.text)
        if aka and self._person(aka.group("name"), doc.text):
            return True  # 'The developers of this service ("Developers", a.k.a. Zane Wagner)'
        if any(self._person(m.group("name"), doc.text) for m in PERSON_IN_BRACKETS.finditer(doc.text)):
            return True  # "Data Controller: 손준혁 (Son Jun-hyeok)", "Developer: White Sound (Ruslan Popesku)"
        signed = SIGN_OFF.search(doc.text)
        if signed and self._person(signed.group("name"), doc.text):
            return True  # "Yours sincerely, Abizer Rampurawala": a letter signed by a person
        writer = len(SINGULAR_WRITER.findall(doc.text)) >= 2  # "I take privacy seriously ... I have not programmed"
        texts = [doc.text] + ([doc.front_matter["title"]] if isinstance(doc.front_matter.get("title"), str) else [])
        for text in texts:
            for m in [*PERSON_CUE.finditer(text), *PERSON_BEFORE.finditer(text), *PERSON_SPEAKS.finditer(text)]:
                name = " ".join(w.title() if w.isupper() and len(w) > 1 else w for w in m.group("name").split())
                if LEGAL_FORM.match(text, FORM_AFTER.match(text, m.end()).end()):
                    continue
                if not (self._person(name, doc.text) and not any(w.lower() in THIRD_PARTIES or w.lower() in NOT_OWNERS
                                                          for w in name.split())):
                    continue
                if self._titled_product(doc, name):
                    continue  # "provided by Cric Score" under "# Privacy Policy for Cric Score": the app, not its maker
                # "created by Eleventh Hour" may name a studio: a given name, a "Developer:" label, or the writer
                if (writer or ROLE_LABEL.match(text, m.start()) or name.split()[0].lower() in self.given_names or FIRST_PERSON.search(m.group(0))
                        or m.groupdict().get("title")  # "created by Developer Timmy Wong"
                        or PERSON_APPOSITIVE.match(text, m.end()) or _address_made_of(doc, name)
                        or WITH_CONTRIBUTORS.match(text, m.end("name"))):  # "Oleksis Fraga and contributors built"
                    return True
        return False

    def _persons_alias(self, name: str, text: str) -> bool:
        """"a role held solely by Travis Ralston (TravisR, @travis:t2l.io)", then "TravisR is the Data Controller":
        the name is a person's handle, given in brackets after the person's name (or the person's name itself)."""
        word = re.escape(name.strip())
        if self._person(name.strip(), text) and re.search(rf"{word}[^\S\n]*\([^\S\n]*@?[\w.:-]{{2,30}}[^\S\n]*[,)]", text):
            return True  # the person themself, with their handle: "Travis Ralston (TravisR, ...)"
        return any(self._person(m.group("name"), text) for m in
                   re.finditer(rf"(?P<name>{PERSON})[^\S\n]*\([^\S\n]*@?{word}(?![\w-])", text))

    @staticmethod
    def _person(name: str, text: str) -> bool:
        """"Jane Doe", "Abhi Roop Reddy Tokala": two to four capitalised words, none of them a business word nor a word the
        text also uses in lower case ("Get Location" names an app: "your location"; an address such
        as "bloomfield.online" is no such use)."""
        words = name.split()
        while len(words) > 2 and CREDENTIAL.fullmatch(words[-1].rstrip(".,")):
            words.pop()  # "Sarah Cowperthwaite IBCLC", "Jane Doe MD": a person with a professional title
        return 2 <= len(words) <= 4 and all(
            re.fullmatch(PERSON_WORD, w) is not None and w.replace("-", "").replace("'", "").replace("’", "").isalpha()
            and not business_word(w)
            and re.search(rf"(?<![\w./@-]){w.lower()}(?![\w@-]|\.\w)", text) is None for w in words)

    def _titled_product(self, doc, name: str) -> bool:
        """"# Privacy Policy for Infinite Match (iOS)": the title names what the notice is for, a product, unless
        the name opens with a person's given name ("Privacy Policy of Jane Doe")."""
        first = doc.headings[0] if doc.headings else None  # "# Privacy Policy for X", or "**Privacy Policy for X**" first
        title = first.title if first is not None and (first.level == 1 or (first.pseudo and first.line <= 2)) else ""
        line = _title_line(doc) if not title else None  # a plain text's first line: "Privacy Policy for Clip Log"
        said = doc.text[line.start:line.end].strip() if line is not None else ""
        if said and any(pattern.search(said) for pattern in TITLE_BRAND):
            title = said
        return name in title and name.split()[0].lower() not in self.given_names

    def _given_name(self, name: str, text: str) -> bool:
        """"Olivia Knoedt": a brand that is a person's name, a given name first (the notice of a
        person's own site or app)."""
        words = name.split()
        given = _unaccented(words[0].lower()) in self.given_names if words else False
        if len(words) == 2 and re.fullmatch(r"[A-Z]\.?", words[1]):  # "Jason A." (Cox): a given name and an initial
            return given
        if len(words) > 2 and re.fullmatch(r"[A-Z]\.?", words[-1]):  # "Amal Dev S": a name and an initial
            return given and all(re.fullmatch(PERSON_WORD, w) for w in words[:-1])  # (an initial is no business word's)
        if len(words) == 1:  # "These pages were created by Dave. You can contact me": one given name, speaking as "me"
            return given and FIRST_PERSON_ME.search(text) is not None
        return given and self._person(name, text)

    @staticmethod
    def _legal_form_near_name(text: str, core: str) -> bool:
        if not core:
            return False
        words = core.split()
        # "Slack Post" is not "Slack, Inc.": another company's name at the head needs the whole name
        head = re.escape(core if len(words) > 1 and words[0].lower() in THIRD_PARTIES | OTHER_SERVICES else words[0])
        for name in re.finditer(head, text, re.IGNORECASE):  # a legal form within 40 characters after it
            if FORM_RUNS_BRAND.search(text, max(0, name.start() - 80), name.start()):
                return True  # "Tmpim LLC, operating as SwitchCraft 3": the company that trades under the name
            gap_end = FORM_GAP.match(text, name.end()).end()
            if any(LEGAL_FORM.match(text, at) and not _joins_another(text[name.end():at])
                   for at in range(name.end(), gap_end + 1)):
                return True
        return False

    @staticmethod
    def _legal_entity_in_context(text: str) -> bool:
        """ "operated by Acme Software GmbH", "a nonprofit public benefit corporation", "Acme BV is the controller";
        at the opening, "Apnotic LLC provides the Password Pusher extension"."""
        for m in MAKER_OPENS.finditer(text, 0, OPENING):
            before = text[max(0, m.start() - 60):m.start()]
            forms = list(LEGAL_FORM.finditer(before))
            if forms and not before[forms[-1].end():].strip(" .,\t") \
                    and (before[:forms[-1].start()].replace(",", " ").split() or [""])[-1].lower() not in THIRD_PARTIES:
                return True  # the form ends right before the verb, and is not a processor's ("Google LLC")
        owner = SPEAKS_AS_OWNER.search(text, 0, OPENING) or CHANGES_THE_TEXT.search(text)
        if owner is not None and owner.group(0).split()[0].lower() not in THIRD_PARTIES:
            return True
        for m in PROVIDER_CONTEXT.finditer(text):
            window = text[max(0, m.start() - 80):m.end() + 160]
            if EXTRA_FORMS.search(window):
                return True
            for form in LEGAL_FORM.finditer(window):
                before = window[max(0, form.start() - 40):form.start()].replace(",", " ").split()
                if before and before[-1].lower() in THIRD_PARTIES | OTHER_SERVICES:
                    continue  # "a web analytics service provided by Google, Inc.": a processor's form, not ours
                return True
        return False

    def _main_legal_entity(self, text: str) -> bool:
        """A legal entity whose name recurs through the text ("Mozilla Corporation" in a Firefox notice),
        not in sentences that make it a processor ("Peatix handles these", "hosted by Hetzner")."""
        for head in sorted({m.group("name").split()[0] for m in COMPANY.finditer(text)}):  # each name counted once
            if head.lower() in THIRD_PARTIES or head.lower() in OTHER_SERVICES:
                continue
            own = 0
            for m in re.finditer(r"\b" + re.escape(head) + r"\b", text):
                sentence = text[max(text.rfind(".", 0, m.start()), text.rfind("\n\n", 0, m.start()), 0):
                                text.find(".", m.end()) % (len(text) + 1)]
                own += not PROCESSOR_CONTEXT.search(sentence)
            if own >= self.options["min_mentions"]:
                return True
        return False
