"""Inline masking shared by both parsers: find code, links, URLs, e-mails, HTML.

Works on a text where everything outside prose is already blank, returns the
spans to blank and records links and e-mail addresses on the document.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .document import Document, Email, Link, RefUse
from .normalize import typography

# a code span opens only at the start of a backtick run (else a long run is quadratic)
CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.S)
# a code span that holds only a name in capitalised words ("SecretBiology", "Orbit Notes"): prose, not code
NAME_IN_CODE = re.compile(r" ?[A-Z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*){0,3} ?")
HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^<>\s]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>")
IMAGE = re.compile(r"!\[[^\[\]\n]*\]\([^()\n]*\)")
# (?=(?P<x>\s*))(?P=x) takes whitespace atomically: three optional runs side by side were cubic
INLINE_LINK = re.compile(
    r"\[(?P<text>(?:[^\[\]]|\[[^\[\]]*\]){0,500})\]"
    r"\((?=(?P<ws1>\s*))(?P=ws1)(?P<dest><[^<>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?=(?P<ws2>\s*))(?P=ws2)"
    r"(?:(?<=\s)(?:\"[^\"]*\"|'[^']*'|\([^()]*\))\s*)?\)"
)
REF_LINK = re.compile(r"\[([^\[\]]{1,500})\]\[([^\[\]]{0,500})\]")
SHORTCUT = re.compile(r"(?<![\]\\!])\[([^\[\]\n]{1,200})\](?![\[(:])")
HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]{0,2000})?/?>")
# <insert date>, <your company name>, <Developer Name>: template fields that look like HTML tags stay visible
PLACEHOLDER_TAG = re.compile(r"</?(?:insert|enter|your|add|fill|company|app|organi[sz]ation|business|website)\b(?!-)|"
                             r"<[A-Za-z]+(?:[ _-][A-Za-z]+){0,2}[ _-](?:name|e-?mail|address|date|url|phone|website|link|id|handle|"
                             r"server|channel|number|domain)\s*>|<(?:org|user|username|repo|handle|server|channel|domain|invite)>|"
                             # <your-email-here>, <insert_link_here>: a custom element's shape, a template's words
                             r"<(?:your|insert|enter|add)[-_](?:[A-Za-z]+[-_]){0,3}?(?:name|e-?mail|address|date|url|phone|"
                             r"website|link|here)\s*>", re.I)
HREF = re.compile(r"""\bhref\s*=\s*["']([^"']*)["']""", re.I)
ID_ATTR = re.compile(r"""\b(?:id|name)\s*=\s*["']([^"']+)["']""", re.I)
URL = re.compile(r"\b(?:https?://|ftp://|www\.)[^\s<>()\[\]\"'`]+[^\s<>()\[\]\"'`.,;:!?]")
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*\.[A-Za-z]{2,}(?![\w-])")  # "privacy@your_org.com": a template's, underscore and all
# (Markdown's escaped brackets too: "nic \[at\] nicpwns \[dot\] com")
_AT = r"(?:\\?\[\s*(?:at|ät)\s*\\?\]|\(\s*(?:at|ät)\s*\)|\{\s*at\s*\}|<\s*at\s*>|\[@\]|\(@\)|＠)"  # "[ät]": German; a full-width "＠"
_DOT = r"(?:\s*(?:\\?\[\s*(?:dot|\.)\s*\\?\]|\(\s*(?:dot|\.)\s*\)|\{\s*dot\s*\}|\.)\s*|\s+dot\s+)"  # "[.]" too
# a country's two letters ("tuni [dot] fi") or a generic name ("jakob.pxi.gmbh")
_TLD = (r"(?:com|org|net|edu|gov|dev|app|info|online|gmbh|tech|shop|store|site|xyz|cloud|page|blog|email|art|design|"
        r"studio|games|social|network|space|website|life|world|today|digital|group|club|pro|biz|name|team|software|"
        r"systems|solutions|works|zone|link|live|one|run|chat|[a-z]{2})\b")
_MAIL_HOSTS = (r"(?:gmail|googlemail|outlook|hotmail|live|yahoo|proton|protonmail|pm|icloud|me|gmx|posteo|fastmail|"
               r"mailbox|web|yandex|zoho|aol|tutanota|tuta|mail)")
# privacy [at] example [dot] com, privacy(at)example.com, privacy at example dot com
# (parts bounded as in RFC 5321 and no two whitespace runs side by side: linear time)
OBFUSCATED_EMAIL = re.compile(
    rf"\b[\w.+-]{{1,64}}\s*{_AT}\s*[\w-]{{1,63}}(?:{_DOT}[\w-]{{1,63}}){{0,4}}?{_DOT}{_TLD}"
    rf"|\b[\w.+-]{{1,64}}\s+at\s+[\w-]{{1,63}}(?:\s+dot\s+[\w-]{{1,63}}){{0,4}}?\s+dot\s+{_TLD}"
    # "contact @ 2alchemists.com", "contact @ wallpaperfx .com": spaces around the "@" (and the dot) against harvesters
    rf"|\b[\w.+-]{{1,64}}[ \t]+@[ \t]+[\w-]{{1,63}}(?:[ \t]?\.[\w-]{{1,63}}){{0,4}}?[ \t]?\.{_TLD}"
    # "sjohner at outlook.com": a plain "at" before a mail provider's domain
    rf"|\b[\w.+-]{{2,64}}\s+at\s+{_MAIL_HOSTS}\.(?:com|net|org|me|de|ch|io|ru|fr|co\.uk)\b",
    re.IGNORECASE,
)
OBFUSCATED_AT = re.compile(_AT, re.IGNORECASE)
# a run of four or more underscores is a blank to fill in ("longer than ________"), kept as written
# (an escaped "\_" or "\*" is the character itself: only its backslash is markup)
EMPHASIS = re.compile(r"(?<!\\)\*+|(?<![A-Za-z0-9_\\])_{1,3}(?!_)|(?<![_\\])_{1,3}(?![A-Za-z0-9_])|~~|\\(?=[!-/:-@\[-`{-~])")
ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def normalize_label(label: str) -> str:
    return " ".join(label.split()).casefold()


def mask_block(doc: Document, text: str, start: int, end: int, blanks: list, references: dict | None) -> None:
    """Record links/e-mails in ``text[start:end]`` and append the spans to blank.

    ``references`` is the set of defined link labels for Markdown, ``None`` for plain text.
    """
    markdown = references is not None
    taken = _Spans()
    free = taken.free

    def free_around(m, text=1) -> bool:
        """The link's brackets and target are free (its text may hold code or emphasis)."""
        return free(m.start(), m.start(text)) and free(m.end(text), m.end())

    def blank(a: int, b: int) -> None:
        blanks.append((a, b))
        taken.append((a, b))

    # Each pattern needs a marker character: most blocks have none, so a substring
    # test on the block skips the regex scan (the bulk of parsing time otherwise).
    chunk = text[start:end]
    if markdown:
        ticks, angle, bracket = "`" in chunk, "<" in chunk, "[" in chunk
        for m in CODE_SPAN.finditer(text, start, end) if ticks else ():
            if NAME_IN_CODE.fullmatch(m.group(2)):  # "``SecretBiology`` built the app": a name set in code, read as one
                blank(m.start(), m.start(2))
                blank(m.end(2), m.end())
                doc.code.append(m.span())  # (still code to the fixer: read, never rewritten)
                continue
            blank(m.start(), m.end())
            doc.code.append(m.span())
        for m in HTML_COMMENT.finditer(text, start, end) if "<!--" in chunk else ():
            if free(*m.span()):
                blank(m.start(), m.end())
        for m in AUTOLINK.finditer(text, start, end) if angle else ():
            if free(*m.span()):
                target = m.group(1)
                _record_target(doc, target, m.start(1), m.end(1))
                if "://" in target:  # "<https://yoursite.com/contact>": a link like a bare address
                    doc.links.append(Link(m.start(1), m.end(1), target))
                blank(m.start(), m.end())
        for m in IMAGE.finditer(text, start, end) if "![" in chunk else ():
            if free(*m.span()):
                blank(m.start(), m.end())
        for m in INLINE_LINK.finditer(text, start, end) if "](" in chunk else ():
            if free_around(m, "text"):
                target = m.group("dest").strip("<>")
                doc.links.append(Link(m.start("text"), m.end("text"), target))
                _record_target(doc, target, m.start("dest"), m.end("dest"))
                blank(m.start(), m.start("text"))
                blank(m.end("text"), m.end())
        for m in REF_LINK.finditer(text, start, end) if "][" in chunk else ():
            if free_around(m):
                label = normalize_label(m.group(2) or m.group(1))
                if label in references:
                    doc.links.append(Link(m.start(1), m.end(1), references[label]))
                    blank(m.start(), m.start(1))
                    blank(m.end(1), m.end())
                else:
                    doc.undefined_refs.append(RefUse(m.start(), m.end(), m.group(2) or m.group(1)))
                    taken.append(m.span())
        for m in SHORTCUT.finditer(text, start, end) if bracket and references else ():
            label = normalize_label(m.group(1))
            if label in references and free(*m.span()):
                doc.links.append(Link(m.start(1), m.end(1), references[label]))
                blank(m.start(), m.start(1))
                blank(m.end(1), m.end())
        for m in HTML_TAG.finditer(text, start, end) if angle else ():
            if free(*m.span()) and not PLACEHOLDER_TAG.match(m.group(0)):
                tag = m.group(0)
                href = HREF.search(tag)
                if href:
                    doc.links.append(Link(m.end(), m.end(), href.group(1)))
                    _record_target(doc, href.group(1), m.start(), m.end())
                for anchor in ID_ATTR.findall(tag):
                    doc.anchors.add(anchor)
                blank(m.start(), m.end())
    for m in URL.finditer(text, start, end) if "://" in chunk or "www." in chunk else ():
        if free(*m.span()):
            doc.links.append(Link(m.start(), m.end(), m.group(0)))  # GitHub links a bare address in Markdown too
            blank(m.start(), m.end())
    for m in EMAIL.finditer(text, start, end) if "@" in chunk else ():
        if free(*m.span()):
            doc.emails.append(Email(m.start(), m.end(), m.group(0)))
            blank(m.start(), m.end())
    # the obfuscated forms need a bracketed "at"/"@" or the word "dot": rare, unlike "at" in "data"
    if "dot" in chunk.lower() or OBFUSCATED_AT.search(chunk):
        for m in OBFUSCATED_EMAIL.finditer(text, start, end):
            if free(*m.span()):
                doc.emails.append(Email(m.start(), m.end(), m.group(0)))
                blank(m.start(), m.end())
    if markdown:
        emphasis = "*" in chunk or "_" in chunk or "~~" in chunk or "\\" in chunk
        for m in EMPHASIS.finditer(text, start, end) if emphasis else ():
            blanks.append(m.span())
        for m in ENTITY.finditer(text, start, end) if "&" in chunk else ():
            if m.group(0) == "&amp;":
                blanks.append((m.start() + 1, m.end()))
            else:
                blanks.append(m.span())


