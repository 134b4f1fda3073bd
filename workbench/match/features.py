"""What the matcher knows about a claim: its place, subject, side, time and figure.

Computed once per claim, so comparing two claims is cheap.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from workbench.extract.numbers import asserted_bounds
from workbench.extract.other_event import tells_another_event
from workbench.geo.places import Kind, Place
from workbench.geo.stored_places import located_places, place_relation
from workbench.match.claim_sides import claim_sides, countries_in
from workbench.match.companions import Companion
from workbench.match.countryside import countryside
from workbench.match.lists import Total
from workbench.match.members import claim_family
from workbench.match.money import purpose
from workbench.match.parts import toll_part
from workbench.match.place_names import (
    COARSE,
    address_located,
    finest_names,
    listed_with,
    place_names,
    sentence_names,
    skeletons,
)
from workbench.match.places import far_between, heading
from workbench.match.several import counts_campaign, counts_days, counts_several
from workbench.match.speakers import speaker
from workbench.match.time_spans import TimeSpan, time_span
from workbench.match.two_sites import claim_sites
from workbench.match.victims import (
    bodies_found,
    counts_households,
    named_person,
)
from workbench.match.war_sides import both_sides, struck_by
from workbench.models import Category
from workbench.rows import MatchInputRow

# Categories that can corroborate or contradict each other are the same category;
# these pairs are only ever "related".
RELATED_CATEGORIES = frozenset({frozenset({Category.DISPLACED, Category.REFUGEES})})
# Counts of a standing state (how many are displaced, deployed, spent): they change
# with time, so a different figure at another time is no contradiction.
STOCKS = frozenset({Category.DISPLACED, Category.REFUGEES, Category.TROOPS, Category.MONEY})
# days two claims' times may lie apart and still be one time
EVENT_TOLERANCE = 3
STOCK_TOLERANCE = 14

# "a man", "a 71-year-old woman": anyone; "another was injured", "two other were
# hurt": one more of whoever the text counted before, no family of its own; the
# toll's own words ("Eighteen deaths", "claimed 26 lives", "40 injuries") count anyone,
# in French too ("17 morts", "32 blessés")
_GENERIC_SUBJECTS = frozenset(
    "people persons individuals victims others casualties fatalities dead bodies corpses "
    "person individual man woman another other deaths death lives life souls injuries "
    "injured wounded killed "
    # the singulars, and coders' misspelling: "1 fatality", "twelve causalities"
    "victim fatality casualty causality causalities body corpse injury soul "
    # a pronoun names no one's family: "until he bleeds and chokes to death" (the
    # ambassador another report names)
    "he she him her they them "
    # "all 329 aboard died", "the 12 on board": whoever was on the plane or the bus
    "aboard onboard "
    # French: "17 morts", "douze personnes", "15 corps", "32 blessés"
    "morts mort personnes personne victimes victime corps tués tuées blessés blessées "
    "décès individus il elle ils elles".split()
)


@dataclass(frozen=True, slots=True)
class Lead:
    """What a report's lead (`means.LEAD_LENGTH` characters) tells its claims: the
    rarer means it tells (`means.lead_means`), the names it writes
    (`place_names.sentence_names`), the sites it names by a name of their own
    (`lead_sites.named_sites`) and its text (`site_words`)."""

    means: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()
    sites: frozenset[str] = frozenset()
    text: str = ""
    # it names two regions of its country or more (a roundup), so it tells no one
    # region its unknown villages lie in; its names are left out
    spread: bool = False


NO_LEAD = Lead()


@dataclass(frozen=True)
class MatchInput:
    """The stored fields of a claim the matcher reads."""

    id: int
    document_id: int
    voice_id: int
    voice: str
    category: str
    low: float | None
    high: float | None
    value: float | None
    qualifier: str
    subject: str | None
    unit: str | None
    location: str | None
    country: str | None
    date: str | None
    published: str | None
    sentence: str
    text: str
    denies: bool
    section: str
    loaded_at: str | None = None
    date_text: str | None = None  # the date words as the text has them
    scope: str = "incident"  # or "cumulative": a running total (extract/scope.py)
    # the gazetteer's places for `location` (geo.resolve): where it happened, then
    # the others the phrase names; empty when the gazetteer knows none of them
    located: tuple[Place, ...] = ()
    place_relation: str = "in"  # what the phrase says of it: "north of", "between" ...
    status: str = "unreviewed"  # the analyst's verdict (events leave false claims out)
    language: str | None = None  # the document's, ISO 639-1 ("fr"); None: not known
    # its report gives the figure as one it replaced (extract/earlier_figures.py)
    earlier_figure: bool = False
    # the analyst's word: a part of a toll (True), a whole one (False); None: its words
    part: bool | None = None
    # the figure is the one its voice denies (extract/denial.py): it disputes claims of
    # that figure only
    figure_denied: bool = False
    # what its report's lead tells (`Lead`: its rarer means, names, sites); not stored.
    # One field: an instance of 30 attributes or more costs about 1.3 kB a claim more
    lead: Lead = NO_LEAD

    @classmethod
    def from_row(cls, row: MatchInputRow) -> MatchInput:
        """From the store's row (`Store.match_inputs`: SQLite keeps booleans as integers)."""
        return cls(
            id=row["id"],
            document_id=row["document_id"],
            voice_id=row["voice_id"],
            voice=row["voice"],
            category=row["category"],
            low=row["low"],
            high=row["high"],
            value=row["value"],
            qualifier=row["qualifier"],
            subject=row["subject"],
            unit=row["unit"],
            location=row["location"],
            country=row["country"],
            date=row["date"],
            published=row["published"],
            sentence=row["sentence"],
            text=row["text"],
            denies=bool(row["denies"]),
            section=row["section"],
            loaded_at=row["loaded_at"],
            date_text=row["date_text"],
            scope=row["scope"],
            located=located_places(row["place"]),
            place_relation=place_relation(row["place"]),
            status=row["status"],
            language=row["language"],
            earlier_figure=bool(row["earlier_figure"]),
            part=None if row["part"] is None else bool(row["part"]),
            figure_denied=bool(row["figure_denied"]),
        )


