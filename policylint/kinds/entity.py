"""entity-consistency: the organisation's defined name is spelled one way.

Flags other case or spacing ("Cloudwalk" for "CloudWalk"), the plural
("AI Experts" for "AI Expert") and another name in the same role ("Smart
Experts": a different name built on the defined name's head noun). Each hit
carries the expected spelling as its fix.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from ..entities import LEGAL_FORMS, ROLE_WORDS, SAMPLE_WORDS, VAGUE_HEADS, Entity, _core, _word_runs, definitions, known_service, organisation, split_legal, title_brand
from ..findings import Hit
from ..wordclasses import (BUSINESS_HEADS, BUSINESS_PLURALS, GENERIC_ORGANISATIONS, KIND_WORDS, ORGANISATION_NOUNS,
                           PRODUCT_KINDS, SINGULAR_TRADES, TRADE_NOUNS)
from ..patterns import LazyPattern
from . import Kind

GENERIC_HEADS = ROLE_WORDS | {"privacy", "policy", "notice", "terms", "information", "data", "inc", "ltd", "llc"}
AT_SIGN_BEFORE = re.compile(r"@[ \t]*\Z")
# a social network's label before an account's handle: "Instagram: clcstriders", "Twitter @acme"
SOCIAL_LABEL = re.compile(r"\b(?:instagram|twitter|x|facebook|tiktok|youtube|github|gitlab|discord|telegram|mastodon|"
                          r"linkedin|threads|bluesky|reddit|twitch|snapchat|pinterest|handle|username)\b[ \t]*[:=]?[ \t]*@?\Z",
                          re.IGNORECASE)
# "the Rise Bakery Boxes team": the plural names the people behind the name, not several of a product
TEAM_AFTER = re.compile(r"[ \t]+(?:team|staff|crew|folks|people|family)\b")
# a plural that acts as one body: "how Quayside Marinas uses cookies" (the name, an "s" too many)
ONE_BODY_AFTER = re.compile(r"[ \t]+(?:uses|is|has|does|collects|processes|keeps|stores|shares|sends|holds|was|needs|asks)\b")
PHRASE = re.compile(r"(?<![\w@./-])(?:[A-Z][\w&-]*\s){1,3}(?=[A-Z])")


# a legal form left at the end of a name once its dot is gone: "Tidewater Camping Co"
TRAILING_FORMS = {"co", "company", "ltd", "limited", "inc", "llc", "plc", "llp", "gmbh"}
# what the organisation does, right after its name at a sentence's start: "Lumen Wallet is not a bank"
ACTS_AFTER = re.compile(r"[ \t]+(?:is|will|does|never|cannot|can't|won't|doesn't|has|keeps|stores|collects|uses|shares)\b")
# a public body named after the place the organisation shares its first word with: not the organisation
PUBLIC_BODIES = {"council", "police", "constabulary", "hospital", "airport", "station", "cathedral"}
LOCAL_AUTHORITY = {"borough", "county", "town", "city", "parish"}
# "Letterbird (formerly Inkwell Mail)", "previously known as CoDesk"
# (not "once THE COMPANY has achieved the purpose": "once" names an old name only with "known as", "called")
FORMERLY = LazyPattern(r"\b(?:(?:formerly|previously|originally)(?: known as| called| named)?|once (?:known as|called|named))\s+[\"“']?(?P<old>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})", 0)
# the old name spoken of as the past where it appears: "The SignLink app that some of you used before 2024", "our old
# app, Tidewell"
OLD_NAME = LazyPattern(r"\b(?:[Tt]he (?P<old>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}) (?:app|application|service|site|website|platform)"
                       r" (?:that|which) [^.\n]{0,40}?\bused (?:before|until) (?:19|20)\d\d|(?:[Oo]ur|[Tt]he) (?:old|previous|former|"
                       r"earlier) (?:app|brand|name|service|site|website)(?:,| called| named)? [\"“']?(?P<old2>[A-Z][\w'’-]*"
                       r"(?: [A-Z][\w'’-]*){0,2}))", 0)
PAST = LazyPattern(r"(?i)\b(?:formerly|previously|used to|before (?:19|20)\d\d|old|renamed|rebrand\w*|was called|were called|once called|originally)\b", 0)
# a sentence that names a company of the same group as such
GROUP = LazyPattern(r"(?i)\b(?:subsidiar(?:y|ies)|affiliate[sd]?|parent compan|sister compan|group compan|branch|"
                   r"entit(?:y|ies)|jointly|joint controllers?)\b", 0)
GROUP_REACH = 80  # characters before a sentence where a list of group companies may have begun
# the last word of a public body's or an institution's name, which many others share
INSTITUTION_HEADS = {"foundation", "foundations", "university", "institute", "association", "society", "council",
                     "college", "school", "museum", "library", "trust", "union", "church", "hospital", "ministry",
                     "department", "agency", "commission", "authority", "court", "bank", "government", "office",
                     # a faith's bodies share their word: "Britain Yearly Meeting" beside "Hollins Vale Area Quaker Meeting"
                     "meeting", "chapel", "mosque", "synagogue", "temple", "parish", "diocese", "gurdwara", "congregation",
                     # ... as do a movement's groups: "Hampshire County Scouts" beside "2nd Portsea Harbour Sea Scouts"
                     "scouts", "guides", "brownies", "cubs", "beavers", "rainbows"}
# "Eastmoor University" for "University of Eastmoor": the same institution, the words turned round
INSTITUTION = re.compile(r"^(?P<kind>University|College|Institute|Bank|Museum|Library|School|Academy) of (?P<place>[\w-]+)$")


def _spelt_otherwise(doc, words: list, index: int, alone: bool = False) -> list:
    """Hits where ``words[index]`` is written a letter or two otherwise (not only in case, accents or
    plural); unless ``alone``, the other words of the name around it as written anchor it."""
    word = re.sub(r"['’]s?\Z", "", words[index])  # "Brigid" in "St Brigid's Clinic", "Athletes" in "Athletes'
    # Performance": the name, not a variant
    guess = rf"{re.escape(word[0])}[^\W_]{{{len(word) - 3},{len(word) + 1}}}"
    if not alone:
        guess = r"\s+".join(re.escape(w) if i != index else f"(?P<word>{guess})" for i, w in enumerate(words))
    hits = []
    for m in re.finditer(rf"(?<![\w@./#-]){guess}(?![\w-])", doc.text):
        other = m.group(0) if alone else m.group("word")
        a, b = _plain(other), _plain(word)
        if a != b and a.rstrip("s") != b.rstrip("s") and _distance(a, b) <= 2:
            if alone and (doc.memo(("used as a word", other.lower(), word.lower()),
                                   lambda: _used_as_word(doc.text, other, word) or _stem_used(doc.text, other))
                          or _other_part(other, word)):
                continue  # "Authentication" beside "Authenticator", "Selling to us" beside "buys and sells" for
                # "Sterling": English words; "HealthKit" beside "HealthAI": another part
            shown = " ".join(m.group(0).split())
            defined = word if alone else " ".join(words)
            hits.append(Hit(m.start(), m.end(), f'"{shown}" is a spelling variant of the defined name "{defined}"', None))
    return hits


# the same word in British and American spelling: "Harbour" / "Harbor", "Centre" / "Center", "Counselling" / "Counseling"
_SPELLINGS = [(re.compile(r"our\b"), "or"), (re.compile(r"(?<=[^aeiou])or\b"), "our"), (re.compile(r"(?<=[^aeiou])re\b"), "er"),
              (re.compile(r"(?<=[^aeiou])er\b"), "re"), (re.compile(r"(?<=[aeiou])ll(?=ing\b|ed\b|or\b|ors\b)"), "l"),
              (re.compile(r"(?<=[aeiou])l(?=ing\b|ed\b|or\b|ors\b)"), "ll"), (re.compile(r"is(?=e\b|ation\b|ing\b)"), "iz"),
              (re.compile(r"iz(?=e\b|ation\b|ing\b)"), "is")]


def _other_spelling(doc, core: str) -> list:
    """A word of the name in the other side of the Atlantic's spelling: "Harbour is based in the United States" where
    the notice defines "Harbor"; "Harbor Counseling Collective" for "Harbour Counselling Collective"."""
    words = core.split()
    hits = []
    for index, word in enumerate(words):
        if len(word) < 5 or not word[:1].isupper() or not word.isalpha():
            continue
        for pattern, other in _SPELLINGS:
            spelt = pattern.sub(other, word, count=1)
            if spelt == word:
                continue
            name = [re.escape(w) for w in words]
            name[index] = re.escape(spelt)
            joined = r"[ \t]+".join(name)
            for m in re.finditer(rf"(?<![\w@./#-]){joined}(?![\w-])", doc.text):
                hits.append(Hit(m.start(), m.end(), f'"{m.group(0)}" is a spelling variant of the defined name "{core}"', None))
    return hits


def _cut_short(doc, core: str) -> list:
    """"Align Ortho" for "Align Orthodontics", "KineticPhysio" for "Kinetic Physiotherapy": one long word of
    a name of two to four words cut to its first letters (four or more, three or more dropped), the others as
    defined (a joint between them may go)."""
    words = core.split()
    if not 1 < len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return []
    hits = []
    for index, word in enumerate(words):
        if len(word) < 7 or not word.isalpha():
            continue
        name = [re.escape(w) for w in words]
        name[index] = rf"(?P<cut>{re.escape(word[:4])}[a-z]{{0,{len(word) - 7}}})"
        joined = r"[ \t-]?".join(name)
        for m in re.finditer(rf"(?<![\w@./#-]){joined}(?![\w@-]|\.\w)", doc.text):
            if word.startswith(m.group("cut")):
                shown = " ".join(m.group(0).split())
                hits.append(Hit(m.start(), m.end(), f'"{shown}" is a spelling variant of the defined name "{core}"', None))
    return hits


def _plural_short(doc, core: str) -> list:
    """"Woodhaven Adventures" for "Woodhaven Adventure Club", "1st Harrowby Scouts" for "1st Harrowby Scout
    Group": the name cut before its last word, the word it now ends on made plural (not a longer name:
    "Woodhaven Adventures Ltd" may be another company)."""
    words = core.split()
    if not 3 <= len(words) <= 5 or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return []
    hits = []
    for k in range(2, len(words)):
        last = words[k - 1]
        if not last.isalpha() or last.endswith("s") or len(last) < 3:
            continue
        phrase = " ".join(words[:k - 1] + [last + "s"])
        pattern = r"[ \t]+".join(re.escape(w) for w in phrase.split())
        for m in re.finditer(rf"(?<![\w@./#-]){pattern}(?![\w'’@-])(?![ \t]+[A-Z0-9])", doc.text):
            if not _shouting(doc.text, m.start(), m.end()) and _one_block(doc, m.start(), m.end()):
                hits.append(Hit(m.start(), m.end(), f'"{phrase}" is used where the defined name is "{core}"', None))
    return hits


def _plural_moved(doc, core: str) -> list:
    """"Bloomfields Florist" for "Bloomfield Florists", "Hopeful Hound Rescue" for "Hopeful Hounds Rescue": a word
    of the name other than its last loses its plural "s", or the "s" moves (the last word's own plural is the
    variant pattern's)."""
    words = core.split()
    if not 1 < len(words) <= 4 or not all(w[:1].isupper() and w.isalpha() and len(w) >= 3 for w in words):
        return []
    stems = [w[:-1] if w.endswith("s") and not w.endswith("ss") else w for w in words]
    joined = r"[ \t]+".join(rf"{re.escape(stem)}s?" for stem in stems)
    hits = []
    for m in re.finditer(rf"(?<![\w@./#-]){joined}(?![\w@-]|\.\w)", doc.text):
        said = m.group(0).split()  # (a plural lost, or moved: an "s" only added may be a possessive's, "Skischules")
        if any(a != b for a, b in zip(said[:-1], words[:-1])) and any(len(a) < len(b) for a, b in zip(said, words)):
            shown = " ".join(said)
            hits.append(Hit(m.start(), m.end(), f'"{shown}" is a spelling variant of the defined name "{core}"', None))
    return hits


# words that may stand before a name without being part of it: "By RK Digital Labs", "Contact Acme Digital Labs"
_NOT_A_LEAD = {"the", "by", "at", "from", "contact", "our", "and", "with", "for", "to", "of", "about", "visit", "email",
               "e-mail", "welcome", "copyright", "team", "all", "dear", "via", "as", "is", "this", "that", "developer"}


def _misspelt_domains(doc, core: str) -> list:
    """"info@nuddeltech.com" for "Buddeltech": the domain of an address is the name with one letter
    changed (not added or dropped: "acmelab.com" may be a short form of "Acme Labs"), a typo that
    sends the reader's mail elsewhere."""
    name = re.sub(r"[^a-z0-9]", "", core.lower())
    if len(name) < 6:
        return []
    hits = []
    for email in doc.emails:
        domain = email.address.rsplit("@", 1)[-1].lower()
        label = domain.split(".")[0]
        if len(label) == len(name) and label != name and sum(a != b for a, b in zip(label, name)) == 1 \
                and label[-1] == name[-1]:
            hits.append(Hit(email.end - len(domain), email.end,  # the domain ends the address
                            f'the address "{email.address}" spells the name "{core}" otherwise: check the domain', None))
    return hits


def _other_part(written: str, word: str) -> bool:
    """Two names made of parts ("HealthKit", "HealthAI") that differ in a whole part, not in a letter of one."""
    a, b = CAMEL_PART.findall(written), CAMEL_PART.findall(word)
    return len(a) == len(b) > 1 and any(x != y and _distance(x.lower(), y.lower()) >= min(len(x), len(y))
                                        for x, y in zip(a, b))


CAMEL_PART = re.compile(r"[A-Z][a-z0-9]+|[A-Z]+(?![a-z])|[a-z0-9]+")


def _without_name(text: str, core: str) -> str:
    """The text with every writing of the name (any case, plural) taken out: what is left uses its words otherwise."""
    return re.sub(r"(?i)" + r"\s+".join(re.escape(w) for w in core.split()) + r"s?\b", " ", text)


@lru_cache(maxsize=1024)
def _standalone(word: str) -> re.Pattern:
    """``word`` on its own: not inside a longer word, an address, a domain, a path or a hashtag (compiled once per word)."""
    return re.compile(rf"(?<![\w@./#-]){re.escape(word)}(?![\w@-])")


def _used_as_word(text: str, *words: str) -> bool:
    """Is one of ``words`` also written in lower case in ``text``: an ordinary word, not a coined name?"""
    return any(_standalone(w.lower()).search(text) for w in words)


def _stem_used(text: str, word: str) -> bool:
    """Is ``word`` an inflected form ("Selling", "Booked") whose stem the text writes in lower case
    with another ending ("sells", "book"): a word of the language, not a coined name?"""
    lowered = word.lower()
    for ending in ("ing", "ed", "es", "s"):
        stem = lowered[: -len(ending)]
        if lowered.endswith(ending) and len(stem) >= 3:
            return re.search(rf"(?<![\w@./#-]){re.escape(stem)}(?:s|es|ed|ing|er|ers)?(?![\w-])", text) is not None
    return False


def _common_word(text: str, name: str) -> bool:
    """Is a one-word name in Title Case ("Weather", not the coined "CloudWalk") a word of the language the text
    writes in lower case three times or more? (Not compared with the name's own uses: fixing a variant adds one,
    and a second --fix would then change what the first left alone.)"""
    return name[1:].islower() and len(_standalone(name.lower()).findall(text)) >= 3


def _inflected(text: str, word: str) -> bool:
    """Is ``word`` also written in lower case with an ending ("quizzes", "listening"): a word of the
    language, not a coined name?"""
    return re.search(rf"(?<![\w@./#-]){re.escape(word)}{re.escape(word[-1])}?(?:es|ed|ing|ers?)(?![\w-])", text) is not None


def _letter(ch: str) -> str:
    """A letter and its spellings without the accent: "ä" is also "a" or "ae" (Krauterkontor, Kraeuterkontor)."""
    import unicodedata

    base = unicodedata.normalize("NFD", ch)[0]
    if base == ch or not base.isalpha():
        return re.escape(ch)
    spellings = [re.escape(ch), re.escape(base)]
    if ch.lower() in "äöü":
        spellings.append(re.escape(base) + "e")
    return "(?:" + "|".join(spellings) + ")"


# letters without an accent to take off, written two ways: "Kløvergaard" / "Kløvergård", "Strasse" / "Straße"
_TWO_WAYS = {"ø": "(?:ø|oe|o)", "æ": "(?:æ|ae)", "ß": "(?:ß|ss)", "œ": "(?:œ|oe)"}
_DIGRAPHS = {"aa": "(?:a[ -]?a|å)", "ae": "(?:a[ -]?e|æ|ä)", "oe": "(?:o[ -]?e|ø|ö)", "ue": "(?:u[ -]?e|ü)",
             "ss": "(?:s[ -]?s|ß)"}


# a word of a name and its abbreviation, either way round
_SHORT = {"street": "st", "saint": "st", "road": "rd", "avenue": "ave", "mount": "mt", "fort": "ft",
          "international": "intl", "association": "assn", "department": "dept", "university": "univ",
          "brothers": "bros", "company": "co", "square": "sq"}
ABBREVIATED = {**{long: rf"(?:{long}|{short}\.?)" for long, short in _SHORT.items()},
               "st": r"(?:st\.?|street|saint)", "rd": r"(?:rd\.?|road)", "ave": r"(?:ave\.?|avenue)",
               "mt": r"(?:mt\.?|mount)", "intl": r"(?:intl\.?|international)", "bros": r"(?:bros\.?|brothers)",
               "sq": r"(?:sq\.?|square)"}


# a number in a name, in words or in digits: "Gallery 12" for "Gallery Twelve"
_NUMBER_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                 "seventeen eighteen nineteen twenty").split()
NUMBERS = {**{w: rf"(?:{w}|{n})" for n, w in enumerate(_NUMBER_WORDS)}, **{str(n): rf"(?:{n}|{w})" for n, w in enumerate(_NUMBER_WORDS)},
           "thirty": r"(?:thirty|30)", "fifty": r"(?:fifty|50)", "hundred": r"(?:hundred|100)", "30": r"(?:30|thirty)",
           "50": r"(?:50|fifty)", "100": r"(?:100|hundred)"}


