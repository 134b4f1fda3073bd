"""Counts that share a predicate said once with the count before them: "30 died in
Kaya and 11 in Dori", "killed two farmers in Bama and three herders in Dikwa"
(`gapped`), and a count of people set off after the predicate that closes its clause:
"Ten vigilantes are reported dead, two members of Boko Haram" (`trailing`). Split
from victim_lists.py, which reads the list a predicate governs."""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.extract.claims import Reading
from workbench.extract.lexicon import NOUN_CLASS, PEOPLE, PERSON_NOUNS, SINGULAR_CLASS, NounClass
from workbench.extract.not_places import is_group
from workbench.extract.numbers import Quantity
from workbench.extract.tokens import Tokens
from workbench.extract.victim_items import Item, counted_item
from workbench.extract.victim_list_words import (
    AGENT_PHRASE,
    GAP_LEAD,
    GAP_MORE,
    GAP_NOUN,
    GAP_TAIL,
    JOIN,
    LOWER_PHRASE,
    OWN_PREDICATE,
    PLACE_PHRASE,
)
from workbench.models import Category


def gapped(text: str, pos: int, end: int, quantities: dict[int, Quantity]) -> list[Item]:
    """The counts that share a predicate said once: "30 died in Kaya and 11 in Dori",
    "12 were killed in A, 5 in B and 3 in C", "two were killed by soldiers, and another
    two by police"."""
    items: list[Item] = []
    shared = _shared_phrase(text, pos, end)
    loose = shared is None  # "in that attack and 300 more in ..."
    if loose:
        phrase = LOWER_PHRASE.match(text, pos, end)
        shared = phrase.end() if phrase else None
    while shared is not None:
        join = JOIN.match(text, shared, end)
        start = join.end() if join else end
        lead = GAP_LEAD.match(text, start, end)
        quantity = quantities.get(lead.end() if lead else start) or _another(text, start, end)
        one = None if quantity is not None or loose or lead else _one_placed(text, start, end)
        if one is not None:  # "killed a teacher in A and a farmer in B": one more, at B
            quantity = one.quantity
        if quantity is None or quantity.unit:
            break
        tail = GAP_MORE if loose else GAP_TAIL
        item = one or Item(quantity.start, quantity.end, quantity, None, None)
        if _ANOTHER.match(text, quantity.start, end) and _ANOTHER_ELSEWHERE.match(
            text, quantity.end, end
        ):
            items.append(item)  # "and another in a separate location": one more, elsewhere
            break
        if one is None and not loose and not tail.match(text, quantity.end, end):
            # "killed two farmers in Bama and three herders in Dikwa": a noun of its own
            item = _people_counted(text, quantity, end) or item
        if not tail.match(text, item.end, end):
            break
        shared = _shared_phrase(text, item.end, end)
        if shared is not None and OWN_PREDICATE.match(text, shared, end):
            break  # "and 3 in Gao were wounded": a clause of its own
        items.append(item)
    return items


# A casualty noun's predicate of record, which its gapped counts share with it: "Two
# fatalities were reported in Gareri and another in Kuwami", "Three deaths were recorded
# in Maru and two in Anka" (trial 73: the one more not read).
_RECORDED = re.compile(
    r"\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+(?:also\s+)?(?:reported"
    r"|recorded|registered|confirmed|counted|documented|logged)\b"
)


# the fates a casualty noun's gapped counts share (`noun_gap_readings`)
TOLD_FATES = frozenset(
    {Category.KILLED, Category.WOUNDED, Category.ARRESTED, Category.REFUGEES}
    | {Category.DISPLACED, Category.KIDNAPPED, Category.MISSING}
)


def noun_gapped(text: str, noun_end: int, end: int, quantities: dict[int, Quantity]) -> list[Item]:
    """The gapped counts after a casualty noun's count, which ends at `noun_end`, and
    its predicate of record where it has one (`_RECORDED`): "Five bodies were recovered
    in Maru and two in Anka"."""
    recorded = _RECORDED.match(text, noun_end, end)
    return gapped(text, recorded.end() if recorded else noun_end, end, quantities)


# "another" alone where a gapped count stands: one more ("Two were killed in Gareri and
# another in Kuwami").
_ANOTHER = re.compile(r"(?i:another)(?=\s+(?:in|at|near|on|outside|around|by)\s)")


# Where "another" was, told without its name: "and another in a separate location",
# "and another in a nearby village" (acled-nigeria-d study: the one more not read).
_ANOTHER_ELSEWHERE = re.compile(
    r"\s+(?:in|at|near)\s+(?:a|an|the)\s+(?:separate|different|nearby|neighbou?ring|second|"
    r"another|other)\s+(?:location|place|village|town|area|site|attack|incident|community)\b"
)


def _another(text: str, pos: int, end: int) -> Quantity | None:
    """One more person, told by "another" in place of a gapped count, or None."""
    match = _ANOTHER.match(text, pos, end)
    if match is None:
        return None
    return Quantity(match.start(), match.end(), 1, 1, 1, "exact", words=True)


# ", and", and "and" or "&" alone: "22 rebels killed & 2 FARDC." (acled-w study: the 2
# read as troops)
_TRAIL_JOIN = re.compile(r"\s*,\s+(?:(?:and|&)\s+)?|\s+(?:and|&)\s+")
_TRAIL_END = re.compile(r"(?:\s+(?:also|too|as\s+well))?\s*(?:[.;]|$)")


