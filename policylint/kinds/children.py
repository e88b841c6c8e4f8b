"""child-age: one clear age threshold for children, or a place for each.

Raised at "13 (or 16)" / "under 13 or the age of digital consent" / "13 or
the minimum age in your country" when no place is named to say which age
applies where, and at the first mention of a second
child age ("under 13" on one line, "under 16" on another) when neither
mention names where it applies.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from ..findings import Hit
from . import Kind

# an age as a number or in words, its figure after it or not: "13", "thirteen", "thirteen (13)"; rule
# patterns write it as {age} (any) or {minor_age} (10 to 18)
NUMBER_WORDS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "twenty-one": 21}
AGE_FORM = (r"(?:\d{1,2}|(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b(?:[ ]\(\d{1,2}\))?)")
MINOR_AGE_FORM = (r"(?:1[0-8]|(?:" + "|".join(w for w in sorted(NUMBER_WORDS, key=len, reverse=True) if NUMBER_WORDS[w] <= 18)
                  + r")\b(?:[ ]\(1[0-8]\))?)")  # {minor_age}: 10 to 18
AGE = re.compile(AGE_FORM.replace(r"\d{1,2}|", r"\b\d{1,2}\b|\b", 1), re.IGNORECASE)
# what a band of ages describes: the people a programme is for ("is for young people aged 11 to 17")
AUDIENCE = re.compile(r"\b(?:is|are|runs?|caters?) (?:only )?(?:for|open to|aimed at|designed for|intended for|available to) "
                      r"(?:[\w-]+ ){0,3}(?:aged|between(?: the ages of)?|from)? ?\Z", re.IGNORECASE)
BAND_END = re.compile(r"\b(?:between|from|aged) (?:the ages? of )?\d{1,2} (?:and|to|-|through) ?\Z", re.IGNORECASE)
BAND_START = re.compile(r"(?: years?(?: old)?)? ?(?:and |to |through |[-–] ?)\d{1,2}\b(?! ?(?:or|and) (?:older|over|above|up)\b)")
MINORS = re.compile(r"(?i:under|below|younger|less than|turns?|reach)")  # the side of an age that speaks of minors
# the patterns that hold an age ({age}, {minor_age})
AGED = ("alternatives", "parenthetical", "unnumbered", "age_mention", "child_context")
NUMBER_WORD = re.compile(r"\b(?:" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)
READERS_PLACE = re.compile(r"(?i:(?:in|of) (?:your|their|the user's) (?:country|jurisdiction|state|region|country of residence))")
EVEN_WITH = re.compile(r"\b(?:even with|regardless of|even if)\b", re.IGNORECASE)
ROUGHLY = re.compile(r"\b(?:around|about|approximately|roughly|typically|usually|mostly)(?: the ages? of)? \Z", re.IGNORECASE)


class ChildAge(Kind):
    regex_params = ("alternatives", "parenthetical", "unnumbered", "age_mention", "child_context", "place",
                    "adult_threshold", "adult_requirement", "adult_act", "record_keeping", "unsettled_place", "parental", "role", "role_noun")
    params = {
        "adult_threshold": [],
        "adult_requirement": [],
        "adult_act": [],
        "record_keeping": [],
        "alternatives": [],
        "parenthetical": [],
        "unnumbered": [],
        "age_mention": [],
        "child_context": [],
        "place": [],
        "unsettled_place": [],
        "parental": [],
        "role": [],
        "role_noun": [],
        "min_age": 10,
        "max_age": 17,
    }

    def __init__(self, params):
        super().__init__(params)
        written = {name: list(self.options[name]) for name in AGED}
        # two sets of the patterns that hold an age: ages in figures only (most documents), and ages in
        # figures or words, for a text with a number word in it (the alternation of words is slower)
        self._by_form = {}
        for words, age, minor_age in ((False, r"\d{1,2}", r"1[0-8]"), (True, AGE_FORM, MINOR_AGE_FORM)):
            for name in AGED:
                self.options[name] = [p.replace("{minor_age}", minor_age).replace("{age}", age) for p in written[name]]
            self._by_form[words] = self.compile(*AGED)
        (self.alternatives, self.parenthetical, self.unnumbered, self.age_mention, self.child_context) = self._by_form[True]
        (self.place, self.adult_threshold, self.adult_requirement, self.adult_act, self.record_keeping,
         self.unsettled_place, self.parental, self.role, self.role_noun) = self.compile(*(name for name in self.regex_params if name not in AGED))

    def check(self, doc):
        text = doc.text
        (self.alternatives, self.parenthetical, self.unnumbered, self.age_mention,
         self.child_context) = self._by_form[NUMBER_WORD.search(text) is not None]
        flagged = []
        for block in doc.prose_blocks:
            for m in self.alternatives.finditer(text, block.start, block.end) if self.alternatives else ():
                if _one_age(m.group(0)):
                    continue  # "thirteen (13)": one age, in words and in figures
                if not self._named_place(doc, m.start()):
                    flagged.append((m.start(), m.end()))
                    yield Hit(m.start(), m.end(),
                              f'ambiguous age for children: "{" ".join(m.group(0).split())}" '
                              "(say which age applies where)")
            for m in self.parenthetical.finditer(text, block.start, block.end) if self.parenthetical else ():
                if _one_age(m.group(0)):
                    continue
                if not any(a < m.end() and m.start() < b for a, b in flagged):
                    flagged.append((m.start(), m.end()))
                    yield Hit(m.start(), m.end(),
                              f'two ages for children in one breath: "{" ".join(m.group(0).split())}" '
                              "(state each age with the place it applies to, in a sentence of its own)")
            for m in self.unnumbered.finditer(text, block.start, block.end) if self.unnumbered else ():
                if any(a < m.end() and m.start() < b for a, b in flagged) or self._numbered(doc, m):
                    continue
                flagged.append((m.start(), m.end()))
                yield Hit(m.start(), m.end(),
                          f'no age given for children: "{" ".join(m.group(0).split())}" '
                          "(state the age, and where it applies)")
        flagged.sort()
        yield from self._second_age(doc, flagged)

    def _second_age(self, doc, flagged):
        """The first mention of a child age that differs from the first one seen."""
        if self.age_mention is None:
            return
        text = doc.text
        # "If this server is in the EU: ... at least 16. If this server is in the USA: ... at least 13": the
        # places are conditions the notice never settles, so they do not say which age applies
        unsettled = self.unsettled_place is not None and self.unsettled_place.search(text) is not None
        ages = {}  # age -> its first mention: one entry per age, however often it is repeated
        for block in doc.prose_blocks:
            for m in self.age_mention.finditer(text, block.start, block.end):
                age = _age(m.group(0))
                if not self.options["min_age"] <= age <= self.options["max_age"]:
                    continue  # the age of majority too: "18 or older to sign up" against "under 16 may not"
                index = bisect_right(flagged, (m.start(), float("inf"))) - 1  # flagged is in text order
                if index >= 0 and flagged[index][0] <= m.start() < flagged[index][1]:
                    return  # already reported as an alternative
                if BAND_END.search(text, max(0, m.start() - 40), m.start()):
                    continue  # "between 13 and 17 years old, with a parent's permission": the top of a band, not a threshold
                band = BAND_START.match(text, m.end())
                if band and AUDIENCE.search(text, max(0, m.start() - 60), m.start()):
                    continue  # "Youth Build is for young people aged 11 to 17": who the programme is for, no threshold
                if band and int(re.search(r"\d{1,2}\b(?!.*\d)", band.group(0)).group(0)) >= 18:
                    continue  # "referrals for young people aged 16 to 25", "counselling to young people aged 11 to 18":
                    # who the service is for, up to adults, not a threshold
                if band and self.age_mention.search(
                        text, min(block.start, doc.section_at(m.start())[0]), m.start()):
                    continue  # "must be 16 or over. Young people aged 14 and 15 can help if a parent ...": an exception
                    # stated with the rule it bends, in its paragraph or its section ("- at least 18 to create an account" over
                    # "- aged 13-17 with parental consent"; in another section, "aged 16 and 17 may register" contradicts it)
                if ACCOMPANIED.match(text, m.end()):
                    continue  # "Walkers under 16 must be accompanied by an adult": who comes with them, not an age for data
                if ROUGHLY.search(text, max(0, m.start() - 30), m.start()):
                    continue  # "designed for children around 10 years of age": the audience, not a threshold
                if self.child_context and not self._names(doc, m.start(), m.end(), self.child_context):
                    continue
                if age >= 18 and not MINORS.match(m.group(0)) and not self._adult_threshold(doc, m) and \
                        not self._same_act_younger(doc, m, age):
                    continue  # "18 or older to buy a subscription", "students who are 18 or older may inspect their
                    # records": an adult's act or right; "under 18" and "until a member turns 18" speak of minors
                    # (not when a younger age is given for the same act: "You must be 18 or over to buy from the
                    # shop" and "Buyers under 16 must ask a parent or guardian to pay")
                if self._names(doc, m.start(), m.end(), self.record_keeping):
                    continue  # "kept ten years after your 18th birthday": how long records are kept
                if not unsettled and self._placed(doc, m.start(), m.end()):
                    return  # the document ties ages to places: not ambiguous
                clash = next((seen for seen in ages.items() if seen[0] != age and not self._tiers(doc, seen[1], m)), None)
                if clash:
                    line = doc.line_col(clash[1].start())[0]
                    yield Hit(m.start(), m.end(),
                              f"children's age given as {age} here but {clash[0]} on line {line} "
                              "(say which age applies where)")
                    return
                ages.setdefault(age, m)

    def _same_act_younger(self, doc, adult, age: int) -> bool:
        """Is an adult's act ("18 or over to buy") given a younger age elsewhere ("not sold to anyone under 16")?"""
        if self.adult_act is None or not self._names(doc, adult.start(), adult.end(), self.adult_act):
            return False
        youngest = doc.memo((self, "youngest act age"), lambda: self._youngest_act_age(doc))
        return 0 < youngest < age

    def _youngest_act_age(self, doc) -> int:
        """The youngest age said of an adult's act ("not sold to anyone under 16"), 0 if none: once per document."""
        ages = [_age(m.group(0)) for block in doc.prose_blocks
                for m in self.age_mention.finditer(doc.text, block.start, block.end)
                if MINORS.match(m.group(0)) and self._names(doc, m.start(), m.end(), self.adult_act)]
        return min((a for a in ages if a >= self.options["min_age"]), default=0)

    def _tiers(self, doc, first, second) -> bool:
        """Are the two ages for different things: the age to use the service, and above it the age below which
        a parent must consent ("at least 13 to use SC40" and "Users under 18 require parental consent")? Not a
        parent's consent below the age the service requires ("18 or older to register", "16 and 17 may register
        with a parent's consent"): that contradicts it."""
        if _partition(doc.text, first, second) or _partition(doc.text, second, first):
            return True
        if _band_below(doc.text, first, second) or _band_below(doc.text, second, first):
            return True  # "athletes aged 14 to 17 only with a parent's agreement" and "no online programmes to anyone
            # under 18": the band is the minors the other age speaks of
        if self._names(doc, first.start(), first.end(), self.role) != self._names(doc, second.start(), second.end(), self.role):
            return True  # "at least 18 to register as the owner of a lock" beside "household members aged 12 or over"
        roles = [self._role_before(doc, m) for m in (first, second)]
        if all(roles) and roles[0] != roles[1]:
            return True  # "Drivers must be at least 18" beside "Passengers ... must be at least 16": each role its own age
        if _for_a_part(doc, first, second) != _for_a_part(doc, second, first):
            return True  # "at least 13 to use our Site and certain portions of the Site may be restricted to Registered
            # Users who are at least 18": the age of one part of the service, not of the service
        if doc.sentence_at(first.start()) == doc.sentence_at(second.start()):
            acts = [OWN_ACT.match(doc.text, m.end()) for m in (first, second)]
            if all(acts) and acts[0].group("act").lower() != acts[1].group("act").lower():
                return True  # "16 or older to volunteer with us, and 18 or older to ride paid jobs": each age with its act
        if doc.sentence_at(first.start()) == doc.sentence_at(second.start()):
            low, high = sorted((first, second), key=lambda m: _age(m.group(0)))
            if MINIMUM.search(doc.text, low.start(), low.end() + 12) and MINORS.match(high.group(0)) and low.start() < high.start() and \
                    self.parental and self.parental.search(doc.text, high.end(), min(len(doc.text), high.end() + 60)):
                return True  # "must be aged 14 or over, and those under 16 need written consent from a parent": a tier
        parental = [m for m in (first, second) if self._names(doc, m.start(), m.end(), self.parental)
                    and not self._names(doc, m.start(), m.end(), EVEN_WITH)  # "not allowed, even with a parent's permission"
                    and not (self._names(doc, m.start(), m.end(), WITHOUT_PARENT) and any(
                        self._names(doc, o.start(), o.end(), KNOWINGLY) for o in (first, second) if o is not m))]
        # ("from anyone under 13" we "do not knowingly collect", then "from a child under 16 without a parent's
        # permission": the same line drawn twice, not a parent's tier above a minimum age)
        return len(parental) == 1 and _age(parental[0].group(0)) > _age((second if parental[0] is first else first).group(0))

    def _adult_threshold(self, doc, m) -> bool:
        """Does "18 or older" say who may use or join ("to register", "not intended for"), or is it a bare
        requirement ("Volunteers must be 18 or over") that is not for an act only adults may do?"""
        start, end = m.start(), m.end()
        return self._names(doc, start, end, self.adult_threshold) or (
            self._names(doc, start, end, self.adult_requirement) and not self._names(doc, start, end, self.adult_act))

    @staticmethod
    def _numbered(doc, m) -> bool:
        """Is there an age in the clause the phrase ends ("under 16, the age of digital consent in
        Ireland")? Not across a semicolon or a full stop: "under 13; in the EEA, the age of
        digital consent in your country applies" gives the EEA no number."""
        s_start, _ = doc.sentence_at(m.start())
        clause = max(doc.text.rfind(";", s_start, m.start()), doc.text.rfind(":", s_start, m.start()), s_start)
        return AGE.search(doc.text, clause, m.end()) is not None

    def _named_place(self, doc, start: int) -> bool:
        """A place by its name (the EEA, California, COPPA) in the sentence: "or the minimum age in
        your country" names no place and gives no number, so it leaves the reader guessing."""
        return self._place_in_sentence(doc, start, start, "named", lambda found: any(c.isupper() for c in found))

    def _placed(self, doc, start: int, end: int) -> bool:
        """Does the sentence tie the age to a place or a law ("in the EEA", "under COPPA", "sell")? "In
        your country" alone names none: it leaves the reader to find the age."""
        return self._place_in_sentence(doc, start, end, "placed", lambda found: not READERS_PLACE.fullmatch(found))

    def _place_in_sentence(self, doc, start: int, end: int, kind: str, counts) -> bool:
        """Is a ``place`` match that ``counts`` in the sentence around ``start``? Once per sentence and kind."""
        if self.place is None:
            return False
        s_start, s_end = doc.sentence_at(start)
        span = (s_start, max(s_end, end))
        return doc.memo((self, kind, span), lambda: any(
            counts(m.group(0)) and not AN_EXAMPLE.search(doc.text, max(0, m.start() - 16), m.start())
            for m in self.place.finditer(doc.text, *span)))

    def _names(self, doc, start: int, end: int, pattern) -> bool:
        """Does ``pattern`` match in the sentence around ``start``? Searched once per sentence and
        pattern, so a long sentence with many ages costs what one costs."""
        if pattern is None:
            return False
        s_start, s_end = doc.sentence_at(start)
        span = (s_start, max(s_end, end))
        return doc.memo((self, pattern.pattern, span), lambda: pattern.search(doc.text, *span) is not None)

    def _role_before(self, doc, m) -> str | None:
        """The last ``role_noun`` before the age in its sentence ("Passengers ... must be at least 16"), singular."""
        if self.role_noun is None:
            return None
        found = list(self.role_noun.finditer(doc.text, doc.sentence_at(m.start())[0], m.start()))
        if not found:
            return None
        word = found[-1].group(0).lower()
        return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


