"""What the set checks need to know of one document, read once when it is linted.

The facts are plain JSON (kept in the results cache beside the findings), so a
set can be checked again from cached members without parsing them: the
grouping keys (title, language, links, policies it names), the effective
date, the heading outline, the main policy a layered notice defers to, and
the values consistency rules compare (legal entity, contact e-mail, age, the
organisation's postal address, retention periods by category of data).
"""
from __future__ import annotations

import re

from .localdates import find_dates

HEAD_BLOCKS = 8  # a policy states its date in its first blocks, or after a label further down
HEAD_CHARS = 2000
SHORT_LINE = 100
LABEL = re.compile(
    r"(?i:last\s+(?:updated|modified|revised|changed)|effective|updated|revised|version|"
    r"stand|gültig|zuletzt|aktualisiert|mise\s+à\s+jour|en\s+vigueur|date\s+d.effet|vigente|vigencia|"
    r"actualizad[oa]|actualización|aggiornat[oa]|aggiornamento|in\s+vigore|atualizad[oa]|atualização|em\s+vigor|"
    r"bijgewerkt|van\s+kracht|ingangsdatum|aktualizacja|obowiązuj|wejścia\s+w\s+życie|aktualizace|účinn|platn|"
    r"обновлен|вступления|hatályos|frissítés|yürürlük|güncelleme|berlaku|diperbarui|kuat\s+kuasa|"
    r"în\s+vigoare|actualizat|発効|最終更新|生效|更新|시행|업데이트)")
# a policy named by its proper name: "the GitHub Privacy Statement", "Mozilla's Terms of Use"; the kind
# of document is found first, then the capitalised words before it (a scan from every capital was slow)
POLICY_KIND = re.compile(
    r"(?i:\bprivacy\s+(?:policy|notice|statement)|\bterms\s+of\s+(?:service|use)|\bcookie\s+(?:policy|notice)|"
    r"\bterms\s+and\s+conditions|\bacceptable\s+use\s+policy|\bdata\s+processing\s+(?:addendum|agreement))\b")
OWNER = re.compile(r"(?:[A-Z][\w’'&.-]*\s+){1,4}$")
GENERIC = {"the", "our", "this", "these", "that", "its", "their", "your", "a", "an", "see", "read", "general",
           "main", "global", "full", "complete", "current", "applicable", "relevant", "separate", "website", "site"}
AGE = re.compile(r"(?i:\b(?:under|younger\s+than|below|less\s+than)\s+(?:the\s+age\s+of\s+)?(?P<age>1[0-9]|[89])\b"
                 r"(?:\s+years)?)")
CHILD = re.compile(r"(?i:\bchild|\bkids?\b)")
# an age tied to a law, a place or one use (CCPA's 16 for selling, GDPR Art. 8's consent age) is
# not the service's age for children: two documents may rightly give different ones
PLACED_AGE = re.compile(r"(?i:\b(?:sell|sale|share|sharing|consent|opt|resident|california|eea|europe|european|"
                        r"eu|uk|country|countries|jurisdiction|state|law|laws|coppa|gdpr|ccpa)\b)")


def facts_of(doc) -> dict:
    """The facts of ``doc`` (a parsed Document). What is read with English patterns (the main
    policy a notice defers to, the entity defined as "we") is read only in English documents,
    as the rules that use the same patterns run only there."""
    english = (doc.lang or "en").split("-")[0] == "en"
    return {
        "title": doc.title,
        "lang": doc.lang,
        "declared_lang": _declared_lang(doc),
        "page": _page_key(doc),
        "links": sorted({link.target for link in doc.links if _local(link.target)}),
        "mentions": _mentions(doc.text),
        "headings": _outline(doc),
        "date": _date(doc),
        "main": _main(doc) if english else None,
        "emails": _emails(doc),
        "ages": _ages(doc),
        "entity": _entity(doc) if english else None,
        "legal_names": _legal_names(doc) if english else [],
        "addresses": _addresses(doc) if english else [],
        "retention": _retention(doc) if english else [],
        "privacy": doc.is_privacy_notice,
    }


TOKEN = re.compile(r"\b\d{2,}\b")


