"""The Language Server Protocol side: pygls features that turn Session results into LSP messages.

Diagnostics on open, change and save (from the editor's text, not the
file), code actions (a rule's fix, fix all, a suppression comment), hover
(the rule's explanation), and config files watched so a change re-lints
every open document. Edits go back to the editor as workspace edits; the
server writes no file.
"""
from __future__ import annotations

import asyncio
import os
from concurrent.futures import ThreadPoolExecutor

from lsprotocol import types as t
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.uris import from_fs_path, to_fs_path

from .. import __version__
from ..escape import one_line, printable
from .edits import fix_edit, fix_title, suppression_edit
from .ranges import LineIndex
from .schedule import Coalescer
from .session import CONFIG_FILES, Linted, Session, is_config_file

SEVERITY = {"error": t.DiagnosticSeverity.Error, "warning": t.DiagnosticSeverity.Warning,
            "info": t.DiagnosticSeverity.Information}
FIX_ALL = f"{t.CodeActionKind.SourceFixAll.value}.policylint"
SOURCE = "policylint"


class Protocol(LanguageServerProtocol):
    """pygls's protocol, minus a leak: pygls 2.1 files the future of every notification it
    handles under a fresh id and never removes it (about 1 KB per keystroke). Requests remove
    their own when answered, so a finished future still filed is dropped after each message."""

    def handle_message(self, message):
        super().handle_message(message)
        futures = getattr(self, "_request_futures", None)
        if futures:
            for key in [key for key, future in futures.items() if future.done()]:
                del futures[key]


