"""A vague toll restated by a figure right after it: "Several persons were killed, at
least 10 according to residents", "Many villagers were killed (at least 20)", "many
killed in raid (142 over days)". The
figure, which names no fate of its own, is the toll's: one claim, its figure the
precise one, its text running over both, not a vague claim and an `other` beside it.
A part counted against the whole ("Several were killed, 3 of them children") stays a
part. Patterns run over lower-cased text (`casefold.fold`)."""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.extract.claims import Reading
from workbench.extract.cues import CASUALTY_CATEGORIES
from workbench.models import Category

# Between the vague toll and its figure: a comma, a bracket or a dash, nothing else.
_BETWEEN = re.compile(
    r"\s*(?:,|\(|[-–—]|,?\s+or)\s*"
    # the bracket after the scene: "many civilians killed in raid (142 over days)",
    # "Many people died in the clashes (about 40)" (session 78: an ACLED note's 142)
    r"|\s+(?:in|during|at|on)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+){0,2}?[a-z-]+\s*\(\s*"
)
# What makes the figure a part, or another count: "3 of them", "of whom", its own noun.
_PART_AFTER = re.compile(r"\s+(?:of\s+(?:them|whom|these|those)|(?:were|was|are|is)\s)")


def restated_vague(folded: str, readings: list[Reading]) -> list[Reading]:
    """`readings` (in text order) with each vague casualty toll followed by a figure of
    the same people (`other`, no noun of its own beyond the toll's) made one reading
    of the toll's category with that figure."""
    out: list[Reading] = []
    skip = -1
    for index, reading in enumerate(readings):
        if index == skip:
            continue
        following = readings[index + 1] if index + 1 < len(readings) else None
        if following is not None and _restates(folded, reading, following):
            end = following.end + (
                folded.startswith(")", following.end)
                and "(" in folded[reading.end : following.start]
            )
            out.append(replace(reading, quantity=following.quantity, end=end))
            skip = index + 1
            continue
        out.append(reading)
    return out


def _restates(folded: str, vague: Reading, figure: Reading) -> bool:
    if vague.category not in CASUALTY_CATEGORIES or not vague.quantity.qualifier.startswith(
        "vague:"
    ):
        return False
    if figure.category is not Category.OTHER or figure.quantity.unit is not None:
        return False
    if not _BETWEEN.fullmatch(folded, vague.end, figure.start):
        return False
    if figure.end != figure.quantity.end:  # "at least 10 children": a noun of its own
        return False
    return _PART_AFTER.match(folded, figure.end) is None
