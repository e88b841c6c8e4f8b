"""End to end: a real LSP client (pygls's) drives `python -m policylint server` over stdio.

Each test starts the server in a throwaway repository, opens documents whose
unsaved text differs from the file on disk, and checks what an editor would
show: diagnostics at exact UTF-16 ranges, code actions whose edits clear
them, hover text, config changes and broken plugins.
"""
from __future__ import annotations

import asyncio
import os
import sys
import textwrap

import pytest

pytest.importorskip("pygls")
from lsprotocol import types as t  # noqa: E402
from pygls.lsp.client import LanguageClient  # noqa: E402
from pygls.uris import from_fs_path  # noqa: E402

from conftest import FIXTURES, write_plugin  # noqa: E402

pytestmark = pytest.mark.timeout(120)
WAIT = 30  # seconds: a guard against a hang, not a performance check

CONSENT = "By using the app you agree to this policy."
POLICY = textwrap.dedent("""\
    # Privacy policy

    Acme Ltd ("we") runs the app. Write to privacy@acme.example.

    😀 日本語の説明。 {consent} We keep logs for 30 days.
    """)


class Editor:
    """What an editor does: open, edit and save buffers, ask for actions and hovers, apply edits."""

    def __init__(self, root):
        self.root = root
        self.client = LanguageClient("policylint-tests", "1")
        self.published: list[t.PublishDiagnosticsParams] = []
        self.logs: list[str] = []
        self.shown: list[str] = []
        self.registrations: list[t.Registration] = []
        self.texts: dict[str, str] = {}
        self.read: dict[str, int] = {}  # uri -> how far into ``published`` the test has looked
        self.versions: dict[str, int] = {}
        self._arrived = asyncio.Event()
        client = self.client

        @client.feature(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def diagnostics(params):
            self.published.append(params)
            self._arrived.set()

        @client.feature(t.WINDOW_LOG_MESSAGE)
        def log(params):
            self.logs.append(params.message)
            self._arrived.set()

        @client.feature(t.WINDOW_SHOW_MESSAGE)
        def show(params):
            self.shown.append(params.message)

        @client.feature(t.CLIENT_REGISTER_CAPABILITY)
        def register(params):
            self.registrations.extend(params.registrations)

    async def start(self, encodings=None, env=None):
        await self.client.start_io(sys.executable, "-m", "policylint", "server", cwd=str(self.root),
                                   env={**os.environ, **(env or {})})
        capabilities = t.ClientCapabilities(
            general=t.GeneralClientCapabilities(position_encodings=encodings) if encodings else None,
            workspace=t.WorkspaceClientCapabilities(
                workspace_edit=t.WorkspaceEditClientCapabilities(document_changes=True),
                did_change_watched_files=t.DidChangeWatchedFilesClientCapabilities(dynamic_registration=True)),
            text_document=t.TextDocumentClientCapabilities(
                hover=t.HoverClientCapabilities(content_format=[t.MarkupKind.Markdown])),
        )
        result = await asyncio.wait_for(self.client.initialize_async(t.InitializeParams(
            capabilities=capabilities, root_uri=from_fs_path(str(self.root)), process_id=os.getpid())), WAIT)
        self.client.initialized(t.InitializedParams())
        return result

    async def stop(self):
        await asyncio.wait_for(self.client.shutdown_async(None), WAIT)
        self.client.exit(None)
        await asyncio.wait_for(self.client._server.wait(), WAIT)
        code = self.client._server.returncode
        await self.client.stop()
        return code

    def uri(self, name):
        return from_fs_path(str(self.root / name))

    def open(self, name, text, language="markdown"):
        uri = self.uri(name)
        self.texts[uri], self.versions[uri] = text, 1
        self.client.text_document_did_open(t.DidOpenTextDocumentParams(
            text_document=t.TextDocumentItem(uri=uri, language_id=language, version=1, text=text)))
        return uri

    def change(self, uri, edits):
        """Apply ``edits`` (TextEdits) to the buffer and send them as incremental changes."""
        for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
            self.texts[uri] = apply_edit(self.texts[uri], edit)
            self.versions[uri] += 1
            self.client.text_document_did_change(t.DidChangeTextDocumentParams(
                text_document=t.VersionedTextDocumentIdentifier(uri=uri, version=self.versions[uri]),
                content_changes=[t.TextDocumentContentChangePartial(range=edit.range, text=edit.new_text)]))
        return self.versions[uri]

    def replace_all(self, uri, text):
        self.texts[uri] = text
        self.versions[uri] += 1
        self.client.text_document_did_change(t.DidChangeTextDocumentParams(
            text_document=t.VersionedTextDocumentIdentifier(uri=uri, version=self.versions[uri]),
            content_changes=[t.TextDocumentContentChangeWholeDocument(text=text)]))
        return self.versions[uri]

    def apply(self, action: t.CodeAction):
        """Apply a code action's workspace edit the way an editor does; returns the new versions."""
        assert action.edit is not None
        versions = []
        for change in action.edit.document_changes or []:
            uri = change.text_document.uri
            assert change.text_document.version == self.versions[uri]
            versions.append(self.change(uri, change.edits))
        for uri, edits in (action.edit.changes or {}).items():
            versions.append(self.change(uri, edits))
        return versions

    async def diagnostics(self, uri, version=None) -> list[t.Diagnostic]:
        """The next diagnostics published for ``uri`` that this test has not looked at yet (the
        first at ``version`` or later, when given); waits for them if they have not arrived."""

        async def wait():
            while True:
                for index in range(self.read.get(uri, 0), len(self.published)):
                    params = self.published[index]
                    if params.uri == uri and (version is None or (params.version or 0) >= version):
                        self.read[uri] = index + 1
                        return list(params.diagnostics)
                self._arrived.clear()
                await self._arrived.wait()

        return await asyncio.wait_for(wait(), WAIT)

    async def actions(self, uri, line, character, only=None):
        position = t.Position(line=line, character=character)
        return await asyncio.wait_for(self.client.text_document_code_action_async(t.CodeActionParams(
            text_document=t.TextDocumentIdentifier(uri=uri), range=t.Range(start=position, end=position),
            context=t.CodeActionContext(diagnostics=[], only=only))), WAIT) or []

    async def hover(self, uri, line, character):
        return await asyncio.wait_for(self.client.text_document_hover_async(t.HoverParams(
            text_document=t.TextDocumentIdentifier(uri=uri), position=t.Position(line=line, character=character))), WAIT)


def offset_of(text: str, line: int, character: int, units: str = "utf-16-le") -> int:
    """An LSP position as a code-point offset, worked out independently of the server."""
    lines = text.split("\n")
    start = sum(len(x) + 1 for x in lines[:line])
    width = 2 if units == "utf-16-le" else 1
    return start + len(lines[line].encode(units)[:character * width].decode(units))


def position_of(text: str, offset: int, units: str = "utf-16-le") -> tuple[int, int]:
    line = text.count("\n", 0, offset)
    start = text.rfind("\n", 0, offset) + 1
    width = 2 if units == "utf-16-le" else 1
    return line, len(text[start:offset].encode(units)) // width


def apply_edit(text: str, edit: t.TextEdit) -> str:
    start = offset_of(text, edit.range.start.line, edit.range.start.character)
    end = offset_of(text, edit.range.end.line, edit.range.end.character)
    return text[:start] + edit.new_text + text[end:]


def span(diagnostic):
    r = diagnostic.range
    return (r.start.line, r.start.character), (r.end.line, r.end.character)


def expected_span(text: str, phrase: str, units: str = "utf-16-le"):
    at = text.index(phrase)
    return position_of(text, at, units), position_of(text, at + len(phrase), units)


def by_code(diagnostics, code):
    return [d for d in diagnostics if d.code == code]


def run(coroutine):
    return asyncio.run(coroutine)


@pytest.fixture
def repo(tmp_path):
    (tmp_path / ".git").mkdir()  # config discovery stops here
    return tmp_path


def test_consent_by_use_diagnostic_action_hover_shutdown(repo):
    """The whole loop an editor runs: diagnostic at the exact range, the suppression action
    clears it, hover explains it, and the file on disk is never written."""
    on_disk = POLICY.format(consent="We ask before we use analytics cookies.")
    (repo / "privacy.md").write_text(on_disk, encoding="utf-8")
    text = POLICY.format(consent=CONSENT)  # unsaved: only the editor has this sentence

    async def scenario():
        editor = Editor(repo)
        init = await editor.start()
        assert init.capabilities.position_encoding in (None, t.PositionEncodingKind.Utf16)
        assert init.server_info.name == "policylint"
        uri = editor.open("privacy.md", text)
        diagnostics = await editor.diagnostics(uri, 1)
        [consent] = by_code(diagnostics, "POL201")
        assert span(consent) == expected_span(text, "By using the app you agree")
        assert consent.severity == t.DiagnosticSeverity.Error and consent.source == "policylint"
        assert consent.code_description.href.startswith("file://")
        assert consent.code_description.href.endswith("/consent-by-use.yaml")
        assert "consent inferred from mere use" in consent.message

        line, character = consent.range.start.line, consent.range.start.character + 3
        hover = await editor.hover(uri, line, character)
        assert hover.contents.kind == t.MarkupKind.Markdown
        assert "**POL201 consent-by-use**" in hover.contents.value
        assert "Why:" in hover.contents.value and "GDPR" in hover.contents.value
        assert "**Flagged:**" in hover.contents.value and "**Not flagged:**" in hover.contents.value
        assert hover.range == consent.range
        assert await editor.hover(uri, 1, 0) is None  # a blank line has no finding

        actions = await editor.actions(uri, line, character)
        [disable] = [a for a in actions if a.title == "Disable consent-by-use for this line"]
        assert disable.kind == t.CodeActionKind.QuickFix and disable.diagnostics[0].code == "POL201"
        [version] = editor.apply(disable)
        assert "<!-- policylint-disable-next-line consent-by-use -->\n😀" in editor.texts[uri]
        after = await editor.diagnostics(uri, version)
        assert by_code(after, "POL201") == []
        assert sorted(d.code for d in after) == sorted(d.code for d in diagnostics if d.code != "POL201")
        assert await editor.stop() == 0

    run(scenario())
    assert (repo / "privacy.md").read_text(encoding="utf-8") == on_disk


def test_positions_in_utf8_when_the_client_asks_for_it(repo):
    text = POLICY.format(consent=CONSENT)

    async def scenario():
        editor = Editor(repo)
        init = await editor.start(encodings=[t.PositionEncodingKind.Utf8, t.PositionEncodingKind.Utf16])
        assert init.capabilities.position_encoding == t.PositionEncodingKind.Utf8
        uri = editor.open("privacy.md", text)
        [consent] = by_code(await editor.diagnostics(uri, 1), "POL201")
        assert span(consent) == expected_span(text, "By using the app you agree", "utf-8")
        await editor.stop()

    run(scenario())


def test_fix_one_and_fix_all_through_workspace_edits(repo):
    text = (FIXTURES / "entity-name-inconsistent" / "variants.md").read_text(encoding="utf-8")
    (repo / "privacy.md").write_text("unrelated\n", encoding="utf-8")

    async def scenario():
        editor = Editor(repo)
        await editor.start()
        uri = editor.open("privacy.md", text)
        variants = by_code(await editor.diagnostics(uri, 1), "POL104")
        fixable = [d for d in variants if d.data["fixable"]]
        assert len(variants) == 3 and len(fixable) == 2
        first = fixable[0]
        actions = await editor.actions(uri, first.range.start.line, first.range.start.character)
        [fix] = [a for a in actions if a.title.startswith("Replace")]
        assert fix.title == 'Replace "Acme Experts" with "Acme Expert" (POL104 entity-name-inconsistent)'
        assert fix.is_preferred
        [version] = editor.apply(fix)
        left = by_code(await editor.diagnostics(uri, version), "POL104")
        assert len(left) == 2 and span(first) not in [span(d) for d in left]

        [fix_all] = await editor.actions(uri, 0, 0, only=[t.CodeActionKind.SourceFixAll])
        assert fix_all.kind == "source.fixAll.policylint"
        [version] = editor.apply(fix_all)
        assert [d.data["fixable"] for d in by_code(await editor.diagnostics(uri, version), "POL104")] == [False]
        assert "acme expert team" not in editor.texts[uri] and "Acme Expert team" in editor.texts[uri]
        await editor.stop()

    run(scenario())
    assert (repo / "privacy.md").read_text(encoding="utf-8") == "unrelated\n"


def test_mid_paragraph_finding_is_suppressed_around_its_paragraph(repo):
    """A comment line inside a paragraph would split it: disable ... enable wraps the paragraph."""
    text = "# Privacy policy\n\nWe are Acme Ltd, privacy@acme.example.\nAlso, by using the app you agree to this policy.\n\nEnd.\n"

    async def scenario():
        editor = Editor(repo)
        await editor.start()
        uri = editor.open("privacy.md", text)
        [consent] = by_code(await editor.diagnostics(uri, 1), "POL201")
        assert consent.range.start.line == 3
        actions = await editor.actions(uri, 3, 10)
        [disable] = [a for a in actions if a.title.startswith("Disable consent-by-use")]
        assert disable.title == "Disable consent-by-use for this block"
        [version] = editor.apply(disable)
        assert editor.texts[uri] == (
            "# Privacy policy\n\n<!-- policylint-disable consent-by-use -->\nWe are Acme Ltd, privacy@acme.example.\n"
            "Also, by using the app you agree to this policy.\n<!-- policylint-enable consent-by-use -->\n\nEnd.\n")
        assert by_code(await editor.diagnostics(uri, version), "POL201") == []
        await editor.stop()

    run(scenario())


def test_plain_text_suppression_is_a_line_of_its_own(repo):
    text = "Privacy Policy\n\nWe are Acme Ltd. Write to privacy@acme.example.\n\n" + CONSENT + "\n"

    async def scenario():
        editor = Editor(repo)
        await editor.start()
        uri = editor.open("privacy.txt", text, language="plaintext")
        [consent] = by_code(await editor.diagnostics(uri, 1), "POL201")
        assert span(consent) == expected_span(text, "By using the app you agree")
        actions = await editor.actions(uri, consent.range.start.line, 0)
        [disable] = [a for a in actions if a.title == "Disable consent-by-use for this line"]
        [version] = editor.apply(disable)
        assert "\npolicylint-disable-next-line consent-by-use\nBy using" in editor.texts[uri]
        assert by_code(await editor.diagnostics(uri, version), "POL201") == []
        await editor.stop()

    run(scenario())


def test_edits_save_and_close(repo):
    """Typing publishes diagnostics for the newest version only; save re-lints; close clears."""
    text = "# Privacy policy\n\nWe are Acme Ltd. Write to privacy@acme.example.\n\n"

    async def scenario():
        editor = Editor(repo)
        await editor.start()
        uri = editor.open("privacy.md", text)
        assert by_code(await editor.diagnostics(uri, 1), "POL201") == []
        for char in CONSENT:  # one keystroke at a time, as fast as the client can send them
            end = t.Position(line=4, character=len(editor.texts[uri].split("\n")[4]))
            version = editor.change(uri, [t.TextEdit(range=t.Range(start=end, end=end), new_text=char)])
        [consent] = by_code(await editor.diagnostics(uri, version), "POL201")
        assert span(consent) == ((4, 0), (4, len("By using the app you agree")))
        mine = [p.version for p in editor.published if p.uri == uri]
        assert mine == sorted(mine) and mine[-1] == version
        editor.client.text_document_did_save(t.DidSaveTextDocumentParams(
            text_document=t.TextDocumentIdentifier(uri=uri)))
        assert by_code(await editor.diagnostics(uri), "POL201")  # published again on save
        editor.client.text_document_did_close(t.DidCloseTextDocumentParams(
            text_document=t.TextDocumentIdentifier(uri=uri)))
        assert await editor.diagnostics(uri) == []
        await editor.stop()

    run(scenario())


def test_config_changes_relint_and_a_broken_config_is_a_diagnostic_on_it(repo):
    config = repo / ".policylint.yaml"
    text = POLICY.format(consent=CONSENT)

    async def scenario():
        editor = Editor(repo)
        await editor.start()
        uri = editor.open("privacy.md", text)
        first = await editor.diagnostics(uri, 1)
        assert by_code(first, "POL201")
        assert [w["globPattern"] for r in editor.registrations for w in r.register_options["watchers"]] == [
            "**/.policylint.yaml", "**/.policylint.yml", "**/pyproject.toml"]

        def changed(kind=t.FileChangeType.Changed):
            editor.client.workspace_did_change_watched_files(t.DidChangeWatchedFilesParams(
                changes=[t.FileEvent(uri=from_fs_path(str(config)), type=kind)]))

        config.write_text("rules:\n  consent-by-use: off\n", encoding="utf-8")
        changed(t.FileChangeType.Created)
        off = await editor.diagnostics(uri)
        assert off and by_code(off, "POL201") == []

        config.write_text("rules:\n  consent-by-use: error\nfail-onn: error\n", encoding="utf-8")
        changed()
        [problem] = await editor.diagnostics(from_fs_path(str(config)))
        assert problem.message == 'unknown key "fail-onn" (did you mean "fail-on"?)'
        assert span(problem) == ((2, 0), (2, len("fail-onn: error")))
        assert problem.severity == t.DiagnosticSeverity.Error
        assert await editor.diagnostics(uri) == []  # nothing linted under a config that is broken
        assert any("fail-onn" in message for message in editor.shown)

        config.write_text("rules:\n  consent-by-use: warning\n", encoding="utf-8")
        changed()
        assert await editor.diagnostics(from_fs_path(str(config))) == []
        [consent] = by_code(await editor.diagnostics(uri), "POL201")
        assert consent.severity == t.DiagnosticSeverity.Warning
        assert await editor.stop() == 0

    run(scenario())


def test_an_untitled_buffer_uses_the_workspace_config_and_a_bom_is_counted(repo):
    """A buffer never saved is linted as a document at the workspace root, in its language."""
    (repo / ".policylint.yaml").write_text("rules:\n  consent-by-use: info\n", encoding="utf-8")
    text = "\ufeff" + CONSENT + " 😀\n"

    async def scenario():
        editor = Editor(repo)
        await editor.start()
        uri = "untitled:Untitled-1"
        editor.texts[uri], editor.versions[uri] = text, 1
        editor.client.text_document_did_open(t.DidOpenTextDocumentParams(
            text_document=t.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=text)))
        [consent] = by_code(await editor.diagnostics(uri, 1), "POL201")
        assert consent.severity == t.DiagnosticSeverity.Information
        assert span(consent) == ((0, 1), (0, 1 + len("By using the app you agree")))  # the BOM is one unit
        hover = await editor.hover(uri, 0, 5)
        assert "consent-by-use" in hover.contents.value
        await editor.stop()

    run(scenario())


