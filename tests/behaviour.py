"""Behavioural test helpers (the CheckList method, Ribeiro et al., ACL 2020).

A suite expands word classes into many variants of a wording and checks that
every one fires (or stays quiet); invariance tests rewrite the same variants
(hard wraps, emphasis, links, typography, line endings, containers) and
check the findings do not change. Variants are linted many to a document, so
a suite of hundreds runs in about a second.
"""
from __future__ import annotations

import textwrap

from policylint.config import Config
from policylint.source import Source

PREAMBLE = "# Privacy Policy\n\nAcme Ltd (\"we\") explains here how it handles your personal data.\n\n"
PLAIN_PREAMBLE = "Privacy Policy\n\nAcme Ltd (\"we\") explains here how it handles your personal data.\n\n"


class Checker:
    """Lints blocks of text, many per document, and counts one rule's findings in each block."""

    def __init__(self, linter, rule: str):
        self.linter, self.rule = linter, rule
        self.config = Config()  # one config: the linter compiles its rules once per config

    def counts(self, blocks: list[str], suffix: str = ".md", eol: str = "\n", preamble: str | None = None,
               sections: bool = False) -> list[int]:
        """Findings of the rule in each block (``sections``: each block under a heading of its own)."""
        text = preamble if preamble is not None else (PREAMBLE if suffix == ".md" else PLAIN_PREAMBLE)
        spans = []
        for index, block in enumerate(blocks):
            if sections:
                text += (f"## Part {index + 1}\n\n" if suffix == ".md" else f"Part {index + 1}\n\n")
            first = text.count("\n") + 1
            text += block.rstrip("\n") + "\n\n"
            spans.append((first, text.count("\n") - 1))
        findings = self.findings(text, suffix, eol)
        return [sum(first <= f.line <= last for f in findings) for first, last in spans]

    def findings(self, text: str, suffix: str = ".md", eol: str = "\n"):
        if eol != "\n":
            text = text.replace("\n", eol)
        result = self.linter.lint_source(Source("privacy" + suffix, text), self.config)
        assert not result.errors, result.errors
        return [f for f in result.findings if f.rule == self.rule]

    def each(self, texts: list[str], suffix: str = ".md", preamble: str | None = None) -> list[int]:
        """Findings of the rule in each text linted as a document of its own."""
        head = preamble if preamble is not None else (PREAMBLE if suffix == ".md" else PLAIN_PREAMBLE)
        return [len(self.findings(head + text + "\n", suffix)) for text in texts]

    def wrong(self, texts: list[str], expected: int, suffix: str = ".md", preamble: str | None = None) -> list[str]:
        """The texts that do not get ``expected`` findings, each linted alone (empty when all do)."""
        return failures(texts, self.each(texts, suffix, preamble), expected)


def failures(variants: list[str], counts: list[int], expected: int) -> list[str]:
    """The variants whose count is not ``expected`` (for a readable assertion message)."""
    return [f"{count}: {variant!r}" for variant, count in zip(variants, counts) if count != expected]


# -- rewrites that must not change what is found ------------------------------
def hard_wraps(sentence: str) -> list[str]:
    """The sentence broken onto two lines after each of its words (a soft wrap in Markdown)."""
    words = sentence.split(" ")
    return [" ".join(words[:i]) + "\n" + " ".join(words[i:]) for i in range(1, len(words))]


def filled(sentence: str, widths=range(40, 81, 4)) -> list[str]:
    """The sentence hard-wrapped as an editor fills a paragraph, at several widths (plain text)."""
    return sorted({textwrap.fill(sentence, width) for width in widths})


def each_word(sentence: str, wrap) -> list[str]:
    """The sentence with one word at a time rewritten by ``wrap`` (emphasis, a link)."""
    words = sentence.split(" ")
    out = []
    for i, word in enumerate(words):
        core = word.rstrip(".,;:")
        if not core.strip("\"'()") or not core[:1].isalnum():
            continue
        out.append(" ".join(words[:i] + [wrap(core) + word[len(core):]] + words[i + 1:]))
    return out


EMPHASIS = [lambda w: f"*{w}*", lambda w: f"**{w}**", lambda w: f"_{w}_", lambda w: f"~~{w}~~"]
LINKS = [lambda w: f"[{w}](https://example.org/{w.lower()})", lambda w: f"[{w}][ref]"]
LINK_DEFINITION = "\n\n[ref]: https://example.org/ref"


def typographic(sentence: str) -> list[str]:
    """Curly quotes and apostrophes, dashes, no-break and thin spaces, soft hyphens, zero-width characters, and
    long words in a styled font."""
    curly = sentence.replace("'", "\u2019")
    quotes, opened = [], False
    for ch in curly:
        if ch == '"':
            quotes.append("\u201d" if opened else "\u201c")
            opened = not opened
        else:
            quotes.append(ch)
    curly = "".join(quotes)
    words = sentence.split(" ")
    long_words = [i for i, w in enumerate(words) if len(w) > 5 and w.isalpha()]

    def inside(mark: str) -> str:
        out = list(words)
        for i in long_words:
            out[i] = out[i][:3] + mark + out[i][3:]
        return " ".join(out)

    return [
        curly,
        sentence.replace(", ", " \u2014 "),  # em dash for a comma
        sentence.replace(", ", " \u2013 "),  # en dash
        sentence.replace(", ", "\u2014"),  # em dash without spaces
        sentence.replace(" ", "\u00a0"),  # no-break spaces
        sentence.replace(" ", "\u202f"),  # narrow no-break spaces
        sentence.replace(" ", "  "),  # two spaces
        inside("\u00ad"),  # soft hyphens
        inside("\u200b"),  # zero-width spaces
        inside("\u200d"),  # zero-width joiners
        inside("\u2060"),  # word joiners
        "\ufeff" + sentence,  # a stray BOM
        " ".join(_bold(w) if i in long_words else w for i, w in enumerate(words)),  # a styled font ("𝐜𝐨𝐧𝐬𝐞𝐧𝐭")
    ]


def _bold(word: str) -> str:
    """The word in the mathematical bold letters that chat apps' "fancy font" generators use."""
    return "".join(chr(0x1D400 + ord(c) - ord("A")) if "A" <= c <= "Z" else
                   chr(0x1D41A + ord(c) - ord("a")) if "a" <= c <= "z" else c for c in word)


def containers(sentence: str) -> list[str]:
    """The sentence in a list item, a numbered item, a blockquote, a table cell, a wrapped item and quote."""
    half = len(sentence.split(" ")) // 2
    head, tail = " ".join(sentence.split(" ")[:half]), " ".join(sentence.split(" ")[half:])
    cell = sentence.replace("|", "\\|")
    return [
        f"- {sentence}",
        f"1. {sentence}",
        f"* {head}\n  {tail}",
        f"> {sentence}",
        f"> {head}\n> {tail}",
        f"| Topic | Text |\n|---|---|\n| Consent | {cell} |",
        f"- Introduction\n  - {sentence}",
    ]
