"""Who is "we"? Find the organisation a policy names, shared by the controller and entity rules.

Looks for definitions (`Acme ("we", "us")`, `Acme (the "Company")`,
`Acme (hereinafter "Acme" or "we")`, `We at Acme`, `Acme is the controller`,
`operated by Acme`) and falls back to a brand in the title
(`Acme Privacy Policy`).
"""
from __future__ import annotations

import re
from .records import record, replace
from functools import lru_cache
from .wordclasses import GENERIC_ORGANISATIONS, PRODUCT_KINDS


_OPTIONAL_COMMA = re.compile(r"(?<![\\\[]),\?\\s\+(?![^\[]*\])")
_LITERAL_SPACE = re.compile(r"(?<![\\\[]) (?![^\[]*\])")


# a person's name: two or three capitalised words, letters with accents too ("Jane Doe", "Mireille Okafor")
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"  # "Ševc", "Łukasz", "Ørsted" too
PERSON_WORD = rf"[{_UPPER}](?:['’][A-Z]|c[A-Z])?[a-zà-ÿ\u0100-\u017f'’-]+(?:-[A-Z][a-zà-ÿ\u0100-\u017f'’]+)?"  # "D'Ortenzio", "O'Brien", "McKay", "Jean-Luc" too
PERSON = rf"{PERSON_WORD}(?: {PERSON_WORD}){{1,2}}"

class _LazyPattern:
    """A pattern compiled on first use: compiling these takes longer than --list-rules
    or a non-English document needs them."""

    __slots__ = ("_args", "_compiled", "_needs")

    def __init__(self, source: str, flags: int, needs: "_LazyPattern | None" = None):
        self._args, self._compiled, self._needs = (source, flags), None, needs

    def finditer(self, text: str, *args):
        """No match where the words the pattern needs are missing: a name-led pattern is
        otherwise tried at every capital letter of the document."""
        if self._needs is not None and self._needs.search(text) is None:
            return iter(())
        return self.__getattr__("finditer")(text, *args)

    def __getattr__(self, name):
        if self._compiled is None:
            from .regexstore import static

            with static():
                self._compiled = re.compile(*self._args)
        return getattr(self._compiled, name)


def _pattern(source: str, flags: int = 0, needs: str | None = None) -> re.Pattern:
    """Compile with a literal space meaning any whitespace run (blanked markup and hard wraps leave several);
    ``needs`` is a quick pattern without which this one cannot match."""
    # "**Acme**, we ...": blanked emphasis may stand before an optional comma too
    source = _LITERAL_SPACE.sub(r"\\s+", source)
    return _LazyPattern(_OPTIONAL_COMMA.sub(r"(?:\\s*,\\s*|\\s+)", source), flags, needs and _pattern(needs))


def _name_then(lead: str, tail: str) -> re.Pattern:
    """``lead`` (a name) then ``tail``, tried only in documents where ``tail`` occurs."""
    return _pattern(lead + tail, needs=tail)

# a generator's stand-in for the organisation's name: "Company ... refers to Example Site"; a name
# with a legal form ("Example Ltd", registered) is written as a company's and is taken as one
SAMPLE_WORDS = ("Example", "Sample", "Demo")
SAMPLE_NAME = re.compile(rf"(?:{'|'.join(SAMPLE_WORDS)}) (?:Site|Company|App|Application|Website)\.?")

ROLE_WORDS = {
    "site", "website", "web", "owner", "owners", "administration", "administrator", "administrators",
    "service", "services", "provider", "providers", "operator", "operators", "company", "app",
    "application", "team", "developer", "developers", "platform", "portal", "vendor", "representative",
    "seller", "author", "authors", "controller", "we", "us", "our", "the", "this", "its", "a", "an",
    "organisation", "organization", "business", "publisher", "creator", "licensor", "party", "parties",
    "user", "users", "client", "software", "product", "products", "resource", "personal", "data", "community",
    "you", "your", "me", "my", "they", "them", "api", "apis", "responsible", "person", "body",
    # the other parties a contract defines ('the organization that entered into the Customer Agreement ("Customer")')
    "customer", "customers", "subscriber", "subscribers", "member", "members", "visitor", "visitors", "licensee",
    "licensees", "employer", "employers", "partner", "partners", "affiliate", "affiliates", "merchant", "merchants",
    "participant", "participants", "patient", "patients", "guest", "guests", "contributor", "contributors",
    # the kind of product a notice defines as "we": 'the LinkedIn Formatter browser extension ("Extension", "we")'
    "extension", "extensions", "add-on", "addon", "plugin", "plug-in",
}
# words that open sentences and are no brand however often they do ("Sent to Sentry ...", "Note: ...")
COMMON_OPENERS = {"sent", "used", "stored", "kept", "shared", "collected", "note", "please", "yes", "no", "none",
                  "because", "although", "though", "however", "therefore", "thus", "unless", "whether", "otherwise",
                  "also", "only", "each", "every", "some", "most", "many", "where", "when", "what", "why", "how",
                  "if", "once", "after", "before", "during", "while", "since", "until", "here", "there", "today",
                  "nothing", "everything", "anything", "someone", "anyone", "everyone", "optional", "required",
                  "in", "on", "at", "as", "by", "to", "of", "for", "from", "with", "into", "therefore", "thus",
                  "hence", "so", "but", "and", "or", "then", "now", "however", "otherwise", "furthermore",
                  "continued", "continuing", "further", "ongoing", "repeated", "regular",  # "Continued use after changes ..."
                  # an instruction about the app, not its name: "Uninstall app to remove all local data"
                  # (not "Open", "Clear", "Launch": brands begin with them, "Open Food Facts")
                  "uninstall", "install", "reinstall", "delete", "remove", "restart"}
VAGUE_HEADS = {"provider", "providers", "operators", "administration", "administrator", "owner", "owners", "partners",
               "affiliates", "vendors", "parties", "team", "representative", "representatives"}
# ("Co." after a name is a company, not "& Co." nor a "Co-op", nor the Irish county in "Co. Wicklow")
LEGAL_FORMS = (
    r"(?:Co\.,?\s*Ltd\.?|(?<!&\x20)Co(?:(?=\.(?![^\S\n]+[A-Z][a-z]))\.?|(?![.\w-]))|Company\s+Limited|Pty\.?\s+Ltd\.?|Ltd\.?|LTD\.?|Limited|LIMITED|Inc\.?|INC\.?|Incorporated|LLC|L\.L\.C\.|"
    r"LLP|CIC|SCIO|CIO|GmbH(?:\s*&\s*Co\.?\s*KG)?|UG|AG|KG|e\.\s?V\.?|S\.A\.?S?|SAS|SARL|S\.?r\.?l\.?|S\.p\.A\.|B\.V\.?|N\.V\.?|BV|NV|BVBA|SRL|SPRL|"
    r"Pte\.?\s+Ltd\.?|plc|PLC|K\.?K\.?|Corp\.?|Corporation|Oy|Oyj|AB|ApS|A/S|SE|[Ss]p\.\s*z\s*o\.\s*o\.?|"
    # more of Europe and Asia: GbR, OHG, KGaA, PartG, e.K. (DE), Kft., Zrt. (HU), s.r.o., a.s. (CZ, SK), d.o.o. (SI, HR, RS), S.L. (ES), Lda (PT),
    # OÜ (EE), gGmbH, G.K., Pvt. Ltd (IN), Sdn. Bhd. (MY), S.à r.l. (LU)
    r"GbR|OHG|KGaA|PartG(?:\s*mbB)?|e\.\s?K\.|Kft\.?|Zrt\.?|Nyrt\.?|s\.\s?r\.\s?o\.?|a\.\s?s\.|d\.\s?o\.\s?o\.?|S\.L\.U?\.?|S\.A\.U\.|Ltda\.?|Lda\.?|OÜ|gGmbH|"
    r"G\.K\.|Pvt\.?\s+Ltd\.?|Private\s+Limited|Sdn\.?\s+Bhd\.?|S\.à\s?r\.l\.|SRL|S\.R\.L\.|"
    # Norway's AS and ASA only after a name in mixed case: not "SUCH AS" or "AS IS" in capitals
    r"(?<=[a-z0-9]\x20)ASA?\b)"
)
# the look-behind starts a match only at the start of a run of commas/spaces (linear time)
LEGAL_SUFFIX = re.compile(rf"(?<![,\s])[,\s]+{LEGAL_FORMS}\s*$")
# legal forms written with dots or in lower case are words of a name too ("Harbourlight e.V.", "Parley S.r.l.")
NAME_WORD = (r"(?:Inc\.|Ltd\.|Co\.|Corp\.|S\.A\.|B\.V\.|N\.V\.|Kft\.|Zrt\.|Lda\.|Ltda\.|Pty\.|Pvt\.|Sdn\.|Bhd\.|"
             r"e\.\s?V\.|S\.r\.l\.|S\.p\.A\.|s\.r\.o\.|d\.o\.o\.|a\.s\.|sp\.\s?z\s?o\.\s?o\.|S\.L\.|K\.K\.|G\.K\.|"
             r"S\.à\s?r\.l\.|[A-Z][\w-]{1,40}\.(?:io|com|org|net|app|dev|ai|co|gg|me)(?![\w.])|"  # "Drone.io" as a name
             r"[A-Z0-9][\w&'’-]{0,63}(?:@[A-Z][a-z][\w&'’-]{0,40}(?![\w.]))?|[a-z]{1,3}[A-Z][\w&'’-]{0,63})")  # "Polished@Home"
