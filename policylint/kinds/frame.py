"""frame: word classes in frames, for wording that varies from one author to the next.

Where a phrase rule lists sentences, a frame rule describes them, the way a
reviewer does: *an ordinary activity of the user* put in the place of *an act
of assent*, in one clause, not negated, not an opt-in. (Vale's ``sequence``
and ``existence`` rules, over words instead of characters.)

``classes`` name lists of words or phrases (a list, or one string with commas
between them); each word of an entry matches in all its inflections (``use``
matches use, uses, used, using; see ``words``). A frame is a string of slots, matched in order within one clause (a sentence
up to a semicolon) of the prose:

- ``word``: that word, as written;
- ``(a|b c|d)``: one of these words or phrases, as written;
- ``{class}``: an entry of the class, in any inflection; ``{class:ing}``: an
  entry whose first word is an -ing form ("continuing to use");
- ``...N``: up to N words of anything (punctuation, quotes and blanked
  markup such as emphasis or a link's target are not words);
- a slot followed by ``?`` may be absent; by ``*``, it repeats 0 to 8 times;
- ``^`` as the first slot: the frame begins a clause ("^ check this page").

``anchor`` names the class (or classes) a sentence must hold a word of to be
looked at: only those sentences are split into words, so a rule costs a scan
of the text plus work proportional to the sentences it may concern (linear
in the text, even for one sentence of a megabyte). A sentence gets at most
one finding: the first match, in text order, that no guard in ``unless``
rejects.

Guards (each reads word classes of the rule, by the names given here):

- ``negation_scope``: a word of ``negation`` (or one ending in "n't") in a
  gap of the match (not in a slot: "if you do not agree"), or within three
  words before it with no comma between ("we will never treat your use as
  consent").
- ``opt_in_act``: a word of ``explicit_act`` inside the match or within two
  words before it ("by clicking 'I agree' and using ..."), or a word of
  ``conditional`` within two words before it ("if you consent, ... by using").
- ``about_document``: passes only when the clause names the document (a
  word of ``document``) outside the frame's own words ("we may change our
  prices without notice" is not about the policy).
- ``contract_only``: what is agreed to (the words after the anchor, up to a
  new clause) is the user's own promise ("agree to ``obligation``", "agree
  not to", "agree that you will"); or names nothing of ``processing`` and
  either the anchor word is one of ``weak_assent`` ("acknowledge that you
  have read this policy"), or it is another organisation's (a word of
  ``third_party``: "the associated Privacy Policy from Google"), or nothing
  of ``document`` (the privacy policy) is named and a ``contract`` is
  ("these Terms"; but "these terms" after "the terms of this Privacy
  Policy" is the policy), or nothing is named and the document is not a
  privacy notice (terms of service accept terms); or the anchor word is no
  assent of the reader's at all (a modal after it: "services you authorize
  can access"; a consent held from someone: "you have the consent of the
  third party").
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..findings import Hit
from ..patterns import shorten, word_alternation
from ..words import contracted, phrase_forms, split_words, tokenize
from . import Kind

STAR = 8  # repeats of a ``*`` slot
LOOKBACK = 600  # characters read back to find what "these terms" points to (or words, below)
LOOKBACK_WORDS = 100
_SLOT = re.compile(r"\([^()]*\)[?*]?|\S+")
_GAP = re.compile(r"\.\.\.(\d+)$")
_CLASS = re.compile(r"\{([\w-]+)(?::(ing))?\}$")
CLAUSE_STOPS = frozenset("please you do don't then we if otherwise but so which as where when unless".split())
NOT_DONE = {"without", "not", "never", "no"}  # words before an act that say it is not done
WANDERING = frozenset({"click", "clicks", "clicking", "clicked", "tap", "taps", "tapping", "tapped"})
AROUND = frozenset({"around", "about", "through", "round"})  # "clicking around the site": moving about it
ASKS = frozenset({"ask", "asks", "asked", "asking"})  # "a banner asks whether you are happy for us to ..."
LETS = frozenset({"lets", "let"})  # "When you first visit, a banner lets you accept all cookies, reject ...": a choice
PRIOR = frozenset({"where", "if", "when", "once", "provided", "after"})  # "where you have agreed to recording"
GIVEN_ASSENT = frozenset({"agreed", "consented", "opted", "accepted", "chosen", "chose", "allowed"})
WISHES = frozenset({"wish", "want", "like", "intend"})  # "members who wish to borrow items must ... consent"
CHOICES = frozenset({"option", "choice", "opportunity", "possibility", "chance"})  # "the option to give your consent"
GUARDS = ("negation_scope", "opt_in_act", "contract_only", "about_document")


def _cookie_notice(doc) -> bool:
    """A cookie notice (by its title or file name): what is agreed to there is the use of cookies."""
    name = doc.path.replace("\\", "/").rsplit("/", 1)[-1].lower()
    return "cookie" in name or "cookie" in doc.title.lower()


PROMISING = frozenset({"will", "shall", "are", "must", "won't", "am"})
CONTROLLER_ACTS = frozenset({"we", "us", "our", "i", "me", "my"})
PRIVACY_WORDS = frozenset({"privacy", "cookie", "cookies", "data", "personal"})
SHOP = frozenset({"store", "stores", "shop"})  # after a determiner a place: "you sign at the store"
DETERMINERS = frozenset({"the", "a", "an", "our", "your", "this", "that", "any", "each", "every"})
MODALS = frozenset({"can", "may", "will", "could", "might", "must", "would", "should", "shall"})
# a relative clause on data the reader gives: "the information you agree to provide"
DATA_NOUNS = frozenset({"data", "information", "details", "content", "materials", "info"})
GIVING = frozenset({"submit", "provide", "give", "share", "send", "upload", "supply", "enter", "disclose"})
HOLDING = frozenset({"have", "has", "had", "obtain", "obtained", "obtains", "received", "receive", "get", "got", "gets"})


def _under_privacy_heading(doc, at: int) -> bool:
    """Is ``at`` under a heading about privacy ("## 7. Privacy" in the terms): what is agreed to there is
    the data's use ("By using the Services, you consent to those practices"), not the contract."""
    heading = doc.heading_at(at)
    return heading is not None and bool(PRIVACY_WORDS.intersection(heading.title.lower().split()))


