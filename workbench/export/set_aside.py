"""What the analyst set aside, as a report lists it: spans dismissed as no claim and
links rejected (trial 79: the Markdown report left out the dismissed claim and the
rejected link, with their notes, that only the JSON held). Pure data and the words
the writers give them."""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.export.citing import minute
from workbench.export.headline import headline
from workbench.models import ClaimRow

SET_ASIDE_INTRO = (
    "Spans the analyst dismissed as no claim and links the analyst rejected: kept in the"
    " database (workbench claims --dismissed, workbench links --state rejected),"
    " counted in no figure and grouped into no event."
)


@dataclass(frozen=True, slots=True)
class Dismissal:
    """A claim dismissed as no claim, with the analyst's dismissal (who, when, why)."""

    claim: ClaimRow
    analyst: str | None
    at: str | None
    note: str | None


@dataclass(frozen=True, slots=True)
class RejectedLink:
    """A link the analyst rejected, with both of its claims."""

    a: ClaimRow
    b: ClaimRow
    relation: str
    reason: str | None  # the machine's; None for a link the analyst made
    analyst: str | None
    at: str
    note: str | None


@dataclass(frozen=True)
class SetAside:
    """The dismissed spans and the rejected links an export touches."""

    dismissed: list[Dismissal] = field(default_factory=list)
    rejected: list[RejectedLink] = field(default_factory=list)


def nothing_set_aside() -> SetAside:
    return SetAside()


def dismissal_line(d: Dismissal, file: str) -> str:
    """ "claim 42, “7 days” (01_en.txt): dismissed by ana, 2026-12-07 05:00 UTC: not a
    toll"."""
    c = d.claim
    said = f"claim {c.id}, “{c.text}” ({file}): dismissed"
    said += _by(d.analyst, d.at)
    return f"{said}: {d.note}" if d.note else said


def rejected_line(r: RejectedLink) -> str:
    """ "claims 75 and 82, contradicts (6 killed in Conakry … / 5 killed in Conakry …):
    rejected by ana, 2026-12-07 05:00 UTC: another incident; the machine's reason: …"."""
    said = f"claims {r.a.id} and {r.b.id}, {r.relation} ({headline(r.a)} / {headline(r.b)}):"
    said += f" rejected{_by(r.analyst, r.at)}"
    said += f": {r.note}" if r.note else ""
    return f"{said}; the machine's reason: {r.reason}" if r.reason else said


def _by(analyst: str | None, at: str | None) -> str:
    who = f" by {analyst}" if analyst else ""
    return who + (f", {minute(at)}" if at else "")
