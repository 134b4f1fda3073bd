"""A wire's slug before its headline, read as blank: "UPDATE 1-Four Philippine soldiers
... killed" (trial 73: read as 1 to 4 soldiers killed), "UPDATE 2-EXCLUSIVE-",
"CORRECTED-", "REFILE-", "RPT-", as Reuters opens a story's lines. The readers see the
slug as spaces, which keeps every offset; the claims keep the text as written
(`hashtags.as_written`).
"""

from __future__ import annotations

import re

from workbench.models import SourceDocument

_ONE = r"(?:(?:UPDATE|WRAPUP)\s+\d{1,2}|CORRECTED|REFILE|RPT|EXCLUSIVE|ANALYSIS|INSIGHT|FACTBOX)"
# a slug opens a line, in capitals, each part closed by a hyphen right before a word
_SLUG = re.compile(rf"^[ \t]*{_ONE}(?:\s*-\s*{_ONE})*\s*-(?=\w)", re.MULTILINE)


def unslugged(doc: SourceDocument) -> SourceDocument:
    """The document with each line's wire slug read as spaces ("UPDATE 1-Four soldiers
    killed": "         Four soldiers killed"); the document itself where it holds none."""
    if "-" not in doc.text or not _SLUG.search(doc.text):
        return doc
    return doc.model_copy(update={"text": _SLUG.sub(lambda m: " " * len(m.group()), doc.text)})