# words before "terms" or "conditions" that do not say which contract: "these terms", "our updated terms"
NOT_A_QUALIFIER = frozenset({"the", "these", "this", "those", "that", "our", "its", "their", "my", "your", "following",
                             "above", "below", "same", "such", "new", "updated", "revised", "amended", "current", "all",
                             "any", "of", "to", "with", "by", "and", "or", "general", "applicable", "relevant", "said"})


def _not_the_readers_assent(texts, a: int, b: int) -> bool:
    """Is the anchor word no assent the reader gives? In a relative clause ("third-party services you authorize
    can access your data": a modal follows it), or someone else's consent held ("you confirm that you have the
    consent of the third party")."""
    if b < len(texts) and texts[b] in MODALS:
        return True
    i = a - 1
    while i > 0 and texts[i] in ("have", "has", "had", "already", "previously"):
        i -= 1  # "the health data you have agreed to share"
    if i >= 1 and texts[i] == "you" and texts[i - 1] in DATA_NOUNS and texts[b:b + 1] == ["to"] \
            and b + 1 < len(texts) and texts[b + 1] in GIVING:
        return True  # "any personal data you agree to submit will be transferred": the reader's act of giving it
    if i >= 1 and texts[i] == "you" and texts[i - 1] in CHOSEN_NOUNS and texts[a] in PERMITS:
        return True  # "we receive the data types you approve": what the reader picked in a permission screen
    if i >= 2 and texts[i] == "you" and texts[i - 1] in CONTRACT_NOUNS:
        return True  # "Performance of a contract (the terms you accept when you sign up)": the contract's terms accepted
    message_after = b < len(texts) and (texts[b] in MESSAGE_NOUNS or texts[b:b + 2] == ["e", "mail"])  # ("e-mail": two words)
    if texts[a] in ("confirmation", "acceptance", "approval", "consent") and message_after or \
            texts[a] == "confirmation" and SENDING.intersection(texts[max(0, a - 4):a]):
        return True  # "a confirmation text or e-mail", "when we send you a confirmation by e-mail": a message, not assent
    if texts[a] in ("agreement", "contract") and any(
            w.startswith("enter") or w in SIGNING and texts[k + 1] not in ("up", "in", "on", "into")
            for k, w in enumerate(texts[max(0, a - 4):a], start=max(0, a - 4))):
        return True  # "users who can legally enter the agreement", "who have signed our donor agreement": a contract
    before = texts[max(0, a - 2):a]
    return b < len(texts) and texts[b] in ("of", "from") and any(w in HOLDING for w in before)


SIGNING = frozenset({"sign", "signs", "signed", "signing"})  # (not "signifies")
SENDING = frozenset({"send", "sends", "sent", "sending", "receive", "receives", "received", "receiving", "get", "gets"})
CHOSEN_NOUNS = frozenset({"types", "categories", "permissions", "scopes", "fields", "items", "metrics"})
PERMITS = frozenset({"approve", "approves", "approved", "allow", "allowed", "authorize", "authorise", "authorized",
                     "authorised", "grant", "granted"})
THIRD_PERSON_ASSENT = frozenset({"accepts", "agrees", "approves", "consents", "confirms", "acknowledges"})
DASH_OR_SEMICOLON = re.compile(r"\s[-–—]\s|;")  # a clause set off by a dash or a semicolon
BASIS_WORDS = frozenset({"based", "basis", "rely", "relies", "relying", "grounded", "founded"})
CONTRACT_NOUNS = frozenset({"terms", "conditions", "agreement", "contract", "eula", "tos", "rules"})
MESSAGE_NOUNS = frozenset({"text", "e-mail", "email", "message", "sms", "letter", "number", "code", "page", "screen",
                           "notice", "notification", "form"})


@lru_cache(maxsize=4096)
def _phrase_words(phrase: str) -> tuple:
    """A literal slot's phrase as words (frames share many: "this policy", "on this page")."""
    return split_words(phrase)


@lru_cache(maxsize=4096)
def _literal_index(forms: frozenset) -> dict:
    """A literal slot's forms by first word, shared by the slots that write the same words (read only)."""
    return _by_first(forms)


class FrameError(ValueError):
    """A frame or class in a rule file that cannot be compiled (reported when the rule starts)."""


class Slot:
    """One slot of a frame: a gap of up to ``gap`` words, or a set of word sequences."""

    __slots__ = ("gap", "by_first", "low", "high", "name", "literal", "start_only", "_longest")

    def __init__(self, gap=None, forms=(), low=1, high=1, name="", literal=False, start_only=False, by_first=None):
        self.gap = gap
        self.start_only = start_only  # "^": the clause begins here
        # first word -> the rest of each form starting with it (as lists, compared with a slice of words)
        self.by_first: dict[str, list[list[str]]] = by_first if by_first is not None else _by_first(forms)
        self.low, self.high, self.name, self.literal = low, high, name, literal
        self._longest = None

    def longest(self) -> int:
        """The most words one form of the slot has (worked out once: a class has hundreds of forms)."""
        if self._longest is None:
            self._longest = _longest(self.by_first)
        return self._longest

    def lengths_at(self, texts: list, pos: int):
        """Lengths of the entries that match the words ``texts`` at ``pos``."""
        rests = self.by_first.get(texts[pos]) if pos < len(texts) else None
        if not rests:
            return ()
        return [len(rest) + 1 for rest in rests if not rest or texts[pos + 1:pos + 1 + len(rest)] == rest]