@dataclass(frozen=True, slots=True)  # slots: a dict of 30 fields costs 1.3 kB a claim
class Features:
    """A claim reduced to what decides whether two claims speak of the same thing."""

    claim: MatchInput
    category: Category
    places: tuple[str, ...]  # normalised place names, filler words removed
    coarse: bool  # the place is only a country or a region
    skeletons: tuple[str, ...]  # blocking keys that survive spelling variants
    victim: str | None  # civilian, military or armed_group
    sides: frozenset[str]  # countries (or "UN") whose people are counted
    subject: str  # the subject without side words, for fuzzy comparison
    generic: bool  # the subject says only "people", "victims" and the like, or a name
    time: TimeSpan
    low: float
    high: float
    located: tuple[Place, ...]  # the claim's place first (MatchInput.located)
    heading: float | None  # which way from it the phrase points (match.places.heading)
    cumulative: bool  # a running total, which never links to an incident's count
    several: bool = False  # the sentence counts over several incidents or sites
    over_days: bool = False  # the sentence tells a span of days ("over 9-13 August")
    # the rarer means its sentence tells, else its report's one (means.with_report_means)
    report_means: frozenset[str] = frozenset()
    named: bool = False  # the subject is a person's name ("Simon Veness")
    # the names its sentence writes besides its own place's (sentence_names)
    mentions: frozenset[str] = frozenset()
    total: Total | None = None  # the total of the list the claim is a part of (match.lists)
    # the tolls of other categories its sentence states (match.companions)
    companions: tuple[Companion, ...] = ()
    bodies: bool = False  # it counts bodies found: a floor of the toll (victims.bodies_found)
    speaker: tuple[str, ...] = ()  # the person its voice names (match.speakers)
    # its place is a stretch between towns far apart, no one of them (places.far_between)
    span: bool = False
    # it counts a part of a toll ("seven of the victims", "three more"; match.parts)
    part: bool = False
    # an exact figure read as its report's own bound at it ("kills 59", "at least 59")
    own_bound: bool = False
    # its figure is only a vague word ("dozens", "scores of"): an interval, no count
    vague: bool = False
    # its report's own tolls of two families sum to it: the dead of both (match.parts)
    mixed: bool = False
    # its own report revises it: a first count (match.superseded)
    superseded: bool = False
    # it revises a first count of its own report, of its place (match.superseded)
    revision: bool = False
    # it counts households or families, not people (victims.counts_households)
    households: bool = False
    # what a sum of money pays for ("reward", "budget"; match.money); None otherwise
    purpose: str | None = None
    # the kind of incident its words tell: a protest's dead or an armed attack's
    # (match.incident_kinds); None where they tell neither
    kind: str | None = None
    # the countries whose strike killed its people, so not theirs (war_sides.struck_by)
    struck: frozenset[str] = frozenset()
    both: bool = False  # it counts both sides' dead together (war_sides.both_sides)
    sites: frozenset[str] = frozenset()  # the sites its clause names (two_sites)
    # the sites its report names, where two or more (two_sites.with_sites)
    report_sites: frozenset[str] = frozenset()
    # an earlier incident its lead tells after "days after" (match.lead_background)
    background: bool = False

    @property
    def stock(self) -> bool:
        return self.category in STOCKS


