"""The server's use of the engine: unsaved text under the path's config, problems returned not raised."""
from __future__ import annotations

from policylint.server.session import Session, is_config_file

CONSENT = "By using the app you agree to this policy.\n"


def test_unsaved_text_is_linted_under_the_config_of_its_path(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".policylint.yaml").write_text("rules:\n  consent-by-use: info\n")
    (tmp_path / "privacy.md").write_text("nothing to see\n")
    linted = Session().lint(str(tmp_path / "privacy.md"), "# Privacy\n\n" + CONSENT)
    assert [(f.rule, f.severity) for f in linted.findings if f.code == "POL201"] == [("consent-by-use", "info")]
    assert linted.problem is None and not linted.excluded


def test_a_leading_bom_is_not_counted_by_the_engine(tmp_path):
    linted = Session().lint(str(tmp_path / "p.md"), "\ufeff" + CONSENT)
    [finding] = [f for f in linted.findings if f.code == "POL201"]
    assert linted.bom == 1 and finding.start == 0


def test_excluded_documents_report_nothing(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".policylint.yaml").write_text("exclude: [drafts/]\n")
    (tmp_path / "drafts").mkdir()
    linted = Session().lint(str(tmp_path / "drafts" / "p.md"), CONSENT)
    assert linted.excluded and linted.findings == []


def test_a_broken_config_is_returned_not_raised(tmp_path):
    (tmp_path / ".git").mkdir()
    config = tmp_path / ".policylint.yaml"
    config.write_text("rules:\n  consent-by-us: off\n")
    linted = Session().lint(str(tmp_path / "p.md"), CONSENT)
    assert linted.result is None and linted.findings == []
    assert (linted.problem.path, linted.problem.line) == (str(config), 2)
    assert 'unknown rule "consent-by-us" (did you mean "consent-by-use"?)' in linted.problem.message


def test_configs_are_read_once_until_a_reset(tmp_path):
    (tmp_path / ".git").mkdir()
    config = tmp_path / ".policylint.yaml"
    config.write_text("rules:\n  consent-by-use: off\n")
    session = Session()

    def consent():
        return [f.severity for f in session.lint(str(tmp_path / "p.md"), CONSENT).findings if f.code == "POL201"]

    assert consent() == []
    config.write_text("rules:\n  consent-by-use: warning\n")
    assert consent() == []  # no file read per keystroke...
    session.reset()  # ...until the server hears that a config changed
    assert consent() == ["warning"]


def test_fix_all_repeats_rounds_and_leaves_the_file_alone(tmp_path):
    (tmp_path / ".git").mkdir()
    path = tmp_path / "p.md"
    path.write_text("on disk\n")
    text = 'Acme Expert ("we") makes apps.\n\nAcme Experts and acme expert agree.\n'
    session = Session()
    outcome = session.fix_all(session.lint(str(path), text))
    first, second = text.index("Acme Experts"), text.index("acme expert")
    assert outcome.edits == [(first, first + len("Acme Experts"), "Acme Expert"),
                             (second, second + len("acme expert"), "Acme Expert")]  # only the names change
    assert outcome.text == 'Acme Expert ("we") makes apps.\n\nAcme Expert and Acme Expert agree.\n'
    assert path.read_text() == "on disk\n"


def test_config_files():
    assert is_config_file("/a/.policylint.yaml") and is_config_file("pyproject.toml")
    assert not is_config_file("/a/privacy.md")
