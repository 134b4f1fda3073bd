"""The widths of the queue's name columns, from the rows it shows and the terminal."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from workbench.display import graded_voice
from workbench.models import LinkCounts, StoredClaim
from workbench.tui.format import claim_figure, queue_names, shares, widest

Widths = tuple[int, int, int, int]  # the voice's, subject's, place's and source's characters


def queue_widths(
    terminal: int, rows: Sequence[StoredClaim], counts: Mapping[int, LinkCounts]
) -> Widths:
    """The voice, subject, place and source widths for `rows` in a `terminal` columns
    wide: each name whole where every column fits (at 200 columns a trial read voices
    and sources clipped with thirty columns empty); else each at least what
    `queue_names` gives the terminal (or its widest cell, if less), and the room the
    other columns leave shared in proportion to what each still wants. A wide figure
    ("KES 10,000,000") leaves less room, and the table scrolls sideways at 80 columns
    rather than clip the names below `queue_names`."""
    tallies = [counts.get(claim.id, LinkCounts()) for claim in rows]
    fixed = [
        1,  # the selected or stale mark
        widest("id", (str(claim.id) for claim in rows)),
        widest("st", ()),
        widest("category", (claim.category.value for claim in rows)),
        widest("figure", (claim_figure(claim) for claim in rows)),
        widest("+", (str(tally.corroborates or "") for tally in tallies)),
        widest("!", (str(tally.contradicts or "") for tally in tallies)),
        widest("date", (claim.date or "" for claim in rows)),
    ]
    wants = [
        widest("voice", (graded_voice(claim) for claim in rows)),
        widest("subject", (claim.subject or "" for claim in rows)),
        widest("place", (claim.location or "" for claim in rows)),
        widest("source", (claim.source.rsplit("/", 1)[-1] for claim in rows)),
    ]
    voice, subject, place, source = shares(terminal, fixed, wants, queue_names(terminal))
    return voice, subject, place, source
