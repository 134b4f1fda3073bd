"""A later figure told of one site of the scene: a part of the toll told before.

"At least 70 people were killed when gangs attacked Pont-Sondé, the UN said. In one
house, gunmen shot dead a family of five. In another house, six family members were
killed": the five and the six are among the 70, told house by house. Read alone, each
sentence gives a whole toll, and a trial's event put its conservative figure at 5 and
called the report's own narration "improbable" against the UN's 70 (two contradicts
links inside one article). Such a claim gets `part`: events leave it out of their
figures and matching relates it to a toll it fits in, never disputing it
(`match.parts.counts_part`).

A claim is such a part when:
- its clause opens on a site of the scene counted one by one: "in one house", "in
  another house", "at a nearby church", "in the first village", "inside one of the
  classrooms", "dans une maison", "dans une autre concession", "dans l'une des
  églises"; or it counts some of the toll's people by their state or as "of the"
  toll's ("five of the injured were in critical condition", "several remain in
  critical condition", `_state_share`);
- a claim of its report told before it, within `WINDOW` claims, counts people that
  may hold the part's (`_same_people`; same category, neither a running total nor
  denied nor a part itself) at a place that agrees and on a day that agrees, with a
  lower bound above the part's upper one (the whole holds more than the part);
- nothing in its clause adds it to that toll: "also", "more", "separately", "later",
  "in a separate attack", "aussi", "également", "en outre".

A toll of another place, another day or other people ("In one house, three soldiers
were killed" after "70 civilians were killed") is no part of it; nor is a figure of a
site told before any toll ("In one house, five were killed. In all, 70 died").
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator

from workbench.extract.earlier_figures import same_place, same_victims
from workbench.extract.later_totals import counts_incident
from workbench.extract.summed_parts import ADDS, FAMILIES, broken_down, summed_shares
from workbench.models import Category, Claim

WINDOW = 24  # claims: how far back a part's toll is looked for

_SITE = (
    r"(?:houses?|homes?|homesteads?|compounds?|households?|huts?|rooms?|buildings?|"
    r"apartments?|flats?|churche?s?|mosques?|schools?|classrooms?|dormitor(?:y|ies)|"
    r"markets?|shops?|stores?|hospitals?|clinics?|camps?|shelters?|villages?|hamlets?|"
    r"settlements?|neighbou?rhoods?|streets?|vehicles?|cars?|trucks?|buses?|boats?)"
)
_SITE_FR = (
    r"(?:maisons?|habitations?|domiciles?|concessions?|cases?|chambres?|bâtiments?|"
    r"immeubles?|églises?|mosquées?|écoles?|salles?\s+de\s+classe|marchés?|boutiques?|"
    r"hôpitaux|hôpital|camps?|villages?|hameaux|hameau|localités?|quartiers?|véhicules?|"
    r"voitures?|camions?|bus|pirogues?|embarcations?)"
)
# A site counted one by one, opening the clause: "In one house", "at another
# church", "inside one of the classrooms", "dans une autre maison".
_SITE_LEAD = re.compile(
    r"(?:^|[.;:,]\s*|\b(?:and|while|whereas|et|tandis\s+que)\s+)"
    r"(?:(?:in|at|inside|outside|near)\s+(?:one\s+of\s+the|one|another|a\s+(?:single|second|"
    r"third|nearby|neighbou?ring)|the\s+(?:other|first|second|third|same|nearby|neighbou?ring))"
    rf"\s+(?:[a-z-]+\s+)?{_SITE}\b"
    r"|(?:dans|à|au\s+sein\s+d['’])\s*(?:une?|l['’]une?\s+des|une?\s+autre|l['’]autre|"
    rf"la\s+même|le\s+même)\s+(?:[^\W\d]+\s+)?{_SITE_FR}(?![^\W\d]))",
    re.IGNORECASE,
)


def with_later_parts(claims: Iterable[Claim]) -> Iterator[Claim]:
    """The claims, in their order, each that counts one site's share of a toll its
    report told before marked `part` (this module's rules), and each share a later sum
    adds up (summed_parts.py). A claim is handed on once `WINDOW` more have been read."""
    window: deque[Claim] = deque()
    for claim in claims:
        if _listed_among(claim) or (
            (_site_share(claim) or _state_share(claim))
            and any(_holds(old, claim) for old in reversed(window))
        ):
            claim = claim.model_copy(update={"part": True})
        for index in summed_shares(window, claim):  # "..., while 7 others ... This toll of 25"
            window[index] = window[index].model_copy(update={"part": True})
        shares = broken_down(window, claim)  # "killing 96 ... 79 ... 17": the 79 and the 17
        for index in shares:
            window[index] = window[index].model_copy(update={"part": True})
        window.append(claim.model_copy(update={"part": True}) if shares else claim)
        if len(window) > WINDOW:
            yield window.popleft()
    yield from window


def _site_share(claim: Claim) -> bool:
    """Whether a claim's clause opens on a site of the scene, before its figure, and
    adds nothing to a toll (`ADDS`)."""
    if not counts_incident(claim):
        return False
    sentence = claim.sentence
    at = sentence.find(claim.text)
    if at < 0:
        return False
    leads = list(_SITE_LEAD.finditer(sentence, 0, at))
    if not leads:
        return False
    lead = leads[-1]
    clause = sentence[lead.end() : at + len(claim.text)]
    return ADDS.search(clause) is None and ADDS.search(sentence, 0, lead.start()) is None


# A share of the toll told by its state or as "of the" toll's people, in its own words
# or right after them: "five of the injured were in critical condition", "Several
# remain in critical condition" after "29 injured" (pairs-news-m study: the several
# and the five were matched as tolls of their own, outranking the wholes' dispute).
_STATE_SHARE = {
    Category.WOUNDED: re.compile(
        r"\bof\s+(?:the|those)\s+(?:injured|wounded|hurt|victims|casualties)\b"
        r"|\b(?:in|into)\s+(?:a\s+)?(?:critical|serious|grave|stable)\s+condition\b"
        r"|\bcritically\b|\bintensive\s+care\b|\bstill\s+in\s+hospital\b"
        r"|\bdans\s+un\s+état\s+(?:critique|grave)\b|\bgrièvement\b",
        re.IGNORECASE,
    ),
    # not "five of the injured died": more dead, from among the hurt
    Category.KILLED: re.compile(
        # "three of the killings", "two of the deaths", "one of the murders"
        r"\bof\s+(?:the|those)\s+(?:dead|killed|victims|casualties|deaths|killings|murders)\b",
        re.IGNORECASE,
    ),
}
_SHARE_REACH = 60  # characters after a claim's words its state may be told in


def _state_share(claim: Claim) -> bool:
    """Whether a claim counts some of a toll's people by their state or as "of the"
    toll's people (`_STATE_SHARE`), in its words or right after them in its clause,
    adding nothing to it (`ADDS`: "Three more were critically injured")."""
    share = _STATE_SHARE.get(claim.category)
    at = claim.sentence.find(claim.text)
    if share is None or at < 0 or not counts_incident(claim):
        return False
    end = min(len(claim.sentence), at + len(claim.text) + _SHARE_REACH)
    clause = re.split(r"[;.]|,\s+(?:and|while|but)\s", claim.sentence[at:end])[0]
    return share.search(clause) is not None and ADDS.search(clause) is None


# From an item of a list to the list's predicate that makes each item a part: ", a
# pharmacist and nearby construction workers were among those killed" (no other verb
# between: "..., and five were wounded; a teacher was among the dead" is another clause)
_AMONG_LIST = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?!\b(?:were|was|are|is|had|have|has)\b)[^.;:]){1,120}?"
    r"\b(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the|those)\s+(?:[a-z]+\s+)?"
    r"(?:dead|killed|victims|casualties|wounded|injured|fatalities)\b",
    re.IGNORECASE,
)


def _listed_among(claim: Claim) -> bool:
    """Whether a claim counts an item of a list whose predicate puts its items among a
    toll ("The driver of the ambulance, a pharmacist and nearby construction workers
    were among those killed": the driver is one of the dead, no toll of one)."""
    if not counts_incident(claim):
        return False
    at = claim.sentence.find(claim.text)
    return at >= 0 and _AMONG_LIST.match(claim.sentence, at + len(claim.text)) is not None


def _holds(whole: Claim, part: Claim) -> bool:
    """Whether `whole`, told before `part`, is a toll of the same people that holds it."""
    if whole.category is not part.category or not counts_incident(whole):
        return False
    if whole.sentence == part.sentence or whole.low is None or part.high is None:
        return False
    if whole.date and part.date and whole.date != part.date:
        return False
    return part.high < whole.low and same_place(whole, part) and _same_people(whole, part)


def _same_people(whole: Claim, part: Claim) -> bool:
    """Whether a part counts people its whole may hold: the same noun or people in
    general (`earlier_figures.same_victims`), or one family of victims as the extractor
    reads it (`Claim.unit`: "pupils" among "villagers", both civilians), or people of no
    family ("family members", "membres d'une même famille") among civilians or people."""
    if same_victims(whole, part) or (whole.unit == part.unit and whole.unit in FAMILIES):
        return True
    return part.unit in (None, "person") and whole.unit in (None, "person", "civilian")
