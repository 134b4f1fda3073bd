"""Subheads between a French story's paragraphs, read as part of its body.

Ingest keeps the first headline-like line of a text as its title and drops the later
ones (`ingest/furniture.py`: in English pages they are mostly section heads or links
to other stories). French reporting often cuts its body with a short subhead that
tells the toll on its own: "Trois policiers tués", "Des milliers de personnes
contraintes de fuir", "Burundi : plus de 20 blessés dans une explosion". Such a line,
alone between two body blocks of the page (blank lines aside), is read as a paragraph
of its own; a run of two lines or more is a list of links and stays out, and so does
a line that opens as a link does ("Lire aussi : "). The page is read once as ingest
cut it and once more with its subheads, of which only the subheads' claims are kept
(`FrenchReader.claims`): the other sentences' places and voices stay as they were.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable, Iterator

from workbench.models import Block, BlockKind, Claim, SourceDocument

_LONGEST = 90  # characters: furniture's short headline-like line
_TERMINAL = tuple(".!?;,\"”’')»")
_LINK = re.compile(
    r"^(?:(?:à\s+)?lire|voir|regarder|écouter|découvrir|vidéo|photo|pub|publicité|"
    r"en\s+savoir\s+plus|sur\s+le\s+même\s+sujet|articles?\s+liés?|dossier|"
    r"mis\s+à\s+jour|publié|par\s)\b",
    re.IGNORECASE,
)


def lone_subheads(doc: SourceDocument) -> list[Block]:
    """Each lone subhead between two of `doc`'s body blocks, as a block of its own."""
    found: list[Block] = []
    for before, after in zip(doc.blocks, doc.blocks[1:], strict=False):
        if before.comment is not None or after.comment is not None:
            continue
        line = _lone_line(doc.text, before.end, after.start)
        if line is not None:
            found.append(Block(start=line[0], end=line[1], kind=BlockKind.PARAGRAPH))
    return found


def with_blocks(doc: SourceDocument, added: list[Block]) -> SourceDocument:
    """`doc` with the blocks `added` among its own, in reading order."""
    blocks = sorted([*doc.blocks, *added], key=lambda b: b.start)
    return doc.model_copy(update={"blocks": blocks})


def among_claims(
    own: Iterator[Claim],
    heads: list[Block],
    read: Callable[[], Iterator[Claim]],
    offset: int = 0,
) -> Iterator[Claim]:
    """A page's claims `own`, and in reading order among them the claims in its
    subheads `heads` of the page read with them (`read`; the page starts at `offset`
    of its document): the subheads are read in their context, and the other
    sentences' claims stay as they were."""
    if not heads:
        return own
    told = (c for c in read() if any(b.start <= c.start - offset < b.end for b in heads))
    return heapq.merge(own, told, key=lambda claim: claim.start)


def _lone_line(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The offsets of the one non-blank line of `text[start:end]` where it reads as a
    subhead: short, opening with a capital or a digit, no sentence stop at its end."""
    gap = text[start:end]
    lines = [line for line in gap.splitlines() if line.strip()]
    if len(lines) != 1:
        return None
    words = lines[0].strip()
    if not 0 < len(words) <= _LONGEST or words.endswith(_TERMINAL) or _LINK.match(words):
        return None
    if not (words[0].isupper() or words[0].isdigit()):
        return None
    at = text.index(words, start)
    return at, at + len(words)