@lru_cache(maxsize=256)  # a name's pattern is built once per process, however many documents use it
def variant_pattern(core: str) -> re.Pattern:
    """Case-insensitive, any spaces/hyphens (or none) at word and camelCase joints, a space or a
    hyphen inside a word ("Quill Stone", "Pixel 8" for "Quillstone", "Pixel8"), "and" for "&",
    optional plural (and, for one coined word that ends in a plural "s" or a name whose last word is
    a business's plural, the singular: not "Mozilla account" for "Mozilla Accounts", where the last
    word is an ordinary noun), and an institution's name turned round."""
    parts = []
    i = 0
    while i < len(core):
        ch = core[i]
        word = re.match(r"[A-Za-z]+\.?", core[i:]) if i == 0 or core[i - 1] in " -" else None
        if word and word.group(0).rstrip(".").lower() in ABBREVIATED and (
                i + word.end() == len(core) or core[i + word.end()] in " -"):
            parts.append(ABBREVIATED[word.group(0).rstrip(".").lower()])  # "Brindle St. Gallery" for "Brindle Street Gallery"
            i += word.end()
            continue
        number = re.match(r"[A-Za-z]+|\d+", core[i:]) if i and core[i - 1] in " -" else None
        if number and number.group(0).lower() in NUMBERS and (i + number.end() == len(core) or core[i + number.end()] in " -"):
            parts.append(NUMBERS[number.group(0).lower()])  # "Gallery 12" for "Gallery Twelve" (not a name's first word)
            i += number.end()
            continue
        if ch.isspace() or ch == "-":
            parts.append(r"[\s-]*")  # two spaces, a line break, a hyphen: still this joint
            i += 1
            continue
        if ch == "@":
            parts.append(r"(?:@|[\s-]*at[\s-]*)")  # "Polished at Home" for "Polished@Home"
            i += 1
            continue
        if ch == "&":
            parts.append(r"(?:&|and|\+|['’]?n['’])")  # "Skein+Spindle", "Peak n' Rope" for "Skein & Spindle", "Peak & Rope"
            i += 1
            continue
        if i and core[i - 1].isalnum() and ch.isalnum():
            parts.append(r"[\s-]*" if core[i - 1].islower() and ch.isupper() else r"[ -]?")
        pair = core[i:i + 2]
        if pair.islower() and pair in _DIGRAPHS:  # "Kløvergaard" is "Kløvergård" too
            parts.append(_DIGRAPHS[pair])
            i += 2
            continue
        if ch in "'’" and core[i + 1:i + 2] in ("s", "S") and (i + 2 == len(core) or core[i + 2].isspace()) \
                and i + 2 < len(core):
            parts.append("(?:['’]?s)?")  # "St Brigids", "St Wenna Hall" for "St Brigid's", "St Wenna's Hall": the
            i += 2  # possessive's apostrophe, or all of it, left out (not at the name's end: "Sainsbury" for "Sainsbury's"
            continue  # is the text's word for the man)
        if ch in "'’" and core[i + 1:i + 2] in ("s", "S") and i + 2 == len(core):
            parts.append("['’]?")  # "Sainsburys" for "Sainsbury's": the apostrophe left out
            i += 1
            continue
        if ch in "sS" and (i + 1 == len(core) or core[i + 1].isspace()) and i >= 3 and core[i - 3:i].isalpha():
            parts.append("['’]?")  # "Common Ground Grower's Network" for "Common Ground Growers Network"
        parts.append(_TWO_WAYS.get(ch.lower()) or _letter(ch))
        if ch in "sS" and i + 1 < len(core) and core[i + 1].isspace() and i >= 3 and core[i - 2:i].isalpha() \
                and core[i - 1] not in "sS'’":
            parts[-1] += "?"  # "the Addon Store's servers" for "Addons Store": a word of the name in the singular
        i += 1
    last = core.split()[-1].lower() if core.split() else ""
    coined = " " not in core and len(core) > 4 and core.endswith("s") and core[-2].isalpha() and core[-2] not in "sS'’"
    if coined or (" " in core and last in BUSINESS_PLURALS):
        parts[-1] += "?"  # "OrbitLab" for "OrbitLabs": the singular is a variant too
    body = "".join(parts)
    turned = INSTITUTION.match(core)
    if turned:
        body += "|" + re.escape(turned.group("place")) + r"[\s-]+" + re.escape(turned.group("kind"))
    # not after "#": a hashtag or a heading id ({#cloudwalk}) is an identifier, not the name
    plural = "es|s" if re.search(r"(?:s|x|z|ch|sh)$", core, re.IGNORECASE) else "s"  # "Boxes" for "Box"
    # "e-Skaitykla" for "Skaitykla": a prefix in front of the name is another spelling of it
    return re.compile(rf"(?<![\w@./#-])(?:e-)?(?:{body})(?:(?P<plural>(?:{plural})\b)(?P<possessive>['’](?!\w))?)?"
                      rf"(?![\w@-]|\.\w)", re.IGNORECASE)


