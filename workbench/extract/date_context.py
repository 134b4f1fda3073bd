"""Where a date stands in its sentence: in a relative clause, or dating a statement.

Two things decide whether a date in a sentence dates a claim in it (see
`dates.pick_date`):

- a relative clause ("the town, which was attacked in 2019,", "the school where
  gunmen seized 40 pupils in March") tells of something else than the sentence's
  main claim, so its date is only for the claims inside it;
- the day a statement was made ("the army said on Wednesday", "Officials on
  Thursday put the toll at 30", "in a statement on Tuesday") is not the day of
  the attack it reports.

Offsets are Python string offsets into the whole text, as everywhere in extraction.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol, TypeVar

from workbench.extract.date_clauses import claim_clause, relative_clauses, when_antecedent
from workbench.extract.dateline import dateline_end
from workbench.extract.toll_days import toll_day


class Dated(Protocol):
    """A date in a text, as `dates.DateMention` has it: `text[start:end]`."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...


D = TypeVar("D", bound=Dated)

# -- choosing a claim's date --------------------------------------------------------

# A date after one of these bounds a period ("since March"), it does not date an event.
_REACH = 600  # characters of a sentence read on each side of a claim
# A page's stamp at the start of a line: "date 2022-06-11", "Published: 3 March 2024".
# In French too: "Mis à jour le jeudi 12 novembre 2026 –" (trial 63: a radio's update
# stamp dated its tolls by the update)
STAMP = re.compile(
    r"(?:^|\n)[ \t]*(?i:date|dated|published|updated|posted|mis[ \t]+à[ \t]+jour|publié|modifié"
    r"|actualisé)(?:[ \t]+(?i:le|on))?[ \t]*:?[ \t]*$"
)
# A superlative a few words before a date: "the deadliest attack (carried out) this year".
_SUPERLATIVE_BEFORE = re.compile(
    r"(?i:\b(?:deadliest|bloodiest|worst|largest|biggest|heaviest|highest|most\s+(?:deadly|"
    r"lethal|violent|serious|brutal|devastating|severe|horrific|destructive)))\b[^.;:!?]{0,60}$"
)
_SPAN_DATE = re.compile(
    r"(?i:(?:in\s+|since\s+)?(?:this|last)\s+(?:year|month)|(?:in\s+|since\s+)?\d{4})"
)
_PERIOD_WORDS = frozenset(("since", "until", "till", "by", "before", "after", "from"))