def _outline(doc) -> list:
    """[level, title, line, column, end line, end column, size, tokens] per heading: ``size`` is
    the length of the text under it (to the next heading), ``tokens`` what a translation keeps
    as written (link targets without their locale, e-mail addresses, numbers), so the sections
    of two copies can be paired whatever their language. Linear: links and addresses are
    handed to their section in one pass."""
    from bisect import bisect_right

    from .locales import normalize_tag

    headings = doc.headings
    starts = [h.end for h in headings]
    tokens: list = [set() for _ in headings]

    def section(offset: int) -> int:
        index = bisect_right(starts, offset) - 1
        return index if index >= 0 and offset < (headings[index + 1].start if index + 1 < len(headings)
                                                   else len(doc.text)) else -1

    for email in doc.emails:
        index = section(email.start)
        if index >= 0:
            tokens[index].add(email.address.casefold())
    for link in doc.links:
        index = section(link.start)
        if index >= 0 and len(tokens[index]) < 200:
            parts = [p for p in re.split(r"[/?#]", link.target.casefold()) if p and not normalize_tag(p)]
            tokens[index].add("/".join(parts)[:200])
    outline = []
    for index, h in enumerate(headings):
        end = headings[index + 1].start if index + 1 < len(headings) else len(doc.text)
        body = doc.text[h.end:end]
        found = tokens[index] | set(TOKEN.findall(body)[:200])
        outline.append([h.level, h.title[:200], *_position(doc, h.start, h.end), len(body.strip()), sorted(found)])
    return outline


def _declared_lang(doc) -> str | None:
    from .locales import normalize_tag

    for key in ("lang", "locale", "language"):
        value = doc.front_matter.get(key)
        if isinstance(value, str) and normalize_tag(value):
            return normalize_tag(value)
    return None


def _page_key(doc) -> str | None:
    """A page key the front matter gives to all translations of one page (Hugo's translationKey)."""
    for key in ("translationKey", "translation_key", "translation-key", "page_id", "ref"):
        value = doc.front_matter.get(key)
        if isinstance(value, (str, int)) and str(value).strip():
            return str(value).strip()
    return None


def _mentions(text: str, limit: int = 200) -> list:
    """The policies the text names by a proper name, lower-cased ("github privacy statement")."""
    found = set()
    for m in POLICY_KIND.finditer(text):
        owner = OWNER.search(text, max(0, m.start() - 80), m.start())
        if owner:
            name = owner.group(0) + m.group(0)
            # the longest run of owner words that still names one policy: "Mozilla" of "Read the Mozilla"
            words = name.split()
            while len(words) > 2 and not _specific(" ".join(words)):
                words.pop(0)
            while len(words) > 3 and words[0].casefold() in GENERIC:
                words.pop(0)
            if _specific(" ".join(words)):
                found.add(_name(" ".join(words)))
                if len(found) >= limit:
                    break
    return sorted(found)


def _local(target: str) -> bool:
    """A link to another page of the site (relative or site-absolute), not to the web or a mailbox."""
    target = target.strip()
    return bool(target) and not target.startswith("#") and not re.match(r"[A-Za-z][\w+.-]*:|//", target)


def _name(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).casefold()


def _specific(name: str) -> bool:
    """"GitHub Privacy Statement" names one policy; "Our Privacy Policy" does not."""
    words = [w.strip(".,").casefold() for w in name.split()]
    return any(w not in GENERIC for w in words[:-2]) and not words[0] in {"this", "these"}


def _position(doc, start: int, end: int) -> list:
    line, column = doc.line_col(start)
    end_line, end_column = doc.line_col(end, end=end > start)
    return [line, column, end_line, end_column]


# front-matter keys that date a version, most telling first ("date" is often when the page was first published)
UPDATE_KEYS = ("lastmod", "last_modified", "last-modified", "last_updated", "last-updated", "updated", "modified",
               "effective", "effective_date", "effective-date")


def _date(doc) -> list | None:
    """[iso date, the date as written, line, column, end line, end column] of the document's own
    date: a front-matter update date (``lastmod``), else the first date in its opening blocks on
    a short line or after a label, else the first labelled date anywhere, else the front
    matter's ``date``."""
    text = doc.source  # not ``text``: "23. června 2016" alone on a line is a list item, its marker blanked there
    lang = doc.lang or "en"
    front = _front_matter_end(text)
    found = _front_matter_date(doc, front, UPDATE_KEYS)
    if found:
        return found
    blocks = doc.blocks
    head_end = min(len(text), blocks[min(HEAD_BLOCKS, len(blocks)) - 1].end if blocks else HEAD_CHARS,
                   front + HEAD_CHARS)
    for start, end, value in find_dates(text, lang, front, head_end):
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        if line_end - line_start <= SHORT_LINE or LABEL.search(text, max(line_start, start - 60), start):
            return [value.isoformat(), text[start:end], *_position(doc, start, end)]
    for label in LABEL.finditer(text, max(head_end, front)):
        found = find_dates(text, lang, label.end(), min(len(text), label.end() + 40))
        if found:
            start, end, value = found[0]
            return [value.isoformat(), text[start:end], *_position(doc, start, end)]
    return _front_matter_date(doc, front, ("date",))


