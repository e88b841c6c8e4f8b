"""The built-in kinds by name (what a rule file's ``kind:`` refers to)."""
from __future__ import annotations

from .contact import ContactEmail
from .controller import ControllerUnnamed, LegalEntityMissing
from .entity import EntityConsistency
from .phrase import Phrase

KINDS = {
    "phrase": Phrase,
    "controller-unnamed": ControllerUnnamed,
    "legal-entity": LegalEntityMissing,
    "contact-email": ContactEmail,
    "entity-consistency": EntityConsistency,
}