_MARKS = re.compile("[®™℠]")
# a product's noun after the name, a word or two on: "LumenFrame Studio photo-editing apps", "Acme Studio app"
# (or a scheme it runs: "join the Critical Hit Club membership", "the Brewhouse Club loyalty card")
_PRODUCT_AFTER = re.compile(r"(?:[ \t]+[\w-]+){0,2}?[ \t]+(?i:apps?|applications?|software|plugins?|extensions?|games?|suite|tools?|products?|"
                            r"memberships?|schemes?|programmes?|programs?|loyalty|rewards|subscriptions?)\b")


# the company behind a brand: "a collection of free games run by Moonpuddle Media Ltd"
_RUN_BY = re.compile(r"(?i)\b(?:run|operated|owned|published|provided|developed|made|managed|maintained) by\s+\Z|"
                     r"\b(?:a (?:trading name|brand|division|product|service) of|part of)\s+\Z")
_FORM_AFTER = re.compile(r",?[ \t]+(?:Ltd|Limited|LLC|Inc|GmbH|plc|LLP|B\.V\.|BV|Oy|AB|AS|SAS|S\.L\.|Pty)\b\.?")
# "X is the trading name of Y" (the trading name before the words), "Y, trading as X" (after them)
_TRADING_AFTER_NAME = r"(?:is|are)[ \t]+(?:the|a)[ \t]+trading[ \t]+(?:name|style)"
_TRADING_BEFORE_NAME = r"trading[ \t]+as|t/a|doing[ \t]+business[ \t]+as|d/b/a"
_TRADING_NAME = re.compile(rf"(?i:\b(?:{_TRADING_AFTER_NAME}|{_TRADING_BEFORE_NAME})\b)")
# a name the text declares as a trading name: "Beacon MOT & Tyre Centre is the trading name of Beacon Autocare Ltd",
# "Beacon Autocare Ltd, trading as Beacon MOT & Tyre Centre"
_NAME_WORD = r"[A-Z](?:[\w&'’-]|\.(?=\w))*"  # a dot only inside a word ("Acme.io"), not the sentence's end
_BUSINESS_NAME = rf"(?:{_NAME_WORD}[ \t]+(?:&[ \t]+|and[ \t]+|of[ \t]+)?){{0,5}}{_NAME_WORD}"
_TRADED = re.compile(rf"(?P<before>{_BUSINESS_NAME})[ \t]+{_TRADING_AFTER_NAME}|"
                     rf"(?i:{_TRADING_BEFORE_NAME})[ \t]+[\"“]?(?P<after>{_BUSINESS_NAME})")


def _trading_names(text: str) -> set:
    """The names the text declares as trading names: neither is a variant of the other."""
    return {" ".join((m.group("before") or m.group("after")).split()) for m in _TRADED.finditer(text)}


# the rest of a registered company's name: "Leadline| Learning Ltd"
COMPANY_GOES_ON = re.compile(r"(?:\s+[A-Z][\w&'’-]*){0,3},?\s+(?:Ltd|Limited|LLC|Inc|GmbH|plc|LLP|B\.V\.|BV|Pty)\b")
# a product's name goes on after the brand: "AdGuard VPN", "Tabby Browser Extension", "Orbit Notes App"
PRODUCT_NAME_AFTER = re.compile(r"[ \t]+(?:[A-Z]{2,5}\b|(?:[A-Z][\w-]*[ \t]+){0,2}(?:App|Application|Extension|Plugin|Add-on|Bot|Game|"
                                r"Launcher|Widget|Client|Browser|Keyboard|Theme)s?\b)")
# a place in an address: "c/o Otterbrook Leisure Centre, Mill Lane, Otterbrook"
_VENUE_BEFORE = re.compile(r"(?i)\b(?:c/o|care of|at|held at|meet at|based at)\s+\Z")
_STREET_AFTER = re.compile(r",\s*(?:\d+[a-z]?\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:Lane|Road|Street|Avenue|Way|Drive|Close|Place|Park|"
                           r"Square|Terrace|Hill|Row|Court|Gardens|Crescent|Walk|Green|Parade|Rd|St|Ave)\b")
# a person's role after their name: "Hannah Finch, our practice director", "Tom Reed (partner)"
_PERSON_AFTER = re.compile(r"[ \t]*(?:,[ \t]*(?:our|the|a|who)\b|\((?:our |the )?[a-z ]{3,30}\)|[ \t]+(?:is|was) (?:our|the) [a-z ]{0,20}"
                           r"(?:director|partner|founder|owner|manager|officer|principal|head|lead|architect|consultant))")
# a line that lists people by their role: "Managing directors: Katrin Brandt, StB; Tobias Oswald"
PEOPLE_LABEL = re.compile(r"(?im:^[ \t*_-]*(?:managing |executive )?(?:directors?|partners?|owners?|founders?|proprietors?|"
                          r"principals?|members of the board|board members?)[ \t*_]*:[^\n]*\Z)")
_NEXT_NAME_WORDS = re.compile(r"(?:[ \t]+[A-Z][\w-]*){1,2}")


def _names_product(text: str, m: re.Match) -> bool:
    """Is the match the start of a product's name the text calls a product elsewhere ("accessible at BannerBros Proof"
    beside "built the BannerBros Proof app")?"""
    after = _NEXT_NAME_WORDS.match(text, m.end())
    return after is not None and _named_as_product(text, m.group(0) + " " + after.group(0).split()[0])


def _named_as_product(text: str, name: str) -> bool:
    """Is the name, somewhere in the text, followed by what it is: "LumenFrame Studio photo-editing apps"?"""
    return any(_PRODUCT_AFTER.match(text, m.end()) for m in re.finditer(re.escape(name), text))


# a longer term or another body's longer name: "Protected Health Information", "the Community Transport Association"
# (or another provider's interface: "Open-Meteo Weather API", "National Weather Service (NWS) API" beside "Zephyr Weather")
_TERM_GOES_ON = re.compile(r"\s+(?:Information|Data|Records?|Act|Rule|Law|Regulation|Directive|Standards?|Stores?|"
                           r"APIs?|SDKs?|Service\b(?:\s+\([A-Z]{2,6}\))?(?:\s+API)?|"
                           r"(?:[A-Z][\w-]+\s+)?(?:Association|Federation|Alliance|Society|Council|Institute|Commission|"
                           r"Authority|Board|Group|Groups|HQ|Headquarters|Manager|Movement|Network|Hut|Hall))\b")
# ("Coastal Masters Swimming Association"; "a Sea Scout Group", "Harbour Scout HQ", "Online Scout Manager" beside
# "2nd Portsea Harbour Sea Scouts": the kind of body, a place or a product the head word is part of)


