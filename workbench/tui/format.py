"""How claims read on screen: figures, statuses and marks."""

from __future__ import annotations

from workbench.models import Claim

STATUS_MARKS = {
    "unreviewed": "·",
    "confirmed": "✓",
    "disputed": "?",
    "false": "✗",
    "unverifiable": "~",
}
VERDICT_KEYS = {
    "c": "confirmed",
    "d": "disputed",
    "f": "false",
    "x": "unverifiable",
    "0": "unreviewed",
}


def figure(claim: Claim) -> str:
    """24, >150,000, ≤2,000, 700–800, dozens; '?' after a hedged figure."""
    if claim.qualifier == "range":
        text = f"{_n(claim.low)}–{_n(claim.high)}"
    elif claim.value is None:
        text = claim.qualifier.removeprefix("vague:")
    else:
        prefix = {"at_least": "≥", "more_than": ">", "up_to": "≤", "nearly": "<~", "about": "~"}
        text = f"{prefix.get(claim.qualifier, '')}{_n(claim.value)}"
    if claim.unit in ("USD", "EUR", "GBP"):
        text = f"{claim.unit} {text}"
    return text + (" ?" if claim.hedged else "")


def clip(text: str, width: int) -> str:
    """Text cut to `width` characters, an ellipsis showing the cut."""
    return text if len(text) <= width else text[: width - 1] + "…"


def _n(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"
