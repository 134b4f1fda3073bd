"""Refugees, the displaced, the kidnapped and the missing where a sentence's numbers,
read one by one (`claims.py`), leave them uncounted; the words are fate_words.py's.

- a second count joined to one of these fates keeps it: "187 pupils had been
  snatched ... along with another 100", "60 had gone missing from one school and 25
  from the other" (a count with a verb of its own keeps its own: "and 9,000 more
  have been displaced", read in claims.py);
- a count with no noun in "a group of 17 who were kidnapped";
- people counted on their "arrival in Chad" are refugees (a country, or a camp);
- a fate told with no number: "Many people have been displaced", "kidnapped a
  number of students", "among those missing" (a vague claim, no value).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from workbench.extract.claims import Reading
from workbench.extract.cues import post_cue
from workbench.extract.fate_words import abroad
from workbench.extract.numbers import Quantity
from workbench.models import Category

FATES = frozenset({Category.REFUGEES, Category.DISPLACED, Category.KIDNAPPED, Category.MISSING})
_JOINED = re.compile(
    r"(?:,\s*|\s+)(?:along\s+with|together\s+with|as\s+well\s+as|and|plus)\s+"
    r"(?:another|a\s+further|further|an\s+additional|some|about|around|over|nearly)?\s*$",
    re.IGNORECASE,
)
_AGED = re.compile(r"\baged?\s+(?:between\s+)?\d+\s*(?:to|-|–|and)\s*$", re.IGNORECASE)
_GROUP_OF = re.compile(r"\bgroup\s+of\s+$", re.IGNORECASE)
_ARRIVAL_OF = re.compile(
    r"\barrivals?\s+(?:(?:in|at|into)\s+(?P<at>(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)\s+)?of\s+$",
    re.IGNORECASE,
)
_CAMP = re.compile(r"\bcamps?\b", re.IGNORECASE)
_PEOPLE = (
    r"(?:people|persons|individuals|civilians|residents|villagers|inhabitants|families|"
    r"households|children|women|men|students|pupils|schoolchildren|schoolgirls|schoolboys|"
    r"girls|boys|farmers|travell?ers|passengers|worshippers|workers|youths|refugees|migrants)"
)
_VAGUE = (
    r"(?P<q>many|numerous|countless|a\s+(?:large\s+|great\s+|significant\s+|growing\s+)?number\s+of|"
    r"an\s+(?:unknown|undisclosed|unspecified|unconfirmed)\s+number\s+of|unspecified|"
    r"an\s+unspecified)"
)
_AUX = r"(?:(?:have|has|had|were|was|are|is|been|being|reportedly|also|now|still)\s+){0,3}"
_VAGUE_PASSIVE = re.compile(
    rf"\b{_VAGUE}\s+(?:[\w’'-]+\s+){{0,2}}?{_PEOPLE}\s+{_AUX}"
    r"(?P<cue>(?:internally\s+)?displaced|uprooted|kidnapped|abducted|missing|gone\s+missing)\b",
    re.IGNORECASE,
)
_VAGUE_ACTIVE = re.compile(
    rf"\b(?P<cue>kidnapped|abducted|snatched|kidnapping|abducting|displaced|displacing)\s+"
    rf"{_VAGUE}\s+(?:[\w’'-]+\s+){{0,2}}?{_PEOPLE}\b",
    re.IGNORECASE,
)
_AMONG_THOSE = re.compile(
    r"\bamong\s+(?P<q>those|the\s+people|the\s+persons)\s+(?:(?:still|reported|who\s+are|"
    r"who\s+were|who\s+went)\s+)?(?P<cue>missing|displaced|kidnapped|abducted|unaccounted\s+for)\b",
    re.IGNORECASE,
)
_CUE_CATEGORY = {
    "displaced": Category.DISPLACED,
    "uprooted": Category.DISPLACED,
    "displacing": Category.DISPLACED,
    "missing": Category.MISSING,
    "unaccounted": Category.MISSING,
}


def _category_of(cue: str) -> Category:
    word = cue.lower().split()[-1] if "missing" in cue.lower() else cue.lower().split()[0]
    return _CUE_CATEGORY.get(word, Category.KIDNAPPED)


def fate_readings(
    text: str,
    start: int,
    end: int,
    quantities: Sequence[Quantity],
    readings: list[Reading],
    clauses: list[tuple[int, int]],
) -> list[Reading]:
    """The sentence `text[start:end]`'s `readings` with the fates the module's
    docstring lists: some readings of `other` given their fate, readings added for
    numbers left unread and for fates told with no number."""
    read = {r.quantity.start for r in readings}
    out: list[Reading] = []
    previous: Reading | None = None
    for reading in readings:
        if reading.category in FATES and _AGED.search(
            text, max(start, reading.quantity.start - 20), reading.quantity.start
        ):
            continue  # "the students, aged 8 to 15, were hauled away": ages, no count
        reading = _joined(text, reading, previous)
        reading = _arrival(text, start, reading)
        out.append(reading)
        previous = reading
    for quantity in quantities:
        if quantity.start not in read and _GROUP_OF.search(
            text, max(start, quantity.start - 12), quantity.start
        ):
            clause_end = next((c[1] for c in clauses if c[0] <= quantity.start < c[1]), end)
            cue = post_cue(text, quantity.end, clause_end)
            if cue is not None and cue.category in FATES and cue.start - quantity.end < 30:
                out.append(
                    Reading(quantity, cue.category, quantity.start, cue.end, None, None, None)
                )
    out += _vague(text, start, end, out)
    return sorted(out, key=lambda r: r.start)


def _joined(text: str, reading: Reading, previous: Reading | None) -> Reading:
    """ "snatched ... along with another 100": the fate of the count it is joined to."""
    if (
        reading.category is not Category.OTHER
        or previous is None
        or previous.category not in FATES
        or reading.start != reading.quantity.start
        or reading.end != reading.quantity.end  # a noun of its own: "and 40 cattle"
        or any(mark in text[previous.end : reading.start] for mark in ".;:!?")
        or not _JOINED.search(text, max(previous.end, reading.start - 40), reading.start)
    ):
        return reading
    return replace(reading, category=previous.category, actor=reading.actor or previous.actor)


def _arrival(text: str, start: int, reading: Reading) -> Reading:
    """ "the arrival in Chad of 1,600 people": refugees where a country or camp is named."""
    if reading.category is not Category.OTHER:
        return reading
    match = _ARRIVAL_OF.search(text, max(start, reading.start - 60), reading.start)
    if match is None:
        return reading
    place = match.group("at") or ""
    if not place or not (_CAMP.search(place) or abroad(text, match.start("at") - 1)):
        return reading
    return replace(reading, category=Category.REFUGEES, start=match.start())


def _vague(text: str, start: int, end: int, readings: list[Reading]) -> list[Reading]:
    """Fates told with no number: "Many people have been displaced"."""
    found: list[Reading] = []
    for pattern in (_VAGUE_PASSIVE, _VAGUE_ACTIVE, _AMONG_THOSE):
        for match in pattern.finditer(text, start, end):
            if any(r.start < match.end() and match.start() < r.end for r in readings + found):
                continue
            words = " ".join(match.group("q").lower().split())
            name = "unstated" if words.startswith(("those", "the")) else words.split()[-1]
            name = "number-of" if "number" in words else name
            quantity = Quantity(match.start("q"), match.end("q"), None, None, None, f"vague:{name}")
            category = _category_of(match.group("cue"))
            found.append(Reading(quantity, category, match.start(), match.end(), None, None, None))
    return found