def pick_date(
    dates: Sequence[D],
    text: str,
    clause_start: int,
    clause_end: int,
    claim_start: int,
    claim_end: int,
    sentence_start: int,
    sentence_end: int,
) -> D | None:
    """The date of the claim `text[claim_start:claim_end]`, chosen from `dates`
    (the sentence's `DateMention`s in text order, as `dates.find_dates` gives them, or anything
    with their `start`, `end` and `text`); None when none may date it.

    The claim stands in the clause `text[clause_start:clause_end]` of the sentence
    `text[sentence_start:sentence_end]`; all offsets are into `text`. The nearest
    date to the claim wins, among, in this order, the first set that holds any:

    1. the dates in the relative clause the claim is in ("the school where gunmen
       seized 40 pupils in March": "in March" for the 40 pupils), or that follows
       its noun and says what befell it ("12 soldiers, who were killed on Monday,");
    2. the dates in the claim's clause, then in the whole sentence, but never one
       in a relative clause the claim is not in ("Gunmen killed 12 in the town,
       which was attacked in 2019": not 2019).

    A statement's date ("said on Wednesday", "Officials on Thursday put the toll
    at 30", "in a statement on Tuesday") gives way to an event's in the same set
    ("said on Wednesday that 12 soldiers were killed on Monday": Monday); when the
    set holds only statement dates, an event's date elsewhere in the sentence wins,
    else the statement's is the best there is. A date stamped on the page ("Updated:",
    a dateline's "NIAMEY, Nov 29 (Reuters) -") says when the story was filed: any
    other date of the sentence wins over it ("... on Saturday": Saturday). A period
    ("since March") is no event's date: it does not displace a statement's.

    >>> import datetime as dt
    >>> from workbench.extract.dates import find_dates
    >>> s = "The army said on Wednesday that 12 soldiers were killed on Monday."
    >>> found = find_dates(s, dt.date(2024, 3, 14))
    >>> pick_date(found, s, 0, len(s), 27, 55, 0, len(s)).text
    'Monday'
    """
    # Only the part of a very long sentence near the claim: `_REACH` characters each
    # side (a whole ordinary sentence), so a sentence of many dated figures is read
    # in linear time.
    # a dateline's date says when the story was filed: a stamp, as "Updated:" is
    before = bool(dates) and dates[0].start < claim_start
    filed = dateline_end(text, sentence_start, sentence_end) if before else 0
    sentence_start = max(sentence_start, claim_start - _REACH)
    sentence_end = min(sentence_end, claim_end + _REACH)
    first = bisect.bisect_left(dates, sentence_start, key=lambda d: d.start)
    last = bisect.bisect_left(dates, sentence_end, key=lambda d: d.start)
    dates = dates[first:last]
    if not dates:
        return None
    spans = [(d.start, d.end) for d in dates]
    toll_of = toll_day(spans, text, sentence_start, claim_start, claim_end)
    if toll_of is not None:  # "The death toll from the December 20 attack ... has climbed"
        return dates[toll_of]
    when = when_antecedent(spans, text, claim_start)
    if when is not None:  # "since July 2023, when a bomber killed 63 people": July 2023
        return dates[when]
    clauses = relative_clauses(text, sentence_start, sentence_end, spans)
    own = claim_clause(clauses, text, claim_start, claim_end, spans)

    def allowed(date: D) -> bool:
        """Whether no relative clause keeps `date` from the claim: every one it is
        in holds the claim, or only says when the noun before the claim happened."""
        return all(
            c == own or c.overlaps(claim_start, claim_end) or (c.happened and c.end <= claim_start)
            for c in clauses
            if c.holds(date.start)
        )

    # what a voice adds after the claim is another statement, with its own times: "10
    # were killed, adding there had been no fighting in the past 20 days"
    added = _ADDING.search(text, claim_end, sentence_end)
    said_after = added.start() if added else sentence_end
    aftermath = _AFTERMATH.search(text, claim_end, said_after)
    said_after = aftermath.start() if aftermath else said_after
    open_dates = [
        d
        for d in dates
        if allowed(d)
        and not _compared(text, sentence_start, d)
        and d.start < said_after
        and not _of_earlier_figure(text, claim_end, d)
        and not _in_group_name(text, d)
    ]
    pools = (
        [d for d in open_dates if own is not None and own.holds(d.start)],
        [d for d in open_dates if clause_start <= d.start < clause_end],
        open_dates,
    )
    pool = next((p for p in pools if p), [])
    stamps = {
        d.start
        for d in open_dates
        if d.end <= filed or STAMP.search(text, max(0, d.start - 24), d.start)
    }
    if any(d.start in stamps for d in pool):  # "date 2022-06-11 ... last Sunday": Sunday
        pool = (
            [d for d in pool if d.start not in stamps]
            or [d for d in open_dates if d.start not in stamps]
            or pool
        )
    said = {
        d.start
        for d in open_dates
        if not is_period(d) and states(text, sentence_start, sentence_end, d.start, d.end)
    }

    def event(date: D) -> bool:
        return date.start not in said and not is_period(date)

    if any(d.start in said for d in pool):
        if any(event(d) for d in pool):  # "said on Wednesday that 12 were killed on Monday"
            pool = [d for d in pool if d.start not in said]
        elif all(d.start in said for d in pool):  # an event's date in another clause
            pool = [d for d in open_dates if event(d)] or pool

    def distance(date: D) -> int:
        return max(date.start - claim_end, claim_start - date.end, 0)

    return min(pool, key=distance, default=None)


_ADDING = re.compile(
    r",\s+(?:adding|noting|stressing|explaining|insisting|recalling)\b", re.IGNORECASE
)
# What befell the counted people after: its date is not the incident's ("Only four people
# were taken, and all four were rescued by the army on 7 November": trial 61's kidnapping
# dated by its rescue became an event of its own; "kidnapped on Monday and released on
# Thursday"; French "libérés le 7 novembre").
_AFTERMATH = re.compile(
    r"\b(?:and|but|before|then|who|et|puis|avant\s+d[e’'])\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:(?:were|was|have\s+been|had\s+been|been|ont\s+été|a\s+été|sont|ont|être)\s+)?"
    r"(?:(?:later|all|since|subsequently|finally|tous|toutes|ensuite)\s+)?"
    r"(?:rescued|released|freed|found|returned|discharged|buried|escaped|recovered|"
    r"libérée?s?|relâchée?s?|retrouvée?s?|secourue?s?|évadée?s?|inhumée?s?)\b",
    re.IGNORECASE,
)


