"""A figure restated without its source takes the source its restatement names; a
headline's figure takes the place its story tells it at."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from workbench.extract.places import country_wide
from workbench.models import BlockKind, Category, Claim, Number

RESTATED_WITHIN = 128  # claims: how far a figure's restatement is looked for, each side

_Figure = tuple[Category, Number | None, Number | None]
_Place = tuple[str, str | None]  # a claim's location and country
_Restated = tuple[Category, Number | None, Number | None, str]  # `_restated`
_Voiced = tuple[str, str | None]  # a figure's voice and the place it was told at
_Number = tuple[Category, Number | None]  # a headline's number: "kill 20" for "at least 20"
# the day (date, its words) a story first tells a number, the place it tells it at, and
# where in the text it does
_Dated = tuple[str, str | None, str | None, int]


def share_attributions(claims: Iterable[Claim]) -> Iterator[Claim]:
    """The claims, in their order, each figure without a source given the source
    that a restatement of the same figure (category, low, high) names: a headline
    bullet restating the body's "the army said 12 were killed" is the army's, and one
    article repeating a figure is one voice. Comments under a post lend no source.

    The restatement is looked for among the `RESTATED_WITHIN` claims on either side
    (a headline and its story are far closer); where several name the figure, the
    last of them seen wins. So a claim is handed on once that many more are read,
    and memory holds that many claims, however many the text has. A headline's figure
    takes the source of the story's first telling of it, not of its last: the lead's
    mayor, not the closing paragraph's UN giving another incident's same figure (trial
    62: a headline's Artibonite toll was the UN's, as the Cité Soleil massacre's was).
    """
    named: dict[_Restated, _Voiced] = {}
    first_named: dict[_Restated, _Voiced] = {}
    told = _Told({}, {}, {}, {})
    waiting: deque[Claim] = deque()
    for claim in claims:
        if claim.attribution and claim.comment is None:
            voiced = (claim.attribution, claim.location)
            named[_restated(claim)] = voiced
            if claim.section is not BlockKind.TITLE:
                first_named.setdefault(_restated(claim), voiced)
        if claim.section is not BlockKind.TITLE and claim.comment is None:
            told.add(claim)
        waiting.append(claim)
        if len(waiting) > RESTATED_WITHIN:
            yield _sourced(waiting.popleft(), named, first_named, told)
    while waiting:
        yield _sourced(waiting.popleft(), named, first_named, told)


@dataclass
class _Told:
    """Where and when the story tells each figure first: its place by the figure
    (category, low, high) and its place, date and voice by the headline's number
    (category, low: "Jihadists kill 20" over "killed at least 20"); the date also for
    the story's undated tellings of the number (`_day_told_again`)."""

    placed: dict[_Figure, _Place]
    dated: dict[_Number, _Dated]
    placed_by_number: dict[_Number, _Place]
    voiced_by_number: dict[_Number, _Voiced]
    first: _Place | None = None  # the place of the story's first placed incident figure

    def add(self, claim: Claim) -> None:
        if claim.location and self.first is None and claim.scope == "incident":
            self.first = (claim.location, claim.country)
        if claim.location:
            self.placed.setdefault(_figure(claim), (claim.location, claim.country))
            self.placed_by_number.setdefault(_number(claim), (claim.location, claim.country))
        if claim.date:
            day = (claim.date, claim.date_text, claim.location, claim.start)
            self.dated.setdefault(_number(claim), day)
        if claim.attribution:
            self.voiced_by_number.setdefault(_number(claim), (claim.attribution, claim.location))


def _day_told_again(claim: Claim, told: _Told) -> dict[str, str | None]:
    """The day of an undated incident figure that its story dates where it tells the same
    number again, later, at the same place ("At least eighteen people have been killed
    ... in Abyei" over the minister's "The attack happened today ... eighteen people were
    killed": pairs-news-u study, the lead's toll dated by its page matched the week
    before's); nothing for one person, a figure too common to tie two tellings, nor
    from a telling before it ("Four soldiers were killed the day before the vote" after
    Monday's four is another day)."""
    if claim.date is not None or claim.scope != "incident" or claim.low is None:
        return {}
    found = told.dated.get(_number(claim))
    if claim.low < 2 or found is None or found[2] != claim.location or found[3] < claim.start:
        return {}
    return {"date": found[0], "date_text": found[1]}


def _figure(claim: Claim) -> _Figure:
    return claim.category, claim.low, claim.high


def _number(claim: Claim) -> _Number:
    """A figure's category and lower bound, what two tellings of one number share: a
    headline's "Fighting kills 11" restates the story's "at least 11 people were killed"
    (trial 69: the headline stood as a voice of its own, stuck at 11 while the story's
    voice went on to 19 and 27)."""
    return claim.category, claim.low


def _restated(claim: Claim) -> _Restated:
    """What a restatement shares with its figure: the figure, and for one person the
    word for them ("un enfant" is no restatement of the body's "une mère", french-k
    study: one is too common a figure to tie two claims by itself)."""
    words = (claim.subject or "").lower().split()
    who = words[-1] if words and claim.low == claim.high == 1 else ""
    return (*_figure(claim), who)


_WORDS = re.compile(r"[^\W\d_]{3,}")


def _named_in(claim: Claim) -> bool:
    """Whether a claim's own sentence names its place (not a dateline's or the
    story's): a word of its place phrase is in it, or the place is a country's (a
    French headline's "Cameroun" reads "Cameroon")."""
    if not claim.location:
        return False
    said = set(_WORDS.findall(claim.sentence.casefold()))
    # the place itself, not the country a dateline adds ("Maputo, Mozambique" is not
    # named by "Mozambique insurgents kill 11")
    words = _WORDS.findall(claim.location.split(",")[0].casefold())
    return country_wide(claim.location) or any(w in said for w in words)


def _voice_of(claim: Claim, voiced: _Voiced | None) -> str | None:
    """The voice of a restatement of `claim`'s figure, where it was told at no other
    place: the mayor's "deux femmes" tués à Kadjéma lend no voice to two peacekeepers
    killed on the Zemio-Mboki road the same report tells as background (trial 65). A
    headline, whose place is often the region its story's town is in, takes it still."""
    if voiced is None:
        return None
    voice, place = voiced
    if place and claim.location and claim.section is not BlockKind.TITLE:
        one, other = place.casefold(), claim.location.casefold()
        if one not in other and other not in one:
            return None
    return voice


def _sourced(
    claim: Claim,
    named: dict[_Restated, _Voiced],
    first_named: dict[_Restated, _Voiced],
    told: _Told,
) -> Claim:
    """`claim` with the source a restatement names, where it names none; a headline's
    figure whose country is not the story's at the place the story first tells it at
    ("... near Lake Chad" in the headline, "in Bosso, in the Diffa region" in the
    story: Bosso, Niger). A headline's place in the story's country stays its own
    ("Cameroun" over the story's "Kolofata"); one its own words do not name (a
    dateline's "Maiduguri, Nigeria" over the story's "Ngoshe") is the story's. A
    headline's number placed or dated by the story's is the same number ("kill 20"
    and "killed at least 20"); one the story does not restate is placed where the
    story's first incident figure is ("..., thousands flee" over a dateline's
    capital). A headline that dates nothing takes the day the story tells its number
    at ("Gunmen kill 12 in second attack" and "killed 12 people ... on Thursday"): an
    undated headline matched every day's reports."""
    update: dict[str, str | None] = {}
    voiced = (first_named if claim.section is BlockKind.TITLE else named).get(_restated(claim))
    if voiced is None and claim.section is BlockKind.TITLE and claim.low != 1:
        voiced = told.voiced_by_number.get(_number(claim))  # "kill 20", "killed at least 20"
    if claim.attribution is None and (source := _voice_of(claim, voiced)):
        update["attribution"] = source
    if claim.section is not BlockKind.TITLE:
        update |= _day_told_again(claim, told)
        return claim.model_copy(update=update) if update else claim
    place = told.placed.get(_figure(claim)) or told.placed_by_number.get(_number(claim))
    if place is None and claim.scope == "incident":
        place = told.first  # "..., thousands flee": the story's scene, not its dateline
    # another country's, or a place its words do not name ("kill 20", by the dateline)
    if place is not None and (
        (place[1] is not None and place[1] != claim.country) or not _named_in(claim)
    ):
        update["location"], update["country"] = place
    if claim.date is None and (day := told.dated.get(_number(claim))):
        update["date"], update["date_text"] = day[:2]
    return claim.model_copy(update=update) if update else claim