class Frame:
    """A compiled frame: its slots and the index of the slot that holds the anchor class."""

    def __init__(self, text: str, classes: dict, anchors: tuple):
        self.text = text
        self.slots: list[Slot] = []
        for token in _SLOT.findall(text):
            self.slots.append(self._slot(token, classes))
        self.at_start = bool(self.slots) and self.slots[0].start_only
        if self.at_start:
            self.slots.pop(0)
        # the first required slot of an anchor class: what is agreed to follows it
        self.anchor_slot = next((k for k, slot in enumerate(self.slots) if slot.name in anchors and slot.low), -1)
        if any(slot.start_only for slot in self.slots):
            raise FrameError(f"frame {text!r}: ^ (the start of a clause) can only be the first slot")
        if not self.slots or self.slots[0].gap is not None or self.slots[0].low == 0:
            raise FrameError(f"frame {text!r} must begin with a slot that is always there (not a gap or optional)")
        if self.slots[-1].gap is not None:
            raise FrameError(f"frame {text!r} must not end with a gap")
        # the most words the frame can span before its anchor slot
        self.reach = sum(slot.gap if slot.gap is not None else slot.high * slot.longest()
                         for slot in self.slots[:max(self.anchor_slot, 0)])

    @staticmethod
    def _slot(token: str, classes: dict) -> Slot:
        if token == "^":
            return Slot(gap=0, start_only=True)
        low, high = 1, 1
        if token[-1] in "?*" and len(token) > 1:
            low, high = 0, (1 if token[-1] == "?" else STAR)
            token = token[:-1]
        gap = _GAP.match(token)
        if gap:
            if high != 1 or low != 1:
                raise FrameError(f"a gap cannot be optional or repeated: {token!r}")
            return Slot(gap=int(gap.group(1)))
        named = _CLASS.match(token)
        if named:
            name, only = named.groups()
            if name not in classes:
                raise FrameError(f"unknown word class {{{name}}}; the rule defines: {', '.join(sorted(classes))}")
            return Slot(low=low, high=high, name=name, by_first=_class_index(classes, name, only))
        alternatives = token[1:-1].split("|") if token.startswith("(") and token.endswith(")") else [token]
        if any("{" in a for a in alternatives):
            raise FrameError(f"a class cannot be one of several words in parentheses: {token!r} (write one frame per class)")
        forms = frozenset(_phrase_words(a) for a in alternatives) - {()}
        if not forms:
            raise FrameError(f"empty slot {token!r}")
        return Slot(low=low, high=high, literal=True, by_first=_literal_index(forms))

    def matches(self, texts: list, start: int):
        """Every way the frame matches the words ``texts`` from ``start``: (end, path) by end, shortest first.

        ``path`` holds (slot index, first word, end word) of every word slot. The
        states are word positions (at most the frame's span), so this is bounded
        by the frame, not by the clause.
        """
        states = {start: ()}
        n = len(texts)
        for k, slot in enumerate(self.slots):
            new: dict[int, tuple] = {}
            for pos, path in states.items():
                if slot.gap is not None:
                    for q in range(pos, min(pos + slot.gap, n) + 1):
                        new.setdefault(q, path)
                    continue
                if slot.low == 0:
                    new.setdefault(pos, path)
                frontier = [(pos, path)]
                for _ in range(slot.high):
                    reached = []
                    for p, walked in frontier:
                        for length in slot.lengths_at(texts, p):
                            q = p + length
                            if q not in new:
                                new[q] = walked + ((k, p, q),)
                                reached.append((q, new[q]))
                    if not reached:
                        break
                    frontier = reached
            states = new
            if not states:
                return []
        return sorted((end, path) for end, path in states.items() if end > start)


class WordClasses(dict):
    """Class name -> entries, and the inflected forms computed from them (once per class)."""

    def __init__(self, *args):
        super().__init__(*args)
        self.forms: dict = {}


def compile_classes(raw: dict) -> WordClasses:
    """Class name -> list of entries, checked. A class is a list of words or phrases, or one
    string of them separated by commas ("use, access, sign up"): long classes read (and load) faster so."""
    if not isinstance(raw, dict):
        raise FrameError("classes must map a class name to a list of words or phrases")
    classes = WordClasses()
    for name, entries in raw.items():
        if isinstance(entries, str):
            entries = [" ".join(entry.split()) for entry in entries.split(",")]
        if not isinstance(entries, list) or not all(isinstance(e, str) for e in entries):
            raise FrameError(f"class {name!r} must be a list of words or phrases")
        classes[str(name)] = [entry for entry in entries if entry]
    return classes


def class_forms(classes: dict, name: str) -> frozenset:
    """Every inflected form (as a word tuple) of the entries of class ``name`` (empty when undefined)."""
    return _class_forms(classes, name, None) if name in classes else frozenset()


def _by_first(forms) -> dict:
    """Forms grouped by their first word: a slot looks up the word it stands on (the rest as lists)."""
    index: dict[str, list[list[str]]] = {}
    for form in forms:
        index.setdefault(form[0], []).append(list(form[1:]))
    return index


_LONGEST: dict = {}  # id(by_first index) -> (the index, its longest form): slots share a class's index


def _longest(by_first: dict) -> int:
    known = _LONGEST.get(id(by_first))
    if known is None or known[0] is not by_first:
        known = _LONGEST[id(by_first)] = (by_first, 1 + max((len(rest) for rests in by_first.values() for rest in rests),
                                                            default=0))
    return known[1]


def _class_index(classes, name: str, only: str | None) -> dict:
    """The forms of a class grouped by first word, built once for all the slots naming the class
    (and kept between runs with the compiled patterns: it depends on the class's words alone)."""
    from ..regexstore import remembered

    cache = getattr(classes, "forms", None)
    if cache is None or ("index", name, only) not in cache:
        index = remembered(("frame class index", tuple(classes[name]), only),
                           lambda: _by_first(_class_forms(classes, name, only)))
        if cache is None:
            return index
        cache["index", name, only] = index
    return cache["index", name, only]


def _class_forms(classes: dict, name: str, only: str | None) -> frozenset:
    from ..regexstore import remembered

    cache = getattr(classes, "forms", None)  # several slots and guards name the same class
    if cache is None or (name, only) not in cache:
        forms = remembered(("frame class forms", tuple(classes[name]), only),
                           lambda: frozenset(f for entry in classes[name] for f in phrase_forms(entry, only)))
        if cache is None:
            return forms
        cache[name, only] = forms
    return cache[name, only]


