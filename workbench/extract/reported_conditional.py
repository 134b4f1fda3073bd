"""The conditional of a report: "3 people would have been killed", as French reporting
writes its unconfirmed figures ("auraient été tués") and francophone coders' English
keeps it, against a counterfactual ("would have been killed if the bomb had gone off").
Split from victim_reasons.py."""

from __future__ import annotations

import re

# The conditional of a report, as French writes it and francophone coders' English
# keeps it: "3 people would have been killed" (reportedly; a hedge, `HEDGES`), unless the
# sentence states the condition ("... if the bomb had gone off", "but for the guards").
_REPORTED_WOULD = re.compile(r"(?<![a-z])would\s+have\s+(?:been\s+)?$")
_CONDITION = re.compile(
    r"(?<![a-z])(?:if|had|but\s+for|unless|without|otherwise|were\s+it|could|almost|nearly|"
    r"narrowly|saved|prevented|foiled|averted)(?![a-z])"
)


def reported_conditional(folded: str, lo: int, start: int) -> bool:
    """Whether "would have (been)" right before the verb at `start` reports a deed
    (see `_REPORTED_WOULD`): no condition in its sentence from `lo` on."""
    if not _REPORTED_WOULD.search(folded, max(lo, start - 20), start):
        return False
    end = folded.find(".", start)
    return not _CONDITION.search(folded, lo, end if end >= 0 else len(folded))
