"""Refugees, the displaced, the kidnapped and the missing where a sentence's numbers,
read one by one (`claims.py`), leave them uncounted; the words are fate_words.py's.

- a second count joined to one of these fates keeps it: "187 pupils had been
  snatched ... along with another 100", "60 had gone missing from one school and 25
  from the other" (a count with a verb of its own keeps its own: "and 9,000 more
  have been displaced", read in claims.py);
- a count with no noun: "a group of 17 who were kidnapped", "more than 500,000 have
  fled to Chad";
- people counted on their "arrival in Chad" are refugees (a country, or a camp);
- a fate told with no number: "Many people have been displaced", "kidnapped a
  number of students", "among those missing" (a vague claim, no value).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from workbench.extract.claims import Reading
from workbench.extract.cues import CASUALTY_CATEGORIES, Cue, post_cue
from workbench.extract.fate_words import PEOPLE_MODIFIERS, PEOPLE_SET, PEOPLE_WORDS, abroad
from workbench.extract.lexicon import NOUN_CLASS, NounClass
from workbench.extract.number_words import NUMBER_WORDS
from workbench.extract.numbers import Quantity
from workbench.extract.open_groups import group_fates, unstated_items
from workbench.extract.vague_fate_words import (
    ACTIVE_AT,
    AMONG_AT,
    AMONG_THOSE,
    BARE_SUBJECT,
    NO_SURVIVORS,
    NO_SURVIVORS_AT,
    OTHERS,
    OTHERS_AT,
    SUBJECT_AT,
    VAGUE_ACTIVE,
    VAGUE_SUBJECT,
    category_of,
)
from workbench.extract.victim_gaps import TOLD_FATES, gapped, noun_gap_readings, noun_gapped
from workbench.extract.wordindex import WordIndex
from workbench.models import Category

FATES = frozenset({Category.REFUGEES, Category.DISPLACED, Category.KIDNAPPED, Category.MISSING})
_JOINED = re.compile(
    r"(?:,\s*|\s+)(?:along\s+with|together\s+with|as\s+well\s+as|and|plus)\s+"
    r"(?:another|a\s+further|further|an\s+additional|some|about|around|over|nearly)?\s*$",
    re.IGNORECASE,
)
_FLIGHT_OF = re.compile(r"(?:displacement|flight|exodus)\s+of\b", re.IGNORECASE)
_BY = re.compile(r"\bby\b", re.IGNORECASE)
_AGED = re.compile(r"\baged?\s+(?:between\s+)?\d+\s*(?:to|-|–|and)\s*$", re.IGNORECASE)
_ARRIVAL_OF = re.compile(
    r"\barrivals?\s+(?:(?:in|at|into)\s+(?P<at>(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)\s+)?of\s+$",
    re.IGNORECASE,
)
_CAMP = re.compile(r"\bcamps?\b", re.IGNORECASE)
_PEOPLE = PEOPLE_WORDS
_PEOPLE_AFTER = re.compile(
    rf"\s+(?:[\w’'-]+\s+)?{_PEOPLE}(?:\s+(?:and|or)\s+(?:[\w’'-]+\s+)?{_PEOPLE})?\b",
    re.IGNORECASE,
)
_APPOSITIVE = re.compile(
    r"\s*[,(–—-]\s*(?:mostly|mainly|largely|predominantly|most\s+of\s+them|many\s+of\s+them|"
    # "About 1.9 million people, or nine in ten Gazans, are now displaced" (trial 74c)
    r"the\s+majority|half\s+of\s+them|among\s+them|including|or)\b[^,;:.()–—]{1,60}[,)–—]",
    re.IGNORECASE,
)
_AND_PEOPLE = re.compile(rf"\s+(?:and|or)\s+(?:[\w’'-]+\s+)?{_PEOPLE}\b", re.IGNORECASE)


def fate_readings(
    text: str,
    start: int,
    end: int,
    quantities: Sequence[Quantity],
    readings: list[Reading],
    clauses: list[tuple[int, int]],
    words: WordIndex | None = None,
) -> list[Reading]:
    """The sentence `text[start:end]`'s `readings` with the fates the module's
    docstring lists: some readings of `other` given their fate, readings added for
    numbers left unread and for fates told with no number. `words` is the sentence's
    index where the caller has it."""
    read = {r.quantity.start for r in readings}
    out: list[Reading] = []
    previous: Reading | None = None
    for reading in readings:
        if _nested_people(text, reading, readings):
            continue
        if reading.category in (Category.DISPLACED, Category.REFUGEES) and (
            (reading.subject or "").lower() in ("him", "her")
        ):
            continue  # "forcing him to flee the area": one man's flight, no displacement
        if reading.category in FATES and _AGED.search(
            text, max(start, reading.quantity.start - 20), reading.quantity.start
        ):
            continue  # "the students, aged 8 to 15, were hauled away": ages, no count
        reading = _joined(text, reading, previous)
        reading = _gapped_count(text, end, reading, previous, quantities)
        out += noun_gap_readings(text, end, reading, quantities, read)
        reading = _arrival(text, start, reading)
        reading = _coordinated(text, end, reading)
        if (
            reading.category is Category.DISPLACED
            and _FLIGHT_OF.match(text, reading.start)
            and abroad(text, reading.end)
        ):
            # "the flight of 3,000 residents to Chad": across a border, refuge
            reading = replace(reading, category=Category.REFUGEES)
        out.append(reading)
        previous = reading
    for quantity in quantities:
        if quantity.start in read or quantity.unit is not None:
            continue
        share = _share(text, quantity, out)
        if share is not None:  # "..., 800 of whom arrived in the past week"
            out.append(share)
            continue
        # "a group of 17 who were kidnapped", "more than 500,000 have fled to Chad"
        clause_end = next((c[1] for c in clauses if c[0] <= quantity.start < c[1]), end)
        noun = _PEOPLE_AFTER.match(text, quantity.end, clause_end)  # "200 men and boys fled"
        cue = post_cue(text, noun.end() if noun else quantity.end, clause_end)
        if (
            cue is not None
            # the hurt evacuated are counted where a bare count's fate is: "The wounded,
            # about forty, were evacuated" (trial 75b: displaced)
            and (cue.category in FATES or cue.word.startswith("evacuat"))
            and not (quantity.words and quantity.value == 1)  # "one was seized": a vehicle
            and _suffered(text, noun.end() if noun else quantity.end, cue)
        ):
            out.append(Reading(quantity, cue.category, quantity.start, cue.end, None, None, None))
    out += _vague(text, start, end, out, words or WordIndex(text, start, end))
    out += unstated_items(text, start, end, out)  # "... and an unspecified number of"
    return sorted(out, key=lambda r: r.start)


# A part counted against the whole told before it in its sentence, after a comma ending
# the whole's clause: "2,000 refugees have crossed into The Gambia, 800 of whom".
_OF_WHOM = re.compile(r"\s+of\s+(?:whom|them)(?![\w-])", re.IGNORECASE)
_TO_SHARE = re.compile(r"[^.;:!?()\d]{0,80}?,\s*")


def _share(text: str, quantity: Quantity, readings: list[Reading]) -> Reading | None:
    """A figure no rule read, told as a part of the count of people just before it ("..., 800
    of whom arrived in the past week", "..., 12 of whom were soldiers"): a reading of the
    whole's category, its text to "of whom" (`breakdowns.py` reads it as a part, scope.py
    its period); None for any other figure."""
    whom = _OF_WHOM.match(text, quantity.end)
    whole = readings[-1] if readings else None
    if whom is None or whole is None or whole.category not in CASUALTY_CATEGORIES:
        return None
    if whole.end > quantity.start or not _TO_SHARE.fullmatch(text, whole.end, quantity.start):
        return None
    return Reading(
        quantity, whole.category, quantity.start, whom.end(), whole.subject, whole.noun, None
    )


def _nested_people(text: str, reading: Reading, readings: list[Reading]) -> bool:
    """Whether `reading` counts a people ("two Somalis") in an aside closed by a comma
    before its verb, inside another reading of its category that counts them already:
    "Three guards, a Kenyan and two Somalis, were killed" is three (not "Six
    Bangladeshis and two Iranians were kidnapped": eight)."""
    head = (reading.subject or "").split()[-1:]
    return (
        bool(head)
        and head[0].lower() in PEOPLE_MODIFIERS
        and _CLOSED_ASIDE.search(text, reading.start, reading.end) is not None
        and any(
            other is not reading
            and other.category is reading.category
            and other.start < reading.start
            and reading.end <= other.end
            # a total ("Three guards"), not a sibling ("one Canadian and one British, were")
            and (other.subject or "?").split()[-1].lower() not in PEOPLE_MODIFIERS
            and (other.quantity.low or 0) > (reading.quantity.low or 0)
            for other in readings
        )
    )


def _suffered(text: str, pos: int, cue: Cue) -> bool:
    """Whether people (named by the words that end at `pos`) suffered the taking `cue`
    tells, not did it: "were abducted" (not "residents captured a robber"), and not
    what is seized of things ("seized", "captured")."""
    if cue.category is not Category.KIDNAPPED:
        return True
    return bool(_PASSIVE.search(text, pos, cue.end)) and cue.word not in ("seized", "captured")


# The end of a passive whose auxiliary "and" left out: "and others taken captive."
_PASSIVE_END = re.compile(r"\s*(?:[,.;:)]|$|(?:by|in|at|to|from|during|after)\b)", re.I)


def _elided(text: str, pattern: re.Pattern[str], end: int) -> bool:
    """ "... were killed and others taken as captives": after "and others" the
    passive's auxiliary is the first clause's, the others taken (not "and others
    kidnapped three farmers", takers with an object of their own)."""
    return pattern is OTHERS and _PASSIVE_END.match(text, end) is not None


def _joined(text: str, reading: Reading, previous: Reading | None) -> Reading:
    """ "snatched ... along with another 100": the fate of the count it is joined to."""
    if (
        reading.category is not Category.OTHER
        or previous is None
        or previous.category not in FATES
        or reading.start != reading.quantity.start
        # a noun of its own, where the count before has one: "40 farmers and 12 cattle"
        or (reading.end != reading.quantity.end and previous.noun is not None)
        or any(mark in text[previous.end : reading.start] for mark in ".;:!?")
        or _BY.search(text, previous.end, reading.start)  # "seized by one X and three": takers
        or not _JOINED.search(text, max(previous.end, reading.start - 40), reading.start)
    ):
        return reading
    return replace(reading, category=previous.category, actor=reading.actor or previous.actor)


def _gapped_count(
    text: str,
    end: int,
    reading: Reading,
    previous: Reading | None,
    quantities: Sequence[Quantity],
) -> Reading:
    """ "Police found 36 bodies in Kukawa, 24 in Gyambau and 10 in Kyaram": a bare count
    that repeats the place of a figure of harm before it (`victim_lists.gapped`) counts
    the same harm, and the same people."""
    if (
        previous is None
        or previous.category not in TOLD_FATES
        or reading.category not in (Category.OTHER, Category.TROOPS)
        or reading.end != reading.quantity.end  # a noun of its own
    ):
        return reading
    by_start = {q.start: q for q in quantities}
    gaps = gapped(text, previous.end, end, by_start) or noun_gapped(
        text, previous.end, end, by_start
    )
    if not any(i.start == reading.quantity.start for i in gaps):
        return reading
    return replace(
        reading,
        category=previous.category,
        start=reading.quantity.start,
        subject=previous.subject,
        noun=previous.noun,
        actor=previous.actor,
    )


def _coordinated(text: str, end: int, reading: Reading) -> Reading:
    """ "73 women and children were reported missing", "some 20,000 people, mostly
    women and children, have fled to Chad": the fate said after the second noun or
    the aside is the count's."""
    if reading.category is not Category.OTHER or reading.noun is None:
        return reading
    match = _AND_PEOPLE.match(text, reading.end) or _APPOSITIVE.match(text, reading.end, end)
    cue = post_cue(text, match.end(), end) if match else None
    if cue is None or cue.category not in FATES:
        return reading
    return replace(reading, category=cue.category, end=cue.end)


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


# A figure right after a vague quantifier, which is then its bound ("Some 45 people").
_FIGURE_AFTER = re.compile(rf"\s+(?:\d|(?i:{NUMBER_WORDS})(?![\w-]))")


def _vague(
    text: str, start: int, end: int, readings: list[Reading], index: WordIndex
) -> list[Reading]:
    """Fates told with no number: "Many people have been displaced", "abducted women
    and children"; none where the sentence counts the same fate (`index` its words),
    nor where "some" bounds a figure: "Some 45 people were killed or injured" is the 45,
    which a fate left open refuses (`open_fates.py`), no vague death."""
    found: list[Reading] = []
    for told in _vague_told(text, start, end, index):
        first, last, quantifier, category = told
        if _FIGURE_AFTER.match(text, quantifier[1]):
            continue
        if any(r.category is category for r in readings + found) or any(
            r.start < last and first < r.end for r in readings + found
        ):
            continue
        words = " ".join(text[quantifier[0] : quantifier[1]].lower().split())
        name = words if words in ("many", "numerous", "countless", "some") else ""
        name = name or ("number-of" if "number" in words else "")
        name = name or ("unspecified" if "unspecified" in words else "unstated")
        quantity = Quantity(*quantifier, None, None, None, f"vague:{name}")
        people = _people(words) if name == "unstated" else None
        found.append(Reading(quantity, category, first, last, people, _class(people), None))
    return found


def _people(words: str) -> str | None:
    """The people a fate told with no quantifier names by the last word of their span,
    which stands for the quantifier's ("killed civilians", "abducted women": civilians,
    women); None where it is no people's word."""
    last = words.split()[-1:]
    return last[0] if last and last[0] in NOUN_CLASS else None


def _class(people: str | None) -> NounClass | None:
    """The people's kind (`lexicon.NOUN_CLASS`): a denial that troops "killed
    civilians" disputes civilians' tolls, not soldiers' (trial 70b)."""
    return NOUN_CLASS.get(people) if people else None


_DETERMINER = re.compile(
    r"(?:\b(?:the|a|an|of|their|his|her|its|those|these)|[\w-][’']s)\s+$", re.IGNORECASE
)
_PASSIVE = re.compile(r"\b(?:were|was|been|being|are|is|remain|remains|still)\b", re.I)
_HOW = re.compile(r"\bhow\s+$", re.IGNORECASE)
_CLOSED_ASIDE = re.compile(r"(?:,|--|—|–)\s*(?:were|was|are|is|have|has|had)\b")
_TAKEN_OR_LOST = frozenset({Category.KIDNAPPED, Category.MISSING})
# a vague word says some were killed or hurt too: "Many civilians were killed"
_QUANTIFIED = FATES | {Category.KILLED, Category.WOUNDED}
_HARMED = _TAKEN_OR_LOST | {Category.KILLED, Category.WOUNDED}
_Told = tuple[int, int, tuple[int, int], Category]


def _vague_told(text: str, start: int, end: int, words: WordIndex) -> list[_Told]:
    """The vague fates of `text[start:end]` (`words` its index): their span, their
    quantifier's span (or the people's, where none) and their category, in text order."""
    out: list[_Told] = []
    for pattern, first in (
        (VAGUE_SUBJECT, SUBJECT_AT),
        (OTHERS, OTHERS_AT),
        (BARE_SUBJECT, PEOPLE_SET),
    ):
        for match in words.scan(pattern, first):
            if _HOW.search(text, max(start, match.start() - 5), match.start("q")):
                continue  # "did not say how many people died": a question, no figure
            cue = post_cue(text, match.end(), end)
            # with no word of how many, only a taking or a disappearance: "Women and
            # children were abducted" (not "Residents fled the town")
            fates = (
                _TAKEN_OR_LOST
                if pattern is BARE_SUBJECT
                else _HARMED
                if pattern is OTHERS  # "and others fled": no count of the displaced
                else _QUANTIFIED
            )
            if (
                cue is not None
                and cue.category in fates
                and (_suffered(text, match.end(), cue) or _elided(text, pattern, cue.end))
            ):
                out.append((match.start(), cue.end, match.span("q"), cue.category))
    for pattern, first in (
        (VAGUE_ACTIVE, ACTIVE_AT),
        (AMONG_THOSE, AMONG_AT),
        (NO_SURVIVORS, NO_SURVIVORS_AT),
    ):
        for match in words.scan(pattern, first):
            if _DETERMINER.search(text, max(start, match.start() - 12), match.start()):
                continue  # "the release of the kidnapped girls": an adjective, no taking
            group = next((g for g in ("q", "q2", "q3") if match.groupdict().get(g)), None)
            quantifier = match.span(group) if group else match.span()
            said = match.groupdict()
            cue_word = next(said[g] for g in ("cue", "moved", "harm") if said.get(g))
            category = category_of(cue_word)
            out.append((match.start(), match.end(), quantifier, category))
    out += group_fates(text, start, end, words)
    return sorted(out)