class PolicylintServer(LanguageServer):
    def __init__(self):
        super().__init__("policylint", __version__, text_document_sync_kind=t.TextDocumentSyncKind.Incremental,
                         protocol_cls=Protocol)
        self.session = Session()
        self.linted: dict[str, tuple[int | None, Linted, LineIndex]] = {}  # uri -> (version, lint, index)
        self.config_problems: set[str] = set()  # config file URIs showing a diagnostic
        self.shown: set[str] = set()  # config problems already shown in a message
        # one worker: the engine's caches see one lint at a time, the event loop keeps reading edits
        self.executor = ThreadPoolExecutor(1, thread_name_prefix="policylint-lint")
        self.coalescer = Coalescer(self.lint_and_publish)

    # -- documents ----------------------------------------------------------
    def document_path(self, doc) -> str:
        """The path whose config and format apply; an unsaved buffer is named after its language."""
        path = to_fs_path(doc.uri)
        if path:
            return path
        suffix = ".md" if (doc.language_id or "").startswith("markdown") else ".txt"
        return os.path.join(self.workspace.root_path or os.getcwd(), "untitled" + suffix)

    def lintable(self, uri: str) -> bool:
        path = to_fs_path(uri)
        return not (path and is_config_file(path))

    async def lint(self, uri: str):
        """(version, Linted) of the document's current text, linted on the worker thread."""
        doc = self.workspace.get_text_document(uri)
        version, text, path = doc.version, doc.source, self.document_path(doc)
        loop = asyncio.get_running_loop()
        linted = await loop.run_in_executor(self.executor, self.session.lint, path, text)
        return version, linted

    async def lint_and_publish(self, uri: str) -> None:
        if uri not in self.workspace.text_documents:
            return
        version, linted = await self.lint(uri)
        if self.coalescer.pending(uri) or uri not in self.workspace.text_documents:
            return  # the text changed meanwhile: the next lint publishes
        self.publish(uri, version, linted)

    def publish(self, uri: str, version, linted: Linted) -> None:
        index = LineIndex(linted.text, self.workspace.position_encoding or "utf-16")
        self.linted[uri] = (version, linted, index)
        for message in linted.errors:  # a plugin that raised: the other rules reported anyway
            self.log(message)
        if linted.problem is not None:
            self.show_problem(linted.problem)
        diagnostics = [self.diagnostic(f, linted, index) for f in linted.findings]
        self.text_document_publish_diagnostics(
            t.PublishDiagnosticsParams(uri=uri, version=version, diagnostics=diagnostics))

    def log(self, message: str) -> None:
        self.window_log_message(t.LogMessageParams(type=t.MessageType.Error, message=f"policylint: {one_line(message)}"))

    def diagnostic(self, finding, linted: Linted, index: LineIndex) -> t.Diagnostic:
        start, end = index.range(finding.start + linted.bom, finding.end + linted.bom)
        url = self.session.rule_url(linted.path, finding.rule)
        return t.Diagnostic(
            range=_range(start, end), message=printable(finding.message), severity=SEVERITY.get(finding.severity),
            code=finding.code, code_description=t.CodeDescription(href=url) if url else None, source=SOURCE,
            data={"rule": finding.rule, "fixable": finding.fix is not None},
        )

    async def current(self, uri: str):
        """(version, Linted, LineIndex) for the document's text now (lints it if the last lint is stale)."""
        doc = self.workspace.get_text_document(uri)
        known = self.linted.get(uri)
        if known and known[0] == doc.version and known[1].text == doc.source:
            return known
        version, linted = await self.lint(uri)
        return version, linted, LineIndex(linted.text, self.workspace.position_encoding or "utf-16")

    # -- configuration --------------------------------------------------------
    def show_problem(self, problem) -> None:
        """A broken config (or rule file) as a diagnostic on that file, and once as a message."""
        if not problem.path:
            self.log(str(problem))
            return
        path = os.path.abspath(problem.path)
        uri = from_fs_path(path)
        line = (problem.line or 1) - 1
        try:
            with open(path, encoding="utf-8-sig") as handle:
                index = LineIndex(handle.read(), self.workspace.position_encoding or "utf-16")
            start = index.map.line_starts[min(line, index.map.line_count - 1)]
            begin = index.position(start + max((problem.column or 1) - 1, 0))
            end = index.position(index.map.line_span(begin[0] + 1)[1])
        except (OSError, UnicodeDecodeError):
            begin = end = (line, 0)
        diagnostic = t.Diagnostic(range=_range(begin, end), message=printable(problem.message),
                                  severity=t.DiagnosticSeverity.Error, source=SOURCE)
        self.config_problems.add(uri)
        self.text_document_publish_diagnostics(t.PublishDiagnosticsParams(uri=uri, diagnostics=[diagnostic]))
        if str(problem) not in self.shown:
            self.shown.add(str(problem))
            self.window_show_message(t.ShowMessageParams(
                type=t.MessageType.Error,
                message=f"policylint: {one_line(str(problem))} (documents under it are not linted until it is fixed)"))

    def config_changed(self) -> None:
        """Re-read every config and re-lint every open document."""
        self.session.reset()
        self.shown.clear()
        for uri in sorted(self.config_problems):  # shown again by the re-lint if still broken
            self.text_document_publish_diagnostics(t.PublishDiagnosticsParams(uri=uri, diagnostics=[]))
        self.config_problems.clear()
        for uri in list(self.workspace.text_documents):
            if self.lintable(uri):
                self.coalescer.request(uri)

    # -- code actions and hover -------------------------------------------------
    @staticmethod
    def at(linted: Linted, start: int, end: int) -> list:
        """Findings whose range meets the offsets ``start``..``end`` of the editor's text."""
        shift = linted.bom
        return [f for f in linted.findings if f.start + shift <= end and f.end + shift >= start]

    def edit(self, uri: str, version, linted: Linted, index: LineIndex, edits) -> t.WorkspaceEdit:
        text_edits = [t.TextEdit(range=_range(*index.range(a + linted.bom, b + linted.bom)), new_text=new)
                      for a, b, new in edits]
        if self.client_capabilities and _get(self.client_capabilities, "workspace", "workspace_edit", "document_changes"):
            identifier = t.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version)
            return t.WorkspaceEdit(document_changes=[t.TextDocumentEdit(text_document=identifier, edits=text_edits)])
        return t.WorkspaceEdit(changes={uri: text_edits})

    async def code_actions(self, uri: str, version, linted: Linted, index: LineIndex, params) -> list:
        only = params.context.only or []
        wanted = (lambda kind: not only or any(kind == k or kind.startswith(f"{k}.") for k in only))
        actions = []
        if linted.result is None:
            return actions
        if wanted(t.CodeActionKind.QuickFix):
            start = index.offset(params.range.start.line, params.range.start.character)
            end = index.offset(params.range.end.line, params.range.end.character)
            seen = set()
            markdown = linted.result.source.fmt == "markdown"
            for finding in self.at(linted, start, end):
                diagnostic = self.diagnostic(finding, linted, index)
                if finding.fix is not None:
                    actions.append(t.CodeAction(
                        title=fix_title(linted.result.source.text, finding), kind=t.CodeActionKind.QuickFix,
                        diagnostics=[diagnostic], is_preferred=True,
                        edit=self.edit(uri, version, linted, index, [fix_edit(finding)])))
                title, *edits = suppression_edit(linted.result.source.text, finding, markdown)
                edits = [e for e in edits if e is not None]
                if (title, tuple(edits)) not in seen:
                    seen.add((title, tuple(edits)))
                    actions.append(t.CodeAction(title=title, kind=t.CodeActionKind.QuickFix, diagnostics=[diagnostic],
                                                edit=self.edit(uri, version, linted, index, edits)))
        if wanted(FIX_ALL) and any(f.fix is not None for f in linted.findings):
            outcome = await asyncio.get_running_loop().run_in_executor(self.executor, self.session.fix_all, linted)
            if outcome.error:  # a fix that never settles: offer nothing rather than a damaging edit
                self.log(outcome.error)
            elif outcome.changed:
                actions.append(t.CodeAction(title="Fix all policylint problems in this document", kind=FIX_ALL,
                                            edit=self.edit(uri, version, linted, index, outcome.edits)))
        return actions

    def hover(self, linted: Linted, index: LineIndex, position, markdown: bool):
        offset = index.offset(position.line, position.character)
        found = self.at(linted, offset, offset)
        if not found:
            return None
        from ..explain import explain, explain_markdown

        parts = []
        for name in dict.fromkeys(f.rule for f in found):
            rule = self.session.rule(linted.path, name)
            parts.append(explain_markdown(rule) if markdown else explain(self.session.registry(linted.path), name))
        first = found[0]
        value = ("\n\n---\n\n" if markdown else "\n\n").join(parts)
        return t.Hover(contents=t.MarkupContent(kind=t.MarkupKind.Markdown if markdown else t.MarkupKind.PlainText,
                                                value=value),
                       range=_range(*index.range(first.start + linted.bom, first.end + linted.bom)))


