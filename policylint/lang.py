"""A light language guess from stop words, so English patterns skip other languages."""
from __future__ import annotations

import re
from collections import Counter

_WORD = re.compile(r"[^\W\d_]+")
_STOP = {
    # "a" and "as" are Portuguese and Spanish too: without them a short English sentence reads as Portuguese
    # "i" and "do" are Polish too: without them "I may ... when I do" reads as Polish
    "en": ("the and of to you your we our is are for with this that or in not be by on data a as it have will can may "
           "i do when if my me what how any us at from which who they them their would should").split(),
    "de": "der die das und ist nicht sie wir ihre den dem mit für auf von zu des daten eine".split(),
    "fr": "le la les et des est vous nous pas pour dans une sur du au vos données que".split(),
    "es": "el la los las y es que de en para por con sus su datos una del".split(),
    "it": "il la di che e per non sono con dei delle gli dati una nel".split(),
    "nl": "de het een en van is niet wij uw je op voor met gegevens dat".split(),
    "pt": "o a os as e de que em para com não seus dados uma do da".split(),
    "pl": "i w na z się nie do że jest dla danych oraz lub przez".split(),
    "id": "yang dan di untuk dengan ini atau tidak dari kami anda akan dalam dapat pada".split(),
    "ms": "yang dan di untuk dengan ini atau tidak dari kami anda akan dalam boleh kepada".split(),
    "cs": "a je se na že v do pro jsou nebo jako které který údaje osobní vaše".split(),
    "hu": "a az és hogy nem egy van vagy is meg ha adatok által szerint".split(),
    "ro": "și de la în nu cu pentru este sau care datele dumneavoastră sunt".split(),
    "tr": "ve bir bu için ile da de olarak veya gibi kişisel verileri olan".split(),
    "sv": "och att det är som för på med inte av eller dina uppgifter vi".split(),
}
_SCRIPTS = [
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
]
_ANY_SCRIPT = re.compile("|".join(pattern.pattern for _, pattern in _SCRIPTS))
_SAMPLE = 20000




def _languages_of_words() -> dict[str, tuple[str, ...]]:
    """stop word -> the languages listing it: one look-up per word instead of one per language."""
    found: dict[str, tuple[str, ...]] = {}
    for code, words in _STOP.items():
        for word in dict.fromkeys(words):
            found[word] = found.get(word, ()) + (code,)
    return found


_STOP_LANG = _languages_of_words()


def detect(text: str) -> str:
    """ISO 639-1 code of the most likely language of ``text`` ('en' when unsure)."""
    sample = text[:_SAMPLE]
    in_scripts = 0 if sample.isascii() else len(_ANY_SCRIPT.findall(sample))
    letters = (sum(map(str.isalpha, sample)) or 1) if in_scripts else 1
    # no single script passes the threshold when all of them together do not
    for code, script in _SCRIPTS if in_scripts / letters > 0.3 else ():
        if len(script.findall(sample)) / letters > 0.3:
            if code == "zh" and _SCRIPTS[0][1].search(sample) and len(_SCRIPTS[0][1].findall(sample)) / letters > 0.05:
                return "ja"
            return code
    words = Counter(_WORD.findall(sample))
    if not words:
        return "en"
    counts = {code: 0 for code in _STOP}
    for word, seen in words.items():  # one look-up per distinct word
        for code in _STOP_LANG.get(word.lower(), ()):
            counts[code] += seen
    best = max(counts, key=lambda c: (counts[c], c == "en"))
    return best if counts[best] > counts["en"] * 1.2 else "en"


def _plainly(text: str, code: str) -> bool:
    """Is ``text`` plainly in language ``code``? Unlike detect(), never by default: a short part with
    few stop words, or one with letters of another script, is in no language here."""
    if not text.isascii() and len(_ANY_SCRIPT.findall(text)) > 0.1 * (sum(map(str.isalpha, text)) or 1):
        return False
    counts = Counter()
    for word in _WORD.findall(text):
        for lang in _STOP_LANG.get(word.lower(), ()):
            counts[lang] += 1
    others = max((n for lang, n in counts.items() if lang != code), default=0)
    return counts[code] >= 5 and counts[code] > 2 * others


def parts_in(doc, langs) -> tuple[tuple[int, int], ...]:
    """The spans of ``doc.text`` (a heading and what follows it up to the next heading) plainly
    written in one of ``langs``: the English half of a policy given in English and Russian, where
    the document as a whole reads as Russian. Worked out once per document."""
    def compute():
        lowered = doc.text.lower()
        if not any(lowered.count(f" {_STOP[code][0]} ") >= 2 for code in langs if code in _STOP):
            return ()  # the language's commonest word ("the") not even twice: no part of it is in that language
        cuts = sorted({0, len(doc.text), *(h.start for h in doc.headings if 0 < h.start < len(doc.text))})
        spans = []
        for start, end in zip(cuts, cuts[1:]):
            if any(_plainly(doc.text[start:end], code) for code in langs):
                if spans and spans[-1][1] == start:
                    start = spans.pop()[0]
                spans.append((start, end))
        return tuple(spans)

    return doc.memo(("parts in", tuple(langs)), compute)


def matches(doc_lang: str, rule_langs) -> bool:
    """Does a rule written for ``rule_langs`` (None: all) run on ``doc_lang``?"""
    if not rule_langs:
        return True
    base = doc_lang.split("-")[0]
    return base in rule_langs