class EntityConsistency(Kind):
    params = {"entity": None}
    fixable = True

    def check(self, doc):
        entity = organisation(doc, self.options["entity"])
        aliases = _defined_aliases(doc.text, entity.end) if entity is not None and entity.source == "definition" else ()
        if entity is not None:  # "Ride Kola Pty Ltd (RideKola) works to ...": a short name given in brackets, unquoted
            aliases += tuple(m.group(1) for m in _bracketed_alias(entity.name).finditer(doc.text))
            if entity.core:  # "... and its affiliates Scandit Ltd. (UK), Scandit, Inc. (US) ( **Scandit Group** )": a term
                aliases += tuple(m.group(1) for m in _term_in_brackets(entity.core.split()[0]).finditer(doc.text))
        traded = _trading_names(doc.text) if _TRADING_NAME.search(doc.text) else ()
        for hit in self._check(doc):  # a name set as code ("`Cloudwalk`") is the author's identifier, not prose
            if not doc.in_code(hit.start, hit.end) and not any(doc.text[hit.start:hit.end] in a for a in aliases) \
                    and not _another_body(doc, hit.start, hit.end) and " ".join(doc.text[hit.start:hit.end].split()) not in traded \
                    and not _premises(doc.text, hit.start, hit.end) and not _brand_goes_on(doc, hit.end) \
                    and not _described(doc.text, hit.start, hit.end):
                yield hit  # (nor a name the definition itself gives: '("Open Lab, Newcastle University", "we")')

    def _check(self, doc):
        entity = organisation(doc, self.options["entity"])
        yield from self._product_variants(doc, entity)
        if entity is None or len(entity.core) < 3 or (entity.generic and not _named_head(entity)):
            return
        core = entity.core
        written, legal = split_legal(_MARKS.sub("", entity.full or entity.name).strip(" ,"))  # "Khronos® Group, Inc."
        full = _core(written)[0] if written else ""
        # the longer name first: "Brightline Labs" is one variant, not "Brightline" again inside it
        names = ([full] if len(full) > len(core) and core.lower() in full.lower() else []) + [core]
        shorter = _shorter_names(core)  # judged on spelling only, not case: "Inkwell and Oak", "Oak Ridge"
        taken, reported = _Spans(), _Spans()  # spans an earlier name covers; spans already reported
        for name in names + shorter:
            variants = variant_pattern(name)  # built once per document, not once per block
            for hit in self._variants(doc, entity, name, variants, taken.copy(), strict=name in shorter):
                reported.add(hit.start, hit.end)
                yield hit
            if " " in name or name not in shorter:  # a one-word short form covers only what it reported:
                for m in variants.finditer(doc.text):  # "Farmacias Ribeira" stays the full name's variant
                    taken.add(m.start(), m.end())
        # "Brightwell Counseling" for "Brightwell Counselling Trust": a shorter name spelled otherwise
        misspelt = self._misspelt(doc, core) + [hit for name in shorter if " " in name  # (its first word was looked at)
                                                for hit in self._misspelt(doc, name, first_alone=False)]
        hits = self._former_names(doc) + misspelt + _misspelt_domains(doc, core) + _other_spelling(doc, core) + \
            _reordered(doc, core) + _cut_short(doc, core) + (_cut_short(doc, full) if len(full) > len(core) else []) + \
            _plural_moved(doc, full if len(full) > len(core) else core) + (_another_policy_owner(doc, core, full) if _said_to_be_we(doc, entity) else [])
        if entity.source not in ("definition", "config"):
            hits += self._shortened(doc, full if len(full) > len(core) else core)
            for hit in hits:
                if not reported.overlaps(hit.start, hit.end):
                    reported.add(hit.start, hit.end)
                    yield hit
            return  # a name guessed from use is too weak to judge other names against
        if entity.product:  # "Miden Wallet ("the App"), published by Miden Labs": the maker shares its lead words
            from .controller import name_in_text

            maker = name_in_text(doc, fields=False)
            hits += self._other_leads(doc, maker[0]) if maker else []
            for hit in hits:
                if not reported.overlaps(hit.start, hit.end):
                    reported.add(hit.start, hit.end)
                    yield hit
            return
        # one defect, one finding: "Contact Pixel8 Lab" is the variant "Pixel8 Lab"
        full_name = " ".join((entity.full or "").split())
        hits += [h for h in self._other_names(doc, core) if not taken.overlaps(h.start, h.end)
                 and not (full_name and " ".join(doc.text[h.start:h.start + len(full_name) + 8].split()).startswith(full_name))]
        # ("Grace Fellowship Youth" in "Grace Fellowship Youth Ministry", the full name defined as "Grace Youth")
        if written:
            hits += self._other_legal_forms(doc, written, legal) + self._other_heads(doc, full) + self._other_leads(doc, full)
            if written != full and written.startswith(full + " "):  # "Brightwater Wealth Management" for "Brightwater
                hits += self._other_heads(doc, written)  # Wealth Partners": the role word the core drops is its head
            if full != core and full.startswith(core + " "):  # "BrightLine Inc." for "BrightLine Labs Ltd"
                hits += self._other_legal_forms(doc, core, legal, defined=written + legal, every=True)
        longest = full if len(full) > len(core) else core
        hits += self._initials(doc, longest) + self._reworded(doc, longest) + _undefined_coined(doc, core) + \
            _plural_short(doc, longest)
        for hit in hits:
            if not reported.overlaps(hit.start, hit.end):
                reported.add(hit.start, hit.end)
                yield hit

    def _product_variants(self, doc, entity):
        """"Repcount" for the "RepCount" app that "Tomasz Wierzbicki built": the product's coined name, one word
        with a capital inside, spelt by its joints or inner capitals otherwise, when "we" is someone else."""
        product = _coined_product(doc)
        if product is None or (entity is not None and entity.core.lower() == product.core.lower()):
            return
        taken = _Spans()
        for hit in self._variants(doc, product, product.core, variant_pattern(product.core), taken, strict=True):
            taken.add(hit.start, hit.end)
            yield hit
        head = product.core.split()[0]
        if head != product.core:  # "Flownest" for the "FlowNest Yoga" app: its coined word alone, spelt otherwise
            full = re.compile(rf"(?<![\w-]){re.escape(product.core)}(?![\w-])")
            for m in full.finditer(doc.text):
                taken.add(m.start(), m.end())
            yield from self._variants(doc, product, head, variant_pattern(head), taken, strict=True)

    def _variants(self, doc, entity, core: str, variants: re.Pattern, taken: list, strict: bool = False):
        """Each spelling of ``core`` that is not ``core`` itself (``strict``: not in case only)."""
        text = doc.text
        guessed = entity.source in ("title", "brand")
        registered = _registered_name(text, entity) if not strict else None
        for block in doc.blocks:
            for m in variants.finditer(text, block.start, block.end):
                if taken.covers(m.start(), m.end()):
                    continue
                written = m.group(0)[: m.end() - m.start() - len(m.group("possessive") or "")]
                written = " ".join(written.split())  # a line break or two spaces inside are not a spelling
                base = written[: len(written) - len(m.group("plural") or "")]
                if (base == core and not m.group("plural")) or (strict and (m.group("plural") or (
                        base.lower() == core.lower() and _inner_case(base) == _inner_case(core)))):
                    continue  # a shorter name is judged on its joints and letters, not on its case
                if _shouting(text, m.start(), m.end()) or (written.isupper() and not core.isupper()) or \
                        (core.isupper() and _joint_key(written.upper()) == _joint_key(core) and entity.source != "config"):
                    # "FIKISHA MASHINANI" ("we"), "END USER LICENSE AGREEMENT" then "End-User License Agreement"
                    continue  # capitals for emphasis or disclaimers are not another spelling
                if base.islower() and "-" in base and base.replace("-", " ") in (core.lower(), core.lower().replace(" ", "")) \
                        or base.islower() and "-" in base and base.replace("-", "") == core.lower():
                    continue  # "open-source software" for "Open Source", "the canal-side door" for "Canalside": the
                    # name's words as a compound adjective
                if "." in core and base.lower() == core.lower():
                    continue  # "drone.io" for "Drone.io": a domain is the same in any case
                if base != core and base.replace("’", "'") == core.replace("’", "'"):
                    continue  # "Let's Encrypt" for "Let’s Encrypt": the apostrophe's typography, not the name
                if "." in base + core and base.replace(".", "") == core.replace(".", ""):
                    continue  # "St. Brigid's" for "St Brigid's": an abbreviation's full stop is a house style
                if registered and text.startswith(registered, m.start()):
                    continue  # 'Quillmate Technologies Limited ("QuillMate")': the company's name as registered
                if base.islower() and " " in base and KIND_AFTER.match(text, m.end()):
                    continue  # "our pixel art editor application" for "Pixel Art Editor": what it is, in common words
                if " " in base and "-" in core and base.replace(" ", "-").lower() == core.lower() and \
                        all(w.islower() for w in base.split()[1:]) and KIND_AFTER.match(text, m.end()):
                    continue  # "a simple Bible verse application" beside "Bible-Verse": what it is, in common words
                if base.islower() and core in SAMPLE_WORDS:
                    continue  # "for example" beside "Example Site" or "Example Ltd": a word, not the name spelt otherwise
                if base.islower() and AT_SIGN_BEFORE.search(text, max(0, m.start() - 4), m.start()):
                    continue  # "office @ geo6 . be": an address spaced against harvesters, not the name
                if base.islower() and SOCIAL_LABEL.search(text, max(0, m.start() - 30), m.start()):
                    continue  # "Instagram: clcstriders": an account's handle, not the name spelt otherwise
                if base.islower() and " " in base and all(w.isalpha() for w in base.split()) and (
                        m.group("plural") or " " not in core):
                    continue  # "many tennis clubs" for "Tennis Club", "our church app services" for "ChurchApp":
                    # the name's words as a common noun
                if base == core.lower() and " " not in core and entity.name.lower() != core.lower() and \
                        entity.name.split()[-1].lower() in PRODUCT_KINDS:
                    continue  # "crossword puzzle" beside "Crossword App": the thing the product is named after
                if base.islower() and "&" in core and all(w.isalpha() for w in base.split()):
                    continue  # "a red and black theme" beside "Red & Black": the words, not the name
                if base.islower() and " " not in core and doc.memo(("inflected", base), lambda: _inflected(text, base)):
                    continue  # "quiz questions" beside "quizzes" for "Quiz": an ordinary word the text inflects
                if base.islower() and " " not in core and doc.memo(("common word", core), lambda: _common_word(text, core)):
                    continue  # 'Weather ("we")' beside "our weather application", "accurate weather information": the
                    # text writes the word in lower case, three times or more
                if base.islower() and " " in core and OWNER_WORD.match(base) and doc.memo(
                        ("name's nouns common", core), lambda: all(_used_as_word(_without_name(text, core), w)
                                                                   for w in core.split()[1:])):
                    continue  # "add them to your expense list" beside "Your Expense": the reader's own, in common words
                if base.islower() and _plural_noun(core):
                    continue  # "log files", "a file manager" beside "Files" (the app): the word the name was made of
                if " " in base and " " not in core and _plain_words(text, m.start(), base):
                    continue  # "encrypted in transit" / "In transit, ..." for "InTransit", "simple GPS" for "SimpleGPS"
                if " " in core and base != core and _title_case_only(base, core) and _generic_kept(base, core) and \
                        ARTICLE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                    continue  # "our AI assistant services" beside "AI Assistant" ("we"): the name's words as a common noun
                if base.islower() and _names_its_target(doc, m.start(), m.end(), base):
                    continue  # "[no-as-a-service](https://github.com/x/no-as-a-service)": a repository's name
                if base != core and _title_case_only(base, core) and core.split()[-1].islower() and \
                        base.split()[:-1] == core.split()[:-1] and core.split()[-1] in PRODUCT_KINDS:
                    continue  # "the Minovative Mind VS Code Extension" for the "Minovative Mind VS Code extension": the
                    # kind of product after the name, in Title Case or not
                if block.kind == "heading" and base != core and _title_case_only(base, core):
                    continue  # "# Laterfeed Firefox Extension" over "the Laterfeed Firefox extension": a heading's Title Case
                one_body = bool(m.group("plural")) and base == core and ONE_BODY_AFTER.match(text, m.end()) is not None
                if guessed and ((m.group("plural") and not TEAM_AFTER.match(text, m.end()) and not one_body
                                 and core.split()[-1].lower() not in SINGULAR_TRADES)
                                or (base != core and _title_case_only(base, core) and not _glue_raised(base, core, text))):
                    continue  # a title's Title Case and a product's plural ("Smart Windows") say nothing of the name
                if entity.source == "brand" and not one_body and not _abbreviated(base, core) and \
                        not _singular_of(base, core) and not _apostrophe_put_in(base, core) and (_joint_key(_unpossessed(base)) != _joint_key(_unpossessed(core)) or (
                        base.lower() == core.lower() and (base.islower() or not (_inner_case(base) or (
                            _inner_case(core) and " " not in core and base[:1].isupper()))))):
                    continue  # a name guessed from use: only a joint (space, hyphen, "and", inner capital, a possessive's
                    # "'s") is judged ("Splitkeeper" for "SplitKeeper" has lost one, "St Wenna Hall" for "St Wenna's Hall"),
                    # and a business's plural put in the singular
                if base == core and m.group("plural") and core.endswith("s"):
                    continue
                if base != core and " " not in core and base.lower() == core.lower() and \
                        PRODUCT_NAME_AFTER.match(text, m.end()) and not COMPANY_GOES_ON.match(text, m.end()) and \
                        doc.memo(("house style", base, core), lambda: _said_more(text, base, core)):
                    continue  # "AdGuard VPN Browser Extension" beside "Adguard Software Ltd.": a product's name in the
                    # brand's own house style (the text's usual spelling), not the company's name spelt otherwise
                if base != core and " " not in base and " " in core and _names_product(text, m):
                    continue  # "the BannerBros Proof app" by "Banner Brothers Signs": a product named after its maker
                if base == core and m.group("plural") and " " in core and doc.memo(
                        ("name's words common", core), lambda: all(_used_as_word(_without_name(text, core), w)
                                                                   for w in core.split())):
                    continue  # "Within Tennis Clubs" beside "Tennis Club" ("we"): clubs in general, the name's words common
                if base != core and COMPANY_GOES_ON.match(text, m.end()) and _TRADING_NAME.search(text) and \
                        not _registered_as(text, core):
                    continue  # "Leadline Learning Ltd ..., trading as LeadLine Academy": the company's registered name
                    # (unless the text registers it as the name itself: "Polished Nail Bar Pty Ltd ..., trading as
                    # Polished Nail Bar", then "Polished Nailbar Pty Ltd")
                kind = "plural" if base == core else "spelling"
                yield Hit(m.start(), m.end(),
                          f'"{written}" is a {kind} variant of the defined name "{core}"', _fixed(doc, m, core))

    def _initials(self, doc, name: str) -> list:
        """"TIFS" for "Tokyo International Film Society" when the text never says so: initials
        nobody defined are another name the reader must guess."""
        words = [w for w in name.split() if w[:1].isupper()]
        if len(words) < 3:
            return []
        text = doc.text
        hits = []
        # "TIFS", and "Maple Ridge USD" for "Maple Ridge Unified School District": the name's first words kept
        for keep in range(0, len(words) - 1):  # three initials alone, two after kept words
            lead = " ".join(words[:keep])
            short = (lead + " " if lead else "") + "".join(w[0] for w in words[keep:]).upper()
            if re.search(rf"[(\[\"“'‘,]\s*[\"“'‘]?{re.escape(short)}\b", text):
                continue  # ("TIFS") / (TIFS): defined
            # (not "WIA 2.0": initials with a version number are a product's name); the kept words spelled
            # as the name's variants are ("St. Brigids NS" for "St Brigid's National School")
            initials = short[len(lead):].strip()
            kept = rf"(?i:{variant_pattern(lead).pattern})\s+" if lead else r"(?<![\w@./-])"
            pattern = rf"{kept}{initials}(?![\w-])(?![ \t]+v?\d+(?:\.\d+)+\b)"
            hits += [Hit(m.start(), m.end(), f'"{short}" is used for "{name}" but never defined', None)
                     for m in re.finditer(pattern, text)]
        return hits

    def _reworded(self, doc, name: str) -> list:
        """"Maple Ridge School District" for "Maple Ridge Unified School District", "Riverside Law Centre"
        for "Riverside Legal Advice Centre", "Kestrel Housing" for "Kestrel Homes": the name's first
        word with other words and the same (or another organisation's) last word."""
        words = name.split()
        first, last = words[0], words[-1]
        if len(words) < 2:
            return self._trade_name(doc, name)
        if len(first) < 4 or not first[:1].isupper():
            return []
        known = _defined_names(doc) | {name.lower()}
        hits = []
        pattern = re.compile(rf"(?<![\w@./#-]){re.escape(first)}((?:\s+(?:[A-Z][\w'’-]*|da|de|di|do|of|and|&)){{1,4}})(?![\w-])")
        for m in pattern.finditer(doc.text):
            tail = m.group(1).split()
            while tail and not tail[-1][:1].isupper():
                tail.pop()
            if not tail:
                continue
            phrase = " ".join([first] + tail)
            if phrase.lower() in known or phrase.lower() in name.lower() or name.lower() in phrase.lower() and len(words) > 1:
                continue
            end = tail[-1].lower()
            same_end = len(words) > 1 and end == last.lower()
            if not (same_end or end in ORGANISATION_NOUNS or self._acts_as_name(doc, m, first, phrase)) or phrase.isupper():
                continue
            if not same_end and (end in PUBLIC_BODIES or LOCAL_AUTHORITY.intersection(w.lower() for w in tail)):
                continue  # "Thornbury Town Council" beside "Thornbury & District Guild of Makers": the place's own body
            if end in PRODUCT_KINDS and last.lower() not in PRODUCT_KINDS or (
                    _named_as_product(doc.text, phrase) and set(phrase.lower().split()) != set(name.lower().split())):
                continue  # "the Marketplace App" beside "Marketplace Technologies", "the LumenFrame Studio photo-editing
                # apps" beside "LumenFrame Imaging GmbH": the company's product
            if _shouting(doc.text, m.start(), m.end()):
                continue
            stop = m.start() + len(first) + m.group(1).find(tail[-1]) + len(tail[-1])
            if _VENUE_BEFORE.search(doc.text, max(0, m.start() - 12), m.start()) or _STREET_AFTER.match(doc.text, stop):
                continue  # "c/o Otterbrook Leisure Centre, Mill Lane": a venue in an address, named after the town
            if not _one_block(doc, m.start(), stop):
                continue  # "## Discord Policy Compliance" over "This Bot complies with": a heading and a sentence
            if _said_to_be_run(doc.text, phrase):
                continue  # "The Little Whisk Cookery School is run by Little Whisk Kitchens Ltd": its brand, said so
            hits.append(Hit(m.start(), stop, f'"{phrase}" is used where the defined name is "{name}"', None))
        return hits

    @staticmethod
    def _acts_as_name(doc, m: re.Match, first: str, phrase: str) -> bool:
        """"Lumen Wallet is not a bank" beside "Lumen Vault": the name's coined first word with another last word,
        said once, as the subject that does what the organisation does."""
        if len(phrase.split()) != 2 or _used_as_word(doc.text, first) or doc.text.count(phrase) > 1:
            return False
        s_start = doc.sentence_at(m.start())[0]
        return not doc.text[s_start:m.start()].strip() and ACTS_AFTER.match(doc.text, m.start() + len(phrase)) is not None

    def _shortened(self, doc, name: str) -> list:
        """"the Penny Jar Club" for "The Penny Jar Savings Club": the name with a middle word left out, its
        first and last words kept; said even of a name guessed from use, as no other body is named so."""
        words = name.lower().split()
        if len(words) < 3 or {"and", "&", "or"} & set(words):
            return []  # ("Firefox Focus and Klar" for "Firefox Focus and Firefox Klar": two names, shortened as one)

        def dropped(phrase: str) -> bool:
            said = iter(words)
            kept = phrase.lower().split()
            return 2 <= len(kept) < len(words) and kept[-1] == words[-1] and all(w in said for w in kept)
        return [hit for hit in self._reworded(doc, name) if dropped(doc.text[hit.start:hit.end])]

    def _trade_name(self, doc, name: str) -> list:
        """"Pedala Bikes" for "Pedala": a one-word name with the noun of a trade after it is another
        name for the business (but "NearbyWeather App", "GitHub Services": what the name makes)."""
        if len(name) < 4 or not name[:1].isupper() or not name[1:].islower():
            return []
        known = _defined_names(doc)
        hits = []
        for m in re.finditer(rf"(?<![\w@./#-]){re.escape(name)}\s+(?P<trade>[A-Z][a-z]+)(?![\w-])", doc.text):
            phrase = f"{name} {m.group('trade')}"
            if m.group("trade").lower() in TRADE_NOUNS and phrase.lower() not in known \
                    and not _shouting(doc.text, m.start(), m.end()) and _one_block(doc, m.start(), m.end()):
                hits.append(Hit(m.start(), m.end(), f'"{phrase}" is used where the defined name is "{name}"', None))
        return hits

    def _misspelt(self, doc, name: str, first_alone: bool = True) -> list:
        """"Schischule Alpenglühen" for "Skischule Alpenglühen": a long coined first word spelled one or
        two letters otherwise, in capitals like the name; else "Therapy Nottinfham" for "Therapy
        Nottingham": one word of a name of two to four words so spelled, the others as defined."""
        words = name.split()
        alone = len(words[0]) >= 8 and words[0][:1].isupper()
        hits = _spelt_otherwise(doc, words, 0, alone=True) if alone and first_alone else []
        if not 1 < len(words) <= 4:
            return hits
        return hits + [hit for index, word in enumerate(words) if word[:1].isupper() and len(word) >= 6
                       and not (alone and index == 0) for hit in _spelt_otherwise(doc, words, index)]

    def _former_names(self, doc) -> list:
        """"Letterbird (formerly Inkwell Mail)" and later "Inkwell Mail is based in ...": the old name
        used for the party as it is now."""
        hits = []
        lowered = doc.text.lower()
        if not any(word in lowered for word in ("formerly", "previously", "once", "originally", "used before", "old ",
                                                 "former ", "earlier ")):
            return hits  # the usual case: nothing was ever called otherwise
        said = [(m.group("old"), m.start("old")) for m in FORMERLY.finditer(doc.text)]
        said += [(m.group("old") or m.group("old2"), m.start("old") if m.group("old") else m.start("old2"))
                 for m in OLD_NAME.finditer(doc.text)]
        for old, at in said:
            old = old.strip()
            for use in re.finditer(rf"(?<![\w-]){re.escape(old)}(?![\w-])", doc.text):
                s_start, s_end = doc.sentence_at(use.start())
                if use.start() == at or PAST.search(doc.text, s_start, max(s_end, use.end())):
                    continue  # where the old name is introduced, or spoken of as the past
                hits.append(Hit(use.start(), use.end(), f'"{old}" is a former name: use the current one', None))
        return hits

    def _other_legal_forms(self, doc, full: str, legal: str, defined: str = "", every: bool = False) -> list:
        """"Tessellate Software Ltd" where the notice defines "Tessellate Software S.r.l.": another company.
        ``every``: ``full`` is a shorter name, so its own legal form is another company too, unless it is
        named where "we" is defined."""
        if not legal:
            return []
        pattern = re.compile(rf"(?<![\w@./-]){_spaced(full)}(?P<legal>,?\s*{LEGAL_FORMS})(?![\w])")
        found = list(pattern.finditer(doc.text))
        # every form named where "we" is defined is ours: "GitHub Inc. or GitHub B.V. ("GitHub", "we")"
        own = _form_key(legal)
        owned = set() if every else {own}
        for definition in definitions(doc):
            if definition.core.split()[:1] == full.split()[:1] and definition.core:
                a, b = doc.sentence_at(definition.start)
                owned |= {_form_key(m.group("legal")) for m in pattern.finditer(doc.text, a, max(b, definition.end))}
        defined = defined or next((" ".join(m.group(0).split()) for m in found if _form_key(m.group("legal")) == own),
                                  full + legal)
        hits = []
        for m in found:
            s_start, s_end = doc.sentence_at(m.start())
            # (from a little before the sentence too: "its affiliates Scandit Ltd. (UK), Scandit, Inc. (US)" is one
            # list, whatever the full stop of "Ltd." makes of its sentences)
            lead = max(s_start - GROUP_REACH, doc.blocks[doc.block_index_at(m.start())].start) if doc.blocks else s_start
            if GROUP.search(doc.text, min(lead, s_start), max(s_end, m.end())):
                continue  # "our subsidiary Tessellate Software Ltd": another company of the group, named as such
            if _form_key(m.group("legal")) not in owned:
                written = " ".join(m.group(0).split())
                hits.append(Hit(m.start(), m.end(), f'"{written}" is used where the defined name is "{defined}"', None))
        return hits

    def _other_heads(self, doc, full: str) -> list:
        """"Meridian Analytics" where the notice defines "Meridian Metrics" ("Meridian"): the defined
        name's lead words with another business's last word are another name for the same party."""
        words = full.split()
        while len(words) > 2 and words[-1].rstrip(".").lower() in TRAILING_FORMS:
            words = words[:-1]  # "Tidewater Camping Co": the name's head is "Camping"
        if len(words) < 2:
            return []
        lead, head = " ".join(words[:-1]), words[-1]
        pattern = re.compile(rf"(?<![\w@./-]){_spaced(lead)}\s+(?P<head>[A-Z][a-z]+)\b")
        known = _defined_names(doc) | {full.lower()}
        hits = []
        for m in pattern.finditer(doc.text):
            other = m.group("head")
            name = f"{lead} {other}"
            # (or the same word made another: "Tidewater Campsites" for "Tidewater Camping")
            same_stem = len(head) >= 5 and other[:4].lower() == head[:4].lower()
            if other.lower() == head.lower() or not (other.lower() in BUSINESS_HEADS or same_stem) or name.lower() in known:
                continue
            if (other.lower() in PRODUCT_KINDS) != (head.lower() in PRODUCT_KINDS) or not _one_block(doc, m.start(), m.end()):
                # ("Bark & Byte Studio" beside the "Bark & Byte app": the maker of the product, not another name)
                continue  # "Marketplace App" beside "Marketplace Technologies": the company's product
            if _named_as_product(doc.text, m.group(0)):
                continue  # "the LumenFrame Studio photo-editing apps" beside "LumenFrame Imaging GmbH": its product
            if re.search(rf"{re.escape(name)}\W+{_TRADING_NAME.pattern}|{_TRADING_NAME.pattern}\W+{re.escape(name)}", doc.text):
                continue  # "Two Owls Studio is the trading name of Two Owls Photography Ltd": both names, said so
            if _RUN_BY.search(doc.text, max(0, m.start() - 30), m.start()) and _FORM_AFTER.match(doc.text, m.end()):
                continue  # "Moonpuddle Arcade ... run by Moonpuddle Media Ltd": the company behind the defined brand
            if _said_to_be_run(doc.text, name):
                continue  # "The Little Whisk Cookery School is run by Little Whisk Kitchens Ltd": its brand, said so
            hits.append(Hit(m.start(), m.end(), f'"{name}" is used where the defined name is "{full}"', None))
        return hits

    @staticmethod
    def _other_leads(doc, full: str) -> list:
        """"© 2025 Panda Digital Labs" where the notice names "RK Digital Labs": a business's name of three
        words or more, its first word swapped for another (a template's sample maker left in)."""
        words = full.split()
        if len(words) < 3 or words[-1].lower() not in BUSINESS_HEADS:
            return []
        tail = " ".join(words[1:])
        hits = []
        for m in re.finditer(rf"(?<![\w@./-])(?P<lead>[A-Z][\w&'’-]*)\s+{_spaced(tail)}\b", doc.text):
            lead = m.group("lead")
            if lead == words[0] or lead.lower() in _NOT_A_LEAD:
                continue
            hits.append(Hit(m.start(), m.end(), f'"{lead} {tail}" is used where the name is "{full}"', None))
        return hits

    def _other_names(self, doc, core: str):
        words = core.split()
        head = words[-1]
        if len(words) < 2 or head.lower() in GENERIC_HEADS or head.lower() in INSTITUTION_HEADS or len(head) < 4:
            return  # "The Linux Foundation" beside "Node.js Foundation": many bodies share the word
        stem = head.lower().rstrip("s")
        pattern = re.compile(rf"(?<![\w@./-])((?:[A-Z][\w&-]*[ \t]+){{1,3}})((?i:{re.escape(head.rstrip('s'))}s?))\b")
        runs = _word_runs(doc.text)  # the text's words as written: is this one used in lower case?

        for block in doc.blocks:
            for m in pattern.finditer(doc.text, block.start, block.end):
                name = " ".join(m.group(0).split())
                if name.isupper():
                    continue  # "PRIVACY NOTICE FOR PARCEL LOCKER": a title in capitals, not a name
                lead = m.group(1).split()
                if lead and doc.sentence_at(m.start())[0] == m.start() and lead[0].lower() in runs:
                    lead = lead[1:]  # "Contact Eastmoor ...": a sentence's first word, not part of a name
                    if not lead:
                        continue
                if not all(w[0].isupper() for w in lead) or not m.group(2)[0].isupper():
                    continue
                if all(w.lower() in runs for w in lead):
                    continue  # "Override Alert" beside "Noise Alert": common words ("override") naming a feature
                if known_service(lead[0]):
                    continue  # "the Google Play Store" beside "Android Password Store": another company's
                if core.lower() in name.lower() or name.lower().rstrip("s") == core.lower().rstrip("s"):
                    continue
                if INDEFINITE_BEFORE.search(doc.text, max(0, m.start() - 12), m.start()):
                    continue  # "running a Scout Group safely": a kind of body, not a name
                if POSTCODE_BEFORE.search(doc.text, max(0, m.start() - 10), m.start()):
                    continue  # "1074 AG Amsterdam" beside "Hatha Huis Amsterdam": a postcode's letters and the town
                if lead and (lead[0].lower() in AREA_WORDS or "data" in (w.lower() for w in lead)):
                    continue  # "Greater London" beside "TutorHub London", "International Data Transfer" beside
                    # "Metro Airport Transfers": a place, or what is done with data
                if m.group(2).lower().rstrip("s") != stem:
                    continue
                if core.lower() in doc.text[max(0, m.start() - len(core) - 5):m.start()].lower():
                    continue  # "Acme Money: Earn Cash Money" is one name with a subtitle
                if core.lower() in " ".join(doc.text[max(0, m.start() - len(core)):m.end()].split()).lower():
                    continue  # "Stars Media" in "12 Stars Media" is the defined name itself
                if re.search(r"\s(?:&|and)\s", core) and (_PERSON_AFTER.match(doc.text, m.end()) or
                                                          PEOPLE_LABEL.search(doc.text, max(0, m.start() - 80), m.start())):
                    continue  # "Hannah Finch, our practice director", "Managing directors: Katrin Brandt, StB; Tobias
                    # Oswald" beside "Kestrel & Finch", "Brandt & Oswald": a partner, by her name
                if _TERM_GOES_ON.match(doc.text, m.end()):
                    continue  # "Protected Health Information" beside "Unified Health": a longer term, not a name
                if _named_as_product(doc.text, m.group(0)):
                    continue  # "the LumenFrame Studio photo-editing apps" beside "LumenFrame Imaging": its product
                # keep only the words right before the head that are not the defined name's own words
                yield Hit(m.start(), m.end(), f'"{name}" is used where the defined name is "{core}"', None)