# A name starts at a word start and has at most 12 words of at most 64 characters: unbounded,
# a run of capitalised words made every pattern below quadratic (each start scanned to its end).
# The look-ahead comes first: the regex engine then skips blanked text fast.
NAME = (rf"(?=[A-Za-z0-9])(?<![\w&-])(?<!\d\.){NAME_WORD}(?:[^\S\n]+(?:{NAME_WORD}|of|and|&|de|du|der|von|van|en|la|le|del|di|da|for|in(?=[^\S\n]+[A-Z])|(?<!\bof\s)the(?=[^\S\n]+[A-Z])|service|services|providers?|owner|administration|team|bot|app|extension|plugin)){{0,11}}"
        r"(?:,[^\S\n](?:Inc\.?|LLC|Ltd\.?|L\.L\.C\.|Limited|GmbH|B\.V\.|S\.A\.|Corp\.?))?")
# a country or union the data goes to, not a brand: "we transfer it to United Kingdom and process it there"
PLACE = re.compile(r"(?i:(?:the )?(?:united kingdom|united states(?: of america)?|european union|european economic area|"
                   r"great britain|england|scotland|wales|northern ireland|canada|australia|new zealand|ireland|germany|"
                   r"france|netherlands|switzerland|india|japan|china|singapore|brazil|usa|uk|eu|eea))")
BLANK_NAME = re.compile(r"[Xx]{2,}|(?i:tbd|tba|todo|n/?a|none|null|undefined)")  # a blank left for a name
# "24-APR-2021", "2024/05/01": a date, never a name
DATE_LIKE = re.compile(r"\d{1,4}[-/. ](?:[A-Za-z]{3,9}|\d{1,2})[-/. ]\d{2,4}")
# a kind of personal data written with capitals, never a brand: "Protected Health Information",
# "Personal Access Tokens", "Wallet Address", "Your DOB"
DATA_TERM = re.compile(r"(?i:(?:your\s+)?(?:dob|pii|phi)|.*\s(?:information|data|tokens?|address(?:es)?|numbers?|keys?|"
                       r"passwords?|identifiers?|ids?|credentials|details|records?|history))")
QUOTED_WE = r"""["'“‘](?i:we|us|our)[,.]?["'”’]"""  # “we,” with the comma inside the quotes too

# one comma-separated part of an address: "Hameenkatu 12", " 33100 Tampere"
ADDRESS_PART = r"[^,.;()\n]{1,40}"


def _address_after(least: int, most: int) -> str:
    """A name's note in brackets and its address after it, ending in a comma: "Kauppa-Aitta Oy (business ID
    3124567-8), Hameenkatu 12, 33100 Tampere, Finland," (least to most parts after the name's comma)."""
    return rf"[^\S\n]*(?:\([^()\n]{{0,80}}\))?,(?:{ADDRESS_PART},){{{least},{most}}}"


# the brackets after a name that define it as "we" or the company: ("we", "us"), (the "Company")
_ALIAS = r'''(?P<alias>[^()]{0,160}?(?:''' + QUOTED_WE + r'''|(?:hereinafter|referred to as)[^()"“'‘]{0,20}["“'‘](?:I|me)["”'’]|["“](?:I|Me|me|Myself|myself)[,.]?["”]|["'“‘](?:the\s+)?(?:(?i:company|club|society|charity|association|trust|school|practice|clinic|surgery|studio|council|parish|church|library|museum|university|college|foundation|centre|center|firm|agency|pharmacy|union|district|co-?op|cooperative|organi[sz]ation|scheme|group|network|project|partnership|collective|committee|board|federation|league|alliance|fund|guild|choir|orchestra|troop|circle)|Company|Controller|Service Provider|Operator|Developer|Provider|Licensor|Owner|Publisher|Administrator|Organi[sz]ation|District|School|Society|Club|Association|Union|Trust|Council|Practice|Clinic|Studio|Agency|Library|Museum|University|College|Charity|Foundation|Co-?op|Cooperative|Centre|Center|Firm|Pharmacy|Studio|App|Application|Service|Site|Website|Platform|Software|Extension)["'”’])[^()]{0,160}?)'''
# This app / the website ... is operated / provided / owned by Acme (a pattern of its own: another company's name
# there is another's service, "this service is provided by Google Play services")
PROVIDED_BY = _pattern(rf"\b(?:[Tt]his|[Tt]he|[Oo]ur) (?:[\w-]+ ){{0,3}}?(?i:app|application|website|site|service|platform|extension|game|bot|product|project|software)\b[^.;:]{{0,60}}? (?:is|are) (?:\w+ )?(?:operated|provided|owned|published|developed|created|built|maintained|run|offered|managed) by (?P<name>{NAME})")
# Acme ("we", "us") / Acme (the "Company", "we") / Acme (hereinafter referred to as "Acme" or "we")
# / Acme Ltd and its affiliates (collectively "Acme", "we"): the alias may say the name is a product's
NAME_THEN_ALIAS = _name_then(rf"(?P<name>{NAME})\s*(?:,?[ \t]+(?:and|together[ \t]+with)[ \t]+its[ \t]+(?:affiliates|subsidiaries|"
                             rf"group[ \t]+companies|affiliated[ \t]+companies)\s*)?"
                             # ... or a kind after the name: 'Northbrook Dental, the practice ("we")'
                             rf"(?:,[ \t]+(?:the|a|an|our)[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}[a-z][\w-]*,?[ \t]*)?", rf"\({_ALIAS}\)")