# "since" right before a date: "the deadliest attack in Israel since Oct. 7, 2023"
_SINCE_BEFORE = re.compile(r"\b(?i:since|depuis)\s+(?:(?i:the)\s+)?\Z")


def _compared(text: str, sentence_start: int, date: Dated) -> bool:
    """Whether `date` is a year or month a superlative measures the incident against:
    "the deadliest attack this year", "the most brutal raid in 2020", "the deadliest
    since 2015", or any day after "since" ("one of the deadliest terror attacks in
    Israel since Oct. 7, 2023": a pairs-news-j study page dated its toll so)."""
    since = _SINCE_BEFORE.search(text, max(sentence_start, date.start - 8), date.start)
    if not (_SPAN_DATE.fullmatch(date.text) or since or date.text.lower().startswith("since")):
        return False
    return (
        _SUPERLATIVE_BEFORE.search(text, max(sentence_start, date.start - 70), date.start)
        is not None
    )


# The figure a toll rose or fell from, told after it with its own day: "rose to 27, up
# from the 19 it reported on Sunday" (trial 69: the 27 was dated Sunday), "à 27, contre
# 19 dimanche".
_EARLIER_FIGURE = re.compile(
    r",\s*(?:(?:up|down)\s+from|compared\s+(?:with|to)|contre)\s[^,;:]*\Z", re.IGNORECASE
)


def _of_earlier_figure(text: str, claim_end: int, date: Dated) -> bool:
    """Whether `date`, after the claim, dates the earlier figure the claim's toll rose or
    fell from, named after it in its own aside."""
    if date.start < claim_end:
        return False
    return _EARLIER_FIGURE.search(text, claim_end, date.start) is not None


# A date in a group's name, after or before the group's word: "Revolutionary Organization
# 17 November", "the 23 March Movement" (pairs study: a victim of 17 November's group was
# dated by its name). The date still is no figure (`dates.find_dates` keeps it).
_GROUP_WORDS = r"(?:Organi[sz]ation|Movement|Group|Front|Brigades?|Commando|Mouvement)"
_GROUP_BEFORE = re.compile(rf"\b{_GROUP_WORDS}\s+\Z")
_GROUP_AFTER = re.compile(rf"\s+{_GROUP_WORDS}\b")


def _in_group_name(text: str, date: Dated) -> bool:
    """Whether `date` is part of a group's name, no day of anything."""
    return bool(
        _GROUP_BEFORE.search(text, max(0, date.start - 14), date.start)
        or _GROUP_AFTER.match(text, date.end)
    )


def is_period(date: Dated) -> bool:
    """Whether a date is a period's bound, not a day ("since Monday", "until March",
    "by 2020": its first word one of `_PERIOD_WORDS`)."""
    words = date.text.split(maxsplit=1)
    return bool(words) and words[0].lower() in _PERIOD_WORDS


# -- statement dates ------------------------------------------------------------

