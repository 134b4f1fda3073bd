"""Counts a report says once and lets a second fate share: "leaving four policemen dead
and as many injured" is four killed and four wounded; "killed two soldiers and
wounded as many" the same; and a part of the hurt who then died, "injured seven
people including a soldier who later died" (one killed). Read by
`victims.find_victims` after its readings, each reading's count carried to the fate
"as many" names. Patterns run over lower-cased
text (`casefold.fold`)."""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.extract.claims import Reading
from workbench.extract.lexicon import NOUN_CLASS, PEOPLE, SINGULAR_CLASS
from workbench.extract.numbers import Quantity
from workbench.models import Category

_FATES = {
    "dead": Category.KILLED,
    "killed": Category.KILLED,
    "killing": Category.KILLED,
    "injured": Category.WOUNDED,
    "injuring": Category.WOUNDED,
    "wounded": Category.WOUNDED,
    "wounding": Category.WOUNDED,
    "hurt": Category.WOUNDED,
    "kidnapped": Category.KIDNAPPED,
    "abducted": Category.KIDNAPPED,
    "abducting": Category.KIDNAPPED,
    "kidnapping": Category.KIDNAPPED,
    "missing": Category.MISSING,
}
_FATE = "|".join(_FATES)
# After a reading's words: its own fate if the reading stops before it, then "and as
# many (more, again) [were] injured" or "and injured as many (others, more)".
AS_MANY = re.compile(
    rf"(?:\s+(?:{_FATE}))?\s*,?\s+(?:and|while|with)\s+"
    rf"(?:as\s+many\s+(?:more\s+|others\s+|again\s+)?(?:(?:were|are|was|being)\s+)?"
    rf"(?:(?:seriously|critically|badly|slightly)\s+)?(?P<after>{_FATE})"
    rf"|(?P<before>{_FATE})\s+as\s+many)(?![a-z])"
)


def as_many(folded: str, end: int, readings: list[Reading]) -> list[Reading]:
    """The readings, each followed by one of the same count and the fate "as many"
    gives it, where the words after it up to `end` (the sentence's end) say so.
    `folded` is the sentence's lower-cased text; a fate the reading already has
    adds nothing ("four dead and as many killed" is no new claim)."""
    out: list[Reading] = []
    for reading in readings:
        out.append(reading)
        found = AS_MANY.match(folded, reading.end, end)
        if found is None:
            continue
        category = _FATES[found.group("after") or found.group("before")]
        if category is reading.category or reading.category not in _FATES.values():
            continue
        span = found.span("after") if found.group("after") else found.span("before")
        where = folded.find("as many", found.start(), found.end())
        quantity = replace(reading.quantity, start=where, end=where + len("as many"))
        out.append(
            replace(
                reading,
                quantity=quantity,
                category=category,
                start=min(where, span[0]),
                end=max(where + len("as many"), span[1]),
            )
        )
    return out


# A part of the hurt, "including", who died after: "including a soldier who later died",
# "among them two children who have since died" (not "who later spoke").
LATER_DIED_PART = re.compile(
    r"\s*,?\s+(?:including|among\s+(?:them|whom))\s+(?P<count>an?|one|[\w-]+)\s+"
    r"(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z-]+)\s+(?:who|that)\s+(?:(?:has|have|had)\s+)?"
    r"(?:later\s+|subsequently\s+|eventually\s+|since\s+|also\s+)?"
    r"(?:died|succumbed|passed\s+away)(?![a-z])"
)


def later_died(
    folded: str, end: int, readings: list[Reading], quantities: dict[int, Quantity]
) -> list[Reading]:
    """The readings, each wounded one followed by a killed one for the part of its
    victims "including" names as having died since (`LATER_DIED_PART`), counted by
    "a", "one" or a quantity of `quantities` (by start) there; people only."""
    out: list[Reading] = []
    read = {r.quantity.start for r in readings}
    for reading in readings:
        out.append(reading)
        fatal = _fatal_part(folded, end, reading, quantities)
        if fatal is not None and fatal.quantity.start not in read:
            out.append(fatal)  # "5 were injured, 2 of them fatally": two dead
            continue
        found = _part_died(folded, end, reading)
        noun = found.group("noun") if found else ""
        kind = NOUN_CLASS.get(noun) or SINGULAR_CLASS.get(noun)
        if found is None or kind not in PEOPLE:
            continue
        at = found.start("count")
        if at in read:  # another rule read it: "two children who have since died"
            continue
        quantity = quantities.get(at)
        if found.group("count") in ("a", "an", "one"):
            quantity = Quantity(at, found.end("count"), 1, 1, 1, "exact", words=True)
        if quantity is None:
            continue
        out.append(
            replace(
                reading,
                quantity=quantity,
                category=Category.KILLED,
                start=at,
                end=found.end(),
                subject=noun,
                noun=kind,
            )
        )
    return out


# A part of the hurt whose wounds killed them: ", 2 of them fatally", ", one fatally",
# ", of whom 2 died later".
_FATAL_PART = re.compile(
    r"\s*,\s+(?:of\s+whom\s+(?P<died>an?|one|[\w-]+)\s+(?:(?:later|subsequently|eventually)\s+)?"
    r"(?:died|succumbed)|(?P<count>an?|one|[\w-]+)\s+(?:of\s+(?:them|whom)\s+)?"
    r"(?:fatally|mortally))(?![a-z])"
)


_PLACE_BETWEEN = re.compile(r"\s+(?:in|at|near|on|outside|around)\s+[^,.;:]{1,40}")


def _fatal_part(
    folded: str, end: int, reading: Reading, quantities: dict[int, Quantity]
) -> Reading | None:
    """The killed reading of a wounded one's part told as hurt fatally ("5 were
    injured, 2 of them fatally", "wounded 5, of whom 2 later died"), right after its
    words or inside them; None elsewhere."""
    if reading.category is not Category.WOUNDED or reading.noun not in (*PEOPLE, None):
        return None
    # from the count on: the list may have read the part into the reading's words
    found = _FATAL_PART.search(folded, reading.quantity.end, min(end, reading.end + 80))
    if found is None or (
        found.start() > reading.end
        and not _PLACE_BETWEEN.fullmatch(folded, reading.end, found.start())
    ):
        return None  # its part, or after a place: "were injured in Kuje, two of them fatally"
    group = "died" if found.group("died") else "count"
    at = found.start(group)
    quantity = quantities.get(at)
    if found.group(group) in ("a", "an", "one"):
        quantity = Quantity(at, found.end(group), 1, 1, 1, "exact", words=True)
    if quantity is None or quantity.unit is not None:
        return None
    return replace(reading, quantity=quantity, category=Category.KILLED, start=at, end=found.end())


def _part_died(folded: str, end: int, reading: Reading) -> re.Match[str] | None:
    """`LATER_DIED_PART` after a wounded reading's count, starting inside its words
    or right after them (its words may hold the part: "seven people including a
    soldier")."""
    if reading.category is not Category.WOUNDED:
        return None
    found = LATER_DIED_PART.search(folded, reading.quantity.end, min(end, reading.end + 160))
    return found if found is not None and found.start() <= reading.end + 1 else None
