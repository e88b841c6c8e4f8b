"""The built-in kinds by name (what a rule file's ``kind:`` refers to)."""
from __future__ import annotations

from .changes import ChangesNotice
from .consistency import (AddressAcrossSet, ChildrenAgeAcrossSet, ContactEmailAcrossSet, EntityAcrossSet,
                          RetentionAcrossSet)
from .children import ChildAge
from .contact import ContactEmail
from .dates import EffectiveDate
from .disclosure import Disclosures
from .controller import ControllerUnnamed, LegalEntityMissing
from .entity import EntityConsistency
from .frame import FrameKind
from .headings import DuplicateHeading
from .phrase import Phrase
from .placeholder import Placeholder
from .references import DanglingReference
from .retention import RetentionVague
from .translations import TranslationStale, TranslationStructure

KINDS = {
    "phrase": Phrase,
    "frame": FrameKind,
    "controller-unnamed": ControllerUnnamed,
    "changes-notice": ChangesNotice,
    "child-age": ChildAge,
    "legal-entity": LegalEntityMissing,
    "contact-email": ContactEmail,
    "effective-date": EffectiveDate,
    "disclosures": Disclosures,
    "entity-consistency": EntityConsistency,
    "retention": RetentionVague,
    "placeholder": Placeholder,
    "dangling-reference": DanglingReference,
    "duplicate-heading": DuplicateHeading,
    "translation-stale": TranslationStale,
    "translation-structure": TranslationStructure,
    "entity-across-set": EntityAcrossSet,
    "contact-email-across-set": ContactEmailAcrossSet,
    "children-age-across-set": ChildrenAgeAcrossSet,
    "address-across-set": AddressAcrossSet,
    "retention-across-set": RetentionAcrossSet,
}