DEFINITION_PATTERNS = [
    NAME_THEN_ALIAS,
    # Hack SV (dba hack.sv) ("we," "our," or "us"): another name in brackets first
    _name_then(rf"(?P<name>{NAME})\s*", rf"\((?:dba|d/b/a|doing business as|also known as|aka|formerly)\b[^()\n]{{1,40}}\)\s*\({_ALIAS}\)"),
    # Acme – "us", "we", or "our" – operates the service: the alias between dashes
    _pattern(rf"""(?P<name>{NAME})[ \t]*[–—][ \t]*(?P<alias>{QUOTED_WE}(?:,? (?:or )?{QUOTED_WE}){{0,3}})[ \t]*[–—]""",
             needs=rf"[–—][ \t]*{QUOTED_WE}"),
    # Company, we, us or our mean Wallet Solutions OÜ / "We", "us" and "our" refer to Acme Ltd
    # (or another short name in quotes: 'In this notice "we" and "the Society" mean The Riverside Players'; not "to hear
    # from us, we understand that you are OK with these Terms": another clause, the reader its subject)
    _pattern(rf"""(?i:\b(?:we|us|our)["”'’]?(?:,[ \t]*|[ \t]+(?:or|and)[ \t]+)(?:["“'‘]?(?:we|us|our)\b|(?P<other>["“'‘](?:the[ \t]+)?[a-z]+["”'’]))(?:(?!\b(?:you|that)\b)[^.\n()]){{0,30}}?\b(?:mean|means|refer to|refers to|shall mean|is|are))[ \t]+(?P<name>{NAME})""",
             needs=r"(?i:\b(?:mean|means|refer to|refers to)\b)"),
    # Company (referred to as either "the Company", "We", "Us" or "Our" in this Agreement) refers to Shopping List.
    _pattern(rf"""\((?:[^()]{{0,40}}?referred to as|hereinafter)[^()]{{0,160}}?{QUOTED_WE}[^()]{{0,160}}?\)\s*(?:refers to|means|is)\s+(?P<name>{NAME})"""),
    # We are Bean There, a small group of cafés / We're Acme.
    _pattern(rf"\b[Ww]e(?:'re|’re| are) (?P<name>{NAME})(?=\s*(?:[,.(]|—|–| - ))"),
    # Kauppa-Aitta Oy (business ID 3124567-8), Hameenkatu 12, 33100 Tampere, Finland, runs the online shop
    _name_then(rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<name>{NAME}){_address_after(0, 4)}\s*",
               r"(?:runs|operates|owns|publishes|provides|maintains|is responsible for) (?:the|this|our)\b"),
    # Mozilla (that's us)
    _name_then(rf"(?P<name>{NAME})\s*", r"\((?:that['’]s|that is|this is|it['’]s|i\.e\.,?) (?:us|we|me)\)"),
    # We at Acme / we, Acme,
    _pattern(rf"\b[Ww]e,? at (?P<name>{NAME})"),
    # We, the Pebblebrook maintainers, ...
    _pattern(rf"\b[Ww]e,? the (?P<name>{NAME}) (?:maintainers|team|developers|authors|volunteers|admins|administrators|organi[sz]ers|staff|founders|editors)\b"),
    # npm, Inc. ("npm") - a lower-case brand with its legal form, on one line ("minor accounts" over a "Limited Data"
    # list item is no company)
    _pattern(r"(?=[a-z])(?<![\w.@/-])(?!(?:its|our|their|the|a|an|this|that|his|her|your|my|with|and|or|of|for|by|to|is|are)\b)"
             r"(?P<name>[a-z][\w-]{1,30},?[^\S\n](?:Inc\.|LLC|Ltd\.?|GmbH|B\.V\.|Limited(?! (?i:use|time|warranty|liability|license|licence|access|edition))|Corp\.))",
             needs=r"(?:Inc\.|LLC|Ltd|GmbH|B\.V\.|Limited|Corp\.)"),
    # bloxchaser ("we," "our," or "us"): a brand in lower case, defined as "we" (not a role: 'Operator ("we")')
    # (at a sentence's start or after "Welcome to": a lower-case word elsewhere is a word, not a brand)
    _name_then(r"(?:^|(?<=\n)|(?<=[.!?:]\x20)|(?<=[Ww]elcome\x20to\x20))"
               r"(?P<name>(?!(?:operator|owner|provider|company|developer|controller|team|service|site|website|app|application|"
               r"maintainers?|administrators?|authors?|creators?|us|we|business|organi[sz]ation|platform|project|bot|extension|"
               r"studio|group|publisher|server|instance|community|staff|admins?)\b)[a-z][\w.-]{2,30})\s*",
               rf"\({_ALIAS}\)"),
    # Acme is the (data) controller
    _pattern(rf"(?P<name>{NAME}) (?:\([^()]{{0,120}}\) )?(?:is|acts as|will be|are) (?:the |a |your )?(?:data )?controller\b",
             needs=r"\bcontroller\b"),
    # This app / the website ... is operated / provided / owned by Acme (not across a label: "... to the app\n- Records:
    # Purchase history is managed by Google Play Console")
    PROVIDED_BY,
    # I, Jane Doe, built the app / We, Acme, operate
    _pattern(rf"\b(?:I|We),? (?P<name>{NAME}),? (?:built|created|developed|made|operate|run|own|provide)"),
    # Responsible for data processing ... within the meaning of the GDPR is Sebastian Röhl / The party responsible for
    # this website (the "controller") ... is:\nAndreas Saks (the German generators' wording)
    # The responsible entity according to Art. 4 Para. 7 of the GDPR is\n\nKevin Stegemann
    _pattern(rf"(?i:\bresponsible (?:for|of) (?:the |this )?(?:data processing|processing|this (?:website|app|site|service)|"
             rf"website|app)\b|\bresponsible (?:entity|party|body|person)\b)(?:[^.:\n]|\.[ \t]?(?=\d)){{0,140}}?\bis:?[ \t]*"
             rf"(?:\r?\n[ \t]*){{0,2}}(?P<name>{NAME})"),
    # Controller: Autoškola Vltava s.r.o. / Data controller: Acme Ltd
    _pattern(rf"(?m:^[ \t*_-]*)(?i:data controller|controller|responsible(?: party| body)?)[ \t*_]*:[ \t*_]*(?P<name>{NAME})"),
    # the controller is Acme
    _pattern(rf"\bcontroller (?:is|will be|of your personal data is)[ :]+(?P<name>{NAME})"),
    # a company with its legal form, then its address, then the alias: "Tuning Fork Piano Technicians Co-operative
    # Society Limited (registered society no. 5217R), 9 Harcourt Mews, Dublin 2, Ireland ("the co-op", "we")"
    _name_then(rf"(?P<name>{NAME},?[^\S\n]{LEGAL_FORMS}){_address_after(1, 5)}{ADDRESS_PART}\s*",
               rf"\({_ALIAS}\)"),
]
BRAND_SIGNALS = [
    # This app, Printer Lights, is ... / the app called Acme
    _pattern(rf"\b(?i:this|the|our) (?i:app|application|game|website|site|extension|bot|service|tool|project|software|platform)(?:,| called| named) (?P<name>{NAME})"),
    # This browser extension TicketPad is designed ... / a Discord bot's tag: Fate#1269 (not the handle to contact)
    _pattern(rf"\b(?i:this|the|our) (?:(?i:browser|chrome|firefox|mobile|discord|telegram|web) )?(?i:app|application|extension|add-on|bot|plugin|game) (?P<name>(?=[A-Z]){NAME}) (?:is|was|does|will|collects|uses|stores|lets|helps|has|can)\b"),
    _pattern(r"(?<![\w@#])(?<!contact.)(?<!message.)(?<![Dd][Mm].)(?<!ping.)(?<!reach.)(?<!user.)(?P<name>[A-Z][\w-]{1,30})#\d{4}\b"),
    # Developer: Jane Doe / Controller: Acme Ltd
    _pattern(rf"\b(?:Developer|Data Controller|Controller|Operator|Company|Owner|Publisher|Provider|Maintainer|Author|Organi[sz]ation)\s*:\s*(?!(?:See|Refer|Check|Visit|Contact|Please|Available|Listed|Shown)\b)(?P<name>{NAME})"),
    # The Apache Software Foundation (ASF): checked against the initials below
    _name_then(rf"(?P<name>{NAME}) ", r"""\((?:the )?["“]?(?P<abbr>[A-Z]{2,6})["”]?\)"""),
    # Acme is / Acme does not / Acme's (checked below: a name, not a common word)
    _pattern(rf"\b(?P<subject>{NAME})(?:['’]s\b| (?:is|does|will|collects|uses|stores|shares|processes|respects|considers|never|only|cannot|may not|app|has|can|reserves|keeps|retains|takes|operates|offers|provides|sends|receives|knows)\b)"),
    # © 2024 Acme / Copyright 2024 Acme
    _pattern(rf"(?:©|\bCopyright(?: ©| \([cC]\))?)\s*(?:\d{{4}}(?:\s*[-–]\s*\d{{4}})?,?\s*)?(?P<name>(?=[A-Z]){NAME})"),
]
THIRD_PARTIES = {
    "google", "apple", "facebook", "meta", "firebase", "amazon", "aws", "stripe", "paypal", "twitter", "x",
    "cloudflare", "android", "ios", "microsoft", "github", "youtube", "instagram", "whatsapp", "discord",
    "slack", "mailchimp", "sentry", "crashlytics", "admob", "unity", "openai", "hotjar", "hubspot", "icloud",
    "app store", "google play", "play store", "european union", "european commission", "united states", "eu",
    "gdpr", "ccpa", "coppa", "this", "that", "it", "you", "we", "our", "the app", "the service", "the website",
    "personal data", "information", "data", "privacy policy", "policy", "user", "users", "service", "app",
}
# platforms and services a policy names as tools it uses, never as who "we" are
OTHER_SERVICES = frozenset({
    "chrome", "firefox", "safari", "edge", "windows", "macos", "mac", "linux", "ios", "android", "iphone", "ipad",
    "wordpress", "telegram", "twitch", "reddit", "minecraft", "roblox", "steam", "posthog", "mixpanel", "amplitude",
    "segment", "onesignal", "revenuecat", "supabase", "vercel", "netlify", "heroku", "bugsnag", "datadog", "intercom",
    "zendesk", "twilio", "sendgrid", "mailgun", "auth0", "firebase", "crashlytics", "sentry", "stripe", "paypal",
    "mailchimp", "hotjar", "hubspot", "cloudflare", "aws", "icloud", "discord", "slack", "youtube", "instagram",
    "whatsapp", "unity", "openai", "github", "gitlab", "google analytics", "google firebase", "firebase analytics",
    "firebase crashlytics", "app center", "appcenter", "visual studio app center", "matomo", "plausible", "fathom",
    "fathom analytics", "admob", "google admob", "applovin", "unity ads", "facebook audience network",
    "google play services", "play services", "goatcounter", "umami", "gravatar", "akismet", "jetpack", "disqus",
    "substack", "patreon", "ko-fi", "mastodon", "matrix", "signal", "home assistant", "hetzner", "digitalocean",
    "strava", "spotify", "hetzner online", "arma", "arma 3",
    "ovh", "ovhcloud", "scaleway", "linode", "backblaze", "dropbox", "zoom", "calendly", "typeform", "eventbrite",
    "shopify", "woocommerce", "squarespace", "wix", "mollie", "klarna", "adyen", "square", "sumup", "brevo",
    "sendinblue", "postmark", "resend", "algolia", "mapbox", "openstreetmap", "recaptcha", "hcaptcha", "turnstile",
    "spotify", "netflix", "tiktok", "snapchat", "pinterest", "linkedin", "wechat", "yahoo", "bing", "duckduckgo",
    "imdb", "trakt", "chatgpt", "anthropic", "claude", "gemini", "azure", "microsoft azure", "atlassian", "jira",
    "confluence", "notion", "trello", "figma", "canva", "vimeo", "soundcloud", "bandcamp", "deezer", "tidal",
    "nintendo", "playstation", "xbox", "epic games", "mojang", "curseforge", "modrinth", "itch.io", "stremio",
    "spotify web api", "google maps", "google drive", "google sheets", "google workspace", "gmail", "outlook",
    # the advertising industry's opt-out bodies a notice points to
    "digital advertising alliance", "network advertising initiative", "european interactive digital advertising alliance",
    "your online choices", "daa", "nai", "edaa",
    # form back ends, site search and site builders a static site uses
    "formspree", "formsubmit", "getform", "basin", "jotform", "tally", "google forms", "docsearch", "crisp",
    "cloudcannon", "forestry", "tina", "tinacms", "decap", "netlify cms", "snipcart", "giscus", "utterances",
})
COMMON_ABBREVIATIONS = set(
    "IP PII GDPR CCPA CPRA EEA EU UK US USA API SDK ID URL OS ISP DPO DPA SCC SCCS COPPA FTC ICO CNIL FAQ AI ML VPN "
    "DNS SSL TLS HTTP HTTPS SMS GPS UI UX CPU RAM IDFA AAID IMEI MAC CDN ToS TOS LGPD PIPEDA HIPAA FERPA EDPB "
    "CalOPPA CALOPPA CAN-SPAM VCDPA CPA PIPL APPI POPIA PDPA DSGVO BDSG TTDSG UK-GDPR U.S. U.K. E.U. "
    # identifiers, formats and protocols a policy names as things, never as who "we" are
    "UUID GUID UDID IDFV GAID JSON CSV PDF XML HTML SQL JWT OAuth OpenID SAML SMTP IMAP POP3 XMPP RSS FTP SFTP SSH "
    "WebDAV WebRTC WebSocket ActivityPub WebAuthn FIDO NFC BLE USB LAN WAN WLAN".split()
)
TITLE_BRAND = [
    _pattern(rf"\b(?:Privacy Policy|Privacy Notice|Privacy Statement|Data Protection Notice|Privacy)\b.{{0,40}}? by (?P<name>{NAME})"),
    # (or the other legal pages: "Hack the Harbour — Code of Conduct", "Kestrel Storage Booking Terms")
    # ("Glow by Amara - Privacy Notice": a brand of the form "X by Y" before the dash)
    _pattern(rf"^(?P<name>{NAME}(?: by [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?=\s*[-–—:|]))?)(?:(?:'s|’s)? |\s*[-–—:|]\s*)(?:Privacy|privacy (?:policy|notice|statement)|Data Protection|Cookie|Terms|Code of Conduct|"
             r"Community (?:Rules|Guidelines|Standards)|House Rules|Acceptable Use|(?:Booking|Hire|Rental) (?:Terms|Conditions)|"
             r"Conditions of)"),
    # whose notice it is, after the name: "Guided Reader customer privacy notice", "Acme Staff Privacy Notice"
    _pattern(rf"^(?P<name>{NAME}) (?i:customer|client|user|member|patient|student|visitor|staff|employee|website|app|supporter|volunteer)s?['’]? (?i:privacy|data protection) (?i:notice|policy|statement)"),
    _pattern(rf"\b(?i:Privacy Policy|Privacy Notice|Privacy Statement|Data Protection Notice)(?: (?:for|of)(?: the)?|\s*[-–—:|])\s*(?P<name>{NAME})"),
    # a name in quotes, after what kind of product it is: 'Privacy Policy for the Android App "Touch-N-Stars"',
    # "Privacy Policy for 'Show me the meaning'"
    _pattern(r"\b(?i:Privacy Policy|Privacy Notice|Privacy Statement|Data Protection Notice) (?i:for|of)(?: (?i:the|our))?"
             r"(?: (?:[\w-]+ )?(?i:app|application|extension|add-on|game|bot|plugin|website|site|software|tool))? "
             r"[\"“'‘](?P<name>[A-Za-z0-9][^\"“”'‘’\n]{1,38}[\w.!+)])[\"”'’]"),
]
GENERIC_TITLE_WORDS = {"member", "members", "community", "survey", "surveys", "student", "students", "parent",
                       "parents", "customer", "customers", "user", "users", "volunteer", "volunteers", "tenant",
                       "tenants", "visitor", "visitors", "applicant", "applicants", "staff", "faq", "notice", "privacy", "policy", "notice", "statement", "data", "protection", "cookie", "cookies",
                       "terms", "general", "our", "the", "app", "website", "site", "application", "mobile", "of",
                       "and", "service", "services", "use", "conditions", "legal", "who", "what", "this", "how",
                       "recruitment", "candidates", "candidate", "employee", "employees", "global",
                       # "Privacy Policy for All My Apps": whose apps, the title does not say
                       "all", "my", "your", "every", "apps", "applications", "games", "products", "projects", "tools",
                       "code", "conduct", "rules", "guidelines", "standards", "booking", "hire", "websites", "sites",
                       "communications", "content", "&", "backer", "backers", "donor", "donors", "supporter", "supporters",
                       "subscriber", "subscribers", "participant", "participants", "player", "players", "patient", "patients"}