def _front_matter_end(text: str) -> int:
    """Where a ``---`` front matter block ends (0 when there is none)."""
    if not text.startswith("---"):
        return 0
    m = re.compile(r"^(?:---|\.\.\.)[^\S\n]*$", re.MULTILINE).search(text, 3)
    return m.end() if m else 0


def _front_matter_date(doc, front: int, keys) -> list | None:
    text = doc.source
    for key in keys:
        m = re.search(rf"(?mi)^{re.escape(key)}[^\S\n]*:[^\S\n]*(.+)$", text[:front])
        if m:
            found = find_dates(text, doc.lang or "en", m.start(1), m.end(1))
            if found:
                start, end, value = found[0]
                return [value.isoformat(), text[start:end], *_position(doc, start, end)]
    return None


def _main(doc) -> list | None:
    """[policy name, link target or None] of the main policy a layered notice defers to."""
    from ..layers import main_policy

    if not doc.blocks:
        return None
    name = main_policy(doc)
    if name is None:
        return None
    wanted = _name(name)
    target = None
    for link in doc.links:
        shown = _name(doc.text[link.start:link.end])
        if shown and (shown in wanted or wanted in shown) and _local(link.target):
            target = link.target
            break
    return [name, target]


def _emails(doc) -> list:
    seen, found = set(), []
    for e in sorted(doc.emails, key=lambda e: e.start):
        address = e.address.casefold()
        if address not in seen:  # once, where it first appears (a mailto link holds it twice)
            seen.add(address)
            found.append([address, *_position(doc, e.start, e.end)])
    return found


def _entity(doc) -> list | None:
    """[name, brand, legal form, line, column, end line, end column] of the legal entity the
    document defines as "we" ("Acme Ltd ("we")"), or None when it defines none with a legal form."""
    from ..entities import definitions, split_legal

    for entity in definitions(doc):
        if entity.generic or not entity.core or entity.end <= entity.start:
            continue
        name = entity.name.strip(" .,")
        for candidate in (name, name + "."):  # "WidgetCo B.V" lost its last dot to the sentence
            base, form = split_legal(candidate)
            if form.strip(" ,"):
                return [entity.name, base.strip(" ,"), form.strip(" ,"), *_position(doc, entity.start, entity.end)]
    return None


def _legal_names(doc, limit: int = 50) -> list:
    """Every "<Name> <legal form>" the document writes ("GitHub B.V.", "Acme, Inc."), so a set rule
    can tell a document that names two entities on purpose. The legal form is found first."""
    from ..entities import LEGAL_FORMS

    forms = re.compile(rf"(?<![\w.]){LEGAL_FORMS}(?![\w])")
    before = re.compile(r"(?:[A-Z][\w&'’-]*[^\S\n]+){1,4}$|(?:[A-Z][\w&'’-]*[^\S\n]+){0,3}[A-Z][\w&'’-]*,[^\S\n]*$")
    found = []
    text = doc.text
    for m in forms.finditer(text):
        owner = before.search(text, max(0, m.start() - 80), m.start())
        if owner:
            name = " ".join((owner.group(0) + m.group(0)).split())
            if name not in found:
                found.append(name)
                if len(found) >= limit:
                    break
    return found


def _ages(doc) -> list:
    """[age, line, column, end line, end column] of each "under 13"-style age in a sentence about
    children that ties it to no law, place or single use."""
    found = []
    for m in AGE.finditer(doc.text):
        start, end = doc.sentence_at(m.start())
        end = max(end, m.end())
        if CHILD.search(doc.text, start, end) and not PLACED_AGE.search(doc.text, start, end):
            found.append([int(m.group("age")), *_position(doc, m.start("age"), m.end("age"))])
    return found


# a street address: "12 Harbour Street", "12 Harbour St.", "221B Baker St" (number, capitalised name, street type)
STREET_TYPES = {"street": "st", "st": "st", "road": "rd", "rd": "rd", "avenue": "ave", "ave": "ave",
                "boulevard": "blvd", "blvd": "blvd", "lane": "ln", "ln": "ln", "drive": "dr", "dr": "dr",
                "parkway": "pkwy", "pkwy": "pkwy", "square": "sq", "sq": "sq", "place": "pl", "pl": "pl",
                "court": "ct", "ct": "ct", "plaza": "plz", "terrace": "ter", "highway": "hwy", "circle": "cir",
                "way": "way"}
