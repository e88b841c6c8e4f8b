"""Markdown -> Document through markdown-it-py (CommonMark + tables + front matter).

markdown-it-py gives block line ranges only; each inline token's content
lines are found again in their source lines, so every prose character keeps
its source offset.
"""
from __future__ import annotations

import re

from .document import Block, Document, Heading
from .inline import ID_ATTR, build_text, mask_block, normalize_label
from .slugs import Slugger

_PARSER = None
_BLOCK_IAL = re.compile(r"^[ \t]*\{:[ \t]*#([\w:.-]+)(?:[ \t][^{}\n]*)?\}[ \t]*$", re.M)
_HEADING_ID = re.compile(r"\{:?[ \t]*#([\w:.-]+)(?:[ \t][^{}\n]*)?\}[ \t]*$")  # {#id} and kramdown {: #id .class }


def _parser():
    global _PARSER
    if _PARSER is None:
        from markdown_it import MarkdownIt
        from mdit_py_plugins.front_matter import front_matter_plugin

        # Only block structure and each inline token's raw content are used (inline.py
        # masks markup itself), so the inline pass, a third of the parse, is skipped.
        _PARSER = MarkdownIt("commonmark").enable("table").use(front_matter_plugin).disable(["inline", "text_join"])
    return _PARSER


# kramdown's attribute lines ("{: rel="external" }", "{:toc}"), which Jekyll sites put between link
# definitions: CommonMark would read the definitions after them as a paragraph, kramdown as definitions
_KRAMDOWN_ATTRIBUTES = re.compile(r"^[ \t]*\{:[^\n{}]*\}[ \t]*$", re.MULTILINE)


# a comment with a blank line inside ("<p>Last updated <!--[[[cog\nimport subprocess\n\nresult = ...]]]-->"): the
# browser hides all of it, but a blank line ends an HTML block, and Markdown would read the rest as paragraphs
_LONG_COMMENT = re.compile(r"<!--(?:(?!-->).)*?\n[ \t]*\r?\n.*?-->", re.S)


def parse_markdown(doc: Document) -> None:
    source = doc.source
    line_starts = doc.positions.line_starts
    lines = source.split("\n")
    env: dict = {}
    masked = _KRAMDOWN_ATTRIBUTES.sub(lambda m: " " * len(m.group(0)), source)
    masked = _LONG_COMMENT.sub(lambda m: _NOT_NEWLINE.sub(" ", m.group(0)), masked)
    toml = _TOML_FRONT_MATTER.match(source)
    if toml:  # Hugo's "+++ ... +++": metadata, as "---" front matter is (its "[ author ]" is a table, not a field)
        doc.front_matter = _load_toml(toml.group(1))
        masked = _NOT_NEWLINE.sub(" ", toml.group(0)) + masked[toml.end():]
    tokens = _parser().parse(masked, env)
    references = {normalize_label(k): v.get("href", "") for k, v in env.get("references", {}).items()}
    visible: list[tuple[int, int]] = []
    spans: list[tuple[str, int, int, int]] = []  # kind, start, end, heading level
    context: list[str] = []
    heading_level = 0
    row_cursor: dict[int, int] = {}
    # a bold line heading a paragraph sits below the deepest real heading (or at level 2 in a file with none)
    real = [int(t.tag[1]) for t in tokens if t.type == "heading_open"]
    pseudo_level = min(6, max(real) + 1) if real else 2
    for token in tokens:
        kind = token.type
        if kind == "front_matter":
            doc.front_matter = _load_front_matter(token.content)
        elif kind in ("list_item_open", "th_open", "td_open", "blockquote_open"):
            context.append(kind)
        elif kind in ("list_item_close", "th_close", "td_close", "blockquote_close"):
            context.pop()
        elif kind == "heading_open":
            heading_level = int(token.tag[1])
            if token.markup == "-" and token.map and _SENTENCE_LINE.search(lines[token.map[0]]):
                heading_level = 0  # "... send us an email to a@b.org.\n---": a sentence above a rule, not a heading
        elif kind == "heading_close":
            heading_level = 0
        elif kind == "html_block" or (kind == "code_block" and _HTML_BLOCK_TAG.match(token.content.lstrip())):
            # an indented "code block" of tags is the inside of a page written in HTML ("<div>\n\t\t<p>..."
            # after a blank line): kramdown and the browser show it as HTML, not as code
            doc.anchors.update(ID_ATTR.findall(token.content))
            if token.map:  # a page written in HTML: its paragraphs, items and headings are prose too
                first, last = token.map
                end = line_starts[last] if last < len(line_starts) else len(source)
                for block_kind, pieces, level in _html_blocks(source, line_starts[first], end):
                    visible.extend(pieces)
                    spans.append((block_kind, pieces[0][0], pieces[-1][1], level))
        elif kind == "code_block" and token.map and _reads_as_prose(token.content):
            # paragraphs indented four spaces after a blank line ("##  9. Changes\n\n    We may update ..."): Markdown
            # sets them as code, but they are the notice's sentences, and its reader reads them
            for block_kind, pieces in _indented_prose(source, line_starts, *token.map):
                visible.extend(pieces)
                spans.append((block_kind, pieces[0][0], pieces[-1][1], 0))
        elif kind in ("fence", "code_block") and token.map:
            first, last = token.map
            doc.code.append((line_starts[first], line_starts[last] if last < len(line_starts) else len(source)))
        elif kind == "inline" and token.map:
            cell = bool(context) and context[-1] in ("th_open", "td_open")
            pieces = _locate(token.content, token.map[0], lines, line_starts, row_cursor if cell else None)
            if not pieces:
                continue
            visible.extend(pieces)
            if heading_level:
                block_kind = "heading"
            elif cell:
                block_kind = "cell"
            elif "list_item_open" in context:
                block_kind = "item"
            else:
                block_kind = "paragraph"
            if block_kind == "paragraph" and not context and _BOLD_LINE.match(source, pieces[0][0], pieces[0][1]):
                spans.append(("pseudo-heading", pieces[0][0], pieces[0][1], pseudo_level))
                pieces = pieces[1:]
                if not pieces:
                    continue
            spans.append((block_kind, pieces[0][0], pieces[-1][1], heading_level))

    doc.anchors.update(_BLOCK_IAL.findall(source))  # kramdown's "{: #id}" under a block (Jekyll, GitHub Pages)
    pre_text = build_text(source, visible, [])
    blanks: list[tuple[int, int]] = []
    for _, start, end, _ in spans:
        mask_block(doc, pre_text, start, end, blanks, references)
    doc.text = build_text(source, visible, blanks)
    doc.code.sort()
    _collect_blocks(doc, spans)


