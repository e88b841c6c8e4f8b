"""Who is "we"? Find the organisation a policy names, shared by the controller and entity rules.

Looks for definitions (`Acme ("we", "us")`, `Acme (the "Company")`,
`Acme (hereinafter "Acme" or "we")`, `We at Acme`, `Acme is the controller`,
`operated by Acme`) and falls back to a brand in the title
(`Acme Privacy Policy`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

ROLE_WORDS = {
    "site", "website", "web", "owner", "owners", "administration", "administrator", "administrators",
    "service", "services", "provider", "providers", "operator", "operators", "company", "app",
    "application", "team", "developer", "developers", "platform", "portal", "vendor", "representative",
    "seller", "author", "authors", "controller", "we", "us", "our", "the", "this", "its", "a", "an",
    "organisation", "organization", "business", "publisher", "creator", "licensor", "party", "parties",
    "user", "users", "client", "software", "product", "products", "resource", "personal", "data",
}
VAGUE_HEADS = {"providers", "operators", "administration", "administrator", "owner", "owners", "partners",
               "affiliates", "vendors", "parties", "team", "representative", "representatives"}
LEGAL_SUFFIX = re.compile(
    r"[,\s]+(?:Co\.,?\s*Ltd\.?|Company\s+Limited|Pty\.?\s+Ltd\.?|Ltd\.?|Limited|Inc\.?|Incorporated|LLC|L\.L\.C\.|"
    r"LLP|GmbH(?:\s*&\s*Co\.?\s*KG)?|UG|AG|KG|e\.\s?V\.|S\.A\.?S?|SAS|SARL|S\.?r\.?l\.?|S\.p\.A\.|B\.V\.|N\.V\.|"
    r"Pte\.?\s+Ltd\.?|plc|PLC|K\.?K\.?|Corp\.?|Corporation|Oy|AB|ApS|A/S|SE|Sp\.\s*z\s*o\.\s*o\.?)\s*$"
)
NAME_WORD = r"(?:Inc\.|Ltd\.|Co\.|Corp\.|S\.A\.|B\.V\.|N\.V\.|[A-Z0-9][\w&'’-]*)"
NAME = rf"{NAME_WORD}(?:[ \t]+(?:{NAME_WORD}|of|and|&|de|du|der|von|van|for|service|services|providers?|owner|administration|team))*"
QUOTED_WE = r"""["'“‘](?:we|us|our)["'”’]"""

DEFINITION_PATTERNS = [
    # Acme ("we", "us") / Acme (the "Company", "we") / Acme (hereinafter referred to as "Acme" or "we")
    re.compile(rf"""(?P<name>{NAME})\s*\((?P<alias>[^()]{{0,160}}?(?:{QUOTED_WE}|["'“‘](?:the\s+)?(?:Company|Controller|Service Provider|Operator|Developer|Provider|Licensor|Owner|Publisher|Administrator|Organi[sz]ation)["'”’])[^()]{{0,160}}?)\)"""),
    # We at Acme / we, Acme,
    re.compile(rf"\b[Ww]e at (?P<name>{NAME})"),
    # Acme is the (data) controller
    re.compile(rf"(?P<name>{NAME}) (?:\([^()]{{0,120}}\) )?(?:is|acts as|will be|are) (?:the |a |your )?(?:data )?controller\b"),
    # This app / the website ... is operated / provided / owned by Acme
    re.compile(rf"\b(?:[Tt]his|[Tt]he|[Oo]ur) (?:[\w-]+ ){{0,3}}?(?:app|application|website|site|service|SERVICE|Service|platform|extension|game|bot|product|project|software)\b[^.;]{{0,60}}? (?:is|are) (?:\w+ )?(?:operated|provided|owned|published|developed|created|built|maintained|run|offered|managed) by (?P<name>{NAME})"),
    # I, Jane Doe, built the app / We, Acme, operate
    re.compile(rf"\b(?:I|We),? (?P<name>{NAME}),? (?:built|created|developed|made|operate|run|own|provide)"),
    # the controller is Acme
    re.compile(rf"\bcontroller (?:is|will be|of your personal data is)[ :]+(?P<name>{NAME})"),
]
TITLE_BRAND = [
    re.compile(rf"^(?P<name>{NAME})(?:'s|’s)? (?:Privacy|Data Protection|Cookie)"),
    re.compile(rf"\b(?:Privacy Policy|Privacy Notice|Privacy Statement|Data Protection Notice) (?:for|of) (?:the )?(?P<name>{NAME})"),
]
GENERIC_TITLE_WORDS = {"privacy", "policy", "notice", "statement", "data", "protection", "cookie", "cookies",
                       "terms", "general", "our", "the", "app", "website", "site", "application", "mobile"}


@dataclass(frozen=True)
class Entity:
    name: str  # as written
    core: str  # without legal suffix or role words
    start: int
    end: int
    generic: bool  # only a role ("the Site Owner", "service providers")
    source: str  # "definition" | "title" | "config"


def split_legal(name: str) -> tuple[str, str]:
    """('Acme', ' Ltd') from 'Acme Ltd'."""
    m = LEGAL_SUFFIX.search(name)
    return (name[: m.start()], name[m.start():]) if m else (name, "")


def _core(name: str) -> tuple[str, bool]:
    """The distinctive part of a name and whether the name is only a role."""
    base, _ = split_legal(name.strip(" .,"))
    words = base.split()
    while words and words[0].lower() in {"the", "our", "this"}:
        words.pop(0)
    distinctive = [w for w in words if w.lower().strip("'’s") not in ROLE_WORDS]
    generic = not distinctive or (bool(words) and words[-1].lower() in VAGUE_HEADS and len(words) > 1)
    while words and words[-1].lower() in ROLE_WORDS and len(words) > 1:
        words.pop()
    return " ".join(words), generic


def _clean(name: str) -> str:
    words = name.split()
    # drop leading sentence words that are not part of a name ("This", "Our", "For")
    while len(words) > 1 and words[0] in {"This", "These", "Our", "For", "The", "By", "If", "When", "At", "In", "Welcome", "Dear"}:
        words.pop(0)
    return " ".join(words).rstrip(".,;:")


@lru_cache(maxsize=64)
def _definitions(text: str) -> tuple[Entity, ...]:
    found = []
    for pattern in DEFINITION_PATTERNS:
        for m in pattern.finditer(text):
            name = _clean(m.group("name"))
            if not name or len(name) > 80:
                continue
            core, generic = _core(name)
            offset = m.start("name") + m.group("name").find(name.split()[0])
            found.append(Entity(name, core, offset, offset + len(name), generic, "definition"))
    found.sort(key=lambda e: e.start)
    return tuple(found)


def definitions(doc) -> tuple[Entity, ...]:
    return _definitions(doc.text)


def title_brand(doc) -> Entity | None:
    if not doc.headings:
        return None
    heading = doc.headings[0]
    for pattern in TITLE_BRAND:
        m = pattern.search(heading.title)
        if m:
            name = _clean(m.group("name"))
            if all(w.lower() in GENERIC_TITLE_WORDS for w in name.split()):
                continue
            core, generic = _core(name)
            start = doc.text.find(name.split()[0], heading.start, heading.end)
            if start < 0:
                start = heading.start
            return Entity(name, core, start, start + len(name), generic, "title")
    return None


def organisation(doc, configured: str | None = None) -> Entity | None:
    """The organisation the document names as "we": config, then definitions, then title."""
    if configured:
        core, _ = _core(configured)
        return Entity(configured, core or configured, 0, 0, False, "config")
    defs = definitions(doc)
    named = [d for d in defs if not d.generic and d.core]
    if named:
        return named[0]
    if defs:
        return defs[0]
    return title_brand(doc)