POSTCODE_BEFORE = re.compile(r"\b\d{3,5}[ \t]*\Z")  # the digits of a postcode right before its letters
AREA_WORDS = frozenset({"greater", "central", "north", "south", "east", "west", "inner", "outer", "northern", "southern",
                        "eastern", "western", "upper", "lower", "metropolitan", "mid"})
INDEFINITE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Aa]ny|[Ee]very|[Ee]ach|[Aa]nother)[ \t]+\Z")
# a coined name with a capital inside, as the one who acts: "CoDesk may suspend", "FamilyThread support staff"
COINED_ACTOR = re.compile(r"(?<![\w@./#-])(?P<name>[A-Z][a-z]+[A-Z][a-z]+\w*)(?=[ \t]+(?:may|will|does|support|staff|team|never)\b)")


def _undefined_coined(doc, core: str) -> list:
    """"CoDesk may suspend an account" in DeskHop's terms: a coined name said once, as the one who acts, that
    the text never defines or uses again and that is no known service: another (or an old) name for "we"."""
    hits = []
    squeezed = core.lower().replace(" ", "")
    for m in COINED_ACTOR.finditer(doc.text):
        name = m.group("name")
        lowered = name.lower()
        if lowered in squeezed or squeezed in lowered or known_service(name) or doc.text.count(name) > 1 \
                or doc.text.lower().count(lowered) > 1:
            continue
        hits.append(Hit(m.start(), m.end(), f'"{name}" is used as a name here but never defined: the defined name is "{core}"', None))
    return hits