class FrameSet:
    """Frames over shared classes, with guards; finds at most one match per sentence."""

    def __init__(self, frames, classes: dict, anchor, unless=(), message: str = ""):
        anchors = (anchor,) if isinstance(anchor, str) else tuple(anchor)
        if not anchors or any(a not in classes for a in anchors):
            raise FrameError(f"anchor must name one or more of the classes ({', '.join(sorted(classes))})")
        unknown = [g for g in unless if g not in GUARDS]
        if unknown:
            from ..errors import did_you_mean

            raise FrameError(f"unknown guard {unknown[0]!r}{did_you_mean(unknown[0], GUARDS)}")
        self.frames = [Frame(text, classes, anchors) for text in frames]
        self.unless = tuple(unless)
        self.message = message
        self.anchor = _anchor_pattern(classes, anchors)
        self.anchor_rests = _shared(classes, ("anchor rests", anchors), lambda: _anchor_rests(classes, anchors))
        self.by_first: dict[str, list] = {}  # a word -> the frames whose first slot may begin with it
        for frame in self.frames:
            for word in frame.slots[0].by_first:
                self.by_first.setdefault(word, []).append(frame)
        self.negation = _shared(classes, ("negation",),
                                lambda: frozenset(f[0] for f in class_forms(classes, "negation") if len(f) == 1))
        self.activity_classes = frozenset(("activity", "use"))
        # the reader by the rule's own names for them ("the user", "customers"): their last words
        self.reader_words = _shared(classes, ("reader words",), lambda: frozenset(
            f[-1] for f in class_forms(classes, "subject")) if "subject" in classes else frozenset())
        self.anchor_words = _shared(classes, ("anchor words", anchors),
                                    lambda: frozenset(form[0] for a in anchors for form in class_forms(classes, a)))
        self.reach = max((f.reach for f in self.frames), default=0)

        def index(name: str) -> dict:  # a guard's class, by first word (empty when the rule has none)
            return _class_index(classes, name, None) if name in classes else {}

        self.explicit, self.conditional = index("explicit_act"), index("conditional")
        self.contract, self.contract_word = index("contract"), index("contract_word")
        self.burden = index("burden")
        self.third_party, self.document_name = index("third_party"), index("document_name")
        self.processing, self.document = index("processing"), index("document")
        self.obligation, self.weak = index("obligation"), index("weak_assent")
        self.processing_act, self.kept_locally = index("processing_act"), index("kept_locally")
        self.strong = _shared(classes, ("strong", anchors), lambda: _strong(classes, anchors))

    # -- finding -----------------------------------------------------------
    def sentences(self, doc, sections: bool = False):
        """Spans of the sentences that hold an anchor word, each once, in order; with
        ``sections``, also the sentence after each in its section and every sentence
        of a section whose heading holds one ("Changes to this policy": "we will
        e-mail you" there is about changes)."""
        text = doc.text
        found = list(doc.memo(("sentences with", self.anchor.pattern), lambda: self._anchored(doc)))
        if sections:
            from bisect import bisect_left

            starts = [span[0] for span in doc.sentences]
            for span in list(found):  # the next sentence of the section goes on about the change
                after = bisect_left(starts, span[1])
                if after < len(starts) and doc.section_at(starts[after]) == doc.section_at(span[0]):
                    found.append(doc.sentences[after])
            for heading in doc.headings:
                if self.anchor.search(text, heading.start, heading.end):
                    end = doc.section_end(heading)
                    first = bisect_left(starts, heading.end)
                    found.extend(span for span in doc.sentences[first:bisect_left(starts, end, first)])
            found = sorted(set(found))
        return found

    def _anchored(self, doc) -> list[tuple[int, int]]:
        found = []
        rests = self.anchor_rests
        for m in self.anchor.finditer(doc.text):  # one pass: outside the blocks the text is blank
            if found and m.start() < found[-1][1]:
                continue  # in the sentence found last
            tails = rests.get(m.group(0).lower())
            if tails is not None and not _phrase_follows(doc.text, m.end(), tails):
                continue  # "in", not "in agreement with"
            span = doc.sentence_at(m.start())
            if span[1] > span[0]:
                found.append(span)
        return found

    def find(self, doc, sections: bool = False):
        """(start offset, end offset, matched text) of the first unguarded match of every sentence."""
        for span in self.sentences(doc, sections):
            found = self.search(doc, span)
            if found:
                yield found

    def search(self, doc, span: tuple[int, int]):
        """The first unguarded match in the sentence ``span`` (None if there is none)."""
        for clause in doc.memo(("clauses", span), lambda: list(_clauses(doc.text, *span))):
            found = self._first_in(doc, clause)
            if found:
                return found
        return None

    def _first_in(self, doc, words):
        texts = [w.text for w in words]
        near = self._near_anchor(texts)
        cache: dict = {}  # what guards compute once per clause
        by_first = self.by_first
        for start in range(len(words)):
            for frame in by_first.get(texts[start], ()):
                if (frame.at_start and start) or (frame.anchor_slot >= 0 and not near[start]):
                    continue
                if not frame.slots[0].lengths_at(texts, start):
                    continue
                for end, path in frame.matches(texts, start):
                    if not self._guarded(doc, frame, words, texts, cache, start, end, path):
                        start = self._tighten(frame, texts, start, end, path)
                        a, b = words[start].start, words[end - 1].end
                        return a, b, doc.text[a:b]
        return None

    def _near_anchor(self, texts) -> list[bool]:
        """For each word: is an anchor word close enough after it for a frame to reach it?"""
        near = [False] * len(texts)
        anchor = -1
        for i in range(len(texts) - 1, -1, -1):
            if texts[i] in self.anchor_words:
                anchor = i
            near[i] = anchor >= 0 and anchor - i <= self.reach
        return near

    def _tighten(self, frame, texts, start: int, end: int, path) -> int:
        """The last start before the frame's second word slot that matches to the same end:
        "required by law, by using X, you agree" is quoted from the second "by"."""
        limit = path[1][1] if len(path) > 1 else start
        best = start
        for later in range(start + 1, limit):
            if frame.slots[0].lengths_at(texts, later) and any(e == end for e, _ in frame.matches(texts, later)):
                best = later
        return best

    def check(self, doc, sections: bool = False):
        for a, b, matched in self.find(doc, sections):
            yield Hit(a, b, self.message.format(match=shorten(matched)))

    # -- guards ------------------------------------------------------------
    def _guarded(self, doc, frame, words, texts, cache, start, end, path) -> bool:
        unless = self.unless
        if "negation_scope" in unless and self._negated(words, start, end, path, doc.text):
            return True
        if "opt_in_act" in unless and self._opt_in(frame, texts, words, start, end, path):
            return True
        if "about_document" in unless and not self._about_document(texts, cache, path, frame) \
                and not self._pronoun_for_document(doc, words, texts):
            return True
        return "contract_only" in unless and self._contract_only(doc, frame, words, texts, path)

    def _about_document(self, texts, cache, path, frame) -> bool:
        """Does the clause name the document (a word of ``document``) outside the frame's slots, and not
        in a relative clause after the change ("modify any job postings that violate our Terms": the postings)?"""
        if "document" not in cache:
            cache["document"] = _spans(texts, self.document)
        own = {i for _, a, b in path for i in range(a, b)}
        anchor_end = next((b for k, _, b in path if k == frame.anchor_slot), None)
        return any(i not in own and not (anchor_end is not None and i > anchor_end
                                         and RELATIVE.intersection(texts[anchor_end:i]))
                   for i, _ in cache["document"])

    def _pronoun_for_document(self, doc, words, texts) -> bool:
        """ "... you agree to this Privacy Policy. It may change without notice": "it" opening the sentence
        stands for the document the sentence before names."""
        if not texts or texts[0] not in ("it", "this", "they"):
            return False
        start = words[0].start
        if doc.sentence_at(start)[0] != start or start < 2:
            return False
        before = doc.sentence_at(start - 2)
        if before[0] >= start or doc.block_index_at(before[0]) != doc.block_index_at(start):
            return False
        return any(_spans([w.text for w in clause], self.document) for clause in _clauses(doc.text, before[0], min(before[1], start)))

    def _is_negation(self, word: str) -> bool:
        return word in self.negation or word.endswith("n't")

    def _negated(self, words, start, end, path, text: str) -> bool:
        own = set()  # the frame's own words ("if you do not agree ..."); a negation counts in its gaps only
        for _, a, b in path:
            own.update(range(a, b))
        if any(self._is_negation(words[i].text) and words[i].text != "without" and i not in own
               and not _aside(text, words[i].start, words[start].start, words[end - 1].end)
               for i in range(start, end)):
            return True
        for i in range(start - 1, max(-1, start - 4), -1):
            if words[i + 1].comma:
                break
            if self._is_negation(words[i].text):
                return True
        return False

    def _denies_processing(self, words) -> bool:
        """Does the clause only say that no processing happens ("does not process", "stays on your device"), and not
        that we handle data ("that we collect your location and do not sell it", "that we may share it")?"""
        if any(w in CONTROLLER_ACTS and (_starts(words, k + 1, self.processing_act) or words[k + 1:k + 2] and words[k + 1] in MODALS)
               for k, w in enumerate(words)):
            return False
        return any(self._is_negation(w) for w in words) or bool(_spans(words, self.kept_locally))

    def _opt_in(self, frame, texts, words, start, end, path) -> bool:
        base = max(0, start - 2)
        if "by" in texts[end:end + 2] or {"when", "once", "if"} & set(texts[end:end + 6]):
            end = min(len(texts), end + 10)  # "you give consent by ticking a box", "... when you tick the box": the act after the assent
        # "without pressing any button": an act the reader does not do is no opt-in
        # ("keep clicking around the site", "tapping through the pages": wandering about is use, not an act of assent)
        acts = [s for s, _ in _spans(texts[base:end], self.explicit)
                if not (set(texts[max(0, base + s - 3):base + s]) & NOT_DONE)
                and not (texts[base + s] in WANDERING and AROUND.intersection(texts[base + s + 1:base + s + 2]))]
        if acts:
            # "by clicking 'agree', downloading, installing or using": mere use is one of the alternatives
            first = max(0, start - 2) + acts[0]
            uses = [a for k, a, _ in path if frame.slots[k].name in self.activity_classes]
            joined = texts[first] in SUBSCRIPTIONS and MERE_USE & set(texts[base:first])  # "by using our site and subscribing to our newsletter"
            # ("By creating an account, clicking 'I agree', or otherwise accessing or using the Service": a use named
            # after the act, as another way to agree)
            uses += [i for i in range(first + 1, end) if texts[i] in MERE_USE]
            if not joined and not any(a > first and "or" in texts[first:a] or a < first and "or" in texts[a:first] for a in uses):
                # ("By attending our events or signing up to our mailing list": attending alone is one of the ways)
                return True
        before = texts[max(0, start - 8):start]
        if any(a == "only" and b in ("if", "when", "after") for a, b in zip(before, before[1:])):
            return True  # "but only if this was made clear to you and your express permission was granted when ..."
        inside = texts[start:end]
        if any(a == "only" and "if" in inside[i + 1:i + 3] for i, a in enumerate(inside)):
            return True  # "your registration is only completed if you have previously confirmed it": assent first, then use
        window = texts[max(0, start - 4):end]
        if any(w in CHOICES and window[i + 1:i + 2] == ["to"] for i, w in enumerate(window)):
            return True  # "If you purchase a product, you will have the option to provide your consent to ...": offered, not inferred
        if any(w in ASKS and window[i + 1:i + 2] in (["whether"], ["if"]) or w in LETS and window[i + 1:i + 2] == ["you"]
               for i, w in enumerate(window)):
            return True  # "When you first visit, a banner asks whether you are happy for us to use ... cookies": asked
        if any(w in PRIOR and window[i + 1:i + 2] == ["you"] and (set(window[i + 2:i + 4]) & GIVEN_ASSENT)
               for i, w in enumerate(window)):
            return True  # "recordings of video consultations where you have agreed to recording": consent given first
        wish = next((i for i, w in enumerate(window) if w in WISHES and window[i + 1:i + 2] == ["to"]), None)
        if wish is not None and "must" in window[wish:]:
            return True  # "members who wish to borrow items must present their card and consent to ...": asked, as a condition
        lead = start - 1
        while lead >= max(0, start - 2):
            if words[lead + 1].comma:
                break
            if _starts(texts, lead, self.conditional):
                return True
            lead -= 1
        # "By subscribing, you consent to the sending of the newsletter": subscribing is asking for what is consented to
        acted = {texts[a] for k, a, _ in path if frame.slots[k].name in self.activity_classes}
        if acted & SUBSCRIBING and not MERE_USE & set(texts[max(0, start - 2):end]):  # "by using our website and subscribing ..."
            return any(w in SUBSCRIPTIONS for w in texts[end:end + 8])
        return False

    def _contract_only(self, doc, frame, words, texts, path) -> bool:
        if frame.anchor_slot < 0:
            return False
        a, b = next((a, b) for k, a, b in path if k == frame.anchor_slot)
        if _not_the_readers_assent(texts, a, b):
            return True
        if a >= 2 and texts[a - 2] in ("the", "a", "an", "your", "our") and texts[a] in THIRD_PERSON_ASSENT \
                and texts[a - 1] not in self.reader_words and not {"who", "that"}.intersection(texts[path[0][1]:a]):
            return True  # "A booking is confirmed only when the Pro accepts it": another party's acceptance (not
            # "Anyone who uses the app agrees": the app ends the clause that says who agrees)
        if texts[a] == "agreement" and a > 0 and doc.text[words[a].start].isupper() and doc.text[words[a - 1].start].isupper():
            return True  # "the person that entered into the Customer Agreement": a contract's name, not assent
        if texts[b - 1] in ("agreement", "agreements") and any(
                x < b - 1 - max(0, a - 3) and y == b - max(0, a - 3) for x, y in _spans(texts[max(0, a - 3):b], self.contract)):
            return True  # "the transfer of title or loan agreement": a contract's name ends with the word
        stop = min(len(words), b + 20)
        for i in range(b + 1, stop):
            if words[i].comma and (words[i].text in CLAUSE_STOPS or (
                    words[i].text in ("and", "but") and i + 1 < stop and texts[i + 1] in ("we", "i", "they"))):
                stop = i  # ", and we process your data to ...": a clause of its own, not what is agreed to
                break
            cut = DASH_OR_SEMICOLON.search(doc.text, words[i - 1].end, words[i].start)
            if cut and not (cut.group() == ";" and NEXT_ITEM.match(doc.text, cut.end())):
                stop = i  # "you accept our Terms of Service — that's a contract ..., separate from this policy"
                break  # (not the next lettered item: "your: (a) acknowledgment of the Policy; and (b) agreement to ...")
        if BASIS_WORDS.intersection(texts[max(0, a - 5):a]) and _spans(texts[:a], self.processing):
            return False  # "Data processing is based on your consent by installing ...": a legal basis, not a contract
        said = b  # where the assent itself ends: "you acknowledge" | "and agree ..."
        while b + 1 < stop and texts[b] in ("and", "&") and texts[b + 1] in CHAINED_ASSENT:
            b += 2  # "you acknowledge and agree to comply with ...": what the last of them is to
        after = texts[b:stop]  # what is agreed to
        if after[:2] == ["to", "receive"] and "electronically" in after[:10]:
            return True  # "you consent to receive communications from us electronically": the contract's e-sign clause
        granted = texts[b - 1] in PERMISSION_NOUNS  # "permission to use it" is ours to use, not the user's promise
        if after[:1] == ["not"] or not granted and self._promised(after):  # ("consent to use of our cookies": "use of" is the processing)
            return True  # the user's own promise: "agree not to", "agree to provide accurate information"
        if after[:1] == ["that"] and _scope_excluded(after):
            return True  # "You understand and agree that the following information does not apply to this Privacy
            # Policy": what the policy covers, no consent to anything
        ahead = texts[b:b + 12]  # past a comma: "that, while using our services, you will not ..."
        if after[:1] == ["that"] and any(ahead[i] == "you" and ahead[i + 1] in PROMISING for i in range(1, len(ahead) - 1)):
            return True  # "you agree that (while using our services,) you will not engage in ...": a promise
        # contracts named with the assent itself ("acceptance of this Agreement") or after it
        named = _spans(texts[a:stop], self.contract)
        generic = [s for s in _spans(texts[a:stop], self.contract_word) if not any(x <= s[0] < y for x, y in named)]

        def outside(forms) -> bool:  # named after the assent, not as part of a contract's name
            return any(s[0] >= b - a and not any(x <= s[0] and s[1] <= y or s[1] == x for x, y in named)
                       and not (texts[a + s[0]] in SHOP and texts[a + s[0] - 1] in DETERMINERS)
                       for s in _spans(texts[a:stop], forms))  # ("the Storage Licence you sign at the store")

        if after[:2] in (["to", "giving"], ["to", "providing"]):
            return True  # "information you consent to giving us ... by filling in forms": the reader's own act, not ours
        if _starts(after, 0, self.burden) and not _spans(after[:4], self.processing):
            return True  # "you're accepting responsibility for any such charges": a burden taken on, not consent
        taken = next((i + 1 for i in range(1, min(len(after) - 1, 9)) if after[i - 1] == "to" and after[i] in TAKING_ON), None)
        if taken is not None and _starts(after, taken, self.burden):
            return True  # "you acknowledge that you understand and agree to assume these risks": the same burden
        if after[:1] == ["that"] and _spans(texts[a:said], self.weak) and not _spans(texts[said:stop], self.strong) \
                and self._denies_processing(after[1:24]):
            return True  # "By using AdBlock Ultra you acknowledge that all data stays on your device and that the
            # extension does not process personal information": a fact taken note of, no processing agreed to
        if outside(self.processing) or (after in ([], ["to"]) and self._processing_listed(doc, words)):
            return False  # "... you consent to:" over "- Optional cloud sync via Supabase": the list says what
        if after[:1] == ["that"] and len(after) <= 3 and self._assent_listed(doc, words):
            return False  # "By using our Site, you acknowledge that (you have):" over "- You agree to ... our Privacy Policy"
        firm = _spans(texts[said:stop], self.strong)
        if _spans(texts[a:said], self.weak) and not firm:
            return True  # "you acknowledge that you have read this policy": no assent to processing
        others = _spans(after, self.third_party)
        if others and not any(s[0] < others[0][0] for s in _spans(after, self.document_name)):
            return True  # "you accept the associated Privacy Policy from Google": not this policy (named first, it is)
        if not after or after[0] in CLAUSE_STOPS:  # "our Terms of Use, which you accept when ...": look back
            antecedent = _antecedent(texts, a)
            if (_spans(antecedent, self.contract) or self._qualified_contract(antecedent)) \
                    and not _spans(antecedent, self.document_name):
                return True  # (or "the scheme's terms, which you accept when you join": a contract by what it covers)
        if self._signed_pronoun(doc, frame, words, texts, path):
            return True  # "I'll go through a written counselling agreement with you. Signing it means you agree to ..."
        before = texts[path[0][1]:a]  # "If the modified Terms of Service are not acceptable to you, ...": named before it
        if (_spans(before, self.contract) or self._qualified_contract(before)) and not _spans(before, self.document_name) \
                and not _spans(after, self.document):
            return True  # ("By signing the rider agreement you agree to be bound by its terms": the contract signed)
        in_terms = self._in_terms_part(doc, words[0].start)
        if in_terms and not PRIVACY_WORDS.intersection(after) and not _under_privacy_heading(doc, words[0].start):
            return True  # "# Refund Policy": "By using the Store, you agree to this Policy" is that policy's contract
        if outside(self.document):
            return False
        if firm and _spans(texts[a:said], self.weak) and self._promised(texts[said + firm[0][1]:stop]):
            return True  # "you acknowledge these limitations and agree to use the app at your own risk"
        if named:
            return True
        if after[:1] == ["that"] and not CONTROLLER_ACTS.intersection(after[1:4]):
            rest = texts[b:b + 30]  # past the clause: "that when you register ..., the game will record your information"
            if not _spans(rest, self.processing) and not _spans(rest, self.document):
                return True  # "you accept that server space is contingent on demand": a fact; not "that we analyse"
        if generic and in_terms:
            return True  # "# Terms of Use" in a file that is also a privacy policy: "you agree to the following terms"
        if generic:  # "these terms", "this Agreement": which document do they point back to?
            word = words[a + generic[0][0]]
            if self._qualified_contract(texts[a:stop]):
                return True  # "you agree to our lesson terms", "our hire conditions": a contract by what it covers
            referent = self._referent(doc, words, a)
            if referent:
                return referent == "contract"
            return doc.text[word.start].isupper() or not doc.is_privacy_notice  # "these Terms": a defined contract
        return in_terms or not (doc.is_privacy_notice or _cookie_notice(doc))  # a cookie notice's "yes" is to cookies

    def _signed_pronoun(self, doc, frame, words, texts, path) -> bool:
        """Is the act done to "it", and is the nearest thing named before it in the paragraph a
        contract ("a written counselling agreement ... Signing it means you agree")?"""
        acts = [b for k, _, b in path if frame.slots[k].name in self.activity_classes]
        if not acts or acts[0] >= len(texts) or texts[acts[0]] not in ("it", "them"):  # not "this mod"
            return False
        block = doc.blocks[doc.block_index_at(words[0].start)]
        earlier = [w.text for w in tokenize(doc.text, max(block.start, words[0].start - LOOKBACK), words[0].start)]
        if not earlier:
            return False
        contracts = _spans(earlier, self.contract) + _spans(earlier, self.contract_word)
        documents = _spans(earlier, self.document_name)
        return bool(contracts) and (not documents or max(contracts)[0] > max(documents)[0])

    def _qualified_contract(self, texts: list) -> bool:
        """Does a contract word follow a word that says which contract it is ("lesson terms", "the scheme's terms"),
        not a determiner or a privacy word ("these terms", "our privacy terms")?"""
        for start, _ in _spans(texts, self.contract_word):
            qualifier = texts[start - 1].removesuffix("'s").removesuffix("’s") if start > 0 else ""
            if qualifier.isalpha() and qualifier not in NOT_A_QUALIFIER and qualifier not in PRIVACY_WORDS:
                return True
        return False

    def _promised(self, after: list) -> bool:
        """Is what is agreed to the user's own promise ("not to ...", "to provide accurate information")?"""
        return after[:1] == ["not"] or after[:1] == ["to"] and _starts(after, 1, self.obligation) and after[2:3] != ["of"]

    def _in_terms_part(self, doc, at: int) -> bool:
        """Is ``at`` in a part of the file headed as terms ("# Terms of Use" after "# Privacy Policy"): a contract's
        text, whatever the rest of the file is? The part's top heading names a contract, not the privacy policy."""
        from bisect import bisect_right

        ends, flags = doc.memo(("terms parts", id(self)), lambda: self._terms_parts(doc))
        index = bisect_right(ends, at) - 1
        return index >= 0 and flags[index]

    def _terms_parts(self, doc):
        """For each heading (by its end): is the part it is in, under the top-level heading so far, headed as terms?"""
        ends, flags, top, flag = [], [], None, False
        for h in doc.headings:
            if h.pseudo:
                continue
            if top is None or h.level <= top:
                top = h.level
                words = [w.text for w in tokenize(h.title)]
                flag = bool(_spans(words, self.contract)) and not _spans(words, self.document_name)
            ends.append(h.end)
            flags.append(flag)
        return ends, flags

    def _processing_listed(self, doc, words) -> bool:
        """Does the clause end with a colon over a list that names processing ("you consent to:" over "- Analytics
        collection through Firebase")?"""
        for texts in _listed(doc, words):
            if texts and (texts[0] in NOT_DONE or texts[0] in ("do", "never") or _starts(texts, 0, self.obligation)):
                return False  # "you agree to:" over "- Not post spam", "- Respect other users": the user's promises
            if _spans(texts, self.processing):
                return True
        return False

    def _assent_listed(self, doc, words) -> bool:
        """Does the clause end with a colon over a list where an item agrees to the policy or to processing
        ("By using our Site, you acknowledge that:" over "- You agree to be bound by these Terms and our Privacy
        Policy")?"""
        for texts in _listed(doc, words):
            processing = _spans(texts, self.processing)
            if _spans(texts, self.strong) and ((_spans(texts, self.document) and not processing) or
                                               (processing and _spans(texts, self.third_party))):
                return True  # (an item that agrees to our processing is reported where it stands; one that
                # agrees to another's terms for it, "agree to OpenAI's terms regarding the processing", is not)
        return False

    def _referent(self, doc, words, before: int) -> str:
        """The nearest document named before word ``before`` in its paragraph: "document", "contract" or ""."""
        texts = [w.text for w in words[max(0, before - LOOKBACK_WORDS):before]]
        if before < LOOKBACK_WORDS:  # the clause starts close by: read on back into the paragraph
            block = doc.blocks[doc.block_index_at(words[0].start)]
            earlier = tokenize(doc.text, max(block.start, words[0].start - LOOKBACK), words[0].start)
            texts = [w.text for w in earlier] + texts
        last = {}
        for name, forms in (("contract", self.contract), ("document", self.document_name)):
            spans = _spans(texts, forms)
            if spans:
                last[name] = spans[-1][0]
        return max(last, key=last.get) if last else ""


