"""Policy sets: every grouping layout, declared sets, projects kept apart, --list-sets."""
from __future__ import annotations

import pytest

from conftest import run_cli, write_files

EN = "# Privacy Policy\n\nLast updated: March 3, 2024\n\nWe collect your e-mail address.\n"
DE = "# Datenschutzerklärung\n\nStand: 3. März 2024\n\nWir erheben Ihre E-Mail-Adresse.\n"


def sets_of(root, *args):
    result = run_cli("--list-sets", "--no-cache", *args, ".", cwd=root)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


@pytest.mark.parametrize("files,expected", [
    ({"en/privacy.md": EN, "de/privacy.md": DE},
     "privacy (2 documents): ./de/privacy.md ./en/privacy.md [privacy: de en]"),
    ({"legal/en/privacy.md": EN, "legal/de/privacy.md": DE},
     "privacy (2 documents): ./legal/de/privacy.md ./legal/en/privacy.md [privacy: de en]"),
    ({"privacy.md": EN, "privacy.de.md": DE},
     "privacy (2 documents): ./privacy.de.md ./privacy.md [privacy: de en]"),
    ({"privacy_en.md": EN, "privacy_de.md": DE},
     "privacy (2 documents): ./privacy_de.md ./privacy_en.md [privacy: de en]"),
    ({"privacy.md": "---\nlang: en\ntranslationKey: privacy\n---\n" + EN,
      "datenschutz.md": "---\nlocale: de\ntranslationKey: privacy\n---\n" + DE},
     "privacy (2 documents): ./datenschutz.md ./privacy.md [privacy: de en]"),
], ids=["locale-folder", "nested-locale-folder", "dot-suffix", "underscore-suffix", "front-matter"])
def test_locale_layouts(tmp_path, files, expected):
    write_files(tmp_path, files)
    assert sets_of(tmp_path) == [expected]


def test_links_and_titles_group_pages(tmp_path):
    write_files(tmp_path, {
        "privacy.md": "# Acme Privacy Policy\n\nAcme Ltd runs the shop. See the [terms](terms.md).\n",
        "terms.md": "# Terms\n\nYou may use the shop.\n",
        "app/notice.md": "# App Notice\n\nUse of the app is subject to the Acme Privacy Policy.\n",
        "other.md": "# Unrelated\n\nNothing here.\n",
    })
    assert sets_of(tmp_path) == ["app/notice (3 documents): ./app/notice.md ./privacy.md ./terms.md"]


def test_site_path_link_reaches_a_page_by_its_name(tmp_path):
    write_files(tmp_path, {
        "policies/acme-privacy-statement.md": "# Privacy\n\nText.\n",
        "policies/products/tool.md": "# Tool\n\nSee [it](/site-policy/acme-privacy-statement).\n",
    })
    assert len(sets_of(tmp_path)) == 1


def test_declared_sets(tmp_path):
    write_files(tmp_path, {
        ".policylint.yaml": "sets:\n  checkout:\n    - shop/*.md\n    - cookies.md\n",
        "shop/privacy.md": "# Shop privacy\n\nText.\n",
        "shop/returns.md": "# Returns\n\nText.\n",
        "cookies.md": "# Cookies\n\nText.\n",
        "blog.md": "# Blog\n\nText.\n",
    })
    assert sets_of(tmp_path) == ["checkout (3 documents): ./cookies.md ./shop/privacy.md ./shop/returns.md"]


def test_declared_sets_are_validated(tmp_path):
    write_files(tmp_path, {".policylint.yaml": "sets:\n  checkout: 3\n", "a.md": "# A\n"})
    result = run_cli("--no-cache", ".", cwd=tmp_path)
    assert result.returncode == 2
    assert 'set "checkout" must be a list of globs' in result.stderr


def test_repositories_are_not_mixed(tmp_path):
    for repo in ("one", "two"):
        (tmp_path / repo / ".git").mkdir(parents=True)
        write_files(tmp_path / repo, {"en/privacy.md": EN, "de/privacy.md": DE})
    lines = sets_of(tmp_path)
    assert len(lines) == 2 and all(line.startswith("privacy (2 documents)") for line in lines)


def test_words_that_look_like_locales_are_not(tmp_path):
    write_files(tmp_path, {
        "privacy_policy.md": EN, "privacy.md": EN, "docs/privacy.md": EN,
        "pocket_policy_eu.md": EN, "pocket_policy.md": EN, "Policies/privacy.md": EN,
    })
    assert sets_of(tmp_path) == []


def test_listing_is_deterministic(tmp_path):
    write_files(tmp_path, {f"{loc}/{page}.md": EN for loc in ("en", "de", "fr") for page in ("a", "b")})
    first = sets_of(tmp_path)
    assert first == sets_of(tmp_path, "-j", "2") == [
        "a (3 documents): ./de/a.md ./en/a.md ./fr/a.md [a: de en fr]",
        "b (3 documents): ./de/b.md ./en/b.md ./fr/b.md [b: de en fr]"]
