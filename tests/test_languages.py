"""A language policylint does not understand is an error, never a silent mismatch.

With ``lang: english`` no rule written for "en" ran, and the run passed.
Languages are ISO 639-1 codes with an optional script and region (pt-BR).
"""
from __future__ import annotations

import pytest

from policylint.languages import NAMES, language_problem

CONSENT = "# Privacy\n\nBy using the app you agree to this policy.\n"
HINT = 'use an ISO 639-1 code such as en or pt-BR'


@pytest.mark.parametrize("tag", ["en", "EN", "pt-BR", "pt_br", "zh-Hant", "zh-Hant-TW", "es-419", "de-CH"])
def test_language_tags(tag):
    assert language_problem(tag) is None


@pytest.mark.parametrize("value,suggestion", [
    ("english", "en"), ("English", "en"), ("Deutsch", "de"), ("french", "fr"), ("eng", "en"), ("ger", "de"),
    ("jp", "ja"), ("en-usa", "en"), ("engl", "en"), ("5", None), (5, None), (["en"], None), ("xx", None),
])
def test_unknown_languages_with_did_you_mean(value, suggestion):
    problem = language_problem(value)
    assert problem.startswith("unknown language") and HINT in problem
    assert problem.endswith(f'(did you mean "{suggestion}"?)' if suggestion else HINT)


def test_every_code_is_two_letters():
    assert len(NAMES) == 183 and all(len(code) == 2 and code.islower() for code in NAMES)


def test_unknown_lang_option_is_a_usage_error(cli, tmp_path):
    (tmp_path / "privacy.md").write_text(CONSENT)
    result = cli("--lang", "english", "privacy.md", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.splitlines() == [f'policylint: --lang: unknown language "english": {HINT} (did you mean "en"?)']


def test_lang_option_with_a_region(cli, tmp_path):
    (tmp_path / "privacy.md").write_text(CONSENT)
    result = cli("--lang", "en-GB", "--select", "consent-by-use", "privacy.md", cwd=tmp_path)
    assert result.returncode == 1 and "POL201" in result.stdout


@pytest.mark.parametrize("value,shown,hint", [
    ("english", "english", ' (did you mean "en"?)'), ("5", "5", ""), ("[en]", "['en']", ""),
])
def test_unknown_lang_in_config(cli, tmp_path, value, shown, hint):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".policylint.yaml").write_text(f"fail-on: error\nlang: {value}\n")
    (tmp_path / "privacy.md").write_text(CONSENT)
    result = cli("privacy.md", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f'{tmp_path / ".policylint.yaml"}:2:1: "lang": unknown language "{shown}": {HINT}{hint}']


def test_unknown_lang_in_toml_config(cli, tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text('[tool.policylint]\nlang = "English"\n')
    (tmp_path / "privacy.md").write_text(CONSENT)
    result = cli("privacy.md", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f'{tmp_path / "pyproject.toml"}:2:1: "lang": unknown language "English": {HINT} (did you mean "en"?)']


@pytest.mark.parametrize("key,value,shown", [("lang", "english", '"english"'), ("language", "5", '"5"')])
def test_unknown_lang_in_front_matter_is_an_error_and_the_rules_still_run(cli, tmp_path, key, value, shown):
    (tmp_path / "privacy.md").write_text(f"---\ntitle: Privacy\n{key}: {value}\n---\n{CONSENT}")
    result = cli("--select", "consent-by-use", "privacy.md", cwd=tmp_path)
    assert result.returncode == 2
    assert "POL201" in result.stdout  # the language is guessed from the text instead
    assert result.stderr.splitlines()[0].startswith(f'privacy.md:3:1: front matter "{key}": unknown language {shown}')


@pytest.mark.parametrize("sentence", ["I may rewrite this page whenever I like, and I won't announce it when I do.",
                                      "If you write to me, I keep what you send until I do not need it."])
def test_a_short_first_person_english_text_is_english(sentence):
    from policylint.lang import detect

    assert detect(sentence) == "en"


@pytest.mark.parametrize("sentence", ["Administratorem danych jest sklep i nie przekazujemy danych do innych firm.",
                                      "Dane są przechowywane przez okres do 5 lat i usuwane po tym czasie."])
def test_polish_stays_polish(sentence):
    from policylint.lang import detect

    assert detect(sentence) == "pl"


RUSSIAN = ("## Русский\n\nИспользуя приложение, вы соглашаетесь с этой политикой. Мы можем обновлять эту политику "
           "время от времени. Изменения будут опубликованы в репозитории приложения. Все данные хранятся только на "
           "вашем устройстве, и мы не передаём их третьим лицам. Мы не собираем никаких персональных данных.\n")
GERMAN = ("## Deutsch\n\nWenn Sie die App nutzen, stimmen Sie dieser Erklärung zu. Wir können diese Erklärung von Zeit "
          "zu Zeit ändern, und die Änderungen werden auf dieser Seite veröffentlicht. Die Daten werden nicht an Dritte "
          "weitergegeben und bleiben auf Ihrem Gerät.\n")
ENGLISH = ("## English\n\nBy using the app you agree to this policy. We may update this policy from time to time. "
           "Changes will be posted in the app repository.\n")


@pytest.mark.parametrize("other", [RUSSIAN, GERMAN], ids=["ru", "de"])
@pytest.mark.parametrize("english_first", [True, False])
def test_the_english_half_of_a_bilingual_policy_is_read_as_english(other, english_first):
    from policylint import lint_text

    parts = [ENGLISH, other * 3] if english_first else [other * 3, ENGLISH]
    text = "# Privacy Policy\n\n" + "\n".join(parts)
    english_line = text[:text.index("By using")].count("\n") + 1
    findings = lint_text(text, "privacy.md")
    assert sorted((f["rule"], f["line"]) for f in findings if f["rule"] in ("consent-by-use", "changes-without-notice")) \
        == [("changes-without-notice", english_line), ("consent-by-use", english_line)]
    assert not any(f["rule"] in ("contact-email-missing", "disclosure-missing") for f in findings)  # a whole document's


def test_a_declared_language_holds_for_the_whole_document():
    from policylint import lint_text

    text = "# Privacy Policy\n\n" + ENGLISH + "\n" + RUSSIAN * 3
    assert not [f for f in lint_text(text, "privacy.md", lang="ru") if f["rule"] == "consent-by-use"]


@pytest.mark.parametrize("text", ["Wir nutzen die App und die Daten.", "By using it.", "Мы используем the app."])
def test_a_short_or_mixed_part_is_in_no_language(text):
    from policylint.lang import _plainly

    assert not _plainly(text, "en")
