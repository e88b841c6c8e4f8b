"""Word classes for the names of organisations and products: what a name's words say it is.

The entity, controller and consistency rules all ask the same questions of a
name ("is this the name of a product, a body, a business?"). The nouns that
answer them live here, built from a few base classes, so that a word added to
one class reaches every rule that reads it.
"""
from __future__ import annotations

import re

# a kind of product: "the Acme app", "Discord Bot", "Chrome Extensions"
PRODUCT_KINDS = frozenset({"extension", "add-on", "addon", "plugin", "plug-in", "bot", "app", "apps", "application",
                           "game", "mod", "skill", "action", "integration", "client", "theme", "widget", "keyboard",
                           "browser"})
# what a tool does, as the last word of a title that only describes it: "BMI Calculator", "Habit Tracker"
TOOL_NOUNS = frozenset({"tracker", "calculator", "player", "assistant", "manager", "editor", "viewer", "reader",
                        "scanner", "timer", "converter", "generator", "launcher", "recorder", "planner", "organizer",
                        "organiser", "counter", "notes", "journal", "diary", "translator", "downloader", "uploader",
                        "finder", "locator", "monitor"})
DESCRIBED_KINDS = PRODUCT_KINDS | TOOL_NOUNS

# the people who run something, as a body: "the team", "the organisers"
GROUPS_OF_PEOPLE = frozenset({"team", "group", "committee", "board", "maintainers", "organisers", "organizers",
                              "organiser", "organizer"})
# a body or a place of business, in the singular: "the Studio", "the Clinic" (no name on its own)
BODY_NOUNS = frozenset({"agency", "studio", "club", "society", "district", "school", "practice", "clinic", "union",
                        "association", "library", "museum", "pharmacy", "centre", "center", "council", "trust",
                        "charity", "firm", "shop", "store", "cafe", "café", "project", "hotel", "gym", "broker",
                        "venue", "bank", "league", "hospital", "university", "college", "church", "parish",
                        "foundation"})
# a word that stands for the organisation without naming it ("the Portal", "the Bot")
GENERIC_ORGANISATIONS = BODY_NOUNS | GROUPS_OF_PEOPLE | {"portal", "frontend", "plugin", "bot"}
# what a name is the name of, said after it in lower case: "the Ivory & Lace bridal boutique"
KIND_WORDS = PRODUCT_KINDS | {"boutique", "salon", "business", "company", "website", "site", "service",
                              "workshop"} | (GENERIC_ORGANISATIONS - GROUPS_OF_PEOPLE)

# a trade's plural that ends a business's name: "Kowalska Translations", "Harbourside Removals"
TRADE_PLURALS = frozenset({"translations", "repairs", "tours", "cleaners", "removals", "rentals", "motors", "kitchens",
                           "interiors", "sweeps", "crafts", "holidays", "adventures", "builders", "gardens", "landscapes",
                           "photographers", "tutors", "records"})
# a plural last word a business's name may drop ("Pixel8 Lab" for "Pixel8 Labs")
BUSINESS_PLURALS = TRADE_PLURALS | {
    "labs", "studios", "games", "works", "technologies", "solutions", "systems", "apps", "tools", "experts", "partners",
    "ventures", "industries", "networks", "designs", "productions", "media", "rooms", "kennels", "stables", "barns",
    "cottages", "salons", "clinics"}
# the last word of a business's name: "Meridian Analytics" beside "Meridian Metrics" is another name
BUSINESS_HEADS = BUSINESS_PLURALS | {w.rstrip("s") for w in BUSINESS_PLURALS} | {
    "analytics", "software", "digital", "interactive", "group", "collective", "agency", "consulting", "tech",
    "technology", "studio", "lab", "management", "capital", "holdings", "associates", "advisers", "advisors",
    "advisory", "investments", "enterprises", "company", "consultancy", "consultants", "partnership", "trading",
    "properties", "estates", "lettings", "events", "foods", "farms", "builders", "construction", "services", "academy",
    "theatre", "theater", "drama", "players", "productions", "arts"}
# what an organisation's name ends with: "Kestrel Housing", "Riverside Law Centre"
ORGANISATION_NOUNS = frozenset({
    "centre", "center", "clinic", "practice", "pharmacy", "school", "district", "club", "society", "association",
    "union", "trust", "council", "housing", "homes", "studio", "studios", "shop", "store", "cafe", "café", "bikes",
    "cycles", "rentals", "lockers", "labs", "lab", "games", "software", "systems", "solutions", "technologies",
    "media", "digital", "analytics", "agency", "group", "team", "collective", "network", "app", "apps", "services"})
# what a business is, after its one-word name: "Pedala Bikes", "Emberly Labs" (not what it makes: App, Services)
TRADE_NOUNS = frozenset({
    "bikes", "cycles", "rentals", "shop", "store", "cafe", "café", "bakery", "clinic", "pharmacy", "practice",
    "homes", "housing", "labs", "lab", "studios", "games", "works", "ventures", "industries", "agency", "group",
    "collective", "consulting", "interactive", "technologies", "solutions", "productions", "partners"})
# a business's own noun, never a product's plural: "Hopscotch Hires" for "Hopscotch Hire" is the name spelt otherwise
SINGULAR_TRADES = frozenset({
    "hire", "club", "shop", "studio", "clinic", "practice", "bakery", "cafe", "café", "pharmacy", "agency", "trust",
    "society", "association", "centre", "center", "school", "surgery", "salon", "gallery", "brewery", "farm",
    "nursery", "garage", "workshop", "kennels", "cattery", "collective", "partnership"})

# what a group calls itself: "Brookings Math Circle", "Riverside Chess League"
GATHERINGS = frozenset({
    "circle", "guild", "institute", "press", "magazine", "journal", "radio", "alliance", "coalition", "initiative",
    "fund", "meetup", "conference", "festival", "orchestra", "choir", "band", "chapter", "community", "collective"})
# a trade or an industry a business is named after: "Harbourside Kitchen", "Northfield Fitness"
INDUSTRIES = frozenset({
    "software", "tech", "media", "digital", "network", "cloud", "data", "web", "online", "mobile", "health", "chat",
    "privacy", "guides", "arts", "dev", "developers", "hub", "street", "creative", "creatives", "interactive", "design",
    "consulting", "entertainment", "code", "coding", "academy", "flight", "flying", "training", "transport", "travel",
    "farm", "garden", "bakery", "kitchen", "cleaning", "estates", "lettings", "events", "catering", "fitness", "sports",
    "music", "dance", "yoga", "dental", "veterinary", "care", "nursery", "marine", "sailing", "outdoors", "energy",
    "solar", "legal", "finance", "insurance", "accounting", "consultancy", "marketing", "publishing", "print",
    "printing", "engineering", "notepad", "editor", "generator", "exporter", "service", "services", "company"})
# the shape of a noun no person is named: "Aviation", "Logistics", "Technology", "Photography", "Security"
ABSTRACT_NOUN = re.compile(r"(?i)[a-z]{3,}(?:tions?|sions?|ics|ology|ologies|graphy|ware|ity|ities)")


def business_word(word: str) -> bool:
    """A word that makes a capitalised name a business's or a body's, never a person's ("Desert Skies Aviation",
    "Riverside Chess League"): a body, a group, a product, a trade or an abstract noun."""
    low = word.lower()
    return low in _BUSINESS_WORDS or ABSTRACT_NOUN.fullmatch(low) is not None


_BUSINESS_WORDS = (BUSINESS_HEADS | GENERIC_ORGANISATIONS | PRODUCT_KINDS | {"tool", "tools"} | GATHERINGS
                   | INDUSTRIES)
