"""What a reading of victims points back to: the list of victims `parse_back`
reads backwards from "were killed", "was shot dead", "died"; the count a bare
number borrows its noun from (`carry_subjects`); bodies told before (`new_body`,
`told_bodies`); and what an item's noun says of its fate (`other_fate`,
`known_people`). Deaths told as background are victim_background.py's.

`victim_lists.py` reads one list forwards from where it starts; `parse_back` finds
where the list of a passive's subject starts: a number or "a"/"the" whose list
reaches the verb, straight or past an apposition, a relative clause or a short
modifier ("two British citizens travelling near the border were killed").
"""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.extract.claims import Reading
from workbench.extract.lexicon import (
    CASUALTY_NOUNS,
    COMBATANTS,
    NOUN_CLASS,
    SINGULAR_CLASS,
    NounClass,
)
from workbench.extract.numbers import Quantity
from workbench.extract.tokens import CLOSING_QUOTES, Token, Tokens
from workbench.extract.victim_items import Item
from workbench.extract.victim_list_words import (
    ACCORDING_TO,
    AND_KIN,
    APPOSITION,
    APPOSITION_BARE,
    AUX_NEXT,
    BARE_RANGE,
    BRACKET,
    GAP,
    HELD_AFTER,
    MAX_BACK,
    MODIFIER,
    NAME_COMMA,
    NAME_DESCRIBED,
    NEAR_VERB,
    OBJECT_BEFORE,
    PART_BEFORE,
    PART_CLOSES,
    PREPOSITION_BEFORE,
    RELATIVE,
    SCENE_BEFORE,
    SHARE_OF,
    SINGLE,
    TOLL_REACHES,
    UNIT_NUMBER_AFTER,
    WHOLE_OF_SHARE,
)
from workbench.extract.victim_lists import parse_list
from workbench.extract.victim_roles import one_with_unknown_role
from workbench.extract.victim_words import (
    BODIES,
    POSSESSED_BODY,
)
from workbench.models import Category


def parse_back(sentence: Tokens, lo: int, stop: int, quantities: dict[int, Quantity]) -> list[Item]:
    """The list of victims ending at `stop`: the earliest start whose list reaches it.
    `sentence` is the tokens of the sentence it stands in."""
    text = sentence.text
    tokens = sentence.last(lo, stop, MAX_BACK)
    target = stop
    while target > lo and text[target - 1].isspace():
        target -= 1
    described = NAME_DESCRIBED.search(text, max(lo, target - 200), target)
    if described and not PREPOSITION_BEFORE.search(
        text, max(lo, described.start() - 12), described.start()
    ):
        # "Nityaranjan Pande, a worker at a monastery in X, was hacked to death"
        name = described.group(1)
        named = [Item(described.start(), target, None, name, NounClass.PERSON, single=True)]
        kin = AND_KIN.search(text, described.start(), target)  # "..., and his son,"
        if kin:
            named.append(Item(kin.start(1), kin.end(1), None, kin.group(2), NounClass.PERSON, True))
        return named
    counted = [t for t in tokens if t[1] in quantities or t[0].lower() in SINGLE]
    held: list[Item] = []
    head_end = stop
    part_end = lo  # the end of a part of a count told before (`PART_BEFORE`)
    for start in [t[1] for t in counted] + _other_starts(text, tokens, counted):
        # a number or "a"/"the" first, then a name or a bare noun opening a phrase
        if held and start >= head_end:
            return held  # a start inside the modifier of a counted head: not the subject
        if held and WHOLE_OF_SHARE.search(text, max(lo, start - 16), start):
            continue  # "3 of the 17 men arrested died": the 17 is the whole of the share
        if ACCORDING_TO.search(text, max(lo, start - 20), start):
            continue  # "According to a police officer, three villagers were killed"
        if SCENE_BEFORE.search(text, max(lo, start - 12), start):
            continue  # "In a separate encounter, three fighters were killed": a scene
        if start < part_end:
            continue
        closed = PART_CLOSES.search(text, start, target)
        if closed and PART_BEFORE.search(text, max(lo, start - 14), start):
            # "killed, including six women and two children, and 7 were wounded": the
            # part runs to its comma or bracket, and the passive's list starts after it
            # (not "injured, of whom 8 are in critical condition": the part's own verb)
            part_end = closed.start()
            continue
        if TOLL_REACHES.search(text, max(lo, start - 24), start):
            continue  # "Toll Rises to Seven, 70 Injured": seven is the toll's
        if BARE_RANGE.match(text, start):
            continue  # "between 35 and 43, and 6 injured": the range is no one injured
        listed = parse_list(sentence, start, target, quantities)
        items = _reaching(text, listed, target)
        if len(items) > 1 and OBJECT_BEFORE.search(text, max(lo, start - 24), start):
            items = items[1:]  # "carried out by 30 assailants, and four people were injured"
        if items:
            return _named_subject(text, lo, items)
        if role := one_with_unknown_role(text, listed, target):
            return role  # "A drug suspect and police asset was killed"
        if not held:
            held = _modified(text, listed, target)
            head_end = listed[-1].end if held else stop
    return (
        held
        or _loose_back(sentence, tokens, target, quantities)
        or _suspected_one(text, lo, target)
    )