def _collect_blocks(doc: Document, spans) -> None:
    slugger = Slugger()
    for kind, start, end, level in spans:
        if kind == "pseudo-heading":
            doc.blocks.append(Block("heading", start, end))
            title = " ".join(doc.text[start:end].split())
            doc.headings.append(Heading(level, title, start, end, doc.line_col(start)[0], "", pseudo=True))
            continue
        doc.blocks.append(Block(kind, start, end))
        if kind == "heading":
            title = " ".join(doc.text[start:end].split())
            custom = _HEADING_ID.search(doc.source[start:end])
            raw = _HEADING_ID.sub("", doc.source[start:end])
            slug = slugger.slug(_plain_heading(raw))
            if custom:
                doc.anchors.add(custom.group(1))
                title = _HEADING_ID.sub("", title).strip()
            line = doc.line_col(start)[0]
            doc.headings.append(Heading(level, title, start, end, line, slug))
            doc.anchors.add(slug)


# no class may run past the next opening bracket: a heading of 200,000 "[" is then linear
# "_" marks emphasis only at a word's edge: "data_retention" keeps it (as GitHub's anchor does)
_MARKUP = re.compile(r"[`*~]|(?<![^\W_])_+|_+(?![^\W_])|!?\[([^\[\]]*)\]\((?:[^()]|\([^()]*\))*\)|<[^<>]+>")


# the tags that open or close a block of text in HTML (the rest are inline: a, b, em, span ...)
_HTML_BLOCK_TAG = re.compile(r"<(/?)(p|li|h[1-6]|td|th|dt|dd|div|blockquote|tr|table|tbody|thead|ul|ol|dl|section|"
                             r"article|header|footer|main|nav|aside|details|summary|br|hr|body|html|head|title|"
                             r"script|style|pre|figure|figcaption|form|label)\b[^<>]{0,2000}>", re.I)
_HTML_KINDS = {"li": "item", "dt": "item", "dd": "item", "td": "cell", "th": "cell"}
_TEXT_RUN = re.compile(r"[^\n]+")


def _html_blocks(source: str, start: int, end: int):
    """(kind, source pieces, heading level) of each run of text between the block tags of an HTML
    block: "<p>By using the app you agree ...</p>" is a paragraph, "<h2>Changes</h2>" a heading.
    Inline tags inside stay in the pieces (the masking blanks them and keeps their links); the
    text of scripts, styles and preformatted code is not prose."""
    kind, level, hidden, at = "paragraph", 0, None, start
    for m in [*_HTML_BLOCK_TAG.finditer(source, start, end), None]:
        stop = m.start() if m is not None else end
        if hidden is None:
            pieces = [(r.start() + (len(r.group(0)) - len(r.group(0).lstrip())), r.end() - (len(r.group(0)) - len(r.group(0).rstrip())))
                      for r in _TEXT_RUN.finditer(source, at, stop) if r.group(0).strip()]
            if pieces and _WORD.search(_ANY_TAG.sub("", source[pieces[0][0]:pieces[-1][1]])):
                yield kind, pieces, level
        if m is None:
            break
        at = m.end()
        closing, tag = m.group(1), m.group(2).lower()
        if tag in ("script", "style", "pre", "head", "title"):
            hidden = None if closing else tag
        elif hidden is None:
            if closing or tag in ("br", "hr"):
                kind, level = ("paragraph", 0) if tag not in ("br",) else (kind, level)
            elif tag[0] == "h" and tag[1:].isdigit():
                kind, level = "heading", int(tag[1])
            else:
                kind, level = _HTML_KINDS.get(tag, "paragraph"), 0