RAISING_PLUGIN = '''
from pathlib import Path

from policylint.hookspecs import hookimpl
from policylint.kinds import Kind


class Exploding(Kind):
    params = {}

    def check(self, doc):
        raise RuntimeError("kaboom in check")


@hookimpl
def policylint_rule_kinds():
    return {"exploding": Exploding}


@hookimpl
def policylint_rule_packs():
    return [str(Path(__file__).resolve().parent / "acme_exploding_rules")]
'''
EXPLODING_RULE = textwrap.dedent("""\
    code: ACME009
    name: explodes
    severity: warning
    summary: Always raises.
    rationale: A test plugin whose rule raises, GDPR Art. 5.
    kind: exploding
    examples:
      bad: ["x"]
      good: ["y"]
    """)


def test_a_plugin_that_raises_is_logged_and_the_other_rules_report(repo):
    site = write_plugin(repo / "site", "acme_exploding", RAISING_PLUGIN,
                        {"acme_exploding_rules/explodes.yaml": EXPLODING_RULE})
    text = POLICY.format(consent=CONSENT)

    async def scenario():
        editor = Editor(repo)
        await editor.start(env={"PYTHONPATH": str(site)})
        uri = editor.open("privacy.md", text)
        assert by_code(await editor.diagnostics(uri, 1), "POL201")
        assert ['policylint: privacy.md: internal error: rule "explodes" (plugin "acme_exploding") raised '
                "RuntimeError('kaboom in check')"] == [m.replace(str(repo) + os.sep, "") for m in editor.logs]
        version = editor.replace_all(uri, text + "\nMore text.\n")
        assert by_code(await editor.diagnostics(uri, version), "POL201")
        assert len(editor.logs) == 1  # said once, not on every keystroke
        assert await editor.stop() == 0

    run(scenario())