STREET = re.compile(
    r"\b(?P<number>\d{1,5}[A-Za-z]?)(?:[-–]\d{1,5})?,?[^\S\n]+(?P<name>(?:[A-Z][\w'’.-]*[^\S\n]+){1,4}?)"
    r"(?P<type>Street|St\b\.?|Road|Rd\b\.?|Avenue|Ave\b\.?|Boulevard|Blvd\b\.?|Lane|Ln\b\.?|Drive|Dr\b\.?|"
    r"Parkway|Pkwy\b\.?|Square|Sq\b\.?|Place|Pl\b\.?|Court|Ct\b\.?|Plaza|Terrace|Highway|Circle|Way)\b"
    r"|\b(?P<de>[A-ZÄÖÜ][\w-]*?(?:straße|strasse|str\.|weg|gasse|platz|allee|straat|gracht|laan))[^\S\n]?"
    r"(?P<de_number>\d{1,4}[a-z]?)\b")
WE = re.compile(r"(?i:\b(?:we|us|our)\b)")


def _street_key(m) -> str:
    """"12 harbour st" for "12 Harbour Street" and "12 Harbour St.": case, punctuation, spacing
    and the street type's abbreviation do not make another address."""
    if m.group("de"):
        name = m.group("de").casefold().replace("ß", "ss")
        name = re.sub(r"str\.$", "strasse", name)
        return re.sub(r"[^\w]+", "", name) + " " + m.group("de_number").casefold()
    kind = STREET_TYPES[m.group("type").rstrip(".").casefold()]
    name = " ".join(re.sub(r"[^\w\s]+", " ", m.group("name").casefold()).split())
    return f"{m.group('number').casefold()} {name} {kind}"


def _addresses(doc, limit: int = 20) -> list:
    """[street key, owner, street as written, line, column, end line, end column] of each street
    address (where the legal-entity rule's ADDRESS pattern finds an address line): ``owner`` is
    the brand of the legal entity named before it in its sentence ("Acme" of "Acme Ltd, 12
    Harbour Street"), or of the entity the document defines as "we" when the sentence speaks of
    "we"/"our"; an address with neither is left out (whose it is, is not known)."""
    from ..entities import LEGAL_FORMS, split_legal
    from ..kinds.controller import ADDRESS, address_spans

    text = doc.text
    legal = re.compile(rf"(?:[A-Z][\w&'’-]*[^\S\n]+){{0,3}}[A-Z][\w&'’-]*,?[^\S\n]+{LEGAL_FORMS}(?![\w])")
    entity = _entity(doc)
    we = _brand_of(entity[1]) if entity else None
    found, seen = [], set()
    for hit_start, hit_end in address_spans(text):
        line_start = text.rfind("\n", 0, hit_start) + 1
        for _ in range(2):  # the street is often a line or two above the town and postcode the pattern finds
            line_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        line_end = text.find("\n", hit_end)
        for street in STREET.finditer(text, line_start, len(text) if line_end < 0 else line_end):
            if street.start() in seen:
                continue
            seen.add(street.start())
            start = _owner_start(doc, street.start())
            names = [n for n in legal.finditer(text, start, street.start())
                     if not ADDRESS.search(text, n.end(), text.rfind("\n", 0, street.start()) + 1)]
            if names:
                owner = _brand_of(split_legal(" ".join(names[-1].group(0).split()).strip(" ,"))[0])
            elif we and WE.search(text, start, street.start()):
                owner = we
            else:
                continue
            if owner:
                found.append([_street_key(street), owner, " ".join(street.group(0).split()),
                              *_position(doc, street.start(), street.end())])
                if len(found) >= limit:
                    return found
    return found


def _owner_start(doc, offset: int) -> int:
    """Where the text that says whose the street address at ``offset`` is begins: its own line
    ("CC: GitHub BV, Vijzelstraat 68": not the DPO named lines above), or, for a street that
    starts its line, the three lines above it in its block ("Acme Ltd<br>\nAttn: Legal<br>\n12
    Harbour Street"); a name with another address between it and the street is not its owner."""
    text = doc.text
    line = text.rfind("\n", 0, offset) + 1
    start = line
    if not text[line:offset].strip(" \t>*_-|#"):
        for _ in range(3):
            if start == 0:
                break
            start = text.rfind("\n", 0, start - 1) + 1
    index = doc.block_index_at(offset)
    block_start = doc.blocks[index].start if index >= 0 else 0
    return max(start, min(block_start, line), offset - 300)