@record(frozen=True)
class Entity:
    name: str  # as written
    core: str  # without legal suffix or role words
    start: int
    end: int
    generic: bool  # only a role ("the Site Owner", "service providers")
    source: str  # "definition" | "title" | "config"
    full: str = ""  # the longer name a short alias stands for ("Meridian Metrics, Inc." behind "Meridian")
    product: bool = False  # defined as the product ("Brume Studio" (the "Service")), not as "we"


def split_legal(name: str) -> tuple[str, str]:
    """('Acme', ' Ltd') from 'Acme Ltd' (and from 'Autoškola s.r.o', its last dot cut by a sentence end)."""
    m = LEGAL_SUFFIX.search(name) or (LEGAL_SUFFIX.search(name + ".") if name[-1:].isalpha() else None)
    return (name[: m.start()], name[m.start():]) if m else (name, "")


_POSSESSIVE = re.compile(r"['’]s?$")
_TITLE_PREFIX = re.compile(r"^(?:Privacy|Cookie|Data Protection) (?:Policy|Notice|Statement) (?:for|of) (?:the )?")


# words that make "X Team" a department ("the Privacy Team"), not a team's name ("Noise Alert Team")
_DEPARTMENTS = {"privacy", "support", "customer", "security", "legal", "data", "protection", "development", "dev",
                "product", "core", "management", "admin", "moderation", "moderator", "staff", "compliance", "app",
                "project", "bot", "server", "site", "website", "service", "services"}


GLUE_WORDS = {"and", "&", "or", "of"}  # "Website and Services" is still only roles


def _named_team(words: list) -> bool:
    """ "Noise Alert Team", "Legacy DEV Team": a team named with capitals, one of them at least not a department's
    word ("Support Team", "Core Dev Team" name no one)."""
    return (words[-1] == "Team" and len(words) > 1 and all(w[:1].isupper() for w in words[:-1])
            and any(w.lower() not in _DEPARTMENTS for w in words[:-1]))


def _core(name: str) -> tuple[str, bool]:
    """The distinctive part of a name and whether the name is only a role."""
    base, legal = split_legal(name.strip(" .,"))
    words = base.split()
    while words and words[0].lower() in {"the", "our", "this"}:
        words.pop(0)
    distinctive = [w for w in words if _POSSESSIVE.sub("", w.lower()) not in ROLE_WORDS | GLUE_WORDS]
    # ("Verbatim Access Partners, Inc.": with its legal form, a firm's name, not "our partners")
    generic = not distinctive or (bool(words) and words[-1].lower() in VAGUE_HEADS and len(words) > 1
                                  and not _named_team(words) and not legal) or (
        len(words) == 1 and words[0].lower() in GENERIC_ORGANISATIONS)  # "the Studio", "the Agency": no name
    while words and words[-1].lower() in ROLE_WORDS and words[-1].lower() not in PRONOUNS and len(words) > 1:
        words.pop()  # (not a pronoun the name ends with: "Behind You")
    return " ".join(words), generic


def _clean(name: str) -> str:
    words = name.split()
    # drop leading sentence words that are not part of a name ("This", "Our", "For"), and a section's title run
    # into the sentence ("1. Introduction Clip Log ("we") respects your privacy")
    while len(words) > 1 and words[0] in {"This", "These", "Our", "For", "The", "By", "If", "When", "At", "In", "Welcome", "Dear",
                                          "Introduction", "Overview", "Summary", "Preamble", "Background"}:
        words.pop(0)
    words = _TITLE_PREFIX.sub("", " ".join(words)).split() or words
    # "Founder of ALight Technology Ltd": the role before the organisation is no part of its name
    while len(words) > 2 and words[0] in {"Founder", "Co-founder", "Owner", "CEO", "Director", "Creator", "Head"} \
            and words[1] == "of":
        words = words[2:]
    # "Therapy Nottingham of 8 Eldon Chambers": the address after "of" is where, not who
    for i in range(1, len(words) - 1):
        if words[i] == "of" and words[i + 1][:1].isdigit():
            words = words[:i]
            break
    while len(words) > 1 and words[-1] in {"and", "or", "of", "for", "&"}:
        words.pop()
    return " ".join(words).rstrip(".,;:")


DOCUMENT_ALIASES = frozenset({"terms", "terms of use", "terms of service", "policy", "privacy policy", "agreement",
                              "notice", "privacy notice", "statement", "conditions", "eula", "rules", "guidelines",
                              "this policy", "these terms"})
# (and the question words a heading asks with: "## Who is the controller of your personal data?")
PRONOUNS = frozenset({"you", "we", "i", "they", "it", "he", "she", "us", "them", "your", "our", "their", "its",
                      "who", "what", "which", "whom", "whose", "where", "this", "that"})
_INITIALS = re.compile(r"[A-Z]{2,6}")  # ("TYN", "we"): initials of the name before, not a name of its own
# ("Gravelpit Games", "we"), — "Quillstone", "we": the quoted short name is the name "we" goes by
# (or with other short forms between: ("Ashgrove CC", "the Club", "we"))
QUOTED_ALIAS = _pattern(rf"""["“'‘](?P<name>{NAME})[,.]?["”'’],?\s*(?:["“'‘][^"”'’\n]{{1,30}}["”'’],?\s*){{0,2}}(?:(?:or|and)\s+)?{QUOTED_WE}""")


