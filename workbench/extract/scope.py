"""A claim's scope: does its figure count one incident, or a running total?

"Gunmen killed 12 villagers on Tuesday" counts one incident; "the insurgency has
killed thousands since 2009" and "so far this year 300 civilians were killed"
count a total over a period. `claim_scope` tells them apart from cue words in
the claim's clause and returns the words that bound the total ("since 2009",
"in two years of war", "so far this year"), or None when the text gives none
("to date", "cumulative").

One compiled pattern, read in one pass over the clause, holds every cue. Its
alternatives are of three kinds, told apart by the one named group each has:

- `p…`: a cue that is a period ("since 2009", "over the past decade");
- `c…`: a cue that makes a total without bounding it ("to date", "the war has
  killed", "has killed tens of thousands");
- `block`: a superlative that compares an incident with a period ("the deadliest
  attack since 2015", "the first such raid in two years"): an incident.

A single date ("on Tuesday", "in March", "in 2019") is no total. "Since" a day
of the week, "since yesterday" or "since last week" is read as one incident
still going on (a siege, a hostage-taking, the fighting of a few days); "since"
a month, a date, a year or the start of a war is a total. See docs/extraction.md.
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.extract.dates import MONTH_NAMES_RE
from workbench.extract.scope_cues import CUES, MAY_TOTAL, SPAN
from workbench.models import Scope

_REACH = 400  # characters read on each side of a claim for its cues
# The periods that name a war, not a time: "in the Casamance conflict", "a 15-year
# insurgency". Beside a period that names a time ("Since January, at least 40 people
# have been killed in the Casamance conflict") the time bounds the total: the war's
# name, nearer the figure, had made the total's days January's alone (trial 79).
_WAR_NAMES = frozenset({"p15", "p20", "p23"})
_INCIDENT = Scope.INCIDENT.value
_CUMULATIVE = Scope.CUMULATIVE.value

# Where a clause ends, on either side of the claim: a cue beyond one of these
# speaks of another figure ("Gunmen killed 12 on Tuesday; since 2009 the
# insurgency has killed thousands"). A cue that opens the sentence ("Since
# 2015, 3,000 have been killed, and 2,000 wounded") holds across ", and", one
# that follows the claim does not.
_BEFORE = ("; ", ", but ", ", while ", ", whereas ", " where ")
_AFTER = (*_BEFORE, ", and ")
# A part of the count told after it, with a verb of its own: "8,200 refugees, including
# 1,350 who arrived since January", "45,000 refugees, 9,800 of whom arrived since March"
# (trial 78: the part's period given to the whole). What follows bounds the part.
_SINCE = re.compile(r"\b(?:since|so\s+far|to\s+date)\b", re.IGNORECASE)
PART_AFTER = re.compile(
    r",\s*(?:including|among\s+them|among\s+whom)\s+(?:some\s+|about\s+|around\s+|nearly\s+|"
    r"over\s+|more\s+than\s+)?\d[\d,.]*|,\s*(?:some\s+|about\s+)?\d[\d,.]*\s+of\s+(?:whom|them)\b",
    re.IGNORECASE,
)


def may_total(text: str, folded: str, start: int, end: int) -> bool:
    """Whether any claim in `text[start:end]` may be a running total: whether the span
    holds a word every cue of a total holds, or a span of months or years. Where it
    does not, `claim_scope` gives ("incident", None) for every claim in it. `folded` is
    `casefold.fold(text)`."""
    return bool(
        MAY_TOTAL.search(folded, start, end)
        or SPAN.search(text, start, end)
        or _TEN_THOUSANDS.search(text, start, end)  # `_mass_or_incident`'s figures
        or _MILLIONS.search(text, start, end)
    )


def claim_scope(
    text: str,
    start: int,
    end: int,
    claim_start: int,
    claim_end: int,
    folded: str | None = None,
) -> tuple[str, str | None]:
    """The scope of the claim `text[claim_start:claim_end]`, which stands in the
    clause or sentence `text[start:end]`.

    Returns ("cumulative", period) when the figure is a running total, with the
    words that bound it as the text has them, white space folded ("since 2009",
    "in two years of war", "So far this year") or None when the text gives no
    bounds ("to date"); ("incident", None) otherwise. The scopes are the values
    of `Scope`. Offsets are Python string offsets into `text`, with
    `start <= claim_start <= claim_end <= end`. `folded` is `casefold.fold(text)`
    where the caller has it.

    >>> s = "The insurgency has killed thousands since 2009."
    >>> claim_scope(s, 0, len(s), 26, 35)
    ('cumulative', 'since 2009')
    >>> s = "Gunmen killed 12 villagers on Tuesday."
    >>> claim_scope(s, 0, len(s), 14, 26)
    ('incident', None)
    """
    # a cue this far from the claim speaks of another figure; the bound keeps a
    # sentence of many figures linear
    low, high = max(start, claim_start - _REACH), min(end, claim_end + _REACH)
    for mark in _BEFORE:
        found = text.rfind(mark, low, claim_start)
        if found >= 0:
            low = max(low, found + len(mark))
    for mark in _AFTER:
        found = text.find(mark, claim_end, high)
        if found >= 0:
            high = min(high, found)
    part = PART_AFTER.search(text, claim_end, high)
    if part is not None:  # "8,200 refugees, including 1,350 who arrived since ...": a
        # total the part is a later share of, its period the part's alone
        since = _SINCE.search(text, part.end(), high) is not None
        high = part.start()
        scope = claim_scope(text, start, high, claim_start, claim_end, folded)
        return (_CUMULATIVE, scope[1]) if since else scope
    year_toll = _year_toll(text, low, high, claim_start, claim_end)
    if year_toll is not None:
        return _CUMULATIVE, year_toll
    may_total = (
        MAY_TOTAL.search(folded, low, high)
        if folded is not None
        else MAY_TOTAL.search(text[low:high].lower())
    )
    if not (may_total or SPAN.search(text, low, high)):
        return _mass_or_incident(text, claim_start, claim_end, high)
    nearest: tuple[int, str] | None = None  # (distance, group name) of the nearest cue
    # ((names a war, distance), period) of the nearest period, a time before a war
    bounded: tuple[tuple[bool, int], str] | None = None
    for match in _cues(text, low, high):
        name = match.lastgroup
        assert name is not None
        group_start, group_end = match.span(name)
        if _own_number(text, claim_start, claim_end, group_start, group_end):
            continue  # the claim's own number ("between 1900 and 2000 people")
        # a total brought up to a figure is read from its "since" (`c7`): the participle
        # before it ("..., bringing to 45") is an aside to the claims before it
        cue_start = group_start if name in ("c7", "p27") else match.start()
        if _aside(text, low, claim_start, claim_end, cue_start, match.end()):
            continue
        if cue_start > claim_end and _LATEST.search(text, claim_end, cue_start):
            continue  # "..., the latest in a series of attacks over 18 months": a series'
        distance = max(match.start() - claim_end, claim_start - match.end(), 0)
        if nearest is None or distance < nearest[0]:
            nearest = (distance, name)
        rank = (name in _WAR_NAMES, distance)
        if name[0] == "p" and (bounded is None or rank < bounded[0]):
            bounded = (rank, " ".join(match.group(name).split()))
    if nearest is None:
        return _mass_or_incident(text, claim_start, claim_end, high)
    if nearest[1].startswith("block"):
        return _INCIDENT, None
    return _CUMULATIVE, bounded[1] if bounded else None


# A perfect tense of death or wounds right after a count: "more than 158,000 civilians
# have been killed" (not "12,000 people have fled": one week's flight runs so high)
_PERFECT_AFTER = re.compile(
    r"(?:\s+[a-z-]+){0,3}?\s+(?:have|has)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+)?"
    r"(?:killed|died|wounded|injured|lost\s+their\s+lives)\b",
    re.IGNORECASE,
)
# Millions uprooted with a perfect tense: no one incident's flight runs so high.
# So do millions told displaced now ("about 1 million people are displaced in Marib
# governorate": a stock, no one week's flight; trial 71's camp-strike event took it).
_PERFECT_FLIGHT = re.compile(
    r"(?:\s+[a-z-]+){0,3}?\s+(?:(?:have|has)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+)?"
    r"(?:displaced|uprooted|fled|forced|driven)|(?:are|is|remain|remains)\s+(?:now\s+|still\s+)?"
    r"(?:internally\s+)?(?:displaced|uprooted))\b",
    re.IGNORECASE,
)
# in words too: "Tens of thousands of people have been killed, and millions have been
# displaced" (unseen-m study: both read as one incident's)
_MILLIONS = re.compile(
    r"(?<![\d,.])(?:\d{1,3}(?:,\d{3}){2,}|\d+(?:\.\d+)?\s+million)\b|\b[Mm]illions\b"
)
_TEN_THOUSANDS = re.compile(
    r"(?<![\d,.])(?:\d{2,3}(?:,\d{3})+|\d{1,3}(?:,\d{3}){2,}|\d{5,})(?![\d,])"
    r"|\b(?:[Tt]ens|[Hh]undreds)\s+of\s+thousands\b|\b[Mm]illions\b"
)


def _mass_or_incident(
    text: str, claim_start: int, claim_end: int, high: int
) -> tuple[str, str | None]:
    """A claim no cue makes a total: cumulative where it counts ten thousand or more in
    figures and a perfect tense follows its count ("more than 158,000 civilians have
    been killed in Syria": a war's running total, whatever words bound it; no
    incident's toll runs so high), else an incident."""
    figure = _TEN_THOUSANDS.search(text, claim_start, claim_end)
    if figure is not None and _PERFECT_AFTER.match(text, figure.end(), high) is not None:
        return _CUMULATIVE, None
    figure = _MILLIONS.search(text, claim_start, claim_end)
    if figure is not None and _PERFECT_FLIGHT.match(text, figure.end(), high) is not None:
        return _CUMULATIVE, None  # "12 million people have been displaced": a war's
    return _INCIDENT, None


# An incident set in a series after it: "..., the latest in a series of attacks over the
# last 18 months", "the latest atrocity in the country's 18-month conflict".
_LATEST = re.compile(r"\bthe\s+(?:latest|most\s+recent|newest)\b", re.IGNORECASE)
_LAST_DIGIT = re.compile(r"\d(?!.*\d)", re.DOTALL)


def _own_number(text: str, claim_start: int, claim_end: int, cue_start: int, cue_end: int) -> bool:
    """Whether a cue is the claim's own figure: it overlaps the claim and holds the
    claim's last digit ("between 1900 and 2000 people"), or the claim has no digit. A
    revised toll's words may hold a period before its figure ("the toll since 2015
    to 2,400"): that period is the toll's cue, not its number."""
    if not (cue_start < claim_end and claim_start < cue_end):
        return False
    last = _LAST_DIGIT.search(text, claim_start, claim_end)
    return last is None or cue_start <= last.start() < cue_end


# A year's toll: a figure of thousands in a year ("More than 5,000 people were killed
# in gang violence in 2023", "Last year, 5,000 were killed"); one incident's is rarely so.
_MASS_FIGURE = re.compile(r"\b\d{1,3}(?:,\d{3})+\b|\b\d{4,}\b|\b(?:thousands|millions)\b")
_MONTH_BEFORE = re.compile(rf"(?i:{MONTH_NAMES_RE})\s+$")
_MONTHS = f"(?:{MONTH_NAMES_RE})"
_YEAR_PERIOD = re.compile(
    r"\b(?:[Ii]n|[Dd]uring|[Tt]hroughout)\s+(?:19|20)\d\d\b(?![-/–]?\d)|\b[Ll]ast\s+year\b(?!['’]s)"
    # days of two months, of thousands or of many incidents: "Between 7 October 2023 and
    # 14 November 2024, at least 43,764 were killed" (trial 74c: one strike's toll); not
    # days of one month ("displaced ... between 3 May and 9 May": one week's flight)
    rf"|\b[Bb]etween\s+\d{{1,2}}\s+(?P<first>{_MONTHS})(?:,?\s+(?:19|20)\d\d)?\s+and\s+"
    rf"\d{{1,2}}\s+(?!(?P=first)\b){_MONTHS}(?:,?\s+(?:19|20)\d\d)?\b"
)


# Many incidents the toll is counted over: "were killed in Naxal attacks", "in clashes".
_MANY_INCIDENTS = re.compile(
    r"\s+(?:in|during|by)\s+(?:[\w'’-]+\s+){0,2}?(?:attacks|clashes|incidents|raids|ambushes"
    r"|bombings|air\s?strikes|operations|killings)\b"
)


def _year_toll(text: str, low: int, high: int, claim_start: int, claim_end: int) -> str | None:
    """The year a figure is counted over, as the text words it ("in 2023", "Last
    year"), where the figure runs to thousands or its incidents are many ("Last year,
    20 police officers were killed in attacks"); None for one incident's figure or a
    clause that names no year."""
    if not (
        _MASS_FIGURE.search(text, claim_start, claim_end)
        or _MANY_INCIDENTS.match(text, claim_end, high)
    ):
        return None
    year = _YEAR_PERIOD.search(text, low, high)
    if year is None or _MONTH_BEFORE.search(text, max(low, year.start() - 12), year.start()):
        return None  # "in August last year" is a day of an incident, not a year's total
    return " ".join(year.group(0).split())


_RELATIVE = (", who ", ", which ", ", whose ")
# Before the claim, "who" opens one without a comma too: "fired on protesters who had
# been clashing since 8 October, killing one person" (acled-w study: read as a total).
_RELATIVE_BEFORE = (*_RELATIVE, " who ")
# After the claim, a relative clause also opens without a comma ("killing five, in a region
# that has been calm since ..."), and a total of its own after one (", the number of ...").
_RELATIVE_AFTER = (
    *_RELATIVE,
    " that ",
    " where ",
    " which ",
    ", bringing ",
    ", taking ",
    ", rising to ",  # "A woman was killed ..., rising to 5 martyrs since the beginning"
    ", the number of ",
    # a total raised by the claim's incident, without a comma in a headline: "Massacre
    # which killed 49 persons raises the number of civilians killed since ... to 1000"
    " raises the ",
    " raise the ",
    " raising the ",
    " brings the ",
    " bringing the ",
)


def _aside(
    text: str, low: int, claim_start: int, claim_end: int, cue_start: int, cue_end: int
) -> bool:
    """Whether the cue `text[cue_start:cue_end]` stands in a relative clause the
    claim is not in: "The militants, who have killed 3,000 since 2015, attacked the
    base, killing 11" (a clause that closes before the claim), or "killing 11
    soldiers, which brings the toll since 2015 to 3,000", "killing five in a region
    that has been calm since the war": one that opens after it).
    All offsets are into `text`; the claim's clause starts at `low`."""
    if cue_end <= claim_start:
        for mark in _RELATIVE_BEFORE:
            opened = text.rfind(mark, low, cue_end)
            if opened >= 0 and text.find(",", max(opened + len(mark), cue_end), claim_start) >= 0:
                return True
    elif cue_start >= claim_end:
        if any(text.find(mark, claim_end, cue_start) >= 0 for mark in _RELATIVE_AFTER):
            return True
        # "killed 24 in an insurgency that has claimed 1,800 lives in six years": the cue
        # opens before the relative clause that holds its own figure
        for mark in (" that ", " which "):
            opened = text.find(mark, claim_end, cue_end)
            if opened >= 0 and _OWN_FIGURE.search(text, opened, min(len(text), cue_end + 40)):
                return True
    return False


@lru_cache(maxsize=16)  # the claims of one clause read the same span
def _cues(text: str, low: int, high: int) -> tuple[re.Match[str], ...]:
    """`CUES`' matches in `text[low:high]` (a long pattern, about 0.1 ms a clause)."""
    return tuple(CUES.finditer(text, low, high))


# A figure of a relative clause's own (not a year): "that has claimed 1,800 lives".
_OWN_FIGURE = re.compile(
    r"\b\d{1,3}(?:,\d{3})+\b|\b(?:hundreds|thousands|millions|tens\s+of\s+thousands)\b"
    r"|\b\d+\s+(?:people|lives|civilians|persons|deaths)\b"
    # a bare figure right after the war's verb: "a crisis that has killed 900"
    r"|\b(?:killed|claimed|left|displaced|cost)\s+(?:more\s+than\s+|over\s+|nearly\s+)?\d+\b"
)
