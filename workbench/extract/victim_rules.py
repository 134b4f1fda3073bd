"""The rules that read the victims of one clause's casualty predicates.

`victims.py` finds the clauses worth reading and gathers what they give; each rule
here reads one shape of predicate, tried only where a predicate's first word
starts (`Clause.triggers`): an active verb or a nominal before its victims
(`_active`), bodies found (`_found_bodies`), a result after them ("leaving three
dead", `_resulting`), and a passive or intransitive one after them (`_passive`).
A rule yields a `Reading` for each counted victim and a `Refused` span for the
victims it reads but that are no casualty of this report.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from workbench.extract.claims import Reading
from workbench.extract.cues import Cue
from workbench.extract.lexicon import PERSON_NOUNS
from workbench.extract.numbers import Quantity
from workbench.extract.revisions import revised_tolls
from workbench.extract.tokens import Tokens
from workbench.extract.victim_attach import (
    fronted_objects,
    one_with_two_titles,
    told_of_nearest,
)
from workbench.extract.victim_backs import (
    antecedents,
    known_people,
    new_body,
    parse_back,
    subject_of,
)
from workbench.extract.victim_elided import elided_victims
from workbench.extract.victim_items import Item
from workbench.extract.victim_list_words import (
    SUBJECT_OF_NEXT,
    THE_BEFORE,
    THEM,
)
from workbench.extract.victim_lists import gapped, parse_list
from workbench.extract.victim_nouns import MORE_PERSONS
from workbench.extract.victim_plus import plus_people
from workbench.extract.victim_readings import Refused, item_readings
from workbench.extract.victim_reasons import (
    IRREALIS,
    REPRISAL_FOR,
    SETS_OFF,
    SOUGHT,
    background,
    intended,
    told_before,
    unrealised_result,
)
from workbench.extract.victim_words import (
    ACTIVE_RE,
    ALONG,
    AND_BEFORE,
    APPOSITIVE_BEFORE_VERB,
    AUX_BEFORE,
    BE_BEFORE,
    BODY,
    DETERMINER_BEFORE,
    FINDING,
    FOUND_AUX,
    FOUND_RE,
    HURT_THEN_DIED,
    IDENTIFIED_BEFORE_VERB,
    LIST_GOES_ON,
    NEARLY,
    OBJECT_AFTER,
    OR_BEFORE,
    OR_OTHER_FATE,
    PARTITIVE_SUBJECT,
    PASSIVE_RE,
    PERFECT,
    RELATIVE_BEFORE_VERB,
    RESULT_RE,
    RESULTATIVES,
    SET_ON_FIRE,
    SHARED_SUBJECT,
    THEN_DIED,
    TO_BE,
    UNCLEAR,
    WOULD,
    K,
)
from workbench.models import Category


@dataclass(frozen=True)
class Clause:
    """The clause being read, `text[lo:hi]`, with what every predicate rule needs: the
    folded text, where its sentence starts, the sentence's quantities by start, and
    where in the clause a trigger word starts."""

    text: str
    folded: str
    lo: int
    hi: int
    sentence_start: int
    sentence_end: int
    quantities: dict[int, Quantity]
    triggers: list[int]
    sentence: Tokens


def clause_victims(c: Clause) -> Iterator[Reading | Refused]:
    """Every predicate of the clause, tried only where a trigger word starts: one scan
    of the clause finds those, and each pattern is matched there, not searched."""
    yield from revised_tolls(c.folded, c.lo, c.hi, c.triggers, c.quantities)
    yield from _active(c)
    yield from _found_bodies(c)
    yield from _resulting(c)
    yield from _passive(c)


def _at(
    pattern: re.Pattern[str], folded: str, triggers: list[int], end: int
) -> Iterator[re.Match[str]]:
    """The non-overlapping matches of `pattern` that start at a trigger."""
    after = -1
    for pos in triggers:
        if pos < after:
            continue
        match = pattern.match(folded, pos, end)
        if match:
            after = match.end()
            yield match


def _refuse(items: list[Item]) -> Iterator[Refused]:
    return (Refused(i.start, i.end) for i in items)


def _active(c: Clause) -> Iterator[Reading | Refused]:
    """Victims after an active verb or a nominal: "killed two soldiers", "the death of"."""
    text, folded, triggers = c.text, c.folded, c.triggers
    clause = lo, hi = c.lo, c.hi
    for match in _at(ACTIVE_RE, folded, triggers, hi):
        nominal = match.group(0).rstrip().endswith(" of")
        before = max(c.sentence_start, match.start() - 200)  # a reason may open the sentence
        refused = (
            (nominal and background(folded, before, match.start()))
            or (nominal and _untold_body(c, match))
            or (nominal and unrealised_result(folded, lo, match.start()))
            or SOUGHT.search(folded, before, match.start())
            or (not nominal and IRREALIS.search(folded, max(lo, match.start() - 40), match.start()))
            or (not nominal and REPRISAL_FOR.search(folded, before, match.start()))
            or (not nominal and intended(folded, lo, match))
        )
        if not refused and _after_auxiliary(folded, match):
            continue  # "were killed": the passive rule's, its victims read there
        items = fronted_objects(text, c.sentence_start, match.start(), _victims_after(c, match))
        if nominal and items and SETS_OFF.match(folded, items[-1].end, c.sentence_end):
            refused = True  # "The death of a student ... sparked protests": their reason
        if not refused and _INCLUDED.match(folded, match.start()):
            # "2 dead including the bomber": a part of the figure before, no more dead
            before = _quantity_end_before(c, match.start())
            refused = before >= 0 and not folded[before : match.start()].strip()
        if refused:
            # "protested against the killing of two students": an earlier death;
            # "tried to kill the governor", "nearly killed a thief": none; nor does
            # its verb make the subject a victim ("two men who had killed a farmer")
            yield from _refuse(items)
            yield Refused(match.start(), match.end())
            continue
        if items:
            category = Category[match.lastgroup or ""]
            cue = Cue(_cue_start(folded, match), match.end(), category, match.group(0).split()[0])
            yield from item_readings(text, items, category, clause, cue, None)
            # "killed 12 in Akida and nine others in Mbuta"
            gaps = gapped(text, items[-1].end, c.sentence_end, c.quantities)
            yield from item_readings(text, gaps, category, clause, None, None)
            # "killed five villagers (plus a soldier)": the item may hold the bracket
            inside = folded.find("(plus", items[-1].start, items[-1].end)
            yield from _plus_people(c, items[-1].end if inside < 0 else inside, category)


# "dead including", "killed including" without "the": the figure before it is the toll
_INCLUDED = re.compile(r"(?:dead|fatalities|killed)\s+includ")


def _quantity_end_before(c: Clause, pos: int) -> int:
    """Where the last quantity ending at or before `pos` ends (-1 without one)."""
    return max((q.end for q in c.quantities.values() if q.end <= pos), default=-1)


def _victims_after(c: Clause, match: re.Match[str]) -> list[Item]:
    """The victims an active cue governs: its objects, else those "them" points back to
    ("fired on two guards, killing them"), else the bombers of "killing themselves"."""
    items = _objects(c, match.end())
    them = THEM.match(c.folded, match.end())
    if them and them.group(0).endswith("themselves"):  # "two bombers ... killing themselves"
        bombers = subject_of(c.sentence, c.sentence_start, match.start(), c.quantities)
        # "... killing themselves and two civilians": the bombers and their victims
        return bombers + [i for i in items if i.counted] if bombers else items
    if any(i.counted for i in items):
        return items
    if them:
        return antecedents(c.sentence, c.sentence_start, match.start(), c.quantities)
    return items


def _untold_body(c: Clause, match: re.Match[str]) -> bool:
    """ "the body of a man" in a sentence that tells no finding ("placed the body of a
    woman on the road", "swapped the body of a soldier"): a death told elsewhere."""
    return bool(BODY.match(match.group(0))) and not FINDING.search(
        c.folded, c.sentence_start, c.sentence_end
    )


def _objects(c: Clause, pos: int) -> list[Item]:
    """The list after an active verb, on past the clause where it ends on ", and":
    "killed a farmer, a trader, and a herder"."""
    items = parse_list(c.sentence, pos, c.hi, c.quantities)
    if items and c.hi < c.sentence_end and LIST_GOES_ON.fullmatch(c.text, items[-1].end, c.hi):
        longer = parse_list(c.sentence, pos, c.sentence_end, c.quantities)
        if len(longer) > len(items):
            return longer
    return items


def _cue_start(folded: str, match: re.Match[str]) -> int:
    """Where an active cue starts, with the article of "the dead included" (a
    breakdown of a total, which a toll does not add)."""
    the = THE_BEFORE.search(folded, max(0, match.start() - 5), match.start())
    return (
        the.start()
        if the and match.group(0).startswith(("dead", "fatalities", "killed"))
        else match.start()
    )


def _found_bodies(c: Clause) -> Iterator[Reading | Refused]:
    """ "a body was found", "two bodies were recovered"."""
    text, folded, quantities, triggers = c.text, c.folded, c.quantities, c.triggers
    clause = lo, hi = c.lo, c.hi
    for match in _at(FOUND_RE, folded, triggers, hi):
        if not FOUND_AUX.search(folded, max(lo, match.start() - 12), match.start()):
            continue  # "police found the body": active, its victim told elsewhere
        aux = _auxiliaries_start(folded, lo, match.start())
        items = parse_back(c.sentence, lo, aux, quantities)
        bodies = [i for i in items if new_body(text, i)]
        yield from item_readings(text, bodies, K, clause, None, Cue(aux, match.end(), K))


def _resulting(c: Clause) -> Iterator[Reading | Refused]:
    """ "leaving three fighters dead", "took four tourists hostage"."""
    text, folded, quantities, triggers = c.text, c.folded, c.quantities, c.triggers
    clause, hi = (c.lo, c.hi), c.hi
    for verbs, results in RESULTATIVES:
        for match in _at(verbs, folded, triggers, hi):
            before = max(c.sentence_start, match.start() - 200)
            sought = SOUGHT.search(folded, before, match.start())
            if not sought and not _may_result(folded, match.end(), hi, results):
                continue  # "left the village": no result to read the victims for
            items = parse_list(c.sentence, match.end(), hi, quantities)
            if sought:
                yield from _refuse(items)  # "a man suspected to have stabbed his wife to death"
                continue
            result = RESULT_RE.match(folded, items[-1].end, hi) if items else None
            category = results.get(" ".join(result.group(1).split())) if result else None
            if result and category:
                cue = Cue(match.start(), result.end(), category)
                yield from item_readings(text, items, category, clause, cue, None)


def _may_result(folded: str, pos: int, hi: int, results: dict[str, Category]) -> bool:
    """Whether one of the `results` may follow `pos` in the clause: the last word of
    each stands in `folded[pos:hi]` (a cheap test before reading the victims)."""
    return any(folded.find(result.rsplit(None, 1)[-1], pos, hi) >= 0 for result in results)


def _passive(c: Clause) -> Iterator[Reading | Refused]:
    """Victims before a passive or intransitive predicate: "two soldiers were killed"."""
    text, folded, quantities, triggers = c.text, c.folded, c.quantities, c.triggers
    clause = lo, hi = c.lo, c.hi
    for match in _at(PASSIVE_RE, folded, triggers, hi):
        aux = stop = _auxiliaries_start(folded, lo, match.start())
        if DETERMINER_BEFORE.search(folded, max(lo, aux - 8), aux):
            continue  # "two of the wounded": a noun, not a predicate
        if _active_after(c.sentence, match.end(), hi, quantities):
            # "three gunmen shot dead two men": active, read above; the gunmen are none
            yield from _refuse(parse_back(c.sentence, lo, aux, quantities))
            continue
        if _not_a_death(folded, (lo, c.sentence_end), aux, match.end()) or (
            (aux == match.start() or PERFECT.fullmatch(folded, aux, match.start()))
            and OBJECT_AFTER.match(folded, match.end(), hi)
        ):
            yield from _refuse(parse_back(c.sentence, lo, aux, quantities))
            continue
        # "was abducted, tortured and beheaded": the subject of the first participle,
        # whichever clause of the sentence it stands in
        first = c.sentence_start
        subject_lo = first if AND_BEFORE.search(folded, max(first, lo - 40), lo) else lo
        shared = SHARED_SUBJECT.search(folded, max(first, stop - 60), stop)
        if shared:
            stop, subject_lo = shared.start(), first
        items, passed = _passive_subject(c, subject_lo, stop)
        items = one_with_two_titles(folded, aux, items)  # "a chief and farmer was"
        nearest = told_of_nearest(text, items, aux == match.start())
        if nearest is not None:  # "relatives of a man killed by police": the man
            items = parse_back(c.sentence, nearest, stop, quantities)
        yield from passed
        told = told_before(folded, lo, items)
        yield from _refuse(told)  # "protesters blocked roads after two were killed"
        items = items[len(told) :]
        if not items or (SET_ON_FIRE.match(match.group(0)) and not _burned_people(c, items)):
            continue  # "two buses were set ablaze", "the car of a councillor": no one died
        category, cue_end = Category[match.lastgroup or ""], match.end()
        wounded = category is Category.WOUNDED
        died = THEN_DIED.match(folded, cue_end, c.sentence_end) if wounded else None
        if wounded and died is None and aux == match.start():  # "five wounded soldiers died"
            died = HURT_THEN_DIED.match(folded, cue_end, c.sentence_end)
        if died:  # "was injured in the blast and later died"
            category, cue_end = K, died.end()
        cue = Cue(aux, cue_end, category)
        yield from item_readings(text, items, category, clause, None, cue)
        yield from _plus_people(c, cue_end, category)
        gaps = gapped(text, match.end(), c.sentence_end, quantities)
        yield from item_readings(text, gaps, category, clause, None, None)
        along = ALONG.match(folded, match.end(), hi)  # "was killed along with his driver"
        companions = parse_list(c.sentence, along.end(), hi, quantities) if along else []
        if companions and not SUBJECT_OF_NEXT.match(text, companions[-1].end, hi):
            yield from item_readings(text, companions, category, clause, None, None)
        elif along is None:
            before = sum(_count(i) for i in items)
            elided = elided_victims(c.sentence, c.folded, match.end(), c.sentence_end, quantities)
            if sum(_count(i) for i in elided) == before:
                elided = []  # "72 migrants were executed, 58 men and 14 women": who they were
            yield from item_readings(text, elided, category, clause, None, None)


# Words before a person that make him the owner of what burned: "the car of a
# councillor", "cars belonging to the police", "one owned by X, the First Secretary".
_OWNER_BEFORE = re.compile(r"(?:(?<![a-z])(?:of|to|by|including|belonging|owned)\s+|,\s*)$")


def _burned_people(c: Clause, items: list[Item]) -> bool:
    """Whether the subject set ablaze is people named as such ("four suspects", "a
    boy"), by a word the lexicon holds for them, not by its suffix ("tractors"), nor a
    bare count, nor the owner of a thing ("the car of a councillor")."""
    return all(
        _people(i) and not _OWNER_BEFORE.search(c.folded, max(c.lo, i.start - 30), i.start)
        for i in items
    )


def _people(item: Item) -> bool:
    """Whether an item names people by a word the lexicon holds for them."""
    if item.subject is None:
        return False
    if known_people(item):
        return True
    head = item.subject.split()[-1].lower()
    singulars = (head, head[:-1], head[:-2], head[:-3] + "f")  # "thieves": "thief"
    return any(word in PERSON_NOUNS or word in MORE_PERSONS for word in singulars)


def _plus_people(c: Clause, pos: int, category: Category) -> Iterator[Reading]:
    """The attackers' own dead in a bracket after a death: "(plus the bomber)"."""
    if category is K and "(" in c.folded[pos : pos + 3]:  # most deaths have no bracket
        reading = plus_people(c.text, c.folded, pos, c.sentence_end, c.quantities)
        if reading is not None:
            yield reading


def _passive_subject(c: Clause, lo: int, stop: int) -> tuple[list[Item], list[Refused]]:
    """The victims before a passive's auxiliaries (`folded[lo:stop]`), read past what
    stands between them and their verb, with the spans passed over: a partitive is the
    whole subject ("40 fighters, 12 of whom were killed": 12); a relative clause is
    skipped where no counted subject reads through it ("Five soldiers, two of whom were
    officers, were killed"); a crime held against the subject is refused and the
    subject read before it ("Three men suspected of killing a trader were lynched")."""
    folded, quantities = c.folded, c.quantities
    partitive = PARTITIVE_SUBJECT.search(folded, max(c.lo, stop - 40), stop)
    if partitive:
        lo = partitive.start()
    items = parse_back(c.sentence, lo, stop, quantities)
    passed: list[Refused] = []
    relative = _relative_before(folded, lo, stop, items)
    if relative:
        passed.append(Refused(relative.start(), relative.end()))
        items = parse_back(c.sentence, lo, relative.start(), quantities)
    sought = SOUGHT.search(folded, max(lo, items[0].start - 80), items[0].start) if items else None
    if sought:
        passed.extend(_refuse(items))
        items = parse_back(c.sentence, lo, sought.start(), quantities)
    return items, passed


def _relative_before(folded: str, lo: int, stop: int, items: list[Item]) -> re.Match[str] | None:
    """A relative clause or another phrase set off by commas between a passive's
    subject and its verb, where no counted subject was read through it ("Five
    soldiers, two of whom were officers, were"; "three workers at the mill, Amhara,
    were")."""
    if any(i.counted for i in items):
        return None
    start = max(lo, stop - 130)
    return (
        RELATIVE_BEFORE_VERB.search(folded, start, stop)
        or APPOSITIVE_BEFORE_VERB.search(folded, start, stop)
        or IDENTIFIED_BEFORE_VERB.search(folded, start, stop)
    )


def _auxiliaries_start(folded: str, lo: int, pos: int) -> int:
    """Where the auxiliaries and adverbs before a participle begin: "were reportedly"."""
    aux = AUX_BEFORE.search(folded, max(lo, pos - 60), pos)
    return aux.start() if aux else pos


def _active_after(sentence: Tokens, end: int, hi: int, quantities: dict[int, Quantity]) -> bool:
    """Whether counted victims follow the participle: an active verb after all."""
    return any(i.counted for i in parse_list(sentence, end, hi, quantities))


def _not_a_death(folded: str, clause: tuple[int, int], start: int, end: int) -> bool:
    """A counterfactual ("would have been killed", "was nearly lynched"), an infinitive
    ("the second journalist to be killed"), an open question ("it is
    unclear whether the guard was killed") or an open fate ("killed or kidnapped")."""
    lo, hi = clause
    return bool(
        WOULD.search(folded, max(lo, start - 30), start)
        or TO_BE.match(folded, max(lo, start - 3), start + 3)
        or NEARLY.search(folded, start, end)
        or UNCLEAR.search(folded, max(lo, start - 80), start)
        or OR_OTHER_FATE.match(folded, end, hi)
        or OR_BEFORE.search(folded, max(lo, start - 30), start)
    )


def _after_auxiliary(folded: str, match: re.Match[str]) -> bool:
    """ "were killed": a participle after an auxiliary, read by the passive rule."""
    return bool(BE_BEFORE.search(folded, max(0, match.start() - 12), match.start()))


def _count(item: Item) -> float:
    """How many an item counts: its number's low end, one for "a"/"the" and a noun."""
    if item.quantity is not None:
        return float(item.quantity.low or item.quantity.value or 0)
    return 1.0 if item.single else 0.0
