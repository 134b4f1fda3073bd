"""The readings a list of victims gives (`item_readings`), and the spans a rule
refuses (`Refused`): shared by the predicate rules of `victim_rules.py` and by
`victims.py`, which reads a coder's field ("Fatalities: 10 people.") with them; and
the readings a bracket gives as a breakdown of the one before it (`bracketed_parts`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from workbench.extract.claims import Reading
from workbench.extract.cues import Cue, find_actor
from workbench.extract.lexicon import (
    COMBATANTS,
    NOUN_CLASS,
    PEOPLE,
    PERSON_NOUNS,
    TAKEN_IN_BATTLE,
    NounClass,
)
from workbench.extract.numbers import Quantity
from workbench.extract.person_words import MORE_PERSONS
from workbench.extract.victim_backs import known_people, other_fate
from workbench.extract.victim_items import Item
from workbench.extract.victim_words import EUPHEMISM, SET_BEFORE, A
from workbench.models import Category


@dataclass(frozen=True)
class Refused:
    """Victims a predicate governs that are no casualty of this report: "tried to
    kill 5 soldiers", "three were killed, wounded or captured", "three days after
    Judge X was assassinated": `text[start:end]`."""

    start: int
    end: int


def item_readings(
    text: str,
    items: list[Item],
    category: Category,
    clause: tuple[int, int],
    pre: Cue | None,
    post: Cue | None,
) -> Iterator[Reading | Refused]:
    """A reading of `category` for each counted item of a list of victims, with the
    cue before (`pre`) or after (`post`) it that says what befell them, in the
    clause `text[clause[0]:clause[1]]`; a `Refused` span for the parts "including"
    names. Items counted by nothing, things and other fates give none."""
    actor = find_actor(text, clause, pre, post, category)
    taken = category is A and pre is not None and TAKEN_IN_BATTLE.match(pre.word)
    euphemism = any(c is not None and EUPHEMISM.match(c.word) for c in (pre, post))
    set_alight = pre is not None and SET_BEFORE.match(pre.word) is not None
    for item in _one_group(text, items):
        yield from (Refused(*span) for span in item.parts)  # "including five women"
        quantity = item.quantity or Quantity(item.start, item.end, 1, 1, 1, "exact", words=True)
        if not item.counted or _bare_collective(text, item):
            continue
        start, end = item.start, item.end
        if pre is not None and pre.end - pre.start < 40 and pre.end <= start:
            start = pre.start
        if post is not None and post.start >= end and post.start - end <= 40:
            end = post.end
        if taken and item.noun in COMBATANTS:  # fighters captured in battle: prisoners
            yield Reading(quantity, Category.ARRESTED, start, end, item.subject, item.noun, actor)
            continue
        if taken and item.noun is NounClass.THING:
            continue
        if euphemism and not known_people(item):
            continue  # "neutralised three explosive devices"
        if set_alight and not people_named(item):
            continue  # "set ablaze two buses", "set three vehicles on fire"
        if other_fate(item, category):
            continue  # "the death of one person, and ten injuries": the injuries' own
        yield Reading(quantity, category, start, end, item.subject, item.noun, actor)


def _one_group(text: str, items: list[Item]) -> list[Item]:
    """The items of a list, or one item for a list of people each counted by "a", "the"
    or a possessive alone ("a man and a woman", "Ojo Adamu and his wife", "the
    councillor and his driver"): the analyst's one figure of two, not two of one."""
    if len(items) < 2 or not all(
        i.single
        and i.quantity is None
        and not i.parts
        and not _bare_collective(text, i)
        and _new_person(text, i)
        for i in items
    ):
        return items
    count = len(items)
    first, last = items[0], items[-1]
    quantity = Quantity(first.start, last.end, count, count, count, "exact", words=True)
    return [replace(first, end=last.end, quantity=quantity, single=False)]


_NEW_ONE = re.compile(r"(?:an?|one|another|his|her|their)\s", re.IGNORECASE)
_NAME = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}")