def _listed(doc, words):
    """The words of each item of the list a clause opens with a colon at its end (the first six), or nothing."""
    end = words[-1].end
    if doc.text[end:end + 3].lstrip(" \t*_")[:1] != ":":
        return
    for item in doc.items_after(doc.sentence_at(words[0].start), limit=6):
        yield [w.text for w in tokenize(doc.text, item.start, item.end)]


SUBSCRIBING = frozenset("subscribe subscribes subscribed subscribing join joins joined joining".split())
MERE_USE = frozenset("use using access accessing visit visiting browse browsing".split())
# (or a scheme the reader joins for what it sends: "Consent, given when you join the programme" of member offers)
SUBSCRIPTIONS = frozenset("newsletter newsletters mailing digest updates programme program scheme rewards list".split())
PERMISSION_NOUNS = frozenset("permission permissions authorization authorisation consent go-ahead blessing".split())
RELATIVE_LEAD = frozenset("you hereby will are is be deemed to have thereby".split())


# assents said one after another: "acknowledge and agree", "understand and accept"
CHAINED_ASSENT = frozenset({"agree", "accept", "consent", "confirm", "understand", "acknowledge"})


def _antecedent(texts: list, anchor: int) -> list:
    """The words a relative clause before ``anchor`` points back to ("our Terms of Use" in "our Terms
    of Use, which you accept"); none when the anchor is not in such a clause."""
    i = anchor - 1
    while i >= 0 and texts[i] in RELATIVE_LEAD:
        i -= 1
    if i < 1 or texts[i] not in ("which", "that"):
        return []
    return texts[max(0, i - 8):i]


