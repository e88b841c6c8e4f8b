"""policylint: a pluggable linter for privacy policies kept as Markdown or plain text.

Public API (``policylint.api``; plain records, safe to pickle and to call from many processes)::

    from policylint import lint_text
    for finding in lint_text(open("privacy.md").read(), "privacy.md"):
        print(finding["line"], finding["code"], finding["message"])
"""
__version__ = "0.38.0"
__all__ = ["lint_text", "lint_texts", "lint_document", "__version__"]


def __getattr__(name):
    """The API functions, imported on first use: the command line's start-up does not need them."""
    if name in ("lint_text", "lint_texts", "lint_document"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'policylint' has no attribute {name!r}")
