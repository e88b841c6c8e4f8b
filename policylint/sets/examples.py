"""Set rules' examples: one string holding several files, each after a ``==> path <==`` line
(as ``head`` prints them), so ``--explain`` shows them and the example test can write them out."""
from __future__ import annotations

import re

MARK = re.compile(r"^==> (.+?) <==\n", re.MULTILINE)


def split_documents(text: str) -> list[tuple[str, str]]:
    """(path, text) of each file in an example; [] when it holds no ``==> path <==`` line."""
    marks = list(MARK.finditer(text))
    return [(m.group(1), text[m.end():marks[i + 1].start() if i + 1 < len(marks) else len(text)])
            for i, m in enumerate(marks)]
