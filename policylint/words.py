"""Words for matching: the word tokens of a span of ``Document.text``, and inflections.

A word is a run of letters and digits, with apostrophes, dots and underscores
inside it ("don't", "user's", "battlesnake.com", "1.5"; a template's
``date_updated`` is one word, not "date updated"); a hyphen or a dash splits
words ("sign-up" is "sign" "up", like "sign up"); an equals sign or an arrow
between spaces is the word "means" ("Continued use = acceptance"). Everything else between
words (commas, quotes, brackets, blanked markup) is not a word; only whether
a comma came before a word is kept, because a comma bounds how far back a
negation reaches.

``inflections`` expands a base form to the forms a word class should match
("use": use, uses, used, using), so a rule lists words, not their forms.
"""
from __future__ import annotations

import re
from collections import namedtuple
from functools import lru_cache

WORD = re.compile(r"[^\W_]+(?:['._][^\W_]+)*|(?<=\s)[=→⇒](?=\s)")  # "Continued use = acceptance": "=" reads "means"
_SIGNS = {"=": "means", "→": "means", "⇒": "means"}
ENUMERATOR = re.compile(r"[a-h]|[ivx]{1,4}|\d{1,2}")  # "(a)", "(iv)", "2)": a clause's number inside a sentence

# text: lower case; comma: a comma (or a colon) stands between this word and the one before
Word = namedtuple("Word", "text start end comma")