# "Willow Lane Medical Centre, the GP surgery next door, is a separate organisation": another body, said so
SEPARATE_BODY = re.compile(r"\b(?:is|are|as|a|an)\s+(?:[\w-]+\s+){0,2}?(?:separate|independent|unrelated|distinct)\s+"
                           r"(?:[\w-]+\s+)?(?:organi[sz]ations?|practices?|compan(?:y|ies)|business(?:es)?|bod(?:y|ies)|"
                           r"entit(?:y|ies)|controllers?|clinics?|surger(?:y|ies)|firms?|charit(?:y|ies)|providers?)\b", re.IGNORECASE)


# "Code Club (part of the Raspberry Pi Foundation), but we are not run by them": someone else's, said so after the name
PART_OF_AFTER = re.compile(r"[^\S\n]*\((?:part of|a (?:project|programme|program|subsidiary|division) of|owned by|run by)\s",
                           re.IGNORECASE)
NOT_RUN_BY = re.compile(r"\bwe(?:\s+are|'re|’re)\s+not\s+(?:run|owned|operated|part\s+of|affiliated|associated)\b|"
                        r"\bwe\s+aren['’]t\s+(?:run|owned|operated|part\s+of|affiliated|associated)\b", re.IGNORECASE)


# another project the product is made from: "Linked Camera is built upon Open Camera, an open-source project"
BUILT_ON = re.compile(r"\b(?:built (?:up)?on|based (?:up)?on|a fork of|forked from|derived from|powered by|builds on)\s+(?:the\s+)?\Z",
                      re.IGNORECASE)


