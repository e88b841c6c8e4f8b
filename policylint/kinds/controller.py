"""controller-identity: is the party responsible for the data named (and a legal entity)?"""
from __future__ import annotations

import re

from ..entities import LEGAL_FORMS, LEGAL_SUFFIX, definitions, organisation
from ..findings import Hit
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
    r"(?:registered (?:office|address)|registered in|company (?:number|no\.?|registration)|"
    r"\b\d{1,5}[A-Za-z]? [A-Z][\w.]+(?: [A-Z][\w.]+)* (?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Boulevard|Blvd\.|Lane|Way|Drive|Dr\.|Square|Place|Court)\b|"
    r"\b(?:straße|strasse|str\.|rue|via|calle|weg|laan|gasse|platz)\b|"
    r"\b(?:P\.?O\.? Box|Postfach)\b|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b|\b\d{5}(?:-\d{4})? [A-Z][a-z]+)",
)


class LegalEntityMissing(Kind):
    """A brand is named but no company form (Ltd, Inc., GmbH ...) and no registered address."""

    params = {"entity": None}

    def check(self, doc):
        entity = organisation(doc, self.options["entity"])
        if entity is None or (entity.generic and not entity.core):
            return
        if entity.generic and entity.source != "config":
            return  # POL101 reports an unnamed controller
        text = doc.text
        if LEGAL_SUFFIX.search(entity.name) or self._legal_form_near_name(text, entity.core):
            return
        if ADDRESS.search(text):
            return
        yield Hit(entity.start, entity.end,
                  f'"{entity.name}" is a brand, not a legal entity: give the company\'s legal name '
                  "(Ltd, Inc., GmbH ...) or its registered address")

    @staticmethod
    def _legal_form_near_name(text: str, core: str) -> bool:
        if not core:
            return False
        pattern = re.compile("(?i:" + re.escape(core) + r")[\w\s,&.-]{0,40}?\b" + LEGAL_FORM.pattern)
        return bool(pattern.search(text))
