"""Figures a later report of the event says the toll has moved on from: "In Pulka ...
the toll has risen to 18, up from 12 reported earlier"; "the death toll rose from 20
to 35". The 12 and the 20 that earlier reports gave are overtaken: an event's
figures leave them out as they leave out a first count its own report replaced
(`summary._counted`), since monitors code the toll a later report gives (a trial's
analyst coded 18 where the event's figures kept the overtaken 12 as their low).
So are the lower tolls its own voice gave earlier, or its own report gives, where a
later report says the toll rose to its figure ("the death toll ... has risen to 14,
the governor said", a day after the governor's 12): a revision, not a voice against
itself (events/credibility.py reads them so too). Another voice's earlier count
stays: the medics' rise to 41 revises nothing the army said.

Pure code over an event's claims of one category.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from workbench.events.figures import stated_number
from workbench.match.features import MatchInput
from workbench.match.institutions import same_institution
from workbench.match.victims import victim_family
from workbench.models import Number

_ARMED = "armed_group"

# "up from 12", "down from an earlier toll of 40", "rose from 20 to 35"
_FROM = re.compile(
    r"\b(?:up|down)\s+from\s+(?:(?:an?|the)\s+(?:earlier|previous|initial|first)\s+"
    r"(?:[a-z]+\s+)?(?:toll|figure|count|estimate|tally)\s+of\s+)?(\d[\d,]*)"
    r"|\b(?:rose|risen|rises|raised|increased|climbed|jumped|revised(?:\s+up(?:wards?)?)?)\s+"
    r"(?:[a-z]+\s+){0,3}?from\s+(\d[\d,]*)\s+to\b",
    re.IGNORECASE,
)


# "the death toll has risen to 14", "raises toll from Tourou attack to 14 dead",
# "le bilan s'est alourdi à 14": the toll a later report says the count rose to
_TO = re.compile(
    r"\b(?:rose|risen|rises|rising|raised|raises|climbed|climbs|jumped|increased|mounted|"
    r"swelled|soared|revised\s+up(?:wards?)?|alourdit?|passé|grimpée?|grimpe|montée?)\b"
    r"[^.;:!?]{0,60}?\b(?:to|à)\s+(\d[\d,]*)",
    re.IGNORECASE,
)


# A count told as said before, whatever the report's day: "The army had said on Tuesday
# that 20 were killed", "officials initially put the toll at 12".
_TOLD_BEFORE = re.compile(
    r"\b(?:had\s+(?:earlier\s+|previously\s+|initially\s+)?(?:said|put|given|reported|"
    r"announced|stated)|(?:earlier|previously|initially|first)\s+(?:said|put|gave|reported))\b",
    re.IGNORECASE,
)


# Another voice's count a report sets against the toll it gives: "the police, for its
# part, put the toll at 19", "la PNH avance pour sa part un bilan de 19 morts".
_RIVAL = re.compile(
    r"\b(?:for\s+(?:its|their|his|her)\s+part|pour\s+(?:sa|leur)\s+part|de\s+(?:son|leur)\s+"
    r"c[ôo]t[ée]|on\s+the\s+other\s+hand|by\s+contrast|in\s+contrast|however|"
    r"en\s+revanche|quant\s+[àa])\b",
    re.IGNORECASE,
)


class Told(Protocol):
    """What `overtaken` reads of a claim: a stored claim or the matcher's view."""

    @property
    def id(self) -> int: ...
    @property
    def document_id(self) -> int: ...
    @property
    def sentence(self) -> str: ...
    @property
    def unit(self) -> str | None: ...
    @property
    def subject(self) -> str | None: ...
    @property
    def voice(self) -> str: ...
    @property
    def value(self) -> Number | None: ...
    @property
    def low(self) -> Number | None: ...


T = TypeVar("T", bound=Told)


def _published(c: MatchInput) -> str | None:
    return c.published


def overtaken(
    claims: Sequence[T],
    day: Callable[[T], str | None] = _published,  # type: ignore[assignment]
) -> set[int]:
    """The ids of the claims (of one category) whose number a claim of a later report
    says the toll moved on from ("up from 12"), or that are lower than a toll a
    later report says the count rose to ("the death toll has risen to 14", a day
    after its voice said 12), or its own report gives beside it (its "the army
    had initially reported seven"): the first counts a revision overtakes, of one
    side (a toll of civilians risen to 14 overtakes no soldiers' 8). None where no
    report says so, or the reports' days are not known. `day`: a claim's report day
    (ISO), its `published` by default."""
    moved: list[tuple[str, int, int]] = []  # the later report's day, the old number, its claim
    risen: list[tuple[str, int, T]] = []  # the later report's day, the toll it rose to, its claim
    for c in claims:
        said = day(c)
        if said:
            for found in _FROM.finditer(c.sentence):
                old = int((found.group(1) or found.group(2)).replace(",", ""))
                moved.append((said, old, c.id))
            for found in _TO.finditer(c.sentence):
                new = int(found.group(1).replace(",", ""))
                if new == stated_number(c):
                    risen.append((said, new, c))
    found_ids: set[int] = set()
    for c in claims:
        mine, number = day(c), stated_number(c)
        if not mine or number is None:
            continue
        up_from = any(c.id != by and mine < said and number == old for said, old, by in moved)
        if up_from or any(_rose_from(c, mine, number, *r) for r in risen):
            found_ids.add(c.id)
    return found_ids


def _rose_from(c: Told, mine: str, number: Number, said: str, new: int, by: Told) -> bool:
    """Whether a claim (of report day `mine`, stating `number`) is a lower count than a
    toll another claim (`by`, of report day `said`) says the count rose to (`new`):
    of the revising report itself (unless it gives another voice's count as a rival
    one: "for its part", "pour sa part"), or an earlier count of the same voice, of
    one side. Another voice's earlier count is no first count the rise overtakes: "medics
    said the toll rose to 41" leaves the army's 15 standing, a dispute (a trial saw
    the army's figures left out of an event's low as revised when the army revised
    nothing)."""
    if c.id == by.id or number >= new:
        return False
    if c.document_id != by.document_id:
        if not _one_voice(c, by):
            return False  # another voice's lower count stays: a dispute, not a first count
        if mine >= said and not _TOLD_BEFORE.search(c.sentence):
            return False  # a later report of its voice's: "the army had said 20" is its past
    elif not _one_voice(c, by) and _RIVAL.search(c.sentence):
        return False  # "la police avance pour sa part un bilan de 19": a rival toll
    return _one_side(c, by)


def _one_voice(a: Told, b: Told) -> bool:
    """Whether two claims speak in one voice: one name, or one institution of one
    country under two names (`match.institutions.same_institution`)."""
    return a.voice == b.voice or same_institution(a.voice, b.voice)


def _one_side(a: Told, b: Told) -> bool:
    """Whether two claims may count one side's dead: not two families both name, nor
    an armed group's and anyone else's."""
    first, second = victim_family(a.unit, a.subject), victim_family(b.unit, b.subject)
    if first is not None and second is not None and first != second:
        return False
    return (first == _ARMED) == (second == _ARMED)