class _Spans:
    """Spans already claimed in a block; they never overlap (a span is only added where
    ``free``), so the one that starts last before ``b`` is the only one that can overlap
    ``[a, b)``: a bisect, where scanning them all made a block with many links quadratic."""

    def __init__(self):
        self.starts: list[int] = []
        self.ends: list[int] = []

    def append(self, span: tuple[int, int]) -> None:
        index = bisect_right(self.starts, span[0])
        self.starts.insert(index, span[0])
        self.ends.insert(index, span[1])

    def free(self, a: int, b: int) -> bool:
        index = bisect_left(self.starts, b) - 1
        return index < 0 or self.ends[index] <= a


def _record_target(doc: Document, target: str, start: int, end: int) -> None:
    if target.lower().startswith("mailto:"):
        address = target[7:].split("?", 1)[0]
        if "@" in address:
            doc.emails.append(Email(start, end, address))
    elif "@" in target and "/" not in target and ":" not in target:
        doc.emails.append(Email(start, end, target))


def build_text(source: str, visible: list[tuple[int, int]], blanks: list[tuple[int, int]]) -> str:
    """``source`` with everything outside ``visible`` or inside ``blanks`` turned to spaces,
    and its typography in one form (``normalize.typography``).

    Newlines and carriage returns are kept so the text has the source's lines.
    """
    keep = _subtract(_merge(visible), _merge(blanks))
    blank = _blank(source)  # one pass over the text, then slices of it for every gap
    pieces = []
    pos = 0
    for a, b in keep:
        if a > pos:
            pieces.append(blank[pos:a])
        pieces.append(source[a:b])
        pos = b
    if pos < len(source):
        pieces.append(blank[pos:])
    return typography("".join(pieces))


_NOT_EOL = re.compile(r"[^\r\n]+")


def _spaces(m: re.Match) -> str:
    return " " * (m.end() - m.start())


def _blank(s: str) -> str:
    """``s`` with every character but CR and LF turned to a space."""
    return _NOT_EOL.sub(_spaces, s)


def _merge(spans):
    merged = []
    for a, b in sorted(spans):
        if b <= a:
            continue
        if merged and a <= merged[-1][1]:
            if b > merged[-1][1]:
                merged[-1][1] = b
        else:
            merged.append([a, b])
    return merged


def _subtract(keep, remove):
    out = []
    j = 0
    for a, b in keep:
        cur = a
        while j < len(remove) and remove[j][1] <= cur:
            j += 1
        k = j
        while k < len(remove) and remove[k][0] < b:
            ra, rb = remove[k]
            if ra > cur:
                out.append((cur, ra))
            cur = max(cur, rb)
            if rb > b:
                break
            k += 1
        if cur < b:
            out.append((cur, b))
    return out
