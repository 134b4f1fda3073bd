"""Document metadata that the text itself states: outlet, title, date."""

from __future__ import annotations

import re

from workbench.models import Block, BlockKind

_BYLINE_OUTLET = re.compile(r"^By\s+[^\n]{1,100}?,\s*([A-Z][\w.&' -]{1,40}?)\s*$", re.MULTILINE)
_DATELINE_OUTLET = re.compile(r"(?:[A-Z][A-Za-z .,'-]{0,40})?\(([A-Z][A-Za-z.&]{1,20})\)\s*[-—–]+")
_SITE_IN_TITLE = re.compile(r"\s+[|–—-]\s+([A-Z][\w.&' ]{1,40})$")


def outlet_from_text(text: str, blocks: list[Block]) -> str | None:
    """The outlet named by a byline ("By ..., CNN") or a dateline ("(Reuters) -")."""
    match = _BYLINE_OUTLET.search(text[:3000])
    if match:
        return match.group(1).strip()
    for block in blocks[:5]:
        match = _DATELINE_OUTLET.match(text, block.start, block.end)
        if match:
            return match.group(1)
    return None


def title_from_blocks(text: str, blocks: list[Block]) -> str | None:
    """The first block, where it is a title."""
    if blocks and blocks[0].kind is BlockKind.TITLE:
        return " ".join(text[blocks[0].start : blocks[0].end].split())
    return None


def outlet_from_title(title: str | None) -> str | None:
    """The site name an HTML title often ends with ("... | The Guardian")."""
    match = _SITE_IN_TITLE.search(title or "")
    return match.group(1).strip() if match else None