def _brand_of(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.casefold())


# retention of one category of data for one period, in the sentences that state it in English:
# "we keep server logs for 30 days", "server logs are deleted after 90 days"
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "eighteen": 18, "twenty-four": 24,
            "thirty": 30, "thirty-six": 36, "sixty": 60, "ninety": 90}
_UNITS = {"day": 1, "week": 7, "month": 30.4375, "year": 365.25}
_NUMBER_WORDS = "|".join(sorted(_NUMBERS, key=len, reverse=True))
PERIOD = (rf"(?:a\s+(?:period|maximum)\s+of\s+|up\s+to\s+|at\s+most\s+|no\s+(?:more|longer)\s+than\s+|"
          rf"(?:approximately|about|roughly)\s+)?(?P<period>(?P<n>\d{{1,4}}|{_NUMBER_WORDS})"
          rf"(?:\s*\(\d{{1,4}}\))?[^\S\n]+(?P<unit>day|week|month|year)s?)\b")
_STOP = (r"(?!(?:and|or|but|that|which|who|we|it|they|them|this|these|those|is|are|was|be|been|will|may|can|"
         r"then|also|not|only|of|to|in|on|for|with|by|from|after|within|such|some|other|any|all|each|until|"
         r"generally|typically|usually|automatically|permanently|securely)\b)")
_WORD = rf"{_STOP}[a-z][a-z-]*"
_CATEGORY = (rf"(?:(?:your|our|the|any|all|such|that|this|these|those)\s+)?"
             rf"(?P<category>{_WORD}(?:[^\S\n]+{_WORD}){{0,2}})")
_PREP = r"(?:for|after|within)\s+"
_ADVERB = r"(?:only|automatically|permanently|generally|typically|usually)"
RETENTION = (
    re.compile(rf"(?i:\bwe\s+(?:(?:will|may|only|generally|typically|usually|automatically|permanently)\s+)*"
               rf"(?:keep|retain|store|delete|erase)\s+{_CATEGORY}\s+{_PREP}{PERIOD})"),
    re.compile(rf"(?i:\b{_CATEGORY}\s+(?:is|are|will(?:\s+{_ADVERB})?\s+be)\s+(?:{_ADVERB}\s+)?"
               rf"(?:kept|retained|stored|deleted|erased)\s+{_PREP}{PERIOD})"),
)
# names of no one category: two documents may speak of different data by these
GENERIC_DATA = {"data", "information", "personal data", "personal information", "it", "record", "content",
                "copy", "cookie", "file", "item", "detail", "this data", "this information", "such data"}


RETENTION_HINT = re.compile(r"(?i:\b(?:keep|kept|retain|stor|delet|eras))")
LONGEST_SENTENCE = 2000  # characters: the patterns may start at any word, so a sentence is searched whole


def _retention_sentences(doc):
    """The sentences that may state a retention period: a retention verb in them, and not so long
    that trying the patterns at each of their words costs more than the rest of the run."""
    text = doc.text
    for start, end in doc.sentences:
        if end - start <= LONGEST_SENTENCE and RETENTION_HINT.search(text, start, end):
            yield start, end


def _retention(doc, limit: int = 50) -> list:
    """[category, days, period as written, line, column, end line, end column] of each retention
    period stated for a category of data ("server log", 30, "30 days", ...)."""
    found = []
    matches = sorted((m for start, end in _retention_sentences(doc)
                      for pattern in RETENTION for m in pattern.finditer(doc.text, start, end)), key=lambda m: m.start())
    for m in matches:
        category = _category(m.group("category"))
        if not category or category in GENERIC_DATA or re.search(r"ed$", category):
            continue  # "the latest IP address used is stored ...": a participle ends no category
        n = m.group("n").casefold()
        days = round((int(n) if n.isdigit() else _NUMBERS[n]) * _UNITS[m.group("unit").casefold()])
        found.append([category, days, m.group("period"), *_position(doc, m.start("period"), m.end("period"))])
        if len(found) >= limit:
            break
    return found


def _category(text: str) -> str:
    """"server log" of "Server Logs", "account data" of "account data": lower case, the last
    word singular."""
    words = text.casefold().split()
    if not words:
        return ""
    last = words[-1]
    if last.endswith("ies") and len(last) > 4:
        last = last[:-3] + "y"
    elif re.search(r"(?:ss|x|ch|sh)es$", last):
        last = last[:-2]
    elif last.endswith("s") and not last.endswith(("ss", "us", "is")):
        last = last[:-1]
    return " ".join([*words[:-1], last])
