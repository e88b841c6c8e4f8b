"""Which locale a document is in, and which page it is a copy of, read from its path.

Layouts: ``<locale>/<name>.md`` (any folder on the path), ``<name>.<locale>.md``
and ``<name>_<locale>.md``. A path segment counts as a locale only when it is a
known language tag, so ``docs/privacy.md`` is not read as a copy in "docs".
"""
from __future__ import annotations

import re

_TAG = re.compile(r"([A-Za-z]{2})(?:[-_]([A-Za-z]{4}))?(?:[-_]([A-Za-z]{2}|[0-9]{3}))?")
# two-letter words that are folder or file names far more often than languages
_NOT_LOCALES = {"js", "ts", "py", "md", "db", "ui", "ci", "io", "go", "rb", "sh", "os", "tv", "gh", "vs", "qa"}


def normalize_tag(value: str) -> str | None:
    """``pt_br`` -> ``pt-BR``, ``zh-hant`` -> ``zh-Hant``; None for anything that is not a tag."""
    from ..languages import NAMES

    match = _TAG.fullmatch(value.strip())
    if not match or match.group(1).lower() not in NAMES:
        return None
    language, script, region = match.groups()
    parts = [language.lower()]
    if script:
        parts.append(script.title())
    if region:
        parts.append(region.upper())
    return "-".join(parts)


def _path_tag(value: str) -> str | None:
    if value.lower() in _NOT_LOCALES:
        return None
    return normalize_tag(value)


def split_locale(path: str) -> tuple[str | None, str]:
    """(locale, page key) of ``path``; see ``locate``."""
    return locate(path)[:2]


def locate(path: str) -> tuple[str | None, str, str | None]:
    """(locale, page key, layout) of ``path`` (``/``-separated, relative to the project); the
    layout is "folder", "suffix" (``name.de.md``, ``name_de.md``) or None.

    The page key is the path with the locale taken out, so every copy of one page
    has the same key: ``de/legal/privacy.md`` and ``en/legal/privacy.md`` ->
    ``legal/privacy``; ``privacy.de.md`` and ``privacy_de.md`` -> ``privacy``.
    """
    parts = path.split("/")
    name = parts[-1]
    stem = name.rsplit(".", 1)[0] if "." in name else name
    folders = parts[:-1]
    for sep in (".", "_"):
        if sep in stem:
            head, tail = stem.rsplit(sep, 1)
            tag = _path_tag(tail)
            # "privacy_policy" is not a copy in "policy": only the language-tag shapes count
            if head and tag and (sep == "." or len(tail) == 2 or "-" in tag) and _plausible(tail):
                return tag, "/".join(folders + [head]), "suffix"
    for index in range(len(folders) - 1, -1, -1):
        tag = _path_tag(folders[index])
        if tag and _plausible(folders[index]):
            return tag, "/".join(folders[:index] + folders[index + 1:] + [stem]), "folder"
    return None, "/".join(folders + [stem]), None


def _plausible(text: str) -> bool:
    """A locale as people write it in paths: lower-case language, region in either case (``en``,
    ``pt-BR``, ``zh_cn``), never ``EN`` or ``Policies``."""
    return text[:2].islower()
