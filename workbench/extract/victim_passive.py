"""The passive rule of `victim_rules.py`: victims before a passive or intransitive
predicate ("two soldiers were killed", "five wounded soldiers had died"), with the
subject read past what stands between it and its verb, and the counterfactuals,
infinitives and open fates that tell no death."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator

from workbench.extract.claims import Reading
from workbench.extract.cues import Cue
from workbench.extract.dates import MONTH_NAMES_RE
from workbench.extract.not_deaths import not_a_death
from workbench.extract.numbers import Quantity
from workbench.extract.open_fates import and_after, and_before, figure_told
from workbench.extract.tokens import Tokens
from workbench.extract.victim_attach import (
    first_no_victim,
    named_with_company,
    one_with_two_titles,
    owned_by_plural,
    told_of_nearest,
    who_served,
    whole_before_parts,
    whole_of_partitive,
)
from workbench.extract.victim_backs import (
    parse_back,
)
from workbench.extract.victim_clause import (
    Clause,
    at,
    auxiliaries_start,
    plus_people_after,
    refuse,
)
from workbench.extract.victim_elided import elided_victims
from workbench.extract.victim_gaps import gapped, trailing
from workbench.extract.victim_items import Item
from workbench.extract.victim_joined import DIED, FRONTED, joined_subject
from workbench.extract.victim_list_words import (
    SUBJECT_OF_NEXT,
)
from workbench.extract.victim_lists import parse_list
from workbench.extract.victim_nouns import held_modifier
from workbench.extract.victim_readings import Refused, item_readings, people_named
from workbench.extract.victim_reasons import (
    SOUGHT,
    told_before,
)
from workbench.extract.victim_verbs import PASSIVE_RE
from workbench.extract.victim_words import (
    ALONG,
    AND_BEFORE,
    APPOSITIVE_BEFORE_VERB,
    AUXILIARY,
    DETERMINER_BEFORE,
    HURT_THEN_DIED,
    IDENTIFIED_BEFORE_VERB,
    OBJECT_AFTER,
    PARTITIVE_SUBJECT,
    PERFECT,
    RELATIVE_BEFORE_VERB,
    SET_ON_FIRE,
    SHARED_BEFORE_THEN,
    SHARED_SUBJECT,
    THEN_DIED,
    K,
)
from workbench.models import Category

# A name right after a bare participle makes it an active verb: "Six gunmen killed Jibola
# Olanipekun", "Twelve soldiers killed Boko Haram fighters" (not "killed Monday").
_NAME_OBJECT = re.compile(
    rf"\s+(?!(?:{'|'.join(calendar.day_name)}|{MONTH_NAMES_RE}|On|In|At|Near"
    # a headline's title-cased preposition: "Seven Killed Amid Calls for ..." (unseen-n)
    r"|During|Last|This|Early|Late|Overnight|Yesterday|Today|Amid|Amidst|After|As|Following"
    r"|Over|For|From|By|With|Despite|Since|Across|Outside|Inside|Along|Around|Between|"
    r"Before|Under|Into|Off)\b)[A-Z][\w’'-]+\s+[A-Z]"
)


# A bare participle inside a total's noun phrase: "The Nigerian Red Cross now puts the
# number of people killed at 62" (trial 62: the Red Cross read as one dead).
_IN_A_TOTAL = re.compile(
    r"(?<![a-z])(?:number|count|toll|total|tally|figures?)\s+of\s+(?:the\s+)?"
    r"(?:[a-z’'-]+\s+){0,2}?$"
)


def passive(c: Clause) -> Iterator[Reading | Refused]:
    """Victims before a passive or intransitive predicate: "two soldiers were killed"."""
    text, folded, quantities, triggers = c.text, c.folded, c.quantities, c.triggers
    clause = lo, hi = c.lo, c.hi
    for match in at(PASSIVE_RE, folded, triggers, hi):
        aux = stop = auxiliaries_start(folded, lo, match.start())
        bare = aux == match.start()  # no auxiliary: "killed 6 ...", "five wounded soldiers"
        if bare and _describes_next(c, match):
            continue  # "killed 6 abducted farmers": a modifier of the noun, no predicate
        if DETERMINER_BEFORE.search(folded, max(lo, aux - 8), aux):
            continue  # "two of the wounded": a noun, not a predicate
        if bare and _IN_A_TOTAL.search(folded, max(lo, aux - 40), aux):
            continue  # "puts the number of people killed at 62": the total's (toll_figures)
        if _active_after(c.sentence, match.end(), hi, quantities) or (
            not AUXILIARY.search(folded, aux, match.start()) and _active_joined(c, match.end())
        ):
            # "three gunmen shot dead two men": active, read above; the gunmen are none
            yield from refuse(parse_back(c.sentence, lo, aux, quantities))
            continue
        if (
            not_a_death(folded, (lo, c.sentence_end), aux, match)
            or (_open_and(c, match) and figure_told(parse_back(c.sentence, lo, aux, quantities)))
            or (
                (
                    bare
                    or PERFECT.fullmatch(folded, aux, match.start())
                    or _ADVERBS.fullmatch(folded, aux, match.start())  # "jointly killed them"
                )
                and (
                    OBJECT_AFTER.match(folded, match.end(), hi)
                    or _NAME_OBJECT.match(text, match.end(), hi)
                    # "youths set ablaze the INEC office": "the" after a fire is its object
                    or (
                        SET_ON_FIRE.match(match.group(0)) and _THE_OBJECT.match(folded, match.end())
                    )
                )
            )
        ):
            yield from refuse(parse_back(c.sentence, lo, aux, quantities))
            continue
        # "was abducted, tortured and beheaded": the subject of the first participle,
        # whichever clause of the sentence it stands in
        first = c.sentence_start
        subject_lo = first if AND_BEFORE.search(folded, max(first, lo - 40), lo) else lo
        shared = SHARED_SUBJECT.search(folded, max(first, stop - 60), stop)
        if shared is None and folded.startswith("then ", aux):
            shared = SHARED_BEFORE_THEN.search(folded, max(first, stop - 60), stop)
        if shared:
            stop, subject_lo = shared.start(), first
        aside = _HAVING_ASIDE.search(folded, max(first, stop - 90), stop)
        if aside and not shared:  # "3 soldiers, having fought gallantly, embraced shahadat"
            stop, subject_lo = aside.start(), first
        # an auxiliary of its own: "and killed them" is active; a death with none is
        # the subject's ("A man stepped on a landmine and died")
        joined = (
            []
            if shared or (bare and not DIED.match(folded, match.start()))
            else joined_subject(c, lo, stop)
        )
        items, passed = (joined, []) if joined else _passive_subject(c, subject_lo, stop)
        owner = owned_by_plural(folded, aux, items)  # "Relatives of the chief were"
        items = items if owner is None else parse_back(c.sentence, subject_lo, owner, quantities)
        items = one_with_two_titles(folded, aux, items)  # "a chief and farmer was"
        items = _owners_of_bodies(c, items, stop)  # "the body of a soldier, murdered"
        named = named_with_company(text, subject_lo, items)  # "Ali Musa and three others"
        items = [named, *items] if named else items
        items = who_served(c, subject_lo, items)  # "peacekeepers serving with the UN"
        items = whole_of_partitive(c, items, bare, match.end())
        nearest = told_of_nearest(text, items, bare)
        if nearest is not None:  # "relatives of a man killed by police": the man
            items = parse_back(c.sentence, nearest, stop, quantities)
        yield from passed
        told = told_before(folded, lo, items)
        yield from refuse(told)  # "protesters blocked roads after two were killed"
        items = items[len(told) :]
        if (
            not items
            and not told
            and not SET_ON_FIRE.match(match.group(0))
            and not _RELATIVE_SUBJECT.search(folded, max(lo, aux - 8), aux)
        ):
            # "He was killed along with his two bodyguards", "Bevens died along with five
            # guerrillas": the one the subject names is read elsewhere (singular.py) or
            # not at all; the companions' fate is told all the same
            yield from companions_after(c, match.end(), c.hi, Category[match.lastgroup or ""])
            continue
        if not items or (SET_ON_FIRE.match(match.group(0)) and not _burned_people(c, items)):
            continue  # "two buses were set ablaze", "the car of a councillor": no one died
        category, cue_end = Category[match.lastgroup or ""], match.end()
        wounded = category is Category.WOUNDED
        died = THEN_DIED.match(folded, cue_end, c.sentence_end) if wounded else None
        if wounded and died is None and bare:  # "five wounded soldiers died"
            died = HURT_THEN_DIED.match(folded, cue_end, c.sentence_end)
        if died:  # "was injured in the blast and later died"
            category, cue_end = K, died.end()
        # the participle as the cue's word: a euphemism kills people only ("twelve
        # rebels were eliminated", not "three checkpoints were eliminated")
        cue = Cue(aux, cue_end, category, match.group(0).split()[0])
        yield from item_readings(text, items, category, clause, None, cue)
        yield from plus_people_after(c, cue_end, category)
        gaps = gapped(text, match.end(), c.sentence_end, quantities)
        gaps = gaps or trailing(text, match.end(), c.sentence_end, quantities)
        yield from item_readings(text, gaps, category, clause, None, None)
        if ALONG.match(folded, match.end(), hi):  # "was killed along with his driver"
            yield from companions_after(c, match.end(), hi, category)
            continue
        before = sum(_count(i) for i in items)
        elided = elided_victims(c.sentence, c.folded, match.end(), c.sentence_end, quantities)
        if sum(_count(i) for i in elided) == before:
            elided = []  # "72 migrants were executed, 58 men and 14 women": who they were
        yield from item_readings(text, elided, category, clause, None, None)


# A participle's aside between the subject and its predicate, set off by commas: "3
# soldiers, having fought gallantly, embraced shahadat" (ISPR's words; trial 72b: troops).
_HAVING_ASIDE = re.compile(r",\s+having\s+[^,;.:()]{1,70},\s*$")


# A relative pronoun as the subject: "the leader of a gang, who was killed along with his
# son" (one of the three told before, and his son likely another).
_RELATIVE_SUBJECT = re.compile(r"(?<![a-z])(?:who|which|that)\s*$")


def companions_after(
    c: Clause, pos: int, hi: int, category: Category
) -> Iterator[Reading | Refused]:
    """The people a victim shares its fate with, told after "along with", "together
    with" or "as well as" from `pos` on, up to `hi` ("was killed along with his driver
    and two guards", "killed a party member in Mosul, along with three of his escorts":
    the driver and the two guards; the three), in `category`; none where no such list
    follows or the list is the subject of a clause of its own."""
    along = ALONG.match(c.folded, pos, hi)
    if along is None:
        return
    companions = parse_list(c.sentence, along.end(), hi, c.quantities)
    if companions and not SUBJECT_OF_NEXT.match(c.text, companions[-1].end, hi):
        yield from item_readings(c.text, companions, category, (c.lo, c.hi), None, None)


# A side's loss before its count: the object of "lost", not the passive's subject after.
_LOST_BEFORE = re.compile(r"(?<![a-z])(?:lost|lose|loses|losing)\s+$")
# Adverbs alone before a participle: no auxiliary ("the two men jointly assassinated").
_ADVERBS = re.compile(r"(?:[a-z]+ly\s+)+")


# Words before a person that make him the owner of what burned: "the car of a
# councillor", "cars belonging to the police", "one owned by X, the First Secretary".
_OWNER_BEFORE = re.compile(r"(?:(?<![a-z])(?:of|to|by|including|belonging|owned)\s+|,\s*)$")


def _burned_people(c: Clause, items: list[Item]) -> bool:
    """Whether the subject set ablaze is people named as such ("four suspects", "a
    boy"), by a word the lexicon holds for them, not by its suffix ("tractors"), nor a
    bare count, nor the owner of a thing ("the car of a councillor")."""
    return all(
        people_named(i)
        and not (
            _OWNER_BEFORE.search(c.folded, max(c.lo, i.start - 30), i.start)
            and not FRONTED.fullmatch(c.folded, c.sentence_start, i.start)
        )
        for i in items
    )


def _passive_subject(c: Clause, lo: int, stop: int) -> tuple[list[Item], list[Refused]]:
    """The victims before a passive's auxiliaries (`folded[lo:stop]`), read past what
    stands between them and their verb, with the spans passed over: a partitive is the
    whole subject ("40 fighters, 12 of whom were killed": 12); a relative clause is
    skipped where no counted subject reads through it ("Five soldiers, two of whom were
    officers, were killed"); a crime held against the subject is refused and the
    subject read before it ("Three men suspected of killing a trader were lynched")."""
    folded, quantities = c.folded, c.quantities
    said = _after_saying(folded, lo, stop)  # "A witness who saw it said a child was"
    if said > lo and (
        folded.startswith("that", said - 5)  # "confirmed that the people were killed"
        or any(
            i.counted and people_named(i) for i in parse_back(c.sentence, said, stop, quantities)
        )
    ):
        lo = said
    partitive = PARTITIVE_SUBJECT.search(folded, max(c.lo, stop - 40), stop)
    if partitive:
        lo = partitive.start()
    items = parse_back(c.sentence, lo, stop, quantities)
    vague = _VAGUE_LAST.search(folded, max(lo, stop - 60), stop)
    if vague is not None and not any(i.counted for i in items):
        # "11 soldiers and an unspecified number of civilians were injured": the counted
        # items before the last, uncounted one (which fates.py reads)
        items = parse_back(c.sentence, lo, vague.start(), quantities)
    passed: list[Refused] = []
    if items and _LOST_BEFORE.search(folded, max(lo, items[0].start - 12), items[0].start):
        items = items[1:]  # "We lost 31 men, and more than 10 are wounded": lost's own
    if first_no_victim(folded, lo, items):
        passed.extend(refuse(items[:1]))  # "citing a nurse, 40 soldiers died": a voice
        items = items[1:]
    relative = _relative_before(folded, lo, stop, items)
    if relative:
        passed.append(Refused(relative.start(), relative.end()))
        items = parse_back(c.sentence, lo, relative.start(), quantities)
    including = whole_before_parts(c, lo, stop)
    if including is not None:
        items, parts = including
        passed.append(parts)
    sought = SOUGHT.search(folded, max(lo, items[0].start - 80), items[0].start) if items else None
    if sought:
        passed.extend(refuse(items))
        # the subject before a crime held against it ("Three men suspected of killing a
        # trader were lynched"); none before another event's time ("abducted two
        # farmers, days after 12 people were killed": the two were not)
        held = _HELD_AGAINST.search(sought.group())
        items = parse_back(c.sentence, lo, sought.start(), quantities) if held else []
    return items, passed


# Which of SOUGHT's phrases hold a crime against the people before them ("three men
# suspected of killing a trader were lynched"), not another event's time or cause.
_HELD_AGAINST = re.compile(
    r"accused|suspect|allegedly|reportedly|believe|thought|who\s+had|wanted|convicted|"
    r"charged|sentenced"
)
# A verb of saying whose object clause holds the passive: its subject is no victim.
_SAYING = re.compile(
    r"(?<![a-z])(?:said|says|told\s+[a-z]+|reported|added|stated|announced|confirmed|"
    r"(?:claim(?:s|ed)?|alleg(?:es|ed)|insist(?:s|ed)|maintain(?:s|ed))\s+that|"
    r"(?:stress|insist|explain|not|add|say|confirm|disclos)(?:ing|ed)\s+that)\s+"
    r"(?:that\s+)?(?!to\s)"
)


def _after_saying(folded: str, lo: int, stop: int) -> int:
    """Where a passive's subject may start: after the last verb of saying before its
    auxiliaries ("A witness who saw the blast said a child was killed": the child, not
    the witness), else `lo`. The caller keeps it only where people are counted there
    ("The soldier who reported the attack was killed" is the soldier)."""
    ends = [m.end() for m in _SAYING.finditer(folded, lo, stop)]
    return ends[-1] if ends else lo


# A last item counted by no number: "... and an unspecified number of civilians"
_VAGUE_LAST = re.compile(
    r",?\s*(?:and|&)\s+(?:an?\s+(?:unspecified|unknown|undisclosed|large|small)\s+number\s+of"
    r"|many|several|some|dozens\s+of|scores\s+of|hundreds\s+of)\s+(?:[a-z-]+\s+){0,2}?"
    r"[a-z-]+\s*$"
)


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


# "the body of", "the dead bodies of", "the remains of": the dead are whose they were
_BODY_OF = re.compile(r"(?:the\s+)?(?:dead\s+)?(?:bod(?:y|ies)|remains|corpses?)\s+of\s+")


def _owners_of_bodies(c: Clause, items: list[Item], stop: int) -> list[Item]:
    """A body counted as the dead it was ("The body of a soldier, possibly murdered,
    was found": the soldier, whom the body rule reads too, and one death, not two)."""
    if len(items) != 1 or (of := _BODY_OF.match(c.folded, items[0].start, stop)) is None:
        return items
    owners = parse_list(c.sentence, of.end(), stop, c.quantities)
    return owners if any(i.counted for i in owners) else items


def _active_after(sentence: Tokens, end: int, hi: int, quantities: dict[int, Quantity]) -> bool:
    """Whether counted victims follow the participle: an active verb after all."""
    return any(i.counted for i in parse_list(sentence, end, hi, quantities))


_THE_OBJECT = re.compile(
    r"\s+the\s+(?!(?:day|night|week|month|year|previous|next|following|same)(?![a-z]))[a-z]"
    # any noun phrase, not a phrase of place, agent or time: "demonstrators set ablaze old
    # furniture and tyres" (acled-q study: 200 killed), not "two men set ablaze by a mob"
    r"|\s+(?!(?:the|this|that|each|every|by|in|at|on|near|inside|outside|during|after|before|"
    r"following|when|while|as|"
    r"and|or|but|alive|together|over|last|yesterday|today|early|late)(?![a-z]))[a-z]"
)
# A second past verb joined to a bare participle: "200 gunmen massacred and decapitated".
_AND_VERB = re.compile(r"\s+and\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|burnt|shot|slew)\s+")


def _active_joined(c: Clause, end: int) -> bool:
    """Whether a bare participle is joined to another past verb whose object is counted
    people ("About 200 gunmen massacred and decapitated at least 27 people"): both
    active, the gunmen none of the dead."""
    joined = _AND_VERB.match(c.folded, end, c.hi)
    return joined is not None and _active_after(c.sentence, joined.end(), c.hi, c.quantities)


def _open_and(c: Clause, match: re.Match[str]) -> bool:
    """ "15 were killed and wounded", "wounded and killed": one figure for two fates."""
    word = match.group(0).split()[0]
    return and_after(c.folded, match.start(), match.end(), c.hi) or and_before(
        c.folded, c.lo, match.start(), word
    )


def _count(item: Item) -> float:
    """How many an item counts: its number's low end, one for "a"/"the" and a noun."""
    if item.quantity is not None:
        return float(item.quantity.low or item.quantity.value or 0)
    return 1.0 if item.single else 0.0


_NEXT_WORD = re.compile(r"\s+([a-z][\w’'-]*)(?:\s+([a-z][\w’'-]*))?")


def _describes_next(c: Clause, match: re.Match[str]) -> bool:
    """Whether a participle of being held stands before a person noun, as its modifier:
    "6 abducted farmers were killed", "killed two kidnapped pilgrims"."""
    if match.lastgroup != "KIDNAPPED":
        return False
    word = _NEXT_WORD.match(c.text, match.end(), c.hi)
    following = [(w, 0, 0) for w in word.groups() if w] if word else []
    return held_modifier(match.group(0), following)