# the act an age is for, right after it: "16 or older to volunteer", "(aged) 18 and over to drive"
OWN_ACT = re.compile(r"(?: years?(?: of age| old)?)?(?: (?:or|and) (?:older|over|above|up))? (?:in order )?to (?P<act>\w+)", re.IGNORECASE)


# a rule for the visit, not a threshold for data: "Walkers under 16 must be accompanied by an adult on the walk"
ACCOMPANIED = re.compile(r"(?: years?(?: of age| old)?)?,?(?: (?:and|or) (?:under|younger))?,? (?:must|need to|should|have to|will need to|are to) "
                         r"(?:be (?:accompanied|supervised|escorted)|come with|stay with|attend with)\b", re.IGNORECASE)


# "(or a higher age if stipulated by local law, e.g., in the EU)": a place given as an example ties no age to it
AN_EXAMPLE = re.compile(r"\b(?:e\.\s?g\.|for example|for instance|such as|like)\W*\Z", re.IGNORECASE)


WITHOUT_PARENT = re.compile(r"\bwithout (?:a |the |their |your |his or her )?(?:parent|guardian|parental|verifiable parental)", re.IGNORECASE)
KNOWINGLY = re.compile(r"\bknowingly\b", re.IGNORECASE)
MINIMUM = re.compile(r"(?i)\b(?:or|and)\s+(?:over|older|above|up)\b|\bat\s+least\b|\d\+")


