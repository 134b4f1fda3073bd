"""Who was killed, wounded or kidnapped: the victims a casualty predicate governs.

`claims.py` reads a sentence number by number. This module reads it predicate
by predicate, the way a coder reads an event note: find the words that say
someone died, was hurt or was taken, then read the list of victims the
grammar attaches to them, and make one claim per counted item:

- after an active verb or a nominal: "gunmen killed two policemen, a driver
  and four traders", "the death of 5 armed men", "leaving 3 fighters dead";
- before a passive or intransitive one: "an army captain and two soldiers were
  killed", "Twenty are dead", "three protesters died".

Each shape of predicate is a rule of `victim_rules.py`; this module finds the
clauses worth reading and keeps what the rules give. The lists themselves are
read in `victim_lists.py`. Deaths told as the reason
for something else ("protests over the killing of two students"), deaths that
did not happen ("tried to kill", "would have been killed") and fates left open
("killed or kidnapped") give no claim.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import chain
from typing import NamedTuple

from workbench.extract.account_calls import called_to_account
from workbench.extract.claims import Reading
from workbench.extract.coded_elsewhere import coded_elsewhere
from workbench.extract.cues import Cue
from workbench.extract.numbers import Quantity
from workbench.extract.spans import SpanSet
from workbench.extract.victim_as_many import as_many, later_died
from workbench.extract.victim_background import reasons
from workbench.extract.victim_backs import carry_subjects, told_bodies
from workbench.extract.victim_clause import Clause
from workbench.extract.victim_elided import noun_ahead
from workbench.extract.victim_lists import Sentence, parse_list
from workbench.extract.victim_motive import motive_background
from workbench.extract.victim_readings import Refused, bracketed_parts, item_readings
from workbench.extract.victim_retold import retold_background
from workbench.extract.victim_rules import clause_victims
from workbench.extract.victim_verbs import SELF_BLAST, SELF_BLAST_OF
from workbench.extract.victim_words import (
    ANY_PREDICATE,
    CODED,
    CODED_AS,
    CODED_AS_WORDS,
    PREDICATE_WORDS,
)
from workbench.extract.wordindex import WordIndex
from workbench.extract.zero_tolls import zero_readings
from workbench.models import Category

_CATEGORIES = tuple(Category)  # iterating an Enum class is slow
# A determiner that makes one victim nobody: "no soldier", "not a single civilian"
_NOBODY_BEFORE = re.compile(
    r"(?<![\w-])(?:no|neither|not(?:\s+(?:even\s+)?(?:a|an|one))?)\s+(?:single\s+)?$"
)


def _nobody(folded: str, start: int, reading: Reading) -> bool:
    """Whether a reading of one person told by no digit is nobody's: "No soldier was
    killed", "not a single person was hurt", "not one soldier" (`folded` is the
    lower-cased text)."""
    at = reading.quantity.start
    if reading.quantity.value != 1 or folded[at].isdigit():
        return False
    return bool(_NOBODY_BEFORE.search(folded, max(start, at - 20), at))


class Victims(NamedTuple):
    """A sentence's victims: `readings` in text order, and the spans `refused`
    (no other rule may read a casualty there)."""

    readings: list[Reading]
    refused: SpanSet

    def refuses(self, start: int, end: int) -> bool:
        """Whether `text[start:end]` overlaps a refused span."""
        return self.refused.overlaps(start, end)


def find_victims(
    text: str,
    folded: str,
    start: int,
    end: int,
    clauses: list[tuple[int, int]],
    quantities: list[Quantity],
    words: WordIndex | None = None,
    published: int | None = None,
) -> Victims:
    """One reading for each counted victim of a casualty predicate in `text[start:end]`.

    `folded` is `casefold.fold(text)`; `quantities` are the sentence's quantities,
    which the victims' counts are taken from; `words` is the sentence's index
    (`wordindex.WordIndex`) where the caller has it; `published` the report's year,
    where known (`victim_background.reasons`).
    """
    by_start = {q.start: q for q in quantities}
    readings: dict[tuple[int, Category], Reading] = {}
    refused: list[tuple[int, int]] = []
    ends = {q.end for q in quantities}
    predicates = (words or WordIndex(text, start, end, folded)).positions(PREDICATE_WORDS)
    predicates = [p for p in predicates if not _in_name(text, p, start)]
    # an ACLED coder's word, in few texts
    coded_as = any(folded.find(word, start, end) >= 0 for word in CODED_AS_WORDS)
    zeros = zero_readings(text, folded, start, end)  # "no civilians were killed": 0
    if not predicates and not coded_as:  # a coder's field opens with a predicate's word too
        return Victims(zeros, SpanSet((r.start, r.end) for r in zeros))
    sentence = Sentence(text, start, end)
    coder_fields: Iterator[re.Match[str]] = CODED.finditer(folded, start, end)
    if coded_as:  # "(Coded as 46, subtracting ...)" may stand in a sentence of its own
        coder_fields = chain(coder_fields, CODED_AS.finditer(folded, start, end))
    for coded in coder_fields:  # "Fatalities: 10 people.", "Fatalities coded as 3"
        category = Category[coded.lastgroup or ""]
        cue = Cue(coded.start(), coded.end(), category)
        items = parse_list(sentence, coded.end(), end, by_start)
        if coded.re is CODED_AS:  # "(coded as 9, 3 in another event)": the 9
            items = items[:1]
        if _counted_before(text, coded.start(), ends) or _counted_passive(folded, coded, ends):
            # "Three dead: one officer, two ...", "Five people were killed: three soldiers
            # and two civilians": a breakdown of the figure before the colon
            refused.extend((i.start, i.end) for i in items)
            continue
        found = item_readings(text, items, category, (start, end), cue, None)
        _collect(folded, found, readings, refused)
    for lo, hi in clauses:
        triggers = _triggers(folded, predicates, lo, hi)
        if triggers:  # most clauses name no casualty at all
            here = Clause(text, folded, lo, hi, start, end, by_start, triggers, sentence)
            _collect(folded, clause_victims(here), readings, refused)
    ordered = told_bodies(sorted(readings.values(), key=lambda r: r.start), text)
    if ordered:  # deaths a protest is about, or unrest follows: told before
        told = reasons(folded, start, end, ordered, published)
        told += motive_background(folded, start, end, ordered)  # "the same gang that killed"
        # "an investigation into the killing of six people ... on November 17": the news
        told = [r for r in told if not called_to_account(folded, r.start, r.end, end)]
        told += coded_elsewhere(folded, start, end, ordered)
        told += bracketed_parts(text, end, ordered)  # "killed 12 (five in X, ...)"
        told += retold_background(
            folded, start, ordered
        )  # "... over the murder of a trader. The man was killed"
        refused.extend((r.start, r.end) for r in told)
        ordered = [r for r in ordered if r not in told]
    ordered = _pronoun_once(_self_once(folded, start, end, ordered))
    nobody = [r for r in ordered if _nobody(folded, start, r)]
    if nobody:  # "no soldier was killed": no claim, and no other rule may read one there
        refused.extend((r.start, r.end) for r in nobody)
        ordered = [r for r in ordered if r not in nobody]
    carried = carry_subjects(noun_ahead(text, ordered))
    carried = later_died(folded, end, as_many(folded, end, carried), by_start)
    carried = [_each_side(folded, r) for r in carried]
    taken = {r.quantity.start for r in carried}
    refused = [s for s in refused if s[0] not in taken]
    if zeros:  # few sentences tell none
        read = SpanSet((r.start, r.end) for r in carried)
        zeros = [z for z in zeros if not read.overlaps(z.start, z.end)]
        refused += [(z.start, z.end) for z in zeros]
    return Victims(sorted(carried + zeros, key=lambda r: r.start), SpanSet(refused))


# "1 killed on each side", "Two believed dead on each side" (acled-w study: read as 1
# and 2, coded 2 and 4): the count is of each of two sides, the toll twice it; not "on
# both sides" (a total as often), nor "on each side of the river" (a place)
_EACH_SIDE = re.compile(r"\s+on\s+each\s+side\b(?!\s+of\b)")
_EACH_SIDED = frozenset({Category.KILLED, Category.WOUNDED})


def _each_side(folded: str, reading: Reading) -> Reading:
    """`reading`, its figure doubled and its words run on, where it counts each of two
    sides ("1 killed on each side": 2 dead)."""
    side = _EACH_SIDE.match(folded, reading.end)
    value = reading.quantity.value
    if side is None or value is None or reading.category not in _EACH_SIDED:
        return reading
    low, high = reading.quantity.low, reading.quantity.high
    both = replace(
        reading.quantity,
        end=side.end(),
        value=2 * value,
        low=None if low is None else 2 * low,
        high=None if high is None else 2 * high,
    )
    return replace(reading, quantity=both, end=side.end())


def _pronoun_once(readings: list[Reading]) -> list[Reading]:
    """Readings less a death of "him" or "her" right after one person's death told
    before it in the sentence ("set a suspected robber ablaze and killed him": one
    death); "abducted a man and killed him" keeps its one, and so does "killed a farmer
    and abducted his son, then killed him" (the son)."""
    kept: list[Reading] = []
    for reading in readings:
        last = kept[-1] if kept else None
        again = (
            reading.subject in ("him", "her")
            and last is not None
            and last.category is reading.category
            and last.quantity.value == 1
        )
        if not again:
            kept.append(reading)
    return kept