def _anchor_pattern(classes, anchors: tuple) -> re.Pattern:
    """The first words of the anchor classes' forms, as one pattern (shared by frame sets over the same classes)."""
    cache = getattr(classes, "forms", {})
    if ("anchor", anchors) not in cache:
        words = {form[0] for form in _anchor_forms(classes, anchors)}
        # \b, not a look-behind: the engine then tries each position faster
        from ..regexstore import static

        with static():  # made from the rule's classes: kept between runs
            cache["anchor", anchors] = re.compile(r"\b(?:" + word_alternation(words) + r")\b", re.IGNORECASE)
    return cache["anchor", anchors]


def _anchor_forms(classes, anchors: tuple) -> set:
    """The anchors' forms, and those beginning "X not" as the raw text spells them ("don't want"):
    the scan for anchors reads the raw text, where the tokenizer reads "do not"."""
    forms = {form for a in anchors for form in class_forms(classes, a)}
    return forms | {c for c in map(contracted, forms) if c}


def _shared(classes, key: tuple, compute):
    """``compute()`` once for all the frame sets over the same classes (a rule has several)."""
    cache = getattr(classes, "forms", None)
    if cache is None:
        return compute()
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def _strong(classes, anchors: tuple) -> dict:
    """The anchors' forms that are not weak assent, by first word."""
    weak = class_forms(classes, "weak_assent")
    return _by_first(f for a in anchors for f in class_forms(classes, a) if f not in weak)