# a part of the service only some may reach: "certain portions of the Site may be restricted to", "mature content"
RESTRICTED_PART = re.compile(r"(?i)\b(?:certain|some|parts?|portions?|areas?|sections?|features?)\b[^.;\n]{0,60}\brestricted\b|"
                             r"\b(?:mature|adult|explicit|age-restricted|nsfw) (?:content|material|titles|sections|areas|features)\b")


def _for_a_part(doc, m, other) -> bool:
    """Is the age ``m`` said of a part of the service only? Read from the other age (when it comes first in
    the same sentence) or the sentence's start."""
    start = doc.sentence_at(m.start())[0]
    if start <= other.end() <= m.start():
        start = other.end()
    return RESTRICTED_PART.search(doc.text, max(start, m.start() - 120), m.start()) is not None


def _partition(text: str, low, high) -> bool:
    """ "under 13" as the floor, "13-17" with a parent, "18" to hold an account: three tiers that meet, each age
    with its place (not "18 or older to use it" and "16 or 17 with a parent" with no floor: 16 and 18 both bar)."""
    a, b = _age(low.group(0)), _age(high.group(0))
    if a >= b or not MINORS.match(low.group(0)):
        return False
    return re.search(rf"\b{a}\s*(?:-|–|to|through)\s*{b - 1}\b", text) is not None


BAND_TOP = re.compile(r"(?: years?(?: old)?)? ?(?:-|–|to|through|and) ?(\d{1,2})\b")  # "14 to 17": the band's top


def _band_below(text: str, band, below) -> bool:
    """Does ``band`` open a band of ages that ends just under the age ``below`` sets ("aged 14 to 17", "under 18")?"""
    if not MINORS.match(below.group(0)):
        return False
    top = BAND_TOP.match(text, band.end())
    return top is not None and int(top.group(1)) == _age(below.group(0)) - 1


def _age(said: str) -> int:
    """The first age in ``said``, written in figures or in words ("sixteen (16)", "thirteen")."""
    found = AGE.search(said).group(0)
    return int(found) if found.isdigit() else NUMBER_WORDS[found.split()[0].lower()]


def _one_age(said: str) -> bool:
    """Are the two ages in ``said`` one age, in words and in figures ("thirteen (13)")?"""
    ages = [int(n) if n.isdigit() else NUMBER_WORDS[n.lower()]
            for n in re.findall(r"\d{1,2}|[A-Za-z]+(?:-[a-z]+)?", said) if n.isdigit() or n.lower() in NUMBER_WORDS]
    return len(ages) >= 2 and len(set(ages)) == 1