def _another_body(doc, start: int, end: int) -> bool:
    """Does the text say the name just read is another body: the sentence goes on to call it separate ("..., a
    separate practice that shares our building"), or the product is built on it ("built upon Open Camera")?"""
    stop = min(doc.sentence_at(end)[1], end + 120)
    return SEPARATE_BODY.search(doc.text, end, max(stop, end)) is not None or PART_OF_AFTER.match(doc.text, end) or \
        NOT_RUN_BY.search(doc.text, end, max(stop, end)) or \
        BUILT_ON.search(doc.text, max(0, start - 40), start) is not None or \
        (OTHERS_BEFORE.search(doc.text, max(0, start - 80), start) is not None and not OWNS_AFTER.match(doc.text, end))


# the name owns what follows: "with Old Mill Framers' insurers" (the recipients are its insurers, not the name)
OWNS_AFTER = re.compile(r"['’]s?[ \t]+[a-z]")
# the name as someone else's: "for pupils of Greenfield Primary School", "We share registers ... with Greenfield Primary
# School" (what we share data with is a recipient, not us)
OTHERS_BEFORE = re.compile(r"(?i)\b(?:(?:pupils|students)\s+(?:of|at)|"
                           r"(?:share|shares|shared|sharing|pass|passes|passed|passing|disclose|discloses|disclosed)\b[^.\n]{0,60}?\bwith)"
                           r"[ \t]+(?:the[ \t]+)?\Z")


PREMISES_NOUNS = frozenset({"farm", "house", "hall", "barn", "barns", "cottage", "cottages", "centre", "center", "court",
                            "works", "mill", "lodge", "manor", "estate", "yard", "stables", "park", "buildings", "chambers",
                            "studios", "arcade", "wharf", "quay", "grange", "croft", "field", "fields"})


def _defined_names(doc) -> set:
    """The names the document defines, in lower case, each with the full name it stands for, legal form left off:
    "Interlingua Partners LLP ("Interlingua", "we")" defines "interlingua" and "interlingua partners"."""
    names = set()
    for d in definitions(doc):
        names.add(d.core.lower())
        if d.full:
            names.add(split_legal(d.full)[0].strip().lower())
    return names


def _singular_of(written: str, core: str) -> bool:
    """Is ``written`` the name with its last word, a business's plural, in the singular ("Kowalska Translation" for
    "Kowalska Translations")? A spelling of its own, not only a joint."""
    return " " in core and core.split()[-1].lower() in BUSINESS_PLURALS and written.lower() == core.lower()[:-1]


def _said_more(text: str, written: str, core: str) -> bool:
    """Is ``written`` the text's usual spelling, used more often than the defined ``core``?"""
    return len(_standalone(written).findall(text)) > len(_standalone(core).findall(text))


# what a name is the name of, said after the brand: a kind of product or business, not a group of people
NOUN_AFTER = re.compile(r"[ \t]+(?P<kind>[a-z][\w-]*)\b")


def _described(text: str, start: int, end: int) -> bool:
    """The brand, then what it is, in lower case: "the Constelleum game" for "Constelleum Games" (the kind in the
    name's last place), "runs the Ivory & Lace bridal boutique" for "Ivory & Lace Bridal" (the name's last word,
    then the kind). A description of the brand, not its name spelt otherwise. In the name's place only a kind
    of product is a description: "Lakeside Rowing club" is the club's own name in lower case."""
    words = text[start:end].split()
    if len(words) < 2 or not words[-1].islower() or not words[0][:1].isupper():
        return False
    if words[-1].rstrip("s") in PRODUCT_KINDS:
        return True
    kind = NOUN_AFTER.match(text, end)
    return kind is not None and kind.group("kind") in KIND_WORDS


def _premises(text: str, start: int, end: int) -> bool:
    """"Greenacre Farm, Mill Road, Great Brickhill": the premises an address opens with, named after the place
    the organisation is too, not its name spelt otherwise."""
    words = text[start:end].split()
    return bool(words) and words[-1].lower() in PREMISES_NOUNS and _STREET_AFTER.match(text, end) is not None


def _brand_goes_on(doc, end: int) -> bool:
    """"Greenacre Farm Park is operated by Greenacre Leisure Farms Limited": the words found are the start of a
    longer name the text says the organisation runs (its brand), not another name for it."""
    text = doc.text
    after = _NEXT_NAME_WORDS.match(text, end)
    if after is None:
        return False
    start = text.rfind("\n", 0, end) + 1
    words = text[start:end + len(after.group(0))].split()
    names = (" ".join(words[i:]) for i in range(max(0, len(words) - 6), len(words) - 1))
    # (each name asked once per document: a long text repeats them, and each ask reads the whole text)
    return any(doc.memo(("said to be run", name), lambda name=name: _said_to_be_run(text, name)) for name in names)


def _said_to_be_run(text: str, name: str) -> bool:
    """Does the text say the name is run by someone ("X is run by Y Ltd": a brand of the company), that the
    organisation runs it ("runs the Plateful Dietitian Network": a service of its own), or that it belongs to it
    ("affiliated to Hollowmere Students' Union": another body)? Then it is not a second name for the organisation."""
    spaced = _spaced(name)
    return re.search(rf"{spaced}\s+(?:is|are)\s+(?:run|operated|owned|managed|provided)\s+by\b|"
                     # "... ("the Mosque", "we") is run by Al-Noor Mosque Trust, a charitable incorporated organisation"
                     rf"\b(?:is|are)\s+(?:run|operated|owned|managed|governed)\s+by\s+(?:the\s+)?{spaced}|"
                     rf"\bpart\s+of\s+(?:the\s+)?{spaced}|"
                     rf"\b(?:runs|operates|manages|hosts|organi[sz]es|offers)\s+(?:the\s+|our\s+)?{spaced}|"
                     rf"\b(?:affiliated\s+(?:to|with)|a\s+member\s+of|a\s+(?:society|club|branch|section)\s+of)\s+"
                     rf"(?:the\s+)?{spaced}", text) is not None


def _reordered(doc, core: str) -> list:
    """"World Search Weather App" for "World Weather Search": the name's words in another order (a word may be
    spelled a letter otherwise, as the name itself may be: "World Weather Seach")."""
    words = core.split()
    if not 2 <= len(words) <= 5 or not all(w[:1].isupper() for w in words):
        return []
    wanted = sorted(w.lower() for w in words)
    hits = []
    # (not from an article or a sentence's first word on: "The World Search Weather app" holds "World Search Weather")
    run = re.compile(rf"(?<![\w@./-])(?!(?:The|A|An|Our|This|Your)\b)[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){{{len(words) - 1}}}(?![\w-])")
    for m in run.finditer(doc.text):
        said = m.group(0).split()
        if all(_same_word(a.lower(), b.lower()) or _plain(a) == _plain(b) for a, b in zip(said, words)):
            continue  # the name in its own order ("Let's Encrypt", "Privacy Guides'"): spelling is judged elsewhere
        if _same_words(sorted(w.lower() for w in said), wanted):
            hits.append(Hit(m.start(), m.end(), f'"{" ".join(said)}" has the words of the defined name "{core}" in another order', None))
    return hits


def _same_word(a: str, b: str) -> bool:
    """The same word, or (four letters and more) one a letter otherwise ("Seach" for "Search")."""
    return a == b or (min(len(a), len(b)) >= 4 and _distance(a, b) <= 1)


def _same_words(said: list, wanted: list) -> bool:
    """The same words, each the same or (four letters and more) a letter otherwise, matched one to one."""
    left = list(wanted)
    for word in said:
        match = next((w for w in left if _same_word(w, word)), None)
        if match is None:
            return False
        left.remove(match)
    return True


# the generator's sentence that says whose policy this is: "It is Mindfulness Everywhere's policy to respect your privacy"
POLICY_OWNER = LazyPattern(r"\bIt is (?P<name>[A-Z][\w.&-]*(?:[ \t]+[A-Z][\w.&-]*){0,4})['’]s? policy to (?:respect|protect)", 0)


def _said_to_be_we(doc, entity) -> bool:
    """Is the name the text's own word for "we" ('Acme ("we")', "At Acme, we"), not a product's name guessed from
    the title (whose maker may be another company: "# Foo Privacy Policy" ... "It is Acme's policy")?"""
    if entity.source in ("definition", "config"):
        return not entity.product
    from .controller import name_in_text

    said = name_in_text(doc, defining_only=True, fields=False)
    return said is not None and entity.core.lower() in said[0].lower()


def _another_policy_owner(doc, core: str, full: str) -> list:
    """"It is Mindfulness Everywhere's policy to respect your privacy" in the notice of "Another Messaging App": the
    template's owner left in, another party said to be "we" (not the name, its legal form or a word of it)."""
    known = {w.lower() for w in f"{core} {full}".split()}
    hits = []
    for m in POLICY_OWNER.finditer(doc.text):
        name = m.group("name")
        if not known.intersection(w.lower() for w in name.split()) and core.lower().replace(" ", "") not in name.lower().replace(" ", ""):
            hits.append(Hit(m.start("name"), m.end("name"), f'"{name}" is named as "we" where the defined name is "{core}"', None))
    return hits


_QUOTED = re.compile(r"[\"“”'‘’]([^\"“”'‘’()\n]{3,80})[\"“”'‘’]")
_PRONOUN_ALIASES = frozenset({"we", "us", "our", "i", "me", "my"})
_BRACKETS_AFTER = re.compile(r"[^\S\n]*\(([^()]{1,400})\)")


@lru_cache(maxsize=256)
def _term_in_brackets(first: str) -> re.Pattern:
    """A term the text defines in brackets, opening with the name's first word: "( **Scandit Group** )",
    '("the Acme Group")'."""
    return re.compile(rf"\([ \t]*[\"“'‘]?[ \t]*((?:[Tt]he[ \t]+)?{re.escape(first)}(?:[ \t]+[A-Z][\w&'’-]*){{1,3}})[ \t]*[\"”'’]?[ \t]*\)")