def _anchor_rests(classes, anchors: tuple) -> dict:
    """First word -> the words that must follow it, for first words that begin only phrases ("in" of
    "in agreement with", "a" of "a yes"): a sentence with a bare "in" holds no anchor."""
    rests: dict = {}
    alone = set()
    for form in _anchor_forms(classes, anchors):
        if len(form) == 1:
            alone.add(form[0])
        else:
            rests.setdefault(form[0], set()).add(tuple(form[1:]))
    return {first: sorted(tails, key=len) for first, tails in rests.items() if first not in alone}


_WORD_AFTER = re.compile(r"[^\W_]+")
RELATIVE = frozenset({"that", "which", "who", "whose"})  # a relative clause: what follows is about the thing before


def _phrase_follows(text: str, end: int, tails) -> bool:
    """Does one of ``tails`` (word tuples) follow ``end`` in ``text``, across spaces and punctuation?"""
    longest = max(len(tail) for tail in tails)
    after = [w.lower() for w in _WORD_AFTER.findall(text, end, end + 24 * longest)[:longest]]
    return any(tuple(after[:len(tail)]) == tail for tail in tails)


# the next item of a list set out in the sentence: "your: (a) acknowledgment of the Policy; and (b) agreement to ..."
NEXT_ITEM = re.compile(r"\s*(?:and|or)?\s*\((?:[a-h]|[ivx]{1,4}|\d{1,2})\)\s")