def _new_person(text: str, item: Item) -> bool:
    """Whether an item is someone the text has not told of before: one counted by "a",
    "one" or a possessive ("a nurse", "his wife"), or a full name the text names here
    first; not "the councillor", "him", nor a name told before (whose death a toll may
    have counted already)."""
    comma = text.rfind(", ", item.start, item.end)  # "Earlier Monday, a doctor"
    start = comma + 2 if comma >= 0 else item.start
    if _NEW_ONE.match(text, start):
        return True
    name = _NAME.fullmatch(text, start, item.end)
    return name is not None and text.find(name.group().split()[-1], 0, item.start) < 0


def people_named(item: Item) -> bool:
    """Whether an item names people by a word the lexicon holds for them ("four
    suspects", "a thief"), not by its suffix ("tractors"), nor a bare count."""
    if item.subject is None:
        return False
    if known_people(item):
        return True
    head = item.subject.split()[-1].lower()
    singulars = (head, head[:-1], head[:-2], head[:-3] + "f")  # "thieves": "thief"
    return any(word in PERSON_NOUNS or word in MORE_PERSONS for word in singulars)


# Nouns of a body of people: one only with "a" ("a staff member" is one person)
_COLLECTIVE = frozenset("staff crew personnel family militia police team".split())


def _bare_collective(text: str, item: Item) -> bool:
    """Whether a single item is a body of people named bare: "280 pupils and staff were
    abducted" tells no count of staff ("a staff of the council", "a CRPF personnel":
    one, as Indian and Nigerian English say); nor does a plural noun of people with no
    figure ("Ituri Civilians Massacred as Militias Go Unpunished")."""
    if not item.single or item.subject is None:
        return False
    words = item.subject.lower().split()
    opening = text[item.start : item.start + 4].lower()  # "a staff", "a CRPF personnel"
    one = opening.startswith(("a ", "an ", "one "))
    plural = words[-1].endswith("s") and NOUN_CLASS.get(words[-1]) in PEOPLE
    if item.quantity is None and plural and not one:
        return True  # a headline's "Ituri Civilians Massacred": people of no count, no one
    if words[-1] not in _COLLECTIVE or len(words) > 2:
        return False
    return not one


# Words that make a figure in brackets more victims, not a part of those before it.
_MORE = re.compile(r"(?<![a-z])(?:also|another|more|other|others|additional|further|plus)(?![a-z])")


# A colon right after a toll opens its breakdown as a bracket does: "12 people died: 9
# were shot and three drowned" (acled-w study: read as 15).
# (a figure right after it: not "kills 11: monitor", a headline's source)
_COLON_AFTER = re.compile(
    r"[ \t]*:(?=\s*(?:\d|(?i:one|two|three|four|five|six|seven|eight|nine|ten)\s))"
)


def bracketed_parts(text: str, end: int, readings: list[Reading]) -> list[Reading]:
    """The readings inside a bracket opened after a reading of the same category, or
    after a colon right after it,
    (before `end`, the sentence's), whose figures add up to no more than its own:
    a breakdown of it ("killed 12 herders in three villages (Kuri, where they killed
    five, Dogo, where they killed four ...)"), not more victims. A larger figure
    there is another report ("killed seven (some reports claim 14)"), and one said
    to be more is more ("(two soldiers were also killed)", "(plus the bomber)")."""
    parts: list[Reading] = []
    for first in readings:
        colon = _COLON_AFTER.match(text, first.end, end)
        opened = colon.end() - 1 if colon else text.find("(", first.end, min(end, first.end + 60))
        if opened < 0 or text.find(")", first.end, opened) >= 0:
            continue
        if any(first.end <= r.start < opened for r in readings):
            continue  # the bracket tells of a reading nearer it
        closed = text.find(";", opened, end) if colon else text.find(")", opened, end)
        closed = end if closed < 0 else closed
        inside = [
            r
            for r in readings
            if r.category is first.category and opened < r.start and r.end <= closed
        ]
        count = sum(float(r.quantity.low or r.quantity.value or 0) for r in inside)
        total = float(first.quantity.low or first.quantity.value or 0)
        if inside and count <= total and not _MORE.search(text.lower(), opened, closed):
            parts.extend(r for r in inside if r not in parts)
    return parts
