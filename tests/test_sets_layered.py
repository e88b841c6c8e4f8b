"""Layered notices: a notice that defers to a main policy of its set is judged together with it
by the presence rules (disclosure-missing, contact, controller, legal entity, effective date)."""
from __future__ import annotations

PRESENCE = {"disclosure-missing", "contact-email-missing", "controller-unnamed", "controller-legal-entity-missing",
            "effective-date-missing"}
MAIN = """# Acme Privacy Policy

Last updated: March 3, 2024

Acme Ltd, 1 High Street, London, is the controller of your personal data. Write to privacy@acme.example.

## What we collect and why

We collect your e-mail address to run your account (purposes), on the basis of our contract with you
(legal basis, GDPR Art. 6(1)(b)). We share it with our hosting provider (recipients). We keep it for
12 months after you close your account (retention). We do not transfer it outside the EEA.

## Your rights

You have the right to access, rectify, erase and port your data, and to object. You may complain to
a supervisory authority, such as the ICO.
"""
NOTICE = """# Acme Widgets Privacy Notice

Use of Acme Widgets is subject to the [Acme Privacy Policy](../privacy.md).

Widgets stores the layout of your dashboard on your device only.
"""


def presence(found, path):
    return sorted(f.rule for f in found if f.path == path and f.rule in PRESENCE)


def test_notice_alone_keeps_its_findings(lint_set):
    found = lint_set({"widgets/notice.md": NOTICE})
    assert presence(found, "widgets/notice.md")


def test_notice_with_its_main_policy_has_none(lint_set):
    found = lint_set({"widgets/notice.md": NOTICE, "privacy.md": MAIN})
    assert presence(found, "widgets/notice.md") == []
    assert presence(found, "privacy.md") == []


def test_found_by_title_without_a_link(lint_set):
    notice = NOTICE.replace("[Acme Privacy Policy](../privacy.md)", "Acme Privacy Policy")
    found = lint_set({"widgets/notice.md": notice, "privacy.md": MAIN})
    assert presence(found, "widgets/notice.md") == []


def test_what_the_main_policy_lacks_stays(lint_set):
    main = MAIN.replace(" Write to privacy@acme.example.", "")
    found = lint_set({"widgets/notice.md": NOTICE, "privacy.md": main})
    assert "contact-email-missing" in presence(found, "privacy.md")
    assert presence(found, "widgets/notice.md") == ["contact-email-missing"]


def test_a_policy_of_another_company_is_not_the_main_one(lint_set):
    notice = NOTICE.replace("Acme Privacy Policy", "Google Privacy Policy").replace("../privacy.md", "https://x.example")
    found = lint_set({"widgets/notice.md": notice, "privacy.md": MAIN})
    assert presence(found, "widgets/notice.md")