@lru_cache(maxsize=64)
def _definitions(text: str) -> tuple[Entity, ...]:
    found = []
    aliases = []
    for m in QUOTED_ALIAS.finditer(text):
        name = _clean(m.group("name"))
        core, generic = _core(name)
        if name and not generic and len(name) <= 80 and name.lower() not in THIRD_PARTIES | PRONOUNS \
                and not _INITIALS.fullmatch(name):  # ('"I", "we"': a pronoun is no name)
            aliases.append((m.start("name"), len(found)))
            found.append(Entity(name, core, m.start("name"), m.start("name") + len(name), generic, "definition"))
    for pattern in DEFINITION_PATTERNS:
        for m in pattern.finditer(text):
            name = _clean(m.group("name"))
            inside = [i for at, i in aliases if m.start() < at < m.end()]
            if inside:
                # "Gravelpit Games Ltd, 9 Quayside Works, Bristol ("Gravelpit Games", "we")": the alias is
                # the name; the longer one is kept as the name it stands for
                alias = found[inside[0]]
                if name and len(name) <= 80 and name != alias.name and name.startswith(alias.name.split()[0]):
                    found[inside[0]] = replace(alias, full=name)
                continue
            if m.groupdict().get("other") and " " not in name:
                continue  # '"I", "we" and "the shop" all mean Margaret and the shop': a person's given name, one part
            if pattern is PROVIDED_BY and name.split()[0].lower().rstrip("'’s") in THIRD_PARTIES:
                continue  # "On many devices this service is provided by Google Play services": another's service
            if not name or len(name) > 80 or name.lower() in PRONOUNS or name.lower() in DOCUMENT_ALIASES:
                continue  # "You (or your organisation) are the data controller": the reader, no name; nor
                # the document itself ('These Terms of Use ("Terms") govern ...')
            offset = m.start("name") + m.group("name").find(name.split()[0])
            named = _who_not_where(text, name, offset, pattern)
            if named is None:
                continue
            name, offset = named
            lead = _wrapped_lead(text, offset)
            if lead is not None and len(name) + lead[1] <= 80:
                name, offset = _clean(f"{lead[0]} {name}"), offset - lead[1]
            core, generic = _core(name)
            product = pattern is NAME_THEN_ALIAS and _PRODUCT_ALIAS.search(m.group("alias")) is not None
            found.append(Entity(name, core, offset, offset + len(name), generic, "definition", product=product))
    for i, entity in enumerate(found):
        if entity.full or i not in {index for _, index in aliases}:
            continue
        full = _longer_name_before(text, entity)
        if full:
            found[i] = replace(entity, full=full)
    found.sort(key=lambda e: e.start)
    return tuple(found)


# a body's name, a comma, then where it is: "St Mary's Church, Little Hadlow"
PLACE_AFTER = _pattern(rf"(?P<name>{NAME}),[^\S\n]+\Z")
_VENUES = frozenset({"hall", "chapel", "mosque", "temple", "synagogue", "gurdwara", "surgery", "meeting"})
_FROM_PLACE = re.compile(r"(?:\b(?:from|in|of|based in)|,)\s+\Z")


def _who_not_where(text: str, name: str, offset: int, pattern) -> tuple[str, int] | None:
    """The defined name and its offset, once a place is told from a body: None when the "name" only says where
    ("a developer from Japan (... "we")", "... Dublin 2, Ireland ("the co-op", "we")": the end of an address), the
    body before the comma when a place follows it ("St Mary's Church, Little Hadlow ("the Church", "we")")."""
    if PLACE.fullmatch(name) and _FROM_PLACE.search(text, max(0, offset - 12), offset):
        return None
    before = PLACE_AFTER.search(text, max(0, offset - 80), offset) if pattern is NAME_THEN_ALIAS else None
    if before is not None and before.group("name").split()[-1].lower() in GENERIC_ORGANISATIONS | _VENUES:
        return _clean(before.group("name")), before.start("name")
    return name, offset


# the capitalised words that end a line after a sentence's start: "... by telephone. Brightwell"
_WRAPPED_LEAD = re.compile(r"(?:^|[.!?;:][ \t]+|[(\[][ \t]*)(?P<lead>(?:[A-Z][\w&'’-]*[ \t]+){0,3}[A-Z][\w&'’-]*)[ \t]*\r?\n[ \t]*\Z")


def _wrapped_lead(text: str, at: int) -> tuple[str, int] | None:
    """"... by telephone. Brightwell\nCounselling Trust is the data controller": the words of a name a
    hard wrap left on the line before, and how many characters back they start."""
    line = text.rfind("\n", 0, at)
    if line <= 0 or text[line + 1:at].strip():
        return None  # the name does not open its line
    before = text[text.rfind("\n", 0, line) + 1:at]
    m = _WRAPPED_LEAD.search(before)
    if m is None or before.lstrip().startswith(("#", "|", ">")) or (m.group("lead").isupper() and len(m.group("lead")) > 3):
        return None  # a heading, a table row, a quote, or a title in capitals is not a sentence that goes on
    return m.group("lead"), len(before) - m.start("lead")


def _quoted(source: str, at: int) -> bool:
    """Is ``at`` on a line of a block quote ("> We at Hetzner Online only store ...": another party's words)?"""
    line = source[source.rfind("\n", 0, at) + 1:at]
    return line.lstrip(" \t").startswith(">")


def _longer_name_before(text: str, alias: Entity) -> str:
    """"Tessellate Software S.r.l., Via Roma 3 ... ("Tessellate", "we")": the nearest longer name in the
    alias's paragraph that starts with the alias's first word."""
    first = alias.name.split()[0]
    start = max(text.rfind("\n\n", 0, alias.start), alias.start - 400, 0)
    names = []
    at = text.find(first, start, alias.start)
    while at >= 0:  # each use of the first word, and the name words after it (one pattern for every alias)
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "@./-_"):
            after = at + len(first)
            after += text[after:after + 1] in "®™℠" if after < alias.start else 0  # "Khronos® Group, Inc."
            m = _NAME_TAIL.match(text, after, alias.start)
            if m and m.group(0):
                names.append(" ".join((first + m.group(0)).split()).rstrip(".,"))
        at = text.find(first, at + 1, alias.start)
    names = [n for n in names if len(n) > len(alias.name) and (n.startswith(alias.name) or _abbreviates(alias.name, n))]
    return _clean(names[-1]) if names else ""


def _abbreviates(short: str, name: str) -> bool:
    """"Ashgrove CC" for "Ashgrove Cricket Club Limited", "Harbourside RFC" for "Harbourside Rugby Football Club":
    the first word kept, the rest by the initials of the words after it."""
    rest = "".join(short.split()[1:])
    initials = "".join(w[0] for w in name.split()[1:] if w[:1].isupper())
    return len(rest) >= 2 and rest.isupper() and initials.startswith(rest)


_NAME_TAIL = _pattern(rf"(?:[^\S\n]+{NAME_WORD}){{1,4}}")  # the words of a name after its first one


# (the "Service"), (the "App"): the product defined, not the party that is "we"
_PRODUCT_ALIAS = _pattern(r"""^(?![^()]*(?:["'“‘](?i:we|us|our)|Company|Controller|Operator|Developer|Provider|Licensor|Owner|Publisher|Administrator|Organi[sz]ation))[^()]*["'“‘](?:the\s+)?(?:App|Application|Service|Site|Website|Platform|Software|Extension)["'”’]""")


# "The controller is:" followed by an indented or fenced address block (blank in ``text``)
BLOCK_DEFINITION = re.compile(
    rf"(?i:\bcontroller\b|\bresponsible (?:party|provider|body|entity))[^\n.]{{0,120}}?\bis:?[ \t]*\r?\n(?:[ \t]*\r?\n)?"
    rf"(?: {{4}}|\t|```[^\n]*\n|~~~[^\n]*\n)[ \t]*(?P<name>{NAME})"
)


# a letterhead: a company with its legal form opening a line near the top ("Boulderwerk Nordwand GmbH – gym, Leipzig")
# (or the opening sentence it starts: "Hollis & Reed Opticians Ltd is an independent practice of optometrists")
LETTERHEAD = _pattern(rf"(?m:^)[ \t*_#>]*(?P<name>{NAME}(?:,?[^\S\n]{LEGAL_FORMS}))[ \t*_]*(?:[–—|:,(-]|$|[^\S\n]+is[^\S\n]+(?:an?|the)\b)")
OPENING = 600  # how far from the start a letterhead stands
# 'Grindhouse Strength & Conditioning ("Grindhouse") uses cookies': the name and the short form the text uses
SHORT_FORM = _pattern(rf"""(?P<full>{NAME})[^\S\n]*\([^\S\n]*["“](?P<name>[A-Z][\w&'’-]*(?:[^\S\n][A-Z][\w&'’-]*)*)["”][^\S\n]*\)""")


def _unwrapped(doc) -> str:
    """The text with each paragraph's line breaks made spaces (same length, same positions): a definition reads the
    same hard-wrapped ("it means The Gilded\\nComb.") as on one line."""
    def compute():
        chars = list(doc.text)
        for block in doc.blocks:
            if block.kind == "paragraph":
                for i in range(block.start, block.end):
                    if chars[i] == "\n":
                        chars[i] = " "
        return "".join(chars)
    return doc.memo(("unwrapped text",), compute)