def features(claim: MatchInput) -> Features:
    category = Category(claim.category)
    named = place_names(claim.location)
    places = finest_names(named)
    subject = _plain_subject(claim.subject)
    bounds = _nearly(asserted_bounds(claim.low, claim.high, claim.qualifier), claim.qualifier)
    bodies = bodies_found(claim.subject)
    located = countryside(
        address_located(claim.located, named, claim.location), claim.location, claim.sentence
    )
    return Features(
        claim=claim,
        category=category,
        places=places,
        coarse=bool(places) and all(p in COARSE for p in places),
        skeletons=skeletons(places),
        victim=claim_family(claim),
        sides=claim_sides(claim),
        subject=subject,
        generic=generic(subject) or _named(claim.subject),
        named=_named(claim.subject),
        households=counts_households(claim.subject, claim.text),
        mentions=_mentions(claim, places, located),
        time=time_span(claim),
        low=bounds[0],
        high=math.inf if bodies else bounds[1],  # more may be found
        bodies=bodies,
        speaker=speaker(claim.voice),
        located=located,
        heading=heading(claim.place_relation, located),
        span=far_between(claim.place_relation, located),
        cumulative=claim.scope == "cumulative" or counts_campaign(claim.text, claim.sentence),
        several=counts_several(
            claim.text, claim.sentence, claim.location, tuple(p.name for p in located)
        ),
        over_days=counts_days(claim.text, claim.sentence),
        vague=claim.qualifier.startswith("vague:"),
        part=toll_part(claim),
        purpose=purpose(claim) if category is Category.MONEY else None,
        struck=struck_by(claim),
        both=both_sides(claim),
        sites=claim_sites(claim),
    )


# how far below its figure "nearly N" reaches: as far as "about N" does either side
# (extract.qualifiers.interval: "about 50" is 45..55), "nearly 40" is 36..40
NEARLY_SPREAD = 0.1


def _nearly(bounds: tuple[float, float], qualifier: str) -> tuple[float, float]:
    """A claim's bounds, "nearly N" ("almost", "close to") read as a little under N,
    not as anything up to N: the extractor stores it open below, as "up to N", but
    "wounding nearly 40" and "wounding thirty" cannot both be right, where "up to
    40" and 30 can. The spread is NEARLY_SPREAD of N, at least one."""
    low, high = bounds
    if qualifier != "nearly" or not math.isfinite(high) or math.isfinite(low):
        return bounds
    return math.floor(high - max(high * NEARLY_SPREAD, 1.0)), high


# a claim that states a count, not an incident: "the death toll rose to 58 on Monday"
_TALLY = re.compile(r"\b(?:toll|tally|number|count|figure|total)\b", re.IGNORECASE)


def tally(claim: MatchInput) -> bool:
    """Whether a claim states a count ("the death toll rose to 58 on Monday"): its
    date may be the count's day, not the incident's. Read only where relate needs it."""
    return bool(_TALLY.search(claim.text))


def _mentions(
    claim: MatchInput, places: tuple[str, ...], located: tuple[Place, ...]
) -> frozenset[str]:
    """The names a claim's sentence writes besides its own place's; for a place the
    gazetteer does not know (a junction, a camp, a village: "at Zoope junction"),
    those its report's lead writes too ("MOGADISHU -", "in the capital Mogadishu"):
    the town the report is about is where such a place lies, as an analyst reads it,
    unless the sentence tells another event (`extract.other_event`: "Cette attaque
    survient quatre jours après le massacre de Bois-Neuf ..."); but not a place the lead
    lists beside the claim's own (`place_names.listed_with`: "fighting in Nasir and the
    air strike near Ulang" puts no Ulang strike in Nasir).
    Another report's claim placed in that town then agrees with it as one named in
    passing (`mentions`: weak, held to one day and agreeing figures) or, for a
    division, at the division's level."""
    names = sentence_names(claim.sentence)
    coarse = not located or _coarse(located[0])
    if places and coarse and not tells_another_event(claim.sentence):
        names |= claim.lead.names - listed_with(claim.lead.text, places)
    return names - _words_of(places)


def _coarse(place: Place) -> bool:
    """Whether a gazetteer place is only a country or a first-level region ("northwest
    England"), which a report's lead may name more finely ("in Southport")."""
    return place.kind.depth <= Kind.REGION.depth


def _words_of(places: tuple[str, ...]) -> frozenset[str]:
    """The claim's own names and their words, which its sentence names too."""
    return frozenset(places).union(*(p.split() for p in places))


@lru_cache(maxsize=1 << 16)
def _plain_subject(subject: str | None) -> str:
    words = [w for w in (subject or "").lower().split() if w not in ("from", "and")]
    return " ".join(w for w in words if not countries_in(w.capitalize()))


def _named(subject: str | None) -> bool:
    """A person's name, not a side's ("Simon Veness", not "Pakistani Airforce")."""
    return named_person(subject) and not countries_in(subject or "")


# plurals of a sex, said alone: "nineteen men, five women and a child" counts anyone
# ("19 armed men" says more, and stays a subject of its own)
_BARE_SEXES = frozenset("men women hommes femmes".split())


def generic(subject: str) -> bool:
    """Whether a subject says only who anyone is ("people", "a man", "victims",
    "another", "men" alone): empty, or ending in such a word."""
    return not subject or subject.split()[-1] in _GENERIC_SUBJECTS or subject in _BARE_SEXES