# One suspect named by the group he is thought of, before a singular verb: "Suspected
# [al Shabaab] was on Wednesday shot dead by police", "a suspected Boko Haram was
# killed" (session 78: an ACLED note's one dead gave no claim). ACLED's brackets name
# the actor; the name's words are capitalised, "al"/"of"/"the" aside.
_SUSPECTED_ONE = re.compile(
    r"(?:^|(?<=[.;:]\s)|(?<![\w-])(?i:an?|one)\s+)(?i:suspected|alleged|presumed)\s+"
    r"\[?(?P<group>(?:al|Al|el|El)?[-\s]?[A-Z][\w’'-]*(?:\s+(?:of\s+|the\s+|al[-\s])?[A-Z][\w’'-]*){0,3})"
    r"\]?\s*$"
)
_SINGULAR_AUX = re.compile(r"\s*(?:was|has\s+been|had\s+been)\b")


def _suspected_one(text: str, lo: int, target: int) -> list[Item]:
    """The one suspect of `_SUSPECTED_ONE` ending at `target` before a singular verb, as
    an item whose subject is "<group> suspect"; [] where none stands there."""
    if not _SINGULAR_AUX.match(text, target):
        return []
    found = _SUSPECTED_ONE.search(text, max(lo, target - 60), target)
    if found is None or found.start() < lo:
        return []
    subject = f"{found.group('group').strip()} suspect"
    return [Item(found.start(), target, None, subject, NounClass.PERSON, single=True)]


def _modified(text: str, items: list[Item], target: int) -> list[Item]:
    """A counted head and the phrase after it up to the verb: "three militants
    belonging to the banned X", "one official from the division of Military Affairs";
    its last item then ends at the verb."""
    counted = bool(items) and items[0].counted
    if counted and (
        MODIFIER.fullmatch(text, items[-1].end, target)
        or (
            SHARE_OF.match(text, items[0].start)
            and HELD_AFTER.fullmatch(text, items[-1].end, target)
        )
    ):
        return [*items[:-1], replace(items[-1], end=target)]
    return []


# The body an office holder serves, named after a comma with no comma to close it,
# before a passive: "The acting Registrar, Medical Laboratory Science Council of Nigeria
# (MLSCN) was killed" (the Nigerian press's style: acled-nigeria-f study, no claim).
# Capitalised words joined by "the", "and" or "for", with an "of" among them (a body's
# name, not a person's: "The diplomat, Muhammad Salih Al-Madani was wounded" keeps the
# name), perhaps an acronym in brackets.
_BODY_WORDS = r"[A-Z][\w’'-]*(?:\s+(?:(?:the|and|for|&)\s+)*[A-Z][\w’'-]*){0,6}"
_OFFICE_BODY = re.compile(
    rf",\s+(?:the\s+)?{_BODY_WORDS}\s+of\s+(?:the\s+)?{_BODY_WORDS}"
    r"(?:\s*\([A-Z][A-Za-z]{1,9}\))?\s*"
)
_SINGULAR_NEXT = re.compile(r"\s*(?:was|has\s+been|had\s+been)\s")