def definitions(doc) -> tuple[Entity, ...]:
    """The names the document defines for "we" (or its letterhead, or a controller block): asked by several rules
    and helpers per document, so worked out once."""
    return doc.memo(("definitions",), lambda: _find_definitions(doc))


def _find_definitions(doc) -> tuple[Entity, ...]:
    found = tuple(d for d in _definitions(_unwrapped(doc)) if not _quoted(doc.source, d.start))
    if found:
        return found
    start = doc.blocks[0].start if doc.blocks else 0
    short = SHORT_FORM.search(doc.text, start, start + OPENING)
    if short is not None:
        full, name = _clean(short.group("full")), short.group("name")
        core, generic = _core(name)
        if full.startswith(name + " ") and core and not generic and name.lower() not in THIRD_PARTIES \
                and full.split()[0].lower() not in THIRD_PARTIES and name.lower() not in DOCUMENT_ALIASES:
            return (Entity(name, core, short.start("name"), short.end("name"), generic, "definition", full=full),)
    head = LETTERHEAD.search(doc.text, start, start + OPENING)
    if head is not None:
        name = _clean(head.group("name"))
        core, generic = _core(name)
        if core and not generic and core.lower() not in THIRD_PARTIES:
            return (Entity(name, core, head.start("name"), head.start("name") + len(name), generic, "definition"),)
    m = BLOCK_DEFINITION.search(doc.source)
    if m is None:
        return found
    name = _clean(m.group("name"))
    core, generic = _core(name)
    return (Entity(name, core, m.start("name"), m.start("name") + len(name), generic, "definition"),)


def title_brand(doc) -> Entity | None:
    """A brand in the front-matter title or the first heading ("Acme Privacy Policy")."""
    titles = []
    if isinstance(doc.front_matter.get("title"), str):
        titles.append((doc.front_matter["title"], 0, 0))
    if doc.headings and (doc.headings[0].level == 1 or doc.blocks[0].kind == "heading"):
        heading = doc.headings[0]
        titles.append((heading.title, heading.start, heading.end))
    elif not doc.headings and (line := _title_line(doc)) is not None:
        titles.append((doc.text[line.start:line.end].strip(), line.start, line.end))  # a plain first line as the title
    for title, start, end in titles:  # the front matter's title first, then the first heading
        for pattern in TITLE_BRAND:
            m = pattern.search(title)
            if not m:
                continue
            name = _clean(m.group("name"))
            if all(w.lower().removesuffix("'s").removesuffix("’s") in GENERIC_TITLE_WORDS | PRODUCT_KINDS
                   for w in name.split()):
                continue  # "Extension Privacy Policy", "App Privacy Policy": a kind of product, not its name
            if _platform_product(name):
                continue  # "Privacy Policy for Chrome Extension": a kind of product, not its name
            core, generic = _core(name)
            if generic or name.lower() in THIRD_PARTIES:
                continue
            at = doc.text.find(name.split()[0], start, end) if end else -1
            at = at if at >= 0 else start
            return Entity(name, core, at, at + len(name), False, "title")
    title = doc.front_matter.get("title")
    if isinstance(title, str) and ONE_WORD_NAME.fullmatch(title.strip()) and title.strip().lower() not in GENERIC_TITLE_WORDS \
            and title.strip().lower() not in THIRD_PARTIES and doc.source.count(title.strip()) >= 3:
        name = title.strip()  # "title: ULogViewer" over "This is the privacy policy of `ULogViewer`": the product's name
        return Entity(name, name, 0, 0, False, "title")
    for title, start, end in titles:
        # "How Dark Sky Circle looks after your details": a name of two words or more in the title
        # that the text uses again
        for m in TITLE_NAME.finditer(title):
            words = m.group(0).split()
            while words and words[0].lower() in GENERIC_TITLE_WORDS:
                words.pop(0)  # "How Dark Sky Circle": the question word is not the name
            while len(words) > 2 and words[-1].lower() in PRODUCT_KINDS:
                words.pop()  # "YouTube Enhancer Extension": the name, then what it is
            if len(words) < 2 or words[-1].lower() in GENERIC_TITLE_WORDS:
                continue  # "California Resident Notice": a kind of page, not a name
            name = _clean(" ".join(words))
            if name.lower() in THIRD_PARTIES:
                continue
            core, generic = _core(name)
            if generic or not _said_again(doc.text, name, end):
                continue
            at = doc.text.find(name, start, end) if end else -1
            at = at if at >= 0 else start
            return Entity(name, core, at, at + len(name), False, "title")
    return _subtitle_brand(doc)


def _said_again(text: str, name: str, after: int) -> bool:
    """Does the text use the name again after ``after``, a line break between its words or not?"""
    return re.compile(r"\s+".join(re.escape(w) for w in name.split())).search(text, after) is not None


ONE_WORD_NAME = re.compile(r"[A-Z][a-z0-9]*[A-Z0-9][\w.+-]{1,40}")  # a coined name with a capital inside: "ULogViewer"


def _subtitle_brand(doc) -> Entity | None:
    """"# Privacy Policy" over "## ChatGPT Metadata Extension": the heading right under a title that names
    no one is the product's name, when it reads as one (a kind of product last, or a name the text uses again)."""
    if len(doc.headings) < 2 or len(doc.blocks) < 2 or doc.blocks[0].kind != "heading" or doc.blocks[1].kind != "heading":
        return None
    title, sub = doc.headings[0], doc.headings[1]
    if not all(w.lower() in GENERIC_TITLE_WORDS for w in title.title.split()) or sub.level <= title.level:
        return None
    name = _clean(sub.title)
    words = name.split()
    if not 1 <= len(words) <= 6 or not re.fullmatch(NAME, name) or all(w.lower() in GENERIC_TITLE_WORDS for w in words):
        return None
    if words[-1].lower() not in PRODUCT_KINDS and doc.text.count(name, sub.end) < 1:
        return None
    runs = _word_runs(doc.text)
    if all(w.lower() in runs for w in words) and words[-1].lower() not in PRODUCT_KINDS:
        return None  # "## Analytics" under "# Privacy Policy": a section's topic, ordinary words the text also writes
    core, generic = _core(name)
    if generic or name.lower() in THIRD_PARTIES or _tail_of_another(doc.text, name):
        return None
    at = doc.text.find(name, sub.start, sub.end)
    at = at if at >= 0 else sub.start
    return Entity(name, core, at, at + len(name), False, "title")


def _tail_of_another(text: str, name: str) -> bool:
    """ "## Analytics" over "This site uses Google Analytics": the word ends another company's product's name."""
    return any(known_service(m.group(1))
               for m in re.finditer(rf"([A-Z][\w-]*)[^\S\n]+{re.escape(name)}\b", text))




def known_service(word: str) -> bool:
    """Is the word a known company's or its service's ("Discord", "Chrome", "Google")?"""
    return word.lower() in THIRD_PARTIES or word.lower() in OTHER_SERVICES


def _platform_product(name: str) -> bool:
    """ "Chrome Extension", "Discord Bot", "Android App": a platform and a kind of product, no name."""
    words = name.lower().split()
    return len(words) >= 2 and known_service(words[0]) \
        and all(w in PRODUCT_KINDS or w.removesuffix("s") in PRODUCT_KINDS for w in words[1:])  # "Chrome Extensions"


TITLE_NAME = _pattern(rf"(?<![\w'’])[A-Z][\w&'’-]*(?: (?:[A-Z][\w&'’-]*|of|and|&|de)){{1,5}}(?![\w'’])")


@lru_cache(maxsize=64)
def _brands(text: str) -> tuple[Entity, ...]:
    found = []
    for pattern in BRAND_SIGNALS:
        for m in pattern.finditer(text):
            if m.group(0)[:1].islower() and "subject" in m.groupdict():
                continue
            name = _clean(m.group("name") if "name" in m.groupdict() else m.group("subject"))
            core, generic = _core(name)
            if generic or not core or name.lower() in THIRD_PARTIES or core.lower() in THIRD_PARTIES or PLACE.fullmatch(core) \
                    or DATE_LIKE.fullmatch(core) or BLANK_NAME.fullmatch(core) or DATA_TERM.fullmatch(core):
                continue
            if len(core) < 2 or core.isdigit() or core in COMMON_ABBREVIATIONS or core.lower() in COMMON_OPENERS:
                continue
            if opening_words(core):
                continue
            if m.groupdict().get("subject") and not _proper_name(text, name):
                continue
            abbr = m.groupdict().get("abbr")
            if abbr and (abbr in COMMON_ABBREVIATIONS or abbr != "".join(w[0] for w in core.split() if w[0].isupper())):
                continue
            group = "name" if "name" in m.groupdict() else "subject"
            found.append(Entity(name, core, m.start(group), m.end(group), False, "brand"))
    found.sort(key=lambda e: e.start)
    return tuple(found)


def opening_words(name: str) -> bool:
    """ "Therefore I can", "In Acme": a sentence's opening words (or the pronoun "I", "I'll"), not a name."""
    words = name.split()
    return not words or any(I_WORD.fullmatch(w) for w in words) or words[0].lower() in COMMON_OPENERS


I_WORD = re.compile(r"I(?:['’](?:ll|m|ve|d))?")