def _range(start, end) -> t.Range:
    return t.Range(start=t.Position(line=start[0], character=start[1]),
                   end=t.Position(line=end[0], character=end[1]))


def _get(obj, *names):
    for name in names:
        obj = getattr(obj, name, None)
        if obj is None:
            return None
    return obj


def create_server() -> PolicylintServer:
    server = PolicylintServer()

    @server.feature(t.INITIALIZED)
    async def initialized(ls: PolicylintServer, params):
        if _get(ls.client_capabilities, "workspace", "did_change_watched_files", "dynamic_registration"):
            watchers = [t.FileSystemWatcher(glob_pattern=f"**/{name}") for name in CONFIG_FILES]
            await ls.client_register_capability_async(t.RegistrationParams(registrations=[t.Registration(
                id="policylint-config", method=t.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                register_options=t.DidChangeWatchedFilesRegistrationOptions(watchers=watchers))]))

    @server.feature(t.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: PolicylintServer, params: t.DidOpenTextDocumentParams):
        if ls.lintable(params.text_document.uri):
            ls.coalescer.request(params.text_document.uri)

    @server.feature(t.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: PolicylintServer, params: t.DidChangeTextDocumentParams):
        if ls.lintable(params.text_document.uri):
            ls.coalescer.request(params.text_document.uri)

    @server.feature(t.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: PolicylintServer, params: t.DidSaveTextDocumentParams):
        path = to_fs_path(params.text_document.uri)
        if path and is_config_file(path):
            ls.config_changed()
        elif ls.lintable(params.text_document.uri):
            ls.coalescer.request(params.text_document.uri)

    @server.feature(t.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: PolicylintServer, params: t.DidCloseTextDocumentParams):
        uri = params.text_document.uri
        ls.coalescer.forget(uri)
        ls.linted.pop(uri, None)
        if ls.lintable(uri):
            ls.text_document_publish_diagnostics(t.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(t.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched_files(ls: PolicylintServer, params: t.DidChangeWatchedFilesParams):
        if any(is_config_file(to_fs_path(change.uri) or "") for change in params.changes):
            ls.config_changed()

    @server.feature(t.TEXT_DOCUMENT_CODE_ACTION,
                    t.CodeActionOptions(code_action_kinds=[t.CodeActionKind.QuickFix, FIX_ALL]))
    async def code_action(ls: PolicylintServer, params: t.CodeActionParams):
        uri = params.text_document.uri
        if not ls.lintable(uri):
            return None
        version, linted, index = await ls.current(uri)
        return await ls.code_actions(uri, version, linted, index, params) or None

    @server.feature(t.TEXT_DOCUMENT_HOVER)
    async def hover(ls: PolicylintServer, params: t.HoverParams):
        uri = params.text_document.uri
        if not ls.lintable(uri):
            return None
        _, linted, index = await ls.current(uri)
        formats = _get(ls.client_capabilities, "text_document", "hover", "content_format") or [t.MarkupKind.Markdown]
        return ls.hover(linted, index, params.position, t.MarkupKind.Markdown in formats)

    @server.feature(t.SHUTDOWN)
    async def shutdown(ls: PolicylintServer, params):
        await ls.coalescer.idle()
        ls.executor.shutdown(wait=True)

    return server