def counted_once(text: str, readings: list[Reading]) -> list[Reading]:
    """Readings less a person read again without the count right before it: "1 civilian
    killed" is one death, not a second of "civilian killed" (a coder's bare noun, which
    the predicate's reading takes while the number is read apart)."""
    counted = {
        (r.category, r.quantity.end)
        for r in readings
        if _NUMERAL.fullmatch(text, r.quantity.start, r.quantity.end)
    }
    return [r for r in readings if not _count_before(text, r, counted)]


# A count in figures or words ("1", "one"), not a single person's noun read as one.
_NUMERAL = re.compile(r"\d[\d,.]*|(?i:one|two|three|four|five|six|seven|eight|nine|ten)")


def _count_before(text: str, reading: Reading, counted: set[tuple[Category, int]]) -> bool:
    """Whether `reading` is one person with no number of its own, right after a count of
    its category another reading holds (`counted`: category and where its count ends)."""
    if reading.quantity.value != 1 or _NUMERAL.fullmatch(
        text, reading.quantity.start, reading.quantity.end
    ):
        return False
    before = text[: reading.start].rstrip()
    return (reading.category, len(before)) in counted


def _in_name(text: str, pos: int, start: int) -> bool:
    """Whether a predicate's word at `pos` is capitalised inside a name in running text:
    "a worker at Dead Sea Works" (a lower-case word before it, a capital after it; not a
    headline's "Gunmen Kill Two")."""
    if not text[pos].isupper():
        return False
    before = text[max(start, pos - 30) : pos].split()
    after = text[pos : pos + 40].split()[1:2]
    return bool(before and before[-1].islower() and after and after[0][:1].isupper())