COMMON_TERMS = {"usage data", "log data", "personal data", "tracking technologies", "service provider",
                "service providers", "business transfers", "device", "affiliate", "account", "country",
                "contents", "table of contents", "internet protocol", "privacy notice", "privacy statement", "privacy policies", "terms of use", "user personal information", "united states", "id", "personal information", "personally identifiable information", "do not track",
                "general public license", "privacy policy", "terms of service", "app store", "play store",
                "internet", "section", "children", "below", "above", "what", "why", "how", "who", "when", "where",
                "which", "there", "here", "each", "every", "any", "all", "none", "some", "nothing", "everything",
                "services", "extension", "website", "users", "user", "information", "data", "cookies", "changes",
                "updates", "revisions", "amendments", "logs", "visitors", "requests", "settings",
                # the document's own defined terms: "These Terms govern your use of the website"
                "terms", "conditions", "agreement", "policy", "notice", "statement",
                # a section's topic at the head of its sentences: "Analytics is disabled by default"
                "analytics", "telemetry", "tracking", "crash reporting", "crash reports", "diagnostics", "storage",
                "security", "notifications", "backups", "sync", "synchronisation", "synchronization", "encryption",
                "authentication", "advertising", "ads", "payments", "billing", "support", "feedback", "statistics",
                # words in capitals that are no acronym of a name: "you are OK with these Terms", "FAQ", "N/A"
                "ok", "okay", "faq", "faqs", "n/a", "tbd", "etc"}


_WORD_RUN = re.compile(r"[\w-]+")


@lru_cache(maxsize=8)
def _word_runs(text: str) -> frozenset:
    """Every maximal run of word characters and hyphens: one pass per text instead of one per name."""
    return frozenset(_WORD_RUN.findall(text))


# a name no sentence opener looks like, even used once: capitalised words with an acronym among them
# ("The LSE Law Review takes your privacy seriously")
_MARKED_NAME = re.compile(r"[A-Z][\w&-]*(?: [A-Z][\w&-]*){1,4}")
_ARTICLE = re.compile(r"^[Tt]he ")


def _marked(name: str) -> bool:
    return bool(_MARKED_NAME.fullmatch(name)) and any(
        2 <= len(w) <= 6 and w.isupper() and w.isalpha() and w not in COMMON_ABBREVIATIONS for w in name.split())


@lru_cache(maxsize=4096)  # a name is judged once per text, however often it is the subject
def _proper_name(text: str, name: str) -> bool:
    """A brand, not a word that just starts a sentence: used at least twice, never in lower case."""
    lowered = name.lower()
    if lowered in COMMON_TERMS or lowered in THIRD_PARTIES or _POSSESSIVE.sub("", lowered) in COMMON_TERMS:
        return False
    first = text.find(name)  # "used at least twice", stopping at the second use (a title in capitals counts)
    if first < 0 or (text.find(name, first + len(name)) < 0 and text.find(name.upper()) < 0
                     and not _marked(_ARTICLE.sub("", name))):
        return False
    if " " not in name and not name.isupper() and _twice_only_by_heading(text, name):
        return False  # "### Security" over "Security is an issue we take seriously": a section's word, said again
    head = lowered.split()[0] if lowered.split() else ""
    if _WORD_RUN.fullmatch(head) and head not in _word_runs(text):
        return True  # the lower-case form cannot stand alone if its first word never does
    # "hearthlink.com" or "@hearthlink" is an address, not the name in lower case; nor is a sentence that opens
    # with it ("readflow uses cookies"), where a common word would have its capital: the brand styled so
    return not any(not SENTENCE_OPENING.search(text[max(0, m.start() - 3):m.start()])
                   for m in re.finditer(rf"(?<![\w@./-]){re.escape(lowered)}(?![\w-]|\.\w)", text))


SENTENCE_OPENING = re.compile(r"(?:\A|\n|[.!?][ \t]|[.!?][ \t]{2})[ \t]*\Z")


def _twice_only_by_heading(text: str, name: str) -> bool:
    """Is ``name`` used only twice, once as a line of its own (a heading's whole title)?"""
    uses = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]
    if len(uses) != 2:
        return False
    alone = re.compile(r"[ \t#*_>]*" + re.escape(name) + r"[ \t*_:]*")
    for at in uses:
        line_end = text.find("\n", at)
        if alone.fullmatch(text, text.rfind("\n", 0, at) + 1, line_end if line_end >= 0 else len(text)):
            return True
    return False


def brand(doc) -> Entity | None:
    """Any other sign of a named organisation or product (appositive, "Developer:", ©, "Acme is ..."),
    not another party's ("Google Analytics is ...", "GoatCounter's own policy"): worked out once per document."""
    return doc.memo(("brand",), lambda: _brand(doc))


def _brand(doc) -> Entity | None:
    for entity in _brands(doc.text):
        lowered = entity.core.lower()
        if lowered.split()[0] in THIRD_PARTIES or lowered in OTHER_SERVICES or lowered.split()[0] in OTHER_SERVICES:
            continue
        if not other_party(doc.text, entity.core):
            return _as_headed(doc, entity)
    return None


def _as_headed(doc, entity: Entity) -> Entity:
    """A name guessed from use takes the spelling the first heading gives it: "## Geo-6 commitment" over
    "Geo 6 collects ...", however often the text drops the hyphen."""
    heading = doc.headings[0] if doc.headings else _title_line(doc)
    if heading is None or len(entity.core) < 3:
        return entity
    letters = [re.escape(c) for c in entity.core if not c.isspace() and c not in "-_."]
    pattern = re.compile(r"(?<![\w-])" + r"[ \t_.-]?".join(letters) + r"(?![\w-])", re.IGNORECASE)
    m = pattern.search(doc.text, heading.start, heading.end)
    if m is None or m.group(0) == entity.core or m.group(0).isupper() or m.group(0).islower():
        return entity
    return replace(entity, name=m.group(0), core=m.group(0), start=m.start(), end=m.end())


def _title_line(doc):
    """A plain-text document's title (``title_span``: its first prose block, past front matter and banners),
    when that is one short line ("Privacy Policy - TKeyBoard" over the text)."""
    from .kinds.headings import title_span

    start, end = title_span(doc)
    said = doc.text[start:end].strip()
    return doc.blocks[doc.block_index_at(start)] if said and "\n" not in said and len(said) <= 100 else None


def other_party(text: str, name: str) -> bool:
    """Does the text send the reader to the name's own policy ("GoatCounter's own policy", "covered by
    Telegram's privacy policy") or data to the name ("shared with Stripe", not "shared with Acme's
    partners")? Then it is not "we". ("See the Acme Privacy Policy" may be our own.)"""
    n = r"\s+".join(re.escape(w) for w in name.split())
    for found in re.finditer(rf"(?<!\w){n}", text):  # each mention, then the words around it
        start, end = found.span()
        if text[start - 1:start] != "-" and _OWN_POLICY.match(text, end):
            return True
        if _SENT_TO.search(text, max(0, start - 60), start) and _NOT_POSSESSIVE.match(text, end):
            return True
        if _AS_A_SERVICE.match(text, end):
            return True  # "I am using Disquis as a service that facilitates comments": a provider
        if _COVERED_BY.search(text, max(0, start - 40), start) and _POLICY_AFTER.match(text, end):
            return True
        owner = _OWNER_BEFORE.search(text, max(0, start - 40), start)
        if owner and owner.group("owner").lower() in (PLATFORM_OWNERS if not owner.group("s") else
                                                      PLATFORM_OWNERS | OTHER_SERVICES):
            return True  # "Apple's Game Center services", "Apple Game Center": another company's product
        if _ITS_API.match(text, end) and not _IN_OWN.search(text, max(0, start - 20), start):
            return True  # "the Strava API", "sent to Spotify's servers": the other service's own interface
            # (not "your information is secured in Redash's servers": where the notice keeps its own data)
    return False


# the words around a name in ``other_party``
_OWN_POLICY = re.compile(r"['’]s\s+own\b")
_SENT_TO = re.compile(r"\b(?i:(?:we|it|site|app|application|extension|plugin|bot|service)\s+(?:also\s+|only\s+)?"
                      r"(?:uses?|implements?)\s+the|shared with|share it with|sent to|published (?:on|to)|passed to|disclosed to|"
                      r"transferred to|uploaded to|integrates? with|connects? to|authenticat\w+ (?:with|via|through)|"
                      r"sign(?:s|ed)? in with|log(?:s|ged)? in with|(?:I am|I'm|we are|we're) using|"
                      r"you should (?:ask|contact))\s+(?:the\s+)?\Z")
_NOT_POSSESSIVE = re.compile(r"\b(?!['’]s)")
_AS_A_SERVICE = re.compile(r"\s+as\s+an?\s+(?:third[- ]party\s+)?(?:service|provider|processor|sub-?processor)\b", re.IGNORECASE)
_OWNER_BEFORE = re.compile(r"(?<![\w.-])(?P<owner>[A-Z][\w-]*)(?P<s>['’]s)?[^\S\n]+\Z")
# the companies whose products a notice names after them: "Apple Game Center", "Google Play Games"
PLATFORM_OWNERS = frozenset({"apple", "google", "microsoft", "amazon", "meta", "facebook", "samsung", "huawei"})
_COVERED_BY = re.compile(r"\b(?i:covered by|governed by|subject to)\s+(?:the\s+)?\W?\Z")
_IN_OWN = re.compile(r"\b(?i:secured|kept|held) in\s+\Z")
_ITS_API = re.compile(r"(?:['’]s)?\s+(?:API|SDK|OAuth|servers|platform's)\b")
_POLICY_AFTER = re.compile(r"(?:['’]s)?\s+(?i:own\s+)?(?i:privacy|terms|polic(?:y|ies)|data polic)")


