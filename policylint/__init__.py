"""policylint: a pluggable linter for privacy policies kept as Markdown or plain text.

Public API::

    from policylint import lint_text
    for finding in lint_text(open("privacy.md").read(), "privacy.md"):
        print(finding.line, finding.code, finding.message)
"""
__version__ = "0.2.0"
__all__ = ["lint_text", "__version__"]


def lint_text(text: str, path: str = "<string>.md", **options):
    """Lint ``text`` as the document ``path``; returns a sorted list of Finding."""
    from .engine import lint_text as _lint_text

    return _lint_text(text, path, **options)
