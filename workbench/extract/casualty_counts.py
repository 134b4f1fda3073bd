"""Casualty counts whose words alone do not tell their fate (split from claims.py,
which reads a count's category): casualties told right after as their dead and their
hurt are both together, no toll of the dead ("85 civilian casualties (33 killed, 52
injured)", UNAMA's wording); so are the dead and the missing in one count ("57 people
are dead and missing", IOM's); "martyrs" are the dead where a toll's words say so ("46
martyrs and 112 injuries", "rising to 8 martyrs"), not where they are remembered."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from workbench.extract.counted_nouns import Noun
from workbench.extract.numbers import Quantity
from workbench.models import Category

if TYPE_CHECKING:
    from workbench.extract.claims import Reading

_N = r"(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)"
_DEAD = r"(?:killed|dead|deaths?|fatalities|died)"
_HURT = r"(?:injured|wounded|hurt|injuries)"
# Casualties told as the dead and the hurt together: "85 civilian casualties (23 killed
# and 62 injured)", "12 casualties, 4 killed and 8 wounded" (UNAMA's wording: trial 74's
# 85, 1,142 and 3,900 read as killed), "30 casualties: 10 wounded and 20 dead".
_BOTH_TOLD = re.compile(
    r"\s*[(:,–—-]?\s*(?:(?:including|comprising|of\s+whom|with|among\s+them|namely)\s+)?"
    rf"(?:{_N}\s+(?:(?:people|persons|civilians)\s+)?{_DEAD}\s*(?:,|and|&)\s*{_N}\s+"
    rf"(?:(?:people|persons|civilians)\s+)?{_HURT}|{_N}\s+{_HURT}\s*(?:,|and|&)\s*{_N}\s+{_DEAD})\b",
    re.IGNORECASE,
)


# The martyrs a toll counts, beside its hurt: "46 martyrs and 112 injuries arrived at
# hospitals" (a health ministry's daily words; trial 74c: no claim)
_MARTYRS_HURT = re.compile(
    rf"\s*(?:,|and|&)\s*(?:{_N}\s+)?(?:(?:people|persons)\s+)?{_HURT}\b", re.IGNORECASE
)


# A toll brought to its figure: "rising to 8 civilian martyrs since ..."
_RISEN_TO = re.compile(
    r"\b(?:ris(?:es|ing|en)|rose|rais(?:es|ing|ed)|bring(?:s|ing)?|brought|climb(?:s|ed|ing)?"
    r"|reach(?:es|ed|ing)?)\s+(?:the\s+(?:death\s+)?(?:toll|number)\s+)?to\s+$",
    re.IGNORECASE,
)


def martyrs_toll(text: str, quantity: Quantity, noun: Noun | None) -> bool:
    """Whether a count of "martyrs" is a toll of the dead: told beside the hurt
    (`_MARTYRS_HURT`) or as what a toll rose to; "the 40 martyrs of the uprising were
    remembered" is none."""
    if noun is None or noun.head != "martyrs":
        return False
    before = text[max(0, quantity.start - 60) : quantity.start]
    return bool(_MARTYRS_HURT.match(text, noun.end) or _RISEN_TO.search(before))


def dead_and_hurt(text: str, noun: Noun | None, casualties: frozenset[str]) -> bool:
    """Whether a casualty count ("85 casualties", its noun's head one of `casualties`) is
    told right after as its dead and its hurt: both together, no toll of the dead."""
    return (
        noun is not None
        and noun.head in casualties
        and _BOTH_TOLD.match(text, noun.end, noun.end + 120) is not None
    )


# The dead and the missing in one count: "57 people are dead and missing", "have died or
# gone missing" (IOM's words; trial 74d: read as 57 missing, or 1,452 killed)
_DEAD_AND_MISSING = re.compile(
    r"\b(?:dead|died|killed|drowned)\s+(?:and|or)\s+(?:(?:are|were|have|has|had)\s+)?"
    r"(?:gone\s+|went\s+|been\s+)?missing\b",
    re.IGNORECASE,
)


def dead_or_missing_counts(text: str, readings: list[Reading]) -> list[Reading]:
    """The readings, a count of the dead or of the missing whose words tell both ("57
    people are dead and missing") made `other`: one count of the two, neither's toll."""
    return [
        replace(r, category=Category.OTHER)
        if r.category in (Category.KILLED, Category.MISSING)
        and _DEAD_AND_MISSING.search(text, r.quantity.end, r.end) is not None
        else r
        for r in readings
    ]