def _clauses(text: str, start: int, end: int):
    """The word lists of the clauses of a sentence (split at semicolons, not between the lettered items of a list)."""
    pos = start
    while pos < end:
        cut = text.find(";", pos, end)
        while cut >= 0 and NEXT_ITEM.match(text, cut + 1, end):
            cut = text.find(";", cut + 1, end)
        cut = end if cut < 0 else cut
        words = tokenize(text, pos, cut)
        if words:
            yield words
        pos = cut + 1


def _starts(words: list, at: int, index: dict) -> bool:
    """Does a form of ``index`` (see ``_by_first``) begin at ``words[at]``?"""
    return at < len(words) and any(words[at + 1:at + 1 + len(rest)] == rest for rest in index.get(words[at], ()))


def _scope_excluded(after: list) -> bool:
    """Does what is agreed say that something is outside the policy ("does not apply", "is not covered")?"""
    return any(w in SCOPE_WORDS and "not" in after[max(0, i - 3):i] for i, w in enumerate(after))


TAKING_ON = frozenset({"assume", "bear", "take", "accept", "carry"})
SCOPE_WORDS = frozenset({"apply", "applies", "covered", "included"})


ASIDE = re.compile(r"\([^()\n]{1,40}\)")  # "If we ever change this policy (we won't), we'll update this document"


def _aside(text: str, at: int, start: int, end: int) -> bool:
    """Is the word at ``at`` in a short remark in brackets inside the matched words: said beside the clause, not
    in it (its "won't" negates nothing of the frame)?"""
    opened = text.rfind("(", start, at)
    if opened < 0:
        return False
    m = ASIDE.match(text, opened)
    return m is not None and m.end() > at and m.end() <= end


def _spans(words: list, index: dict) -> list[tuple[int, int]]:
    """(start, end) of every occurrence in ``words`` of a form of ``index`` (see ``_by_first``)."""
    if not index:
        return []
    found = []
    for i, word in enumerate(words):
        for rest in index.get(word, ()):
            if not rest or words[i + 1:i + 1 + len(rest)] == rest:
                found.append((i, i + 1 + len(rest)))
    return found


class FrameKind(Kind):
    """A rule kind over ``FrameSet``: one finding per sentence that a frame describes."""

    params = {"classes": {}, "frames": [], "anchor": [""], "unless": [], "message": ""}

    def __init__(self, params):
        super().__init__(params)
        o = self.options
        self.frames = FrameSet(o["frames"], compile_classes(o["classes"]), o["anchor"], o["unless"], o["message"])

    def check(self, doc):
        return self.frames.check(doc)