def organisation(doc, configured: str | None = None) -> Entity | None:
    """The organisation the document names as "we": config, then definitions, then title."""
    if configured:
        core, _ = _core(configured)
        return Entity(configured, core or configured, 0, 0, False, "config")
    defs = definitions(doc)
    named = [d for d in defs if not d.generic and d.core]
    if named:
        return min(named, key=lambda d: d.product)  # the party that is "we" before the product it runs
    if defs:
        return _named_before(doc.text, defs[0]) or defs[0]
    return title_brand(doc) or _opening_name(doc) or _byline(doc) or _domain_name(doc) or brand(doc) or _domain_company(doc)


# the text's first sentence says what the organisation is: "Stagewell Rooms is a group of three event venues"
OPENING_NAME = _pattern(rf"(?P<name>{NAME})[^\S\n]+(?:is|are)[^\S\n]+(?:an?|the|one of)[^\S\n]")
# ... or welcomes the reader to it: "Welcome to **Keys & Hammers Piano Restoration**."
WELCOME = _pattern(rf"[^\S\n]*Welcome[^\S\n]+to[^\S\n]+(?:the[^\S\n]+)?(?P<name>{NAME})")




# (not where it is: "the print shop on the first floor of Canal Works", "in the heart of Old Town")
DATED_PARAGRAPH = 60  # characters: a first paragraph no longer than this that opens with a date says only that
OWNED_BY = re.compile(r"(?<!\bfloor\s)(?<!\bcorner\s)(?<!\bheart\s)(?<!\bedge\s)(?<!\bcentre\s)(?<!\bcenter\s)"
                      r"(?<!\boutskirts\s)(?<!\bgrounds\s)(?<!\bside\s)(?<!\bend\s)(?<!\btop\s)"
                      r"\b(?:of|by)\s+(?:the\s+)?(?P<owner>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*)")


def _opening_name(doc) -> Entity | None:
    """The name the first paragraph opens with, saying what it is, when the text uses its first word again."""
    from .plaintext import DATE_LINE

    block = next((b for b in doc.prose_blocks if b.kind == "paragraph" and not (  # past "Updated 3 February 2025"
        b.end - b.start <= DATED_PARAGRAPH and DATE_LINE.match(doc.text, b.start, b.end))), None)
    m = (OPENING_NAME.match(doc.text, block.start) or WELCOME.match(doc.text, block.start)) if block is not None else None
    if m is None:
        return None
    name = _clean(m.group("name"))
    core, generic = _core(name)
    first = name.split()[0] if name.split() else ""
    if generic or not core or opening_words(core) or first.lower() in THIRD_PARTIES or core.lower() in THIRD_PARTIES \
            or len(re.findall(rf"(?<![\w-]){re.escape(first)}", doc.text, re.IGNORECASE)) < 2:
        return None
    _, end = doc.sentence_at(m.start())
    owner = OWNED_BY.search(doc.text, m.end(), end)
    if owner is not None and owner.group("owner").split()[0] != first:
        return None  # "The Ledger Room is the members' forum of the Association of Independent Bookkeepers": theirs
    return Entity(name, core, m.start("name"), m.start("name") + len(name), False, "brand")


def _named_before(text: str, role: Entity) -> Entity | None:
    """"... the online consultation site of Northbrook District Council. The Council is the data controller":
    "the Council" defined as "we" is the council the sentence before names."""
    head = role.core.split()[-1] if role.core else role.name.split()[-1]
    if not head[:1].isupper() or head.lower() not in GENERIC_ORGANISATIONS:
        return None
    named = None
    for m in re.finditer(rf"(?<![\w-])((?:[A-Z][\w&'’-]*[^\S\n]+){{1,4}}){re.escape(head)}\b", text[max(0, role.start - 400):role.start]):
        named = m
    if named is None:
        return None
    name = _clean(named.group(0))
    core, generic = _core(name)
    if generic or not core or name.split()[0].lower() in {"the", "a", "an", "our", "this"}:
        return None
    start = max(0, role.start - 400) + named.start()
    return Entity(name, core, start, start + len(named.group(0)), False, "definition")


# a company by its legal name: "the online store of Kestrelbay Home Ltd", "Mozilla Corporation"
COMPANY = re.compile(r"\b(?P<name>[A-Z][\w&'’.-]+(?: [A-Z][\w&'’.-]+){0,3}),? " + LEGAL_FORMS + r"\b")


# a line under the title that signs the text with a name and the site's address:
# "_Hex & Hearth Board Game Café · hexandhearth.cafe · updated 2 October 2023_"
BYLINE = re.compile(rf"(?m)^[ \t]*[*_]*(?P<name>{NAME})[ \t]*(?:·|•|—|–|-|\|)[ \t]*(?:https?://)?(?:www\.)?"
                    r"(?P<domain>[a-z0-9][a-z0-9-]*)\.[a-z]{2,}")


def _byline(doc) -> Entity | None:
    """The name a byline near the top gives, when the site's address is made of its first word."""
    top = re.sub(r"[*_<>\[\]()]", " ", doc.source[:1200])  # the source (a link's address is blanked in the text), unmarked
    m = BYLINE.search(top)
    if m is None:
        return None
    name = _clean(m.group("name"))
    core, generic = _core(name)
    first = re.sub(r"[^a-z0-9]", "", name.split()[0].lower()) if name.split() else ""
    if generic or not core or len(first) < 3 or not m.group("domain").replace("-", "").startswith(first) \
            or first in THIRD_PARTIES:
        return None
    return Entity(name, core, m.start("name"), m.start("name") + len(name), False, "brand")


def _domain_company(doc) -> Entity | None:
    """A company the text names by its legal name, whose first word is the domain of the notice's own
    addresses ("Kestrelbay Home Ltd" beside privacy@kestrelbay.example): "we", though never defined."""
    domains = {e.address.rsplit("@", 1)[-1].split(".")[0].lower() for e in doc.emails}
    if not domains:
        return None
    for m in COMPANY.finditer(doc.text):
        first = re.sub(r"[^a-z0-9]", "", m.group("name").split()[0].lower())
        if first in domains and first not in THIRD_PARTIES:
            name = m.group("name")
            return Entity(name, _core(name)[0] or name, m.start("name"), m.end("name"), False, "brand")
    return None


# a name near the top, in capitals, that a line break may split: "the website of Meadowside Care", "The Cipher Room"
OPENING_CAPITALS = re.compile(r"(?<![\w'’@./-])[A-Z][\w&'’-]*(?:(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)(?:[A-Z][\w&'’-]*|of|and|at|on|the|&)){1,5}")
SITE_DOMAIN = re.compile(r"(?<![\w@.-])(?:www\.)?(?P<label>[a-z0-9-]{4,60})\.(?:[a-z]{2,6}\.)?[a-z]{2,6}\b")


def _domain_name(doc) -> Entity | None:
    """A name near the top whose letters make the site's own domain ("Oakmere Hall" and oakmerehall.com,
    "Ferncroft Hospice at Home" and ferncrofthospiceathome.org.uk): the body the page is for, never defined.
    Worked out once per document: several rules ask for the organisation."""
    return doc.memo(("domain name",), lambda: _find_domain_name(doc))


def _find_domain_name(doc) -> Entity | None:
    labels = {e.address.rsplit("@", 1)[-1].split(".")[0].lower() for e in doc.emails}
    labels |= {m.group("label").lower() for m in SITE_DOMAIN.finditer(doc.source)}  # (the text blanks a link's address)
    labels = {label.replace("-", "") for label in labels if label.replace("-", "") not in THIRD_PARTIES}
    if not labels:
        return None
    for m in OPENING_CAPITALS.finditer(doc.text, 0, min(len(doc.text), OPENING)):
        words = m.group(0).split()
        for size in range(len(words), 1, -1):
            name = " ".join(words[:size])
            squashed = re.sub(r"[^a-z0-9]", "", name.lower())
            if squashed in labels or (words[0] == "The" and squashed[3:] in labels):
                core, generic = _core(name)
                if generic or not core or name.lower() in THIRD_PARTIES:
                    return None
                if name.isupper():  # a title in capitals ("SALTMARSH SAILING SCHOOL"): the name as the text writes it
                    written = _written_otherwise(doc.text, words[:size])
                    if written is not None:
                        return Entity(written.group(0), _core(written.group(0))[0] or written.group(0), written.start(),
                                      written.end(), False, "brand")
                return Entity(name, core, m.start(), m.start() + len(m.group(0).split(words[size - 1], 1)[0]) + len(words[size - 1]),
                              False, "brand")
    return None


def _written_otherwise(text: str, words: list) -> re.Match | None:
    """The first writing of ``words`` in the text that is not in capitals ("Saltmarsh Sailing" for "SALTMARSH SAILING")."""
    return next((m for m in _words_in_any_case(tuple(words)).finditer(text) if not m.group(0).isupper()), None)


@lru_cache(maxsize=256)
def _words_in_any_case(words: tuple) -> re.Pattern:
    """``words`` in a row, in any case (compiled once per name)."""
    return re.compile(r"(?<![\w-])" + r"[^\S\n]+".join(re.escape(w) for w in words) + r"(?![\w-])", re.IGNORECASE)