def trailing(text: str, pos: int, end: int, quantities: dict[int, Quantity]) -> list[Item]:
    """A count of people after a predicate, set off by a comma, that closes the clause:
    the same fate ("Ten vigilantes are reported dead, two members of Boko Haram", "10
    soldiers were killed, and 2 insurgents"); none where more follows ("..., 3 days
    later", "..., 2 in Bama were wounded")."""
    join = _TRAIL_JOIN.match(text, pos, end)
    quantity = quantities.get(join.end()) if join else None
    if join is not None and quantity is None:
        return _one_trailing(text, join.end(), end)
    if quantity is None or quantity.unit:
        return []
    item = _people_counted(text, quantity, end)
    return [item] if item and _TRAIL_END.match(text, item.end, end) else []


# One more person after the predicate, by "a" or "an" and a noun for people (at most two
# words before it): "Two local political leaders killed and a religious leader."
_ONE_MORE = re.compile(
    r"(?:an?|one)\s+(?:[a-z-]+\s+){0,2}?(?P<head>[a-z]+)"
    r"(?=(?:\s+(?:also|too|as\s+well))?\s*(?:[.;]|$))"
)


def _one_trailing(text: str, pos: int, end: int) -> list[Item]:
    """ "..., and a religious leader." closing the clause after a predicate: one more
    of the same fate; none for a thing ("and a truck") or where more follows."""
    match = _ONE_MORE.match(text, pos, end)
    if match is None:
        return []
    head = match.group("head")
    if head not in PERSON_NOUNS:
        return []
    noun = SINGULAR_CLASS.get(head, NounClass.PERSON)
    one = Quantity(pos, match.end(), 1, 1, 1, "exact", words=True)
    return [Item(pos, match.end(), one, match.group(0), noun)]


# One person by "a" or "an" and a noun for people (at most two words before it), then a
# place of its own: "killed a teacher in Ngoksar and a farmer in Tangu" (acled-nigeria-e
# study: the second victim unread, as a count there is read: "two farmers in Bama and
# three herders in Dikwa").
_ONE_PLACED = re.compile(
    r"(?:an?)\s+(?:[a-z-]+\s+){0,2}?(?P<head>[a-z]+)"
    r"(?=\s+(?:in|at|near|outside)\s+(?:the\s+)?[A-Z])"
)


def _one_placed(text: str, pos: int, end: int) -> Item | None:
    """One more person of a gapped list, by "a"/"an" and a noun for people, told with a
    place of its own (`_ONE_PLACED`); None for a thing ("and a truck in Bama")."""
    match = _ONE_PLACED.match(text, pos, end)
    if match is None or match.group("head") not in PERSON_NOUNS:
        return None
    noun = SINGULAR_CLASS.get(match.group("head"), NounClass.PERSON)
    one = Quantity(pos, match.end(), 1, 1, 1, "exact", words=True)
    return Item(pos, match.end(), one, match.group(0), noun)


# A force's initials counted as its men: "2 FARDC", "1 FRCI", "4 MONUSCO"
_FORCE = re.compile(r"[A-Z]{3,7}")


def _people_counted(text: str, quantity: Quantity, end: int) -> Item | None:
    """A gapped count's own plural noun for people ("three herders", "4 Boko Haram
    fighters", "two members of X"), or an armed group's name ("2 Boko Haram"), as the
    list reads it; None for a thing ("3 vehicles"), an unknown word or no noun."""
    tokens = Tokens(text, quantity.start, end)
    item = counted_item(tokens, quantity.start, quantity.end, end, quantity)
    if item is None or item.subject is None or item.end == quantity.end:
        return None
    head = item.subject.split()[-1].lower()
    known = (
        NOUN_CLASS.get(head) in PEOPLE or is_group(item.subject) or _FORCE.fullmatch(item.subject)
    )
    return item if known and item.noun in PEOPLE else None


def _shared_phrase(text: str, pos: int, end: int) -> int | None:
    """Where a place or an agent a gapped count repeats ends: "in Kaya", "by soldiers"
    (after "more" or "others": "two more by police", "nine others in Mbuta")."""
    noun = GAP_NOUN.match(text, pos, end)
    pos = noun.end() if noun else pos
    agent = _AGENT.match(text, pos, end)  # "killed by Boko Haram in Panshekara and another"
    if agent is not None and (placed := PLACE_PHRASE.match(text, agent.end(), end)):
        return placed.end()
    phrase = PLACE_PHRASE.match(text, pos, end) or AGENT_PHRASE.match(text, pos, end)
    return phrase.end() if phrase else None


# The agent a passive names before its place: "killed by Boko Haram (in Panshekara)".
_AGENT = re.compile(
    r"\s+by\s+(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+(?=\s+(?:in|at|near)\s)"
)


def noun_gap_readings(
    text: str, end: int, reading: Reading, quantities: Sequence[Quantity], read: set[int]
) -> list[Reading]:
    """ "Two fatalities were reported in Gareri and another in Kuwami": the counts no
    reading holds that a casualty noun's toll and its predicate of record share
    (`victim_gaps.noun_gapped`), with the toll's fate."""
    if reading.noun is not NounClass.CASUALTY or reading.category not in TOLD_FATES:
        return []
    gaps = noun_gapped(text, reading.end, end, {q.start: q for q in quantities})
    return [
        Reading(q, reading.category, i.start, i.end, reading.subject, reading.noun, None)
        for i in gaps
        if (q := i.quantity) is not None and q.start not in read
    ]