# Lower case only: "the United States in 1971" is no statement.
_SAY = (
    r"(?:said|says|say|told|tells|announced|announces|reported|stated|confirmed|confirms"
    # not a blast that "claimed the lives of", nor "alleged LNA forces" or "an estimated
    # 50", adjectives
    r"|claimed(?!\s+(?:the\s+|their\s+|many\s+)?li(?:ves|fe)\b)|added|tweeted|wrote|declared"
    r"|denied|denies|warned|acknowledged|admitted|insisted|explained|disclosed|revealed"
    r"|(?<![Aa]n\s)estimated|noted|alleged(?=\s*(?:that\b|on\b|in\b|[,.;:]|$))"
    r"|briefed|informed|quoted|cited|corrected|clarified)"
)
# ... as a verb of saying: not "said to be rebels".
_SAYS = rf"{_SAY}\b(?!\s+to\s+(?:be|have)\b)"
_UTTERANCE = (
    r"(?i:statement|communiqu[eé]|press\s+release|release|news\s+conference|press\s+conference"
    r"|conference|briefing|interview|announcement|report|bulletin|update|post|tweet|message"
    r"|video|speech|address|telephone|phone|call|broadcast)s?"
)
_GIVEN = r"(?i:issued|released|published|posted|given|held|broadcast|aired|sent|dated)"
# "told reporters", "told AFP", "told the BBC", "told Reuters by telephone"
# A medium told, after its name or before it: "told AFP news agency", "told the French
# news agency AFP", "told local radio" (a trial's statement day was read as the attack's)
_MEDIUM = (
    r"(?i:news\s+agency|news\s+service|agency|newspaper|daily|radio|television|TV"
    r"|broadcaster|channel|website)"
)
_TOLD = (
    r"(?:\s+(?:to\s+)?(?:(?i:reporters|journalists|the\s+press|parliament|lawmakers|him|her"
    rf"|them|us|me)|(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){{0,3}}(?:\s+{_MEDIUM})?"
    rf"|(?i:the\s+|an?\s+)?(?:[\w-]+\s+){{0,2}}?{_MEDIUM}(?:\s+[A-Z][\w.&'’-]*){{0,2}}))"
)
# "in a statement", "at a news conference in Bamako", "by telephone"
_VIA = (
    r"(?:\s+(?i:in|at|during|by|via|over|through|to|on|from)\s+(?:(?i:an?|the|its|his|her"
    rf"|their)\s+)?(?:[\w'’-]+\s+){{0,3}}?{_UTTERANCE}(?:\s+{_GIVEN})?"
    r"|\s+(?i:in|from|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
)
_WHEN = r",?\s+(?:(?i:late|early|earlier|later)\s+)?(?:(?i:on|as\s+of)\s+)?\Z"
# The words before a statement's date: "said on", "told reporters on", "said in a
# statement on", "a report released on", "In a statement on".
_SAID_BEFORE = re.compile(
    rf"(?:\b{_SAY}{_TOLD}?{_VIA}{{0,2}}|\b{_UTTERANCE}(?:\s+{_GIVEN})?){_WHEN}"
)
# The words after one: "Officials on Thursday said", "... on Thursday put the toll
# at 30", "Wednesday's statement".
_SAID_AFTER = re.compile(
    r"\s*(?:(?i:also|again|jointly|formally|officially|separately)\s+)?"
    rf"(?:{_SAYS}|(?i:put|raised|revised|lowered|updated|gave|increased|set|released"
    r"|issued|published)\s+(?:(?i:the|its|their|a|an)\s+)?(?:[\w-]+\s+){0,3}?(?i:toll|tally|figure"
    r"|number|count|estimate|statement|report|communiqu[eé])s?\b)"
)
_POSSESSIVE_SAID = re.compile(rf"\s+(?:[\w-]+\s+)?{_UTTERANCE}\b")
# A date opening the sentence, then the speaker and the verb: "On Monday, the army
# said ...". No digits, no "and", no -ed word (a verb of its own) in the speaker.
_OPENING = re.compile(r"\s*[\"“‘']?\s*(?:(?i:late|early)\s+)?(?:(?i:on|as\s+of)\s+)?\Z")
_SPEAKER_THEN_SAY = re.compile(
    r",?\s+(?:(?!(?i:and)\b)(?![a-z][\w'’-]*ed\b)[A-Za-z][\w.'’-]*(?<!\d)\s+){0,6}?"
    rf"{_SAYS}"
)
_LOOK_BACK = 120  # characters of context read before a date


# asked of each date for each claim of a sentence, and of its days by the story's
# dates: a few pages' texts are held (their hash is computed once a string)
@lru_cache(maxsize=64)
def states(text: str, start: int, end: int, date_start: int, date_end: int) -> bool:
    """Whether the date `text[date_start:date_end]` in the sentence `text[start:end]`
    is the day a statement was made rather than the day of what it reports: "said on
    Wednesday", "said Wednesday", "told reporters on Monday", "said in a statement
    on Tuesday", "a report released on Monday", "Officials on Thursday put the toll
    at 30", "On Monday, the army said", "Wednesday's statement".

    >>> s = "The army said on Wednesday that 12 soldiers were killed on Monday."
    >>> states(s, 0, len(s), 17, 26), states(s, 0, len(s), 59, 65)
    (True, False)
    """
    if text[date_start:date_end].endswith(("'s", "’s")):
        return bool(_POSSESSIVE_SAID.match(text, date_end, end))
    if _SAID_BEFORE.search(text, max(start, date_start - _LOOK_BACK), date_start):
        return True
    if _SAID_AFTER.match(text, date_end, end):
        return True
    return bool(
        _OPENING.match(text, start, date_start) and _SPEAKER_THEN_SAY.match(text, date_end, end)
    )


# -- a dateline's date ----------------------------------------------------------------