def _triggers(folded: str, predicates: list[int], lo: int, hi: int) -> list[int]:
    """Where in `folded[lo:hi]` a predicate's first word starts: the starts of
    `ANY_PREDICATE.finditer(folded, lo, hi)`, tried only at the `predicates`
    (the starts of the sentence's words that pattern matches whole). A clause's
    bounds `lo` and `hi` never cut a word, so a word there is the sentence's word."""
    found = []
    after = lo
    for pos in predicates[bisect.bisect_left(predicates, lo) :]:
        if pos >= hi:
            break
        match = ANY_PREDICATE.match(folded, pos, hi) if pos >= after else None
        if match:
            found.append(pos)
            after = match.end()
    return found


def _counted_before(text: str, pos: int, ends: set[int]) -> bool:
    """Whether a number ends right before `pos`: "Three dead: ..." is a total, and
    what follows its colon a breakdown of it."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos in ends


# An auxiliary (or "shot", "found" ...) before a field's word makes it a passive's
# participle, no label: "were killed:", "were shot dead:", "were found dead:".
_AUX_BEFORE = re.compile(
    r"(?<![a-z])(?:were|was|are|is|been|shot|found|reported|confirmed|left)\s+$"
)


def _counted_passive(folded: str, coded: re.Match[str], ends: set[int]) -> bool:
    """Whether a field's word is the participle of a passive whose subject a number
    counts, within 80 characters before it: "Five people were killed: ..."."""
    at = coded.start()
    if not _AUX_BEFORE.search(folded, max(0, at - 12), at):
        return False
    return any(at - 80 <= end < at for end in ends)


_BLEW_SELF_UP = re.compile(f"{SELF_BLAST}|{SELF_BLAST_OF}")
_KILLING_SELF = re.compile(r"kill\w*\s+(?:only\s+)?(?:himself|herself|themselves)")
# Another death told anywhere on the page: the bombers' victims, whom the coded
# lists give without the bomber ("... blew himself up. The blast killed 23 people").
_OTHER_DEATH = re.compile(
    # not the bombers' own: "explosives strapped to their bodies"
    r"(?<![a-z])(?:killed|killing|kills|dead|died|dies|deaths?|fatalit\w*|"
    r"(?<!their\s)(?<!his\s)(?<!her\s)bodies|lives|"
    r"casualt\w*|murdered|massacre\w*|slain|perished)(?![a-z])"
)
# "No one else was killed", "no other casualties": no other death
_NONE_BEFORE = re.compile(r"(?<![a-z])(?:no|nobody|none|neither|nor|without)(?![a-z])[^.;]{0,30}$")


def _self_once(folded: str, start: int, end: int, readings: list[Reading]) -> list[Reading]:
    """The bombers' own death told by "blew themselves up" counts where the page tells
    no other death ("A bomber blew herself up at the gate, wounding five": 1; "two
    kamikazes blew themselves up": 2), as RAND's records count it, and not beside their
    victims' toll ("nine were killed when a bomber blew himself up", "... blew himself
    up. The blast killed 23 people"), which the Wikipedia lists and ACLED's notes give
    without him unless the text counts him ("killing himself and five others": once;
    "blew himself up, killing five others": the others are besides him)."""
    blew = [r for r in readings if _BLEW_SELF_UP.search(folded, r.start, r.end)]
    if not blew:
        return readings
    if any(_KILLING_SELF.search(folded, r.start, r.end) for r in readings):
        return [r for r in readings if r in blew or r.subject not in ("himself", "herself")]
    others = (r for r in readings if r not in blew and r.category is Category.KILLED)
    if any(r.subject in ("others", "other people") for r in others):
        return readings  # "exploded themselves, killing 2 others": the bombers are dead too
    spans = [(b.start, b.end) for b in blew]
    for word in _OTHER_DEATH.finditer(folded):
        if any(a <= word.start() < b for a, b in spans):
            continue
        line = max(folded.rfind(".", 0, word.start()), folded.rfind(";", 0, word.start()))
        if not _NONE_BEFORE.search(folded, line + 1, word.start()):
            return [r for r in readings if r not in blew]
    return readings


def _collect(
    folded: str,
    found: Iterator[Reading | Refused],
    readings: dict[tuple[int, Category], Reading],
    refused: list[tuple[int, int]],
) -> None:
    for one in found:
        if isinstance(one, Refused):
            refused.append((one.start, one.end))
        else:
            _add(folded, readings, one)


def _add(folded: str, readings: dict[tuple[int, Category], Reading], reading: Reading) -> None:
    """Keep the first predicate's reading of a victim; a second fate only where one
    follows the other ("was kidnapped and killed" is both). A wound and then a death
    of the same subject, told before both, is the death alone: "A trader was stabbed
    near the jetty and killed" (acled-v study: read as one wounded); not "wounding two
    others, six militants were also killed" (another list) nor "The officer was injured
    ... and died" (one counted before). `folded` is the lower-cased text."""
    start = reading.quantity.start
    taken = {category for category in _CATEGORIES if (start, category) in readings}
    hurt = readings.get((start, Category.WOUNDED))
    if (
        taken == {Category.WOUNDED}
        and reading.category is Category.KILLED
        and hurt is not None
        and hurt.start == reading.start == start
        and not folded.startswith("the ", start)
    ):
        del readings[(start, Category.WOUNDED)]
        taken = set()
    if not taken or (taken == {Category.KIDNAPPED} and reading.category is Category.KILLED):
        readings.setdefault((start, reading.category), reading)