def _reaching(text: str, items: list[Item], target: int) -> list[Item]:
    """The longest head of a list of victims that reaches `target`, straight or
    past an apposition, a relative clause or a bracket ("Two herders, brothers from
    Tinka,", "Between three and ten (varied by source) are killed");
    none if it counts nobody."""
    appositions = APPOSITION if AUX_NEXT.match(text, target) else APPOSITION_BARE
    for size in range(len(items), 0, -1):
        end = items[size - 1].end
        if (
            (
                end == target
                or (end == target - 1 and text[end] in CLOSING_QUOTES)  # '"40 rebels" were'
                or appositions.fullmatch(text, end, target)
                or RELATIVE.fullmatch(text, end, target)
                or BRACKET.fullmatch(text, end, target)
                or UNIT_NUMBER_AFTER.fullmatch(text, end, target)
                or (
                    items[size - 1].single
                    and _OFFICE_BODY.fullmatch(text, end, target)
                    and _SINGULAR_NEXT.match(text, target)
                )
            )
            and any(i.counted for i in items[:size])
        ):
            return items[:size]
    return []


def _other_starts(text: str, tokens: list[Token], counted: list[Token]) -> list[int]:
    """Where else a list of victims may begin: a capitalised word, the first word
    after a comma or of the span ("In Lagos, civilians and 3 police were killed"),
    or any of the last few before the verb ("10 year old boy was killed")."""
    taken = {t[1] for t in counted}
    starts = []
    near = len(tokens) - NEAR_VERB
    for index, (word, start, _) in enumerate(tokens):
        if start in taken or not word[0].isalpha():
            continue
        if index >= near or index == 0 or word[0].isupper() or tokens[index - 1][0] == ",":
            starts.append(start)
    return starts


def _named_subject(text: str, lo: int, items: list[Item]) -> list[Item]:
    """ "Jose Escalante, a city councilman, was shot", "Tomas Ferrant, a teacher, and
    his son were abducted": the first item after the comma describes the person
    named before it."""
    name = NAME_COMMA.search(text, max(lo, items[0].start - 60), items[0].start)
    if name is None or items[0].quantity is not None:
        return items
    first = Item(name.start(), items[0].end, None, name.group(1), NounClass.PERSON, True)
    return [first, *items[1:]]


def _loose_back(
    sentence: Tokens,
    tokens: list[Token],
    target: int,
    quantities: dict[int, Quantity],
) -> list[Item]:
    """The victims of a passive separated from it by a short modifier: "two British
    citizens travelling near the border were killed", "a pastor in X was killed"."""
    for word, start, _ in reversed(tokens):
        if start not in quantities and word.lower() not in ("a", "an", "one", "the"):
            continue
        items = parse_list(sentence, start, target, quantities)
        if items and any(i.counted for i in items):
            return items if GAP.fullmatch(sentence.text, items[-1].end, target) else []
    return []


def new_body(text: str, item: Item) -> bool:
    """ "a body", "two bodies", "his body" (of a man told kidnapped before), "a dead
    soldier": a death.
    "The body" and "the body of a man" speak of a victim counted elsewhere, and
    "his body" too where the sentence counts a death already (`told_bodies`)."""
    words = text[item.start : item.end].lower().split()
    dead = len(words) > 2 and words[1] == "dead"  # "a dead soldier was found"
    return (
        bool(item.subject)
        and (words[-1] in BODIES or dead)
        and (item.quantity is not None or words[0] in ("a", "an", "one", "his", "her"))
    )