# contractions are read as the words they stand for: "you're" is "you are", "don't" is "do not"
_CONTRACTION = re.compile(r"(?:n't|'re|'ll|'ve|'m|'d)$")
_EXPANDED = {"'re": "are", "'ll": "will", "'ve": "have", "'m": "am", "'d": "would", "n't": "not"}
_NEGATED_STEM = {"ca": "can", "wo": "will", "sha": "shall", "ai": "is"}


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """The words of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    words: list[Word] = []
    previous = start
    for m in WORD.finditer(text, start, end):
        a, b = m.start(), m.end()
        if text[b:b + 1] == ")" and ENUMERATOR.fullmatch(m.group()) and (a == 0 or text[a - 1] in "( \t\n"):
            continue  # "constitute your: (a) acknowledgment ... and (b) agreement": a list's marker, not a word
        gap = text[previous:a]
        comma = "," in gap or ":" in gap
        word = _SIGNS.get(m.group()) or m.group().lower()
        contraction = _CONTRACTION.search(word) if "'" in word else None
        if contraction and contraction.start():
            stem = word[:contraction.start()]
            cut = a + contraction.start()
            words.append(Word(_NEGATED_STEM.get(stem, stem) if contraction.group() == "n't" else stem, a, cut, comma))
            words.append(Word(_EXPANDED[contraction.group()], cut, b, False))
        else:
            words.append(Word(word, a, b, comma))
        previous = b
    return words


_CONTRACTED_STEM = {v: k for k, v in _NEGATED_STEM.items() if v != "is"}


def contracted(form: tuple[str, ...]) -> tuple[str, ...] | None:
    """A form that begins "X not" as the raw text may spell it, "Xn't" ("do not want" -> ("don't",
    "want")): what a scan of the raw text looks for where the tokenizer reads "do not"."""
    if len(form) < 2 or form[1] != "not" or not form[0].isalpha():
        return None
    return (_CONTRACTED_STEM.get(form[0], form[0]) + "n't",) + form[2:]


def split_words(phrase: str) -> tuple[str, ...]:
    """A phrase from a rule file as the words the tokenizer would make of it."""
    return tuple(w.text for w in tokenize(phrase))


# words that do not inflect (determiners, pronouns, prepositions, particles, conjunctions, modals)
CLOSED = frozenset("""
a an the this that these those your our their my his her its you we they us them it he she i me
to of in on at by for from with into onto up out off over as or and nor but if then than so not no
any all some each every such here there when where which who whom whose what how why whether
can could may might must shall should will would
""".split())

IRREGULAR = {
    "be": ("be", "is", "are", "am", "was", "were", "been", "being"),
    "have": ("have", "has", "had", "having"),
    "do": ("do", "does", "did", "done", "doing"),
    "bind": ("bind", "binds", "bound", "binding"),
    "read": ("read", "reads", "reading"),
    "understand": ("understand", "understands", "understood", "understanding"),
    "give": ("give", "gives", "gave", "given", "giving"),
    "take": ("take", "takes", "took", "taken", "taking"),
    "choose": ("choose", "chooses", "chose", "chosen", "choosing"),
    "keep": ("keep", "keeps", "kept", "keeping"),
    "make": ("make", "makes", "made", "making"),
    "get": ("get", "gets", "got", "gotten", "getting"),
    "go": ("go", "goes", "went", "gone", "going"),
    "see": ("see", "sees", "saw", "seen", "seeing"),
    "send": ("send", "sends", "sent", "sending"),
    "run": ("run", "runs", "ran", "running"),
    "set": ("set", "sets", "setting"),
    "put": ("put", "puts", "putting"),
    "let": ("let", "lets", "letting"),
    "tell": ("tell", "tells", "told", "telling"),
    "hold": ("hold", "holds", "held", "holding"),
    "mean": ("mean", "means", "meant", "meaning"),
    "find": ("find", "finds", "found", "finding"),
    "pay": ("pay", "pays", "paid", "paying"),
    "leave": ("leave", "leaves", "left", "leaving"),
    "stay": ("stay", "stays", "stayed", "staying"),
    "log": ("log", "logs", "logged", "logging"),
}
_SIBILANT = re.compile(r"(?:s|x|z|ch|sh)$")
_CONSONANT_Y = re.compile(r"[^aeiou]y$")
# a short vowel before a final consonant: the consonant may double (submit -> submitted)
_DOUBLES = re.compile(r"(?:^|[^aeiou])[aeiou][bdgklmnprt]$")


@lru_cache(maxsize=4096)
def inflections(word: str) -> frozenset[str]:
    """The forms of an English word: plural or third person, past, participles (over-generating is harmless)."""
    if word in CLOSED or not word.isalpha():
        return frozenset((word,))
    if word in IRREGULAR:
        return frozenset(IRREGULAR[word])
    forms = {word}
    if _SIBILANT.search(word):
        forms.add(word + "es")
    elif _CONSONANT_Y.search(word):
        forms.add(word[:-1] + "ies")
    else:
        forms.add(word + "s")
    if word.endswith("ee"):
        forms.update((word + "d", word + "ing"))
    elif word.endswith("e"):
        forms.update((word + "d", word[:-1] + "ing"))
    elif _CONSONANT_Y.search(word):
        forms.update((word[:-1] + "ied", word + "ing"))
    else:
        forms.update((word + "ed", word + "ing"))
        if _DOUBLES.search(word) or word.endswith(("al", "el", "il", "ol", "ul")):  # British "dialling", "travelled"
            forms.update((word + word[-1] + "ed", word + word[-1] + "ing"))
    return frozenset(forms)


@lru_cache(maxsize=4096)
def phrase_forms(phrase: str, only: str | None = None) -> frozenset[tuple[str, ...]]:
    """Every inflected form of a phrase (each open-class word inflected).

    ``only="ing"``: the first word only in its -ing form, the rest as written
    ("continue to use" -> "continuing to use").
    """
    words = split_words(phrase)
    if not words:
        return frozenset()
    if only == "ing":
        heads = {f for f in inflections(words[0]) if f.endswith("ing")} or {words[0]}
        return frozenset((head,) + words[1:] for head in heads)
    forms: set[tuple[str, ...]] = {()}
    for word in words:
        forms = {done + (form,) for done in forms for form in inflections(word)}
    return frozenset(forms)
