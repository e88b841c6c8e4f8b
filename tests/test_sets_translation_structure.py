"""translation-structure (POL502): a copy's outline no longer follows the source's."""
from __future__ import annotations

SOURCE = ("# Privacy\n\n## Data we collect\n\nWe collect your e-mail address when you sign up for an account.\n\n"
          "## Your rights\n\nYou may ask for a copy of your data, have it corrected or erased, and object to "
          "its use under Articles 15 to 21 of the GDPR.\n\n## Contact\n\nWrite to privacy@example.com.\n")


def structure(found):
    return [f for f in found if f.rule == "translation-structure"]


def test_missing_section_is_named(lint_set):
    found = structure(lint_set({
        "en/privacy.md": SOURCE,
        "de/privacy.md": "# Datenschutz\n\n## Erhobene Daten\n\nWir erheben Ihre E-Mail-Adresse, wenn Sie ein "
                         "Konto anlegen.\n\n## Kontakt\n\nSchreiben Sie an privacy@example.com.\n",
    }, select=["translation-structure"]))
    assert len(found) == 1
    assert '"Your rights"' in found[0].message and "2 headings" not in found[0].message
    assert "3 headings where its en source en/privacy.md has 4" in found[0].message
    assert found[0].line == 3 and found[0].related == (("en/privacy.md", 7, 4),)


def test_extra_section_is_reported_at_it(lint_set):
    found = structure(lint_set({
        "privacy.md": SOURCE,
        "privacy.fr.md": "# Confidentialité\n\n## Données\n\nNous collectons votre adresse e-mail lors de la "
                         "création d'un compte.\n\n## Droits\n\nVous pouvez demander une copie de vos données, les "
                         "faire corriger ou effacer, et vous opposer à leur usage selon les articles 15 à 21 du "
                         "RGPD.\n\n## Cookies\n\nNous utilisons un seul cookie de session.\n\n"
                         "## Contact\n\nÉcrivez à privacy@example.com.\n",
    }, select=["translation-structure"]))
    assert len(found) == 1 and found[0].path == "privacy.fr.md" and found[0].line == 11, found
    assert '"Cookies"' in found[0].message


def test_same_outline_is_quiet(lint_set):
    assert not structure(lint_set({
        "privacy_en.md": SOURCE,
        "privacy_es.md": "# Privacidad\n\n## Datos\n\nRecopilamos su correo.\n\n## Derechos\n\nPuede pedir una "
                         "copia.\n\n## Contacto\n\nEscriba a privacy@example.com.\n",
    }, select=["translation-structure"]))


def test_level_change_is_reported(lint_set):
    found = structure(lint_set({
        "en/privacy.md": SOURCE,
        "nl/privacy.md": "# Privacy\n\n## Gegevens\n\nWe verzamelen uw e-mailadres wanneer u een account "
                         "aanmaakt.\n\n### Rechten\n\nU kunt om een kopie van uw gegevens vragen, ze laten "
                         "verbeteren of wissen, en bezwaar maken tegen het gebruik onder de artikelen 15 tot 21 "
                         "van de AVG.\n\n## Contact\n\nSchrijf naar privacy@example.com.\n",
    }, select=["translation-structure"]))
    assert len(found) == 1 and found[0].line == 7 and "level 3" in found[0].message