_PROSE_LINE = re.compile(r"[ \t]*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?(?P<body>[A-Z\"“'(*_\[][^\n]*)$")
_ITEM_MARK = re.compile(r"[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+")
_CODE_SIGNS = re.compile(r"[{};=<>|\\$#`]|=>|\(\)|^\s*(?:def|function|class|import|return|var|let|const|if|for)\b|\w\.\w+\(", re.M)


def _reads_as_prose(content: str) -> bool:
    """Is an indented code block the notice's own sentences: lines that open with a capital (or a list mark),
    end sentences with full stops, and hold none of code's signs?"""
    lines = [line for line in content.split("\n") if line.strip()]
    if not lines or _CODE_SIGNS.search(content):
        return False
    return (all(_PROSE_LINE.match(line) for line in lines) and len(content.split()) >= 4 * len(lines)
            and (". " in content or content.rstrip().endswith(".")))


def _indented_prose(source: str, line_starts, first: int, last: int):
    """The paragraphs and list items of an indented block read as prose (kind, pieces per line)."""
    kind, pieces = "paragraph", []
    for number in range(first, last):
        start = line_starts[number]
        end = line_starts[number + 1] - 1 if number + 1 < len(line_starts) else len(source)
        line = source[start:end].rstrip("\r")
        if not line.strip():
            if pieces:
                yield kind, pieces
            kind, pieces = "paragraph", []
            continue
        mark = _ITEM_MARK.match(line)
        if mark:
            if pieces:
                yield kind, pieces
            kind, pieces = "item", []
        body = mark.end() if mark else len(line) - len(line.lstrip())
        pieces.append((start + body, start + len(line)))
    if pieces:
        yield kind, pieces


_ANY_TAG = re.compile(r"<!--.*?-->|<[^<>]*>", re.S)  # what is left when they go: the words of a piece of HTML
_WORD = re.compile(r"\w")


# "**9. Changes to This Privacy Policy**" alone on a paragraph's first line: a heading set in bold (not a
# sentence in bold: no full stop, colon or comma at its end, and short)
_BOLD_LINE = re.compile(r"[ \t]*(\*\*|__)(?=[^\s*_])([^*_\n]{2,80}?)(?<=[^\s*_.:;,!])\1[ \t]*$", re.M)
# a line that reads as a sentence: long, or ending with a full stop
_SENTENCE_LINE = re.compile(r"^.{80,}$|^.*\w[.!?]\s*$")


def _plain_heading(raw: str) -> str:
    return _MARKUP.sub(lambda m: m.group(1) or "", raw)


def _locate(content: str, first_line: int, lines, line_starts, row_cursor) -> list[tuple[int, int]]:
    """Source spans of each content line of an inline token."""
    pieces = []
    for k, piece in enumerate(content.split("\n")):
        line_no = first_line + k
        if line_no >= len(lines):
            break
        piece = piece.strip()
        if not piece:
            continue
        line = lines[line_no]
        origin = row_cursor.get(line_no, 0) if row_cursor is not None else 0
        index = line.find(piece, origin)
        if index < 0:
            index = line.find(piece)
        if index < 0:
            # escapes or tabs changed the text: fall back to the line without its markers
            stripped = line.lstrip(" \t>-*+0123456789.)#|")
            index = len(line) - len(stripped)
            piece = stripped.rstrip("\r")
        if row_cursor is not None:
            row_cursor[line_no] = index + len(piece)
        start = line_starts[line_no] + index
        pieces.append((start, start + len(piece)))
    return pieces


FRONT_MATTER_LIMIT = 64 * 1024  # metadata, not a document: more is ignored (YAML loads slowly)


_TOML_FRONT_MATTER = re.compile(r"\A\+\+\+[ \t]*\n(.*?)^\+\+\+[ \t]*$", re.DOTALL | re.MULTILINE)
_NOT_NEWLINE = re.compile(r"[^\n]")


def _load_toml(content: str) -> dict:
    try:
        import tomllib
    except ImportError:  # Python 3.10: the block is still metadata, only its fields are not read
        return {}
    if len(content) > FRONT_MATTER_LIMIT:
        return {}
    try:
        return tomllib.loads(content)
    except (tomllib.TOMLDecodeError, ValueError, RecursionError):  # broken metadata is not the linter's business
        return {}


def _load_front_matter(content: str) -> dict:
    from .yamlio import load_plain

    if len(content) > FRONT_MATTER_LIMIT:
        return {}

    try:
        data = load_plain(content)
    except Exception:  # a broken front matter is not the linter's business
        return {}
    return data if isinstance(data, dict) else {}