@lru_cache(maxsize=256)
def _bracketed_alias(name: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?:[ \t]+[A-Z][\w&'’-]*\.?){{0,4}}\.?[ \t]*\([ \t]*"
                      r"([A-Z][\w&.'’-]*(?:[ \t][A-Z][\w&.'’-]*){0,2})[ \t]*\)")


def _defined_aliases(text: str, end: int) -> tuple:
    """The names quoted in the brackets right after a definition: 'Open Lab, University of Newcastle Upon Tyne
    ("Open Lab, Newcastle University", "we")' gives "Open Lab, Newcastle University" as a name of its own."""
    m = _BRACKETS_AFTER.match(text, end)
    if m is None:
        return ()
    return tuple(q for q in _QUOTED.findall(m.group(1)) if q.strip(" ,.").lower() not in _PRONOUN_ALIASES)


def _fixed(doc, m: re.Match, core: str) -> str | None:
    """The match's replacement, grammatical: a plural possessive ("AI Experts' apps") becomes
    the singular possessive ("AI Expert's apps"), with the file's own apostrophe; in quotes
    ('AI Experts') it is not fixed."""
    if not m.group("possessive"):
        return core
    if m.start() and doc.text[m.start() - 1] == "'":
        return None  # a closing quote, not a possessive
    return core + doc.source[m.start("possessive"):m.end("possessive")] + "s"


# the generator's "Jane Doe built the RepCount app": the product named after "built the"
# a company's legal name right before the short form it is given: 'Quillmate Technologies Limited ("QuillMate"'
REGISTERED_BEFORE = re.compile(r"(?P<name>[A-Z][\w&'’-]*(?:[^\S\n]+[A-Z][\w&'’-]*){0,3},?[^\S\n]+" + LEGAL_FORMS +
                               r")\.?[^\S\n]*\([^\S\n]*[\"“']?\Z")


def _registered_name(text: str, entity) -> str | None:
    """The legal name written just before the defined short form, when the short form is spelt otherwise: that
    name is the company's as registered, not a variant of the short form."""
    if entity.source != "definition" or entity.full:
        return None
    m = REGISTERED_BEFORE.search(text, max(0, entity.start - 120), entity.start)
    return m.group("name") if m is not None else None


def _registered_as(text: str, name: str) -> bool:
    """Is ``name`` itself written as a company's name, with its legal form after it?"""
    return any(COMPANY_GOES_ON.match(text, m.end()) for m in re.finditer(rf"(?<![\w-]){re.escape(name)}", text))


KIND_AFTER = re.compile(r"[^\S\n]+(?:app|application|tool|software|service|program|programme|extension|website|site|game|"
                        r"platform|plugin|add-on|bot)s?\b")
# (or one coined word, "built the Barkbook app": "BarkBook" then gives it a joint it did not have)
BUILT_PRODUCT = re.compile(r"\bbuilt the\s+(?P<name>[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+(?: [A-Z][a-z]+){0,2}|[A-Z][a-z0-9]{3,})"
                           r"\s+(?:app|application|game|extension)\b")


def _coined_product(doc) -> Entity | None:
    """The product's name when it is a coined word with a capital inside ("RepCount", "BunkMate", "Learn2Drive
    Theory"): from the generator's "built the ... app", or one such word in the title."""
    m = BUILT_PRODUCT.search(doc.text)
    if m is not None:
        return Entity(m.group("name"), m.group("name"), m.start("name"), m.end("name"), False, "title")
    title = title_brand(doc)
    if title is not None and " " not in title.core and not title.core.isupper() and (
            _inner_case(title.core) or len(title.core) >= 5):
        return title  # ("Fellbook" over "If FellBook crashes": a joint its maker added)
    return None


def _named_head(entity) -> bool:
    """"The Dealcraft team" ("we"): a vague head ("team", "operators") after a name of one coined word; the
    controller rules find nobody named, but the name itself is still to be spelled one way."""
    core = entity.core
    return " " not in core and core[:1].isupper() and core.lower() not in ROLE_WORDS | GENERIC_ORGANISATIONS \
        and entity.name.split()[-1].lower() in VAGUE_HEADS


def _shorter_names(core: str) -> list[str]:
    """The shorter names a writer drops the end of the defined one to: "Inkwell & Oak" for "Inkwell &
    Oak Tattoo", "TSV Grünwald" for "TSV Grünwald 1921", "Oakridge" for "Oakridge SMP" (one coined
    word of five letters or more, when only tags follow it; else, when its first letter is a capital, it
    is judged on its joints and inner capitals alone: "Fair Share" and "StrideWise" for "Fairshare Money
    Advice" and "Stridewise Coaching", whose first word alone is the name's short form)."""
    words = core.split()
    found = []
    for k in range(len(words) - 1, 0, -1):
        lead = words[:k]
        while lead and lead[-1].lower() in {"&", "and", "of", "the", "for", "de"}:
            lead = lead[:-1]
        if len(lead) >= 2 or (len(lead) == 1 and len(lead[0]) >= 5 and (
                all(_tag(w) for w in words[1:]) or (lead[0][:1].isupper() and lead[0].isalpha()))):
            name = " ".join(lead)
            if name not in found:
                found.append(name)
    return found


def _names_its_target(doc, start: int, end: int, written: str) -> bool:
    """Is the text at ``start``-``end`` a link's text that spells its own target (a repository's or a
    package's name, written as the address writes it)?"""
    return any(link.start <= start and end <= link.end and written in link.target.lower() for link in doc.links)


def _plain(word: str) -> str:
    """A word in lower case without its accents: "Farmácias" is "farmacias"."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))


def _distance(a: str, b: str) -> int:
    """Letters to change, add or drop to turn ``a`` into ``b`` (difflib's edit script, as the CLI's
    "did you mean" uses difflib): "skischule" and "schischule" are 2 apart."""
    import difflib

    return sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b).get_opcodes()
               if tag != "equal")


class _Spans:
    """Spans of names, kept in order of their starts: whether a new one overlaps (or lies inside) one of them is a
    look at the spans that start close before it, not at all of them (a file of 32 copies names the party
    thousands of times). A span is a name, so it is never longer than ``LONGEST``."""

    LONGEST = 2000

    def __init__(self):
        self.starts, self.ends = [], []

    def add(self, start: int, end: int) -> None:
        i = bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)

    def copy(self) -> "_Spans":
        other = _Spans()
        other.starts, other.ends = list(self.starts), list(self.ends)
        return other

    def _near(self, start: int, end: int):
        for i in range(bisect_left(self.starts, start - self.LONGEST), bisect_left(self.starts, end)):
            yield self.starts[i], self.ends[i]

    def overlaps(self, start: int, end: int) -> bool:
        return any(a < end and start < b for a, b in self._near(start, end))

    def covers(self, start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in self._near(start, end + 1))


def _tag(word: str) -> bool:
    """A word that only tags a name ("SMP", "HQ", "Labs"): the word before it carries the name."""
    return (word.isupper() and len(word) <= 4) or word.lower() in BUSINESS_HEADS


def _spaced(name: str) -> str:
    """A name as a pattern whose spaces match any run of whitespace (a hard wrap)."""
    return r"\s+".join(re.escape(w) for w in name.split())


def _form_key(legal: str) -> str:
    """"S.r.l." and "Srl", ", Inc." and "Inc": one legal form, written two ways."""
    return re.sub(r"[\W_]", "", legal).lower()


def _apostrophe_put_in(written: str, core: str) -> bool:
    """ "Happy Tail's" for "Happy Tails": the name's own last "s" written as a possessive's."""
    return core.endswith("s") and written != core and re.sub(r"['’](?=s\Z)", "", written) == core


def _unpossessed(name: str) -> str:
    """The name without a possessive "'s" inside it: "St Wenna's Hall" is "St Wenna Hall"."""
    return re.sub(r"['’]s(?=\s)", "", name)


def _joint_key(name: str) -> str:
    """A name without its joints: "Oak Ridge", "Oak-ridge" and "Oakridge" are one key."""
    return re.sub(r"[\s-]", "", name.lower()).replace("&", "and")


def _plain_words(text: str, start: int, written: str) -> bool:
    """Is ``written`` ordinary words: lower case, acronyms ("GPS"), or a capital that only opens a sentence?"""
    opens = not text[:start].rstrip(" \t*_") or text[:start].rstrip(" \t*_")[-1] in ".!?:\n#>-"
    return all(w.islower() or (w.isupper() and len(w) <= 4) or (i == 0 and opens and w[1:].islower())
               for i, w in enumerate(written.split()))


def _generic_kept(written: str, core: str) -> bool:
    """Are the words ``written`` lowers all of the name's words but an acronym ("AI assistant" for "AI Assistant";
    not "Pixel8 labs" for "Pixel8 Labs", nor "acme expert" for "Acme Expert")?"""
    pairs = list(zip(written.split(), core.split()))
    kept = [x for x, y in pairs if x == y]
    return bool(kept) and all(x.isupper() and len(x) <= 4 for x in kept) and all(x.islower() for x, y in pairs if x != y)


ARTICLE_BEFORE = re.compile(r"(?i:\b(?:the|our|an?|your|this|their|my)\s+)\Z")


def _plural_noun(core: str) -> bool:
    """Is the name one ordinary-looking word in the plural ("Files", "Notes", "Photos")?"""
    return " " not in core and len(core) > 3 and core[:1].isupper() and core[1:].islower() and core.endswith("s") \
        and not core.endswith("ss")


def _inner_case(word: str) -> bool:
    """Is there a capital inside a word ("HearthLink"), not only at word starts?"""
    return any(ch.isupper() and prev.isalpha() for prev, ch in zip(word, word[1:]))


def _abbreviated(written: str, core: str) -> bool:
    """"Mane St Salon" for "Mane Street Salon": the same words, one or more in its usual short form."""
    a, b = written.split(), core.split()
    pairs = [(x.rstrip(".").lower(), y.lower()) for x, y in zip(a, b)]
    return len(a) == len(b) and any(_SHORT.get(y) == x for x, y in pairs) and all(x == y or _SHORT.get(y) == x for x, y in pairs)


def _title_case_only(written: str, core: str) -> bool:
    """Do the spellings differ only in the case of word-initial letters ("Mozilla accounts")?"""
    a, b = written.split(), core.split()
    return len(a) == len(b) and all(x[1:] == y[1:] and x[:1].lower() == y[:1].lower() for x, y in zip(a, b))


SMALL_WORDS = frozenset({"the", "of", "and", "for", "on", "in", "at", "a", "to", "by"})  # kept small inside a name


def _glue_raised(written: str, core: str, text: str) -> bool:
    """"Hack The Harbour" in a sentence where the name is written "Hack the Harbour": the small
    word kept in lower case is the name's own spelling, not a title's Title Case."""
    changed = [(x, y) for x, y in zip(written.split(), core.split()) if x != y]
    return bool(changed) and all(y in SMALL_WORDS for _, y in changed) and core in text


# a name that opens with a possessive: in lower case, the phrase is the reader's or anyone's ("your expense")
OWNER_WORD = re.compile(r"(?:your|my|our|his|her|their)\s")


def _one_block(doc, start: int, end: int) -> bool:
    """Do the words stand in one block? (A heading's last words and the next block's first are no name.)"""
    block = doc.block_at(start)
    return block is None or end <= block.end


def _shouting(text: str, start: int, end: int) -> bool:
    """Is the name inside all-caps legal text (where case carries no meaning)?"""
    window = text[max(0, start - 60):end + 60]
    letters = [c for c in window if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.8


__all__ = ["EntityConsistency", "split_legal"]
