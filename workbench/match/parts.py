"""Counts that are a part of a toll, and a report's bare figure read as its own bound.

A report counts parts of its toll as well as the toll: "seven of the victims died in
one house", "among the dead is the commander", "three more people were shot",
"57 injured remain in hospital", or the toll of each village whose sum it gives
("28 in one village and nine in the other", beside "no fewer than 37"). Such a part
is no whole toll: against another report's toll it neither corroborates nor
contradicts; it is related where it fits inside it (relate, `part_fits`).

A report that writes "at least 59" also writes "kills 59" in its headline, or
"killing 13 civilians" after "killing at least 13 civilians": its bare figure is
shorthand for its own bound, not an exact count (`with_parts`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from workbench.extract.breakdowns import THOSE_INCLUDED
from workbench.match.companions import TOLLS
from workbench.match.part_sums import exact, mark_sums

if TYPE_CHECKING:
    from workbench.match.features import Features

_NUMBER_WORD = (
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety)(?:-\w+)?|dozens?|scores|hundreds|several|many|some|most|half|all)"
)
_TOLL_NOUN = (
    r"(?:victims|dead|deceased|killed|slain|injured|wounded|casualties|fatalities|bodies|"
    r"(?:\w+\s+)?(?:people|persons)\s+(?:who|that)\s+(?:were\s+|had\s+been\s+)?"
    r"(?:killed|died|injured|wounded|hurt))"
)
# "seven of the victims", "10 of whom", "five of the people who were killed", "two of
# them"; not "one of the attackers" (a toll of its own) nor "the toll of the attack"
_PARTITIVE = re.compile(
    rf"\b{_NUMBER_WORD}\s+of\s+(?:whom|them|(?:the|those)\s+{_TOLL_NOUN})\b", re.IGNORECASE
)
# "among the dead is the commander", "among those killed were two soldiers"
_AMONG = re.compile(
    r"\bamong\s+(?:the|those)\s+(?:\w+\s+)?(?:dead|killed|victims|casualties|injured|wounded|"
    r"hurt|slain|deceased|fatalities)\b",
    re.IGNORECASE,
)
# "the other nine", "the remaining four", "three more people", "26 more bodies",
# "another 20", "five additional deaths" (not "more than 20")
_INCREMENT = re.compile(
    rf"\b(?:the\s+(?:other|remaining)\s+{_NUMBER_WORD}|another\s+{_NUMBER_WORD}|"
    rf"{_NUMBER_WORD}\s+(?:more|additional|further)\b(?!\s+than))",
    re.IGNORECASE,
)
# a hospital's patients who died: the wounded it took in, a part of the toll ("three
# patients died overnight", "two of the injured patients died": trial 74's MSF count
# was the Kunduz event's conservative toll, 3 of 33)
_PATIENTS = re.compile(
    rf"\b{_NUMBER_WORD}\s+(?:(?:more|other|further)\s+)?(?:(?:wounded|injured|hospitali[sz]ed)\s+)?"
    r"patients\b",
    re.IGNORECASE,
)
# the wounded still in hospital, discharged or in critical condition: a part of them
_STATUS = re.compile(
    r"\b(?:in\s+(?:a\s+)?(?:critical|serious)\s+condition|critically|"
    r"remain(?:s|ed|ing)?\s+(?:in\s+(?:the\s+)?)?hospitali[sz]ed|"
    r"remain(?:s|ed|ing)?\s+in\s+(?:the\s+)?hospital|"
    r"still\s+(?:in\s+(?:the\s+)?hospital|hospitali[sz]ed|under\s+treatment|being\s+treated|"
    r"receiving\s+treatment)|(?:were|was|have\s+been|had\s+been)\s+discharged)\b",
    re.IGNORECASE,
)
_FIGURE = re.compile(rf"\b{_NUMBER_WORD}\b", re.IGNORECASE)
# a stated count, digits or a number word ("4", "seven", "twenty-one"; not "several")
_COUNT = re.compile(
    r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety)(?:-\w+)?)\b",
    re.IGNORECASE,
)
# words of a death toll and of a toll of the wounded (`_besides`)
_KILLED = re.compile(r"\b(?:kill\w*|dead|died|dies|deaths?|slain|lost\s+their\s+lives)\b", re.I)
_WOUNDED = re.compile(r"\b(?:wound\w*|injur\w*|hurt)\b", re.IGNORECASE)
STATUS_REACH = 40  # characters after a claim's words that may say it counts a status
_AMONG_REACH = 60  # characters before a claim's words that may say "among the dead"


# A breakdown the extractor gives in the toll's category (extract/breakdowns.py): its
# text opens with the word that makes it a part ("including 7 women", "among them 4
# aid workers", "Those killed included 3 boys", "out of whom 12 are in critical condition")
# How a French part's figure may be bounded: "dont environ 10 femmes", "au moins 3"
_FRENCH_ABOUT = r"(?:(?:au\s+moins|près\s+de|environ|plus\s+de|quelque)\s+)"
# The French words that open a part of the toll told before, right before its figure.
_FRENCH_PART = re.compile(
    r"(?i:\b(?:dont|parmi\s+(?:eux|elles|lesquels|lesquelles|les\s+(?:victimes|morts|tués|"
    r"blessés|personnes\s+tuées))(?:\s*,|\s+(?:figur\w+|on\s+compte|se\s+trouv\w+|il\s+y\s+a"
    r"|(?:ont\s+été\s+)?recensés?|l['’]on\s+compte))?|y\s+compris|notamment))"
    rf"\s*{_FRENCH_ABOUT}?$"
)
# A later part of a French breakdown's list: "parmi les victimes figurent 5 enfants et
# 4 femmes", "dont 3 soldats, 2 policiers et un douanier".
_FRENCH_LIST_PART = re.compile(
    _FRENCH_PART.pattern.removesuffix("$")
    + rf"(?:\s*{_FRENCH_ABOUT}?(?:\d+|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)"
    r"\s+[^\W\d]+"
    r"(?:\s+[^\W\d]+)?\s*(?:,|\s+et)\s*){1,3}$"
)
_FRENCH_FATE = re.compile(r"(?i:bless|tu[ée]|morts?\b|d[ée]c[ée]d|enlev|disparu|otage)")
# A French count of more found since the toll: "5 nouveaux corps", "3 corps supplémentaires".
_FRENCH_MORE = re.compile(
    r"(?i:^\S+\s+(?:nouveaux|nouvelles|supplémentaires)\b|^\S+\s+\w+\s+supplémentaires\b)"
)
# A part's lead just before a claim's words that start at its figure: "including six
# gang members killed by officers", "Seven people, among them two women, were missing".
_PART_BEFORE = re.compile(
    r"(?i:\b(?:including|among\s+(?:them|whom)|amongst\s+them|of\s+(?:whom|them))\s+"
    r"(?:at\s+least\s+|about\s+|some\s+|nearly\s+)?)$"
)
# A partitive after a claim's words: "killed seven civilians, beheading three of them".
_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|whom|those|the\s+(?:victims|dead))\b", re.I)
_BREAKDOWN = re.compile(
    r"(?i:including|among\s+(?:them|whom)|amongst\s+them|(?:out\s+)?of\s+(?:whom|them|those)\s"
    # "Among the dead were", "Among those wounded was"
    r"|among(?:st)?\s+(?:the|those)\s+(?:\S+\s+){0,2}?(?:were|was|are|is)\s"
    # "Those killed in the raid on the town included" (as extract.breakdowns reads it)
    rf"|{THOSE_INCLUDED}\w*)\b"
)


# The attacker's own death told alone: "the suspected shooter is dead", "The gunman was
# killed": one of a toll that may count him ("three people are dead, including the
# suspected shooter"), no toll to dispute it (pairs-news-k/-l study: 3 "contradicted" 1).
_ATTACKER_ALONE = re.compile(
    r"(?i:(?:the\s+)?(?:suspected\s+|alleged\s+|lone\s+|presumed\s+)?(?:shooter|gunman|"
    r"attacker|assailant|bomber|suicide\s+bomber|perpetrator|suspect|killer)\b)"
)


class Marked(Protocol):
    """What `counts_part` reads of a claim: a stored claim or the matcher's view."""

    @property
    def text(self) -> str: ...
    @property
    def sentence(self) -> str: ...
    @property
    def category(self) -> str: ...
    @property
    def part(self) -> bool | None: ...


