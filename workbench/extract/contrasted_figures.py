"""A figure set against a toll is that toll's kind (trial 77: "Residents said at least
nine people were killed, contradicting police figures of six" read the six as six
police officers, a force's strength). A number after "figure(s) of", "count of",
"tally of" or "estimate of", told after a casualty toll of its sentence and read as no
casualty (`other`, `troops`), is a rival count of the same fate: "higher than the
army's figure of five", "disputing the official count of 12". Its voice is the owner
its words name (`figure_owners.figure_owner`), not the sentence's."""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.extract.claims import Reading
from workbench.extract.lexicon import NounClass
from workbench.models import Category

_TOLLS = frozenset({Category.KILLED, Category.WOUNDED, Category.KIDNAPPED, Category.MISSING})
# "police figures of", "the army's figure of", "the official count of about"
_FIGURE_OF = re.compile(
    r"\b(?:figures?|counts?|tall(?:y|ies)|estimates?)\s+of\s+"
    r"(?:(?:only|just|about|some|around|at\s+least)\s+)?$"
)
_REACH = 40  # characters before a number read for its "figure of"


def contrasted_figures(folded: str, readings: list[Reading]) -> list[Reading]:
    """`readings` (one sentence's, in text order; `folded` the lower-cased text) with
    each figure told as "figure(s) of N" after a toll and read as no casualty given the
    toll's category, no subject of its own; the others as they are."""
    out: list[Reading] = []
    toll: Category | None = None
    for reading in readings:
        if reading.category in _TOLLS:
            toll = reading.category
        elif (
            toll is not None
            and reading.category in (Category.OTHER, Category.TROOPS)
            and _FIGURE_OF.search(
                folded, max(0, reading.quantity.start - _REACH), reading.quantity.start
            )
        ):
            reading = replace(reading, category=toll, subject=None, noun=NounClass.PERSON)
        out.append(reading)
    return out
