"""translation-stale (POL501): copies dated before the source, dates read in each language."""
from __future__ import annotations

import pytest

EN = "# Privacy Policy\n\nLast updated: {date}\n\n## Data\n\nWe collect your e-mail address.\n"
COPY = "# {title}\n\n{date}\n\n## {heading}\n\n{body}\n"

# (locale, the copy's date line, its date) - every one older than the source's 2024-06-01
DATES = [
    ("de", "Stand: 1. März 2023", "2023-03-01"),
    ("fr", "Dernière mise à jour : 3 mai 2024", "2024-05-03"),
    ("es", "Última actualización: 4 de mayo de 2023", "2023-05-04"),
    ("it", "Ultimo aggiornamento: 4 maggio 2023", "2023-05-04"),
    ("pt-BR", "Última atualização: 3 de abril de 2024", "2024-04-03"),
    ("nl", "Laatst bijgewerkt: 3 april 2024", "2024-04-03"),
    ("pl", "Data wejścia w życie: 4 maja 2023 r.", "2023-05-04"),
    ("cs", "Účinné od 4. května 2023", "2023-05-04"),
    ("ru", "Дата вступления в силу: 4 мая 2023 г.", "2023-05-04"),
    ("hu", "Hatályos: 2024. március 18.", "2024-03-18"),
    ("ja", "発効日 2024 年 2 月 15 日", "2024-02-15"),
    ("ko", "시행일: 2024년 4월 3일", "2024-04-03"),
    ("tr", "Son güncelleme: 3 Nisan 2024", "2024-04-03"),
    ("de", "Gültig ab 23.06.2016", "2016-06-23"),
]


def stale(found):
    return [f for f in found if f.rule == "translation-stale"]


@pytest.mark.parametrize("locale,line,iso", DATES, ids=[f"{d[0]}-{d[2]}" for d in DATES])
def test_older_copy_is_reported_with_both_dates(lint_set, locale, line, iso):
    found = stale(lint_set({
        "en/privacy.md": EN.format(date="June 1, 2024"),
        f"{locale}/privacy.md": COPY.format(title="Privacy", date=line, heading="Data", body="Text."),
    }, select=["translation-stale"]))
    assert len(found) == 1
    finding = found[0]
    assert finding.path == f"{locale}/privacy.md" and finding.line == 3
    assert f"({iso})" in finding.message and "(2024-06-01)" in finding.message
    assert finding.related == (("en/privacy.md", 3, 15),)


@pytest.mark.parametrize("line", ["Stand: 1. Juni 2024", "Stand: 2. Juni 2024", "Ohne Datum"])
def test_copy_as_new_or_undated_is_quiet(lint_set, line):
    assert not stale(lint_set({
        "en/privacy.md": EN.format(date="June 1, 2024"),
        "de/privacy.md": COPY.format(title="Datenschutz", date=line, heading="Daten", body="Text."),
    }, select=["translation-stale"]))


def test_source_is_the_configured_language(lint_set, tmp_path):
    (tmp_path / ".policylint.yaml").write_text("lang: de\n", encoding="utf-8")
    found = stale(lint_set({
        "en/privacy.md": EN.format(date="June 1, 2023"),
        "de/privacy.md": COPY.format(title="Datenschutz", date="Stand: 1. Juni 2024", heading="Daten", body="T."),
    }, select=["translation-stale"]))
    # lint_set makes its own Linter without the config's path: the config is found from the files
    assert [f.path for f in found] == ["en/privacy.md"]


def test_without_english_the_newest_copy_is_the_source(lint_set):
    found = stale(lint_set({
        "de/privacy.md": COPY.format(title="Datenschutz", date="Stand: 1. Juni 2024", heading="Daten", body="T."),
        "fr/privacy.md": COPY.format(title="Confidentialité", date="Mis à jour le 1 mai 2023", heading="Données",
                                     body="T."),
    }, select=["translation-stale"]))
    assert [f.path for f in found] == ["fr/privacy.md"]


def test_suppressed_on_the_copy(lint_set):
    copy = COPY.format(title="Datenschutz", date="Stand: 1. März 2023", heading="Daten", body="T.")
    copy = copy.replace("Stand:", "<!-- policylint-disable-next-line translation-stale -->\nStand:")
    assert not stale(lint_set({"en/privacy.md": EN.format(date="June 1, 2024"), "de/privacy.md": copy},
                              select=["translation-stale"]))


def test_front_matter_lastmod_is_the_date_not_the_publication_date(lint_set):
    def page(date, lastmod, title):
        return f"---\ntitle: {title}\ndate: {date}\nlastmod: {lastmod}\n---\n\n## Data\n\nText.\n"

    found = stale(lint_set({
        "content/en/privacy.md": page("2018-01-01", "2026-07-06", "Privacy"),
        "content/es/privacy.md": page("2019-09-19", "2019-12-05", "Privacidad"),
    }, select=["translation-stale"]))
    assert len(found) == 1 and found[0].line == 4
    assert '"2019-12-05"' in found[0].message and "(2026-07-06)" in found[0].message