def test_notifications_leave_nothing_behind_in_the_protocol():
    """pygls 2.1 keeps a future per notification; the server's protocol drops them (memory stays flat)."""
    import io
    import json

    from policylint.server.protocol import create_server

    server = create_server()
    protocol = server.protocol
    protocol.set_writer(io.BytesIO())

    def send(method, params, msg_id=None):
        message = {"jsonrpc": "2.0", "method": method, "params": params}
        if msg_id is not None:
            message["id"] = msg_id
        protocol.handle_message(json.loads(json.dumps(message), object_hook=protocol.structure_message))

    async def scenario():
        send("initialize", {"processId": None, "rootUri": None, "capabilities": {}}, msg_id=1)
        send("initialized", {})
        uri = "untitled:policy"
        send("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1,
                                                       "text": "# Privacy\n\n" + CONSENT + "\n"}})
        for version in range(2, 60):
            send("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                            "contentChanges": [{"text": f"# Privacy {version}\n\n{CONSENT}\n"}]})
        await server.coalescer.idle()
        assert len(protocol._request_futures) <= 2  # the last ones finished after their message: dropped next time

    asyncio.run(scenario())
    server.executor.shutdown()


def test_hover_is_the_explain_text_for_a_client_without_markdown(tmp_path):
    from policylint.explain import explain
    from policylint.server.protocol import create_server
    from policylint.server.ranges import LineIndex

    server = create_server()
    text = "# Privacy\n\n" + CONSENT + "\n"
    linted = server.session.lint(str(tmp_path / "p.md"), text)
    hover = server.hover(linted, LineIndex(text), t.Position(line=2, character=4), markdown=False)
    assert hover.contents.kind == t.MarkupKind.PlainText
    assert hover.contents.value == explain(server.session.registry(linted.path), "consent-by-use")
    assert span(hover) == ((2, 0), (2, len("By using the app you agree")))
    server.executor.shutdown()


def test_messages_are_one_printable_line(tmp_path):
    """A finding quoting a bidi override or a newline from the document shows it escaped."""
    from policylint.findings import Finding
    from policylint.server.protocol import create_server
    from policylint.server.ranges import LineIndex

    server = create_server()
    text = "# Privacy\n\n" + CONSENT + "\n"
    linted = server.session.lint(str(tmp_path / "p.md"), text)
    finding = Finding(linted.path, 3, 1, 3, 5, "consent-by-use", "POL201", "error",
                      'quoted "By\u202e using\nthe app"', None, 11, 15)
    diagnostic = server.diagnostic(finding, linted, LineIndex(text))
    assert diagnostic.message == 'quoted "By\\u202e using\\nthe app"'
    server.executor.shutdown()
