"""How a claim's figure reads on screen, the same in the command line and the TUI."""

from __future__ import annotations

from workbench.models import (
    CategoryFigures,
    Claim,
    ClaimCredibility,
    ClaimRow,
    EventSummary,
    StoredClaim,
)

_PREFIX = {"at_least": "≥", "more_than": ">", "up_to": "≤", "nearly": "<~", "about": "~"}


def figure(claim: Claim | ClaimRow) -> str:
    """24, >150,000, ≤2,000, 700–800, dozens; '?' after a hedged figure."""
    if claim.qualifier == "range":
        text = f"{number(claim.low)}–{number(claim.high)}"
    elif claim.value is None:
        text = claim.qualifier.removeprefix("vague:")
    else:
        text = f"{_PREFIX.get(claim.qualifier, '')}{number(claim.value)}"
    if claim.unit in ("USD", "EUR", "GBP"):
        text = f"{claim.unit} {text}"
    return text + (" ?" if claim.hedged else "")


def graded_voice(claim: StoredClaim) -> str:
    """ "(E) A Chadian source": the voice, with its reliability grade first when graded,
    so that a clipped cell still shows it."""
    return f"({claim.voice_grade}) {claim.voice}" if claim.voice_grade else claim.voice


def number(value: float | None) -> str:
    """24, 150,000, 2.5; '?' for no figure."""
    if value is None:
        return "?"
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


FIGURE_COLUMNS = (
    "category",
    "claims",
    "voices",
    "conservative",
    "low",
    "best",
    "high",
    "min",
    "max",
    "majority",
    "",
)


def figure_row(f: CategoryFigures) -> list[str]:
    """An event's figures for one category: a cell per FIGURE_COLUMNS, one per rule."""
    backing = f"({f.majority_voices} of {f.voices})"  # the most voices any figure has
    majority = f"{number(f.majority) if f.majority is not None else 'none'} {backing}"
    figures = [f.conservative, f.low, f.best, f.high, f.minimum, f.maximum]
    return [
        f.category.value,
        str(f.claims),
        str(f.voices),
        *map(number, figures),
        majority,
        "contested" if f.contested else "",
    ]


def credibility_line(c: ClaimCredibility) -> str:
    """ "4 doubtful (1 voice contradicts it)", with the analyst's grade first when set."""
    suggested = f"{c.suggested.grade} {c.suggested.label} ({c.suggested.reason})"
    if c.analyst is None:
        return f"suggested {suggested}"
    return f"{c.analyst.grade} {c.analyst.label} (analyst {c.graded_by}); suggested {suggested}"


def days(e: EventSummary) -> str:
    """ "2013-02-04 to 2013-02-06", one day alone, or "undated"."""
    if e.first_day is None or e.last_day is None:
        return "undated"
    return e.first_day if e.first_day == e.last_day else f"{e.first_day} to {e.last_day}"


def event_line(e: EventSummary, with_ids: bool = False) -> str:
    """ "north of Kidal · undated · 2 claims (27, 32) · 2 independent voices"; the claim
    ids only where asked (a report, whose claims table they point into)."""
    voices = "1 independent voice" if e.voices == 1 else f"{e.voices} independent voices"
    ids = f" ({', '.join(map(str, e.claim_ids))})" if with_ids else ""
    return f"{e.place} · {days(e)} · {e.claims} claims{ids} · {voices}"
