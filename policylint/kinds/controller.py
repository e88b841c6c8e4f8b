"""controller-identity: is the party responsible for the data named (and a legal entity)?"""
from __future__ import annotations

import re

from ..entities import LEGAL_FORMS, LEGAL_SUFFIX, THIRD_PARTIES, organisation
from ..findings import Hit
from ..layers import defers_to_main_policy
from . import Kind

ROLE_MENTION = re.compile(
    r"\bthe (?:site|website|app|application|service)? ?(?:owner|administration|administrator|operator|developer|service providers?)\b",
    re.IGNORECASE,
)
WE = re.compile(r"\b(?:we|us|our)\b", re.IGNORECASE)


class ControllerUnnamed(Kind):
    """Raise when "we" is only a role: no definition names an organisation, and no brand is given."""

    params = {"entity": None}

    def check(self, doc):
        if self.options["entity"]:
            return
        entity = organisation(doc)
        if entity is not None and not entity.generic:
            return
        if entity is not None:  # "we" is defined, but only as a role
            yield Hit(entity.start, entity.end,
                      f'"we" is defined only as "{entity.name}": name the organisation responsible for the data')
            return
        role = ROLE_MENTION.search(doc.text)
        if role is None and not WE.search(doc.text):
            return
        start, end = (role.start(), role.end()) if role else (0, 0)
        what = f'only "{" ".join(role.group(0).split())}"' if role else "no organisation"
        yield Hit(start, end, f"the policy names {what} as the party responsible for the data: "
                              "name the organisation (controller)")


LEGAL_FORM = re.compile(LEGAL_FORMS + r"\b")
ADDRESS = re.compile(
    r"(?:(?i:registered (?:office|address)|registered in|company (?:number|no\.?|registration))|"
    r"\b\d{1,5}[A-Za-z]? [A-Z][\w.]+(?: [A-Z][\w.]+)* (?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Boulevard|Blvd\.|Lane|Way|Drive|Dr\.|Square|Place|Court)\b|"
    r"\b[A-ZÄÖÜ][\w-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|straat|gracht|laan) ?\d{1,4}\b|"
    r"\b(?:Via|Viale|Rue|Calle|Avenida|Rua|Piazza|Corso) [A-Z][\w' -]{2,40}?,? \d{1,4}\b|"
    r"\b\d{1,4},? (?:rue|avenue|boulevard|place|chemin) |"
    r"\b(?:P\.?O\.? Box|Postfach)\b|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b|\b\d{5}(?:-\d{4})? [A-Z][a-z]+)",
)


PROVIDER_CONTEXT = re.compile(
    r"\b(?:provided|operated|run|owned|offered|published|developed|maintained|controlled|managed) by\b|\bcontroller\b",
    re.IGNORECASE,
)
EXTRA_FORMS = re.compile(
    r"\b(?:(?:non-?profit|public benefit|not-for-profit) (?:\w+ )?corporation|B\.?V\.?|N\.?V\.?|Ltda\.?|"
    r"registered (?:charity|association|society))\b|(?<=[a-z])(?:Limited|Ltd|LLC|Inc|GmbH)\b",
    re.IGNORECASE,
)
NAMED_ENTITY = re.compile(r"\b([A-Z][\w&'’.-]+)(?: [A-Z][\w&'’.-]+){0,3},? " + LEGAL_FORM.pattern)
BUSINESS_WORDS = {
    "app", "apps", "bot", "software", "labs", "lab", "studio", "studios", "games", "technologies", "technology",
    "solutions", "systems", "tech", "foundation", "project", "team", "group", "media", "digital", "network",
    "services", "service", "cloud", "data", "web", "online", "mobile", "editor", "generator", "exporter",
    "health", "chat", "privacy", "guides", "community", "arts", "works", "dev", "developers", "hub", "notepad",
}


class LegalEntityMissing(Kind):
    """A brand is named but no company form (Ltd, Inc., GmbH ...) and no registered address.

    Only a brand the document defines as "we", puts in its title or the config names counts; a
    person's name is not a brand (a natural person needs no company form), and a legal entity
    named next to "operated by" / "controller" or used throughout the text is enough.
    """

    params = {"entity": None, "min_mentions": 3}

    def check(self, doc):
        entity = organisation(doc, self.options["entity"])
        if entity is None or entity.source not in ("definition", "title", "config") or not entity.core:
            return
        if entity.generic and entity.source != "config":
            return  # POL101 reports an unnamed controller
        text = doc.text
        if LEGAL_SUFFIX.search(entity.name) or EXTRA_FORMS.search(entity.name) or self._person(entity.name):
            return
        if self._legal_form_near_name(text, entity.core) or ADDRESS.search(text):
            return
        if self._legal_entity_in_context(text) or self._main_legal_entity(text):
            return
        if entity.source == "title" and defers_to_main_policy(doc):
            return  # a product notice layered on the organisation's main policy
        yield Hit(entity.start, entity.end,
                  f'"{entity.name}" is a brand, not a legal entity: give the company\'s legal name '
                  "(Ltd, Inc., GmbH ...) or its registered address")

    @staticmethod
    def _person(name: str) -> bool:
        """"Jane Doe": two or three capitalised words, none of them a business word."""
        words = name.split()
        return 2 <= len(words) <= 3 and all(
            w[:1].isupper() and w[1:].islower() and w.isalpha() and w.lower() not in BUSINESS_WORDS for w in words)

    @staticmethod
    def _legal_form_near_name(text: str, core: str) -> bool:
        if not core:
            return False
        head = re.escape(core.split()[0])
        pattern = re.compile("(?i:" + head + r")[\w\s,&.-]{0,40}?\b" + LEGAL_FORM.pattern)
        return bool(pattern.search(text))

    @staticmethod
    def _legal_entity_in_context(text: str) -> bool:
        """ "operated by Acme Software GmbH", "a nonprofit public benefit corporation", "Acme BV is the controller"."""
        for m in PROVIDER_CONTEXT.finditer(text):
            window = text[max(0, m.start() - 80):m.end() + 160]
            if LEGAL_FORM.search(window) or EXTRA_FORMS.search(window):
                return True
        return False

    def _main_legal_entity(self, text: str) -> bool:
        """A legal entity whose name recurs through the text ("Mozilla Corporation" in a Firefox notice)."""
        for head in sorted({m.group(1) for m in NAMED_ENTITY.finditer(text)}):  # each name counted once
            if head.lower() in THIRD_PARTIES:
                continue
            if len(re.findall(r"\b" + re.escape(head) + r"\b", text)) >= self.options["min_mentions"]:
                return True
        return False
