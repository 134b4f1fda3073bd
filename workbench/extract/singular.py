"""Claims of one: "a soldier was killed", "French journalist Jean Dupont was kidnapped"."""

from __future__ import annotations

import re

from workbench.extract.claims import Reading
from workbench.extract.lexicon import SINGULAR_CLASS
from workbench.extract.numbers import Quantity
from workbench.models import Category

_EVENTS = {
    "killed": Category.KILLED,
    "shot dead": Category.KILLED,
    "executed": Category.KILLED,
    "murdered": Category.KILLED,
    "beheaded": Category.KILLED,
    "wounded": Category.WOUNDED,
    "injured": Category.WOUNDED,
    "kidnapped": Category.KIDNAPPED,
    "abducted": Category.KIDNAPPED,
    "taken hostage": Category.KIDNAPPED,
    "arrested": Category.ARRESTED,
    "detained": Category.ARRESTED,
    "missing": Category.MISSING,
}
# Words that may make a claim of one, for a cheap first pass over lower-cased text.
EVENT_WORDS = (
    "killed|shot|executed|murdered|beheaded|wounded|injured|kidnapped|abducted|taken|"
    "arrested|detained|missing"
)
_EVENT = "|".join(re.escape(e) for e in sorted(_EVENTS, key=len, reverse=True))
_NOUN = "|".join(re.escape(n) for n in sorted(SINGULAR_CLASS, key=len, reverse=True))
_BE = r"(?:was|has\s+been|had\s+been|got|is|remains|is\s+still)\s+(?:\w+ly\s+)?"
_A_NOUN = re.compile(
    rf"\b(?:an?|one)\s+(?P<mods>(?:[\w’'-]+\s+){{0,3}}?)(?P<noun>{_NOUN})\s+{_BE}(?P<event>{_EVENT})\b",
    re.IGNORECASE,
)
_NAMED = re.compile(
    rf"(?P<name>\b[A-Z][a-z]+(?:\s+(?:de\s+|van\s+|al-)?[A-Z][\w’'-]+){{1,3}})"
    rf"(?:,\s+(?:a|an|the)\s+[^,]{{1,60}},)?\s+{_BE}(?P<event>{_EVENT})\b"
)
_NOT_NAMES = re.compile(r"^(?:The|A|An|This|That|Mali|France|In|On|At)\b")


def find_singular(text: str, start: int, end: int, clauses: list[tuple[int, int]]) -> list[Reading]:
    """Readings of value one for a single person killed, wounded, kidnapped or held."""
    readings = []
    for match in _A_NOUN.finditer(text, start, end):
        subject = " ".join(f"{match.group('mods')}{match.group('noun')}".split())
        readings.append(_reading(match, subject, SINGULAR_CLASS[match.group("noun").lower()]))
    for match in _NAMED.finditer(text, start, end):
        if not _NOT_NAMES.match(match.group("name")):
            readings.append(_reading(match, match.group("name"), None))
    return readings


def _reading(match: re.Match[str], subject: str, cls: object) -> Reading:
    quantity = Quantity(match.start(), match.end(), 1, 1, 1, "exact")
    category = _EVENTS[" ".join(match.group("event").lower().split())]
    return Reading(quantity, category, match.start(), match.end(), subject, cls, None)  # type: ignore[arg-type]
