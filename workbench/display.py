"""How a claim's figure reads on screen, the same in the command line and the TUI."""

from __future__ import annotations

from workbench.models import Claim

_PREFIX = {"at_least": "≥", "more_than": ">", "up_to": "≤", "nearly": "<~", "about": "~"}


def figure(claim: Claim) -> str:
    """24, >150,000, ≤2,000, 700–800, dozens; '?' after a hedged figure."""
    if claim.qualifier == "range":
        text = f"{_number(claim.low)}–{_number(claim.high)}"
    elif claim.value is None:
        text = claim.qualifier.removeprefix("vague:")
    else:
        text = f"{_PREFIX.get(claim.qualifier, '')}{_number(claim.value)}"
    if claim.unit in ("USD", "EUR", "GBP"):
        text = f"{claim.unit} {text}"
    return text + (" ?" if claim.hedged else "")


def _number(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"