def told_bodies(readings: list[Reading], text: str) -> list[Reading]:
    """Drop "his body was found" where the sentence tells the death already ("a man
    was killed and his body was found")."""
    theirs = [r for r in readings if POSSESSED_BODY.match(text, r.start)]
    others = [r for r in readings if r.category is Category.KILLED and r not in theirs]
    return [r for r in readings if r not in theirs] if others else readings


def carry_subjects(readings: list[Reading]) -> list[Reading]:
    """A bare number counts what the number before it counted: in "three police
    officers were killed and eleven wounded", eleven police officers. After a list
    of people of several nouns, whose readings share their verb and so overlap
    ("nineteen men, five women and a child were killed and nine injured"), it counts
    no one of them: its subject stays unsaid."""
    carried: list[Reading] = []
    last: Reading | None = None
    nouns: set[str] = set()  # the nouns of the last list (one reading, or overlapping)
    end = -1  # where that list's readings end
    for reading in readings:
        if reading.subject is None:
            if last is not None and len(nouns) == 1:
                reading = replace(reading, subject=last.subject, noun=last.noun)
            carried.append(reading)
            continue
        if reading.start < end:  # overlapping the list before: one more of its nouns
            nouns.add(reading.subject)
            end = max(end, reading.end)
        else:
            nouns, end = {reading.subject}, reading.end
        if reading.quantity.value != 1:
            last = reading
        carried.append(reading)
    return carried


_ANTECEDENT_REACH = 60  # tokens before "killing them" searched for its people


def antecedents(
    sentence: Tokens, lo: int, verb: int, quantities: dict[int, Quantity]
) -> list[Item]:
    """The victims "them" stands for: the last list of people told in `text[lo:verb]`
    before the verb, not the sentence's subject ("fired on two guards, killing
    them", "abducted two officers and a driver before killing them"); none where
    the last people told are uncounted ("fired on the guards, killing them")."""
    tokens = sentence.last(lo, verb, _ANTECEDENT_REACH)
    last: list[Item] = []
    reach = lo
    for word, start, _ in tokens:
        if start < reach or start == lo or not (start in quantities or word.lower() in SINGLE):
            continue
        items = parse_list(sentence, start, verb, quantities)
        if items:
            last, reach = items, items[-1].end
    return last if all(i.counted for i in last) else []


def subject_of(sentence: Tokens, lo: int, verb: int, quantities: dict[int, Quantity]) -> list[Item]:
    """The victims "themselves" stands for: the first counted list of people in
    `text[lo:verb]`, the sentence's subject ("four bombers blew up a bus, killing
    only themselves"); none where it counts nobody."""
    for word, start, _ in sentence.last(lo, verb, _ANTECEDENT_REACH):
        if start in quantities or word.lower() in SINGLE:
            items = parse_list(sentence, start, verb, quantities)
            if items:
                return items if all(i.counted for i in items) else []
    return []


def other_fate(item: Item, category: Category) -> bool:
    """Whether the item's noun names another fate than the predicate's ("injuries"), but
    not "three of the injured", who may die later."""
    if item.of_the_hurt and category is Category.KILLED:
        return False
    words = item.subject.lower().split() if item.subject else []
    while len(words) > 1 and words[-1].endswith("ed"):
        words.pop()  # "one militant death reported": the head before its participle
    head = words[-1] if words else ""
    fate = CASUALTY_NOUNS.get(head)  # hostages and refugees are who, not what befell them
    return fate in (Category.KILLED, Category.WOUNDED) and fate is not category


def known_people(item: Item) -> bool:
    """Whether an item's head is a lexicon word for people (or no noun: "neutralised 12")."""
    if item.subject is None:
        return True
    head = item.subject.split()[-1].lower()
    cls = NOUN_CLASS.get(head) or SINGULAR_CLASS.get(head)
    return cls in COMBATANTS or cls in (NounClass.PERSON, NounClass.CIVILIAN)