def counts_part(claim: Marked) -> bool:
    """Whether a claim counts a part of a toll: the analyst's word where they gave it
    (`claim edit --part yes|no`; two trials' analysts could not take "including five
    children" out of an event's figures, nor say that a toll read as a part is a
    whole one), else its words (`is_part`)."""
    if claim.part is not None:
        return claim.part
    return is_part(claim.text, claim.sentence, claim.category)


def toll_part(claim: Marked) -> bool:
    """Whether a claim counts a part of a toll of people (killed, wounded, missing,
    kidnapped: `companions.TOLLS`), as matching and events read it (`counts_part`):
    what the claims list and the TUI mark "(part)" and "⊂"."""
    return claim.category in TOLLS and counts_part(claim)


def is_part(text: str, sentence: str, category: str) -> bool:
    """Whether a claim counts a part of a toll, not a toll: its own words say so
    (`part_words`), or it is a breakdown told after the toll ("..., including 7
    women"; right before its words where they start at the figure: "including six
    gang members killed by officers", "among them two women"; in French: "19 morts dont
    2 kamikazes", "parmi eux trois enfants", "y compris un infirmier"), or a partitive
    follows them ("beheading three of them"), or it tells the attacker's own death
    alone ("the suspected shooter is dead": `_ATTACKER_ALONE`)."""
    if _BREAKDOWN.match(text) or part_words(text, sentence, category == "wounded"):
        return True
    if category == "killed" and _ATTACKER_ALONE.match(text):
        return True
    at = sentence.find(text)
    if at < 0:
        return False
    end = at + len(text)
    return bool(
        _FRENCH_PART.search(sentence, max(0, at - 50), at)
        or (
            _FRENCH_LIST_PART.search(sentence, max(0, at - 100), at) is not None
            and not _FRENCH_FATE.search(text)  # "dont 3 soldats et 12 blessés": a toll
        )
        or _FRENCH_MORE.match(text)
        or _PART_BEFORE.search(sentence, max(0, at - 30), at)
        or (_OF_THEM_AFTER.match(sentence, end) is not None and len(_COUNT.findall(text)) == 1)
    )


def part_words(text: str, sentence: str, wounded: bool) -> bool:
    """Whether a claim's words say it counts a part of a toll: a partitive ("seven of
    the victims", "10 of whom"), "among the dead", an increment ("the other nine",
    "three more people", "26 more bodies"), or, for the wounded, a status said just
    after the figure, no other figure between ("57 injured people remain
    hospitalized", "six in critical condition"; not "50 injured, three critically").
    "More than 20", "bodies of 13 people" and "killed 14 people" are no parts.

    A partitive or an increment counts only where its number is the claim's own,
    the first of its words ("killed 4 civilians, 1 of them a child" counts 4, a
    whole). An increment after a toll of the other category alone adds people of
    its own kind, a whole toll (`_besides`): "eight were killed and another 19
    wounded", "killing 11 and wounding 10 more" (coded notes write tolls so)."""
    at = sentence.find(text)
    before = sentence[:at] if at >= 0 else ""
    if _own(_PARTITIVE, text) or _AMONG.search(text) or (not wounded and _own(_PATIENTS, text)):
        return True
    increment = _own(_INCREMENT, text)
    if increment is not None:
        return not _besides(before, wounded)
    if at < 0:
        return False
    among = _AMONG.search(sentence[max(0, at - _AMONG_REACH) : at])
    if among and not (_KILLED if wounded else _WOUNDED).search(among.group(0)):
        return True  # not "five were among the dead and about 90 were wounded" (trial 67)
    if not wounded:
        return False
    status = _STATUS.search(text + sentence[at + len(text) : at + len(text) + STATUS_REACH])
    between = (text + sentence[at + len(text) :])[len(text) : status.start()] if status else ""
    return status is not None and len(_FIGURE.findall(text + between)) <= 1


def _own(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The pattern's match in a claim's words whose number is the claim's own figure:
    no count stands before it ("1 of them" in "killed 4 civilians (1 of them a
    child)" is not)."""
    found = pattern.search(text)
    if found is None or _COUNT.search(text[: found.start()]):
        return None
    return found


def _besides(before: str, wounded: bool) -> bool:
    """Whether the words before an increment count only the other category: "another
    19 wounded" after "eight were killed", "one more died" after "five were hurt".
    The increment then adds a kind of harm beside that toll, not people to its own."""
    own, other = (_WOUNDED, _KILLED) if wounded else (_KILLED, _WOUNDED)
    return bool(other.search(before)) and not own.search(before)


def part_fits(a: Features, b: Features) -> bool | None:
    """Where exactly one of two claims counts a part of a toll (`Features.part`):
    whether the part fits inside the other's figure (True: related), or exceeds it
    (False: no link, for the other may be a part too); None where neither or both
    are parts, which compare as any two claims do."""
    if a.part == b.part:
        return None
    part, whole = (a, b) if a.part else (b, a)
    return part.low <= whole.high


def with_parts(found: Iterable[Features]) -> list[Features]:
    """The claims, with each report's parts marked and its bare figures read as its
    own bounds:

    - two exact tolls of one report and category that sum to a third toll of it
      ("killing eleven people" and "three more people" beside "killed 14 people";
      28 and nine beside "no fewer than 37") are parts of it (`Features.part`);
    - an exact toll of a report that also states the same figure as a lower bound
      ("kills 59" and "killing at least 59 people") for people of one family or in
      general is read as that bound: the report's shorthand for it."""
    claims = list(found)
    reports: dict[tuple[int, str], list[int]] = defaultdict(list)
    for i, f in enumerate(claims):
        if f.category in TOLLS and not f.cumulative:
            reports[(f.claim.document_id, f.category.value)].append(i)
    for members in reports.values():
        if len(members) < 2:
            continue
        mark_sums(claims, members)
        _read_own_bounds(claims, members)
    return claims


def _read_own_bounds(claims: list[Features], members: list[int]) -> None:
    """Read an exact toll as the report's own lower bound at the same figure."""
    bounds: dict[float, Features] = {}
    for i in members:
        f = claims[i]
        lower = f.claim.qualifier in ("at_least", "more_than") and f.high == float("inf")
        if lower and not f.part and not f.bodies and f.claim.value is not None:
            bounds.setdefault(f.claim.value, f)
    if not bounds:
        return
    for i in members:
        f = claims[i]
        value = f.claim.value
        bound = bounds.get(value) if value is not None and exact(f) and not f.part else None
        if bound is not None and _one_kind(f, bound):
            claims[i] = replace(f, low=bound.low, high=bound.high, own_bound=True)


def _one_kind(f: Features, bound: Features) -> bool:
    """Whether two tolls may count the same people: either counts people in general,
    or both one family."""
    return f.generic or bound.generic or (f.victim is not None and f.victim == bound.victim)
