"""Whether two claims speak of the same thing, how they relate, and why in plain words.
What keeps two claims of one place and time apart is in apart.py."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property, partial

from rapidfuzz import fuzz

from workbench.geo.places import Kind
from workbench.match.apart import coincidence, conflict, none_elsewhere, two_incidents
from workbench.match.features import RELATED_CATEGORIES, Features
from workbench.match.figure_agreement import far_bound, overlap, same_figure
from workbench.match.incident_kinds import two_kinds
from workbench.match.institutions import one_institution, own_losses
from workbench.match.lists import as_totals
from workbench.match.money import same_purpose
from workbench.match.none_incidents import none_of_one_incident
from workbench.match.one_attack import names_other_town
from workbench.match.one_sentence import two_groups_of_one_sentence
from workbench.match.parts import part_fits
from workbench.match.place_agreement import one_small_place, place_match, site_within
from workbench.match.places import Agreement
from workbench.match.reasons import When, reason
from workbench.match.rivals import rival_accounts
from workbench.match.site_words import one_bombing
from workbench.match.speakers import same_speaker
from workbench.match.statements import one_day, one_statement
from workbench.match.ties import (
    list_total_agrees,
    one_day_of,
    one_dispute,
    part_of_whole,
    two_tolls_alike,
)
from workbench.match.timing import (
    as_news,
    days_apart,
    grown,
    massacre_weeks_meet,
    one_running_total,
    two_periods,
    when_of,
)
from workbench.match.two_sites import site_relation
from workbench.match.victims import same_office
from workbench.match.war_sides import later_none, one_side_of_both
from workbench.models import Category
from workbench.vocabulary import Relation

SUBJECT_THRESHOLD = 60
# what a link's score loses where one figure is only a vague word ("dozens", "scores")
VAGUE_DISCOUNT = 0.05
_COUNTS = frozenset({"overlap", "list total", "disjoint"})  # two counts compared as one toll's
# what it loses where one figure is a first count its own report revises (match.superseded)
SUPERSEDED_DISCOUNT = 0.05


@dataclass  # not frozen: a frozen init costs a tenth of matching a crowded corpus
class LinkSuggestion:
    """The matcher's suggestion: how claim `a` (the earlier) and claim `b` relate,
    and why in plain words. The analyst's decision on it is the link's state.

    The words are written when first read: a crowded corpus yields many suggestions
    that are weighed and dropped unread."""

    a: int
    b: int
    relation: Relation
    score: float
    days_apart: int  # between the times the two speak of; 0 when they overlap
    explain: Callable[[], str] = field(repr=False, compare=False)
    copy: bool = False  # a restatement within one report: `b` is a copy of `a`

    @cached_property
    def reason(self) -> str:
        return self.explain()


def relate(a: Features, b: Features) -> LinkSuggestion | None:
    """The relation of two claims, or None when nothing says they speak of one thing.

    Hard constraints come first: different countries, sides or kinds of victim
    never match, whatever the words say. A shared number alone never links.
    """
    if a.claim.id > b.claim.id:
        a, b = b, a
    same_category = a.category is b.category
    if not same_category and frozenset({a.category, b.category}) not in RELATED_CATEGORIES:
        return None
    if a.category is Category.MONEY and not same_purpose(a.purpose, b.purpose):
        return None  # a reward and a budget: no two counts of one sum (match/money.py)
    # one voice, or one person quoted under two spellings of a name (a relay)
    same_voice = a.claim.voice_id == b.claim.voice_id or same_speaker(a.speaker, b.speaker)
    if same_voice and not same_category:
        return None  # a voice is no witness to itself; it may only restate a figure
    if a.background != b.background and a.claim.document_id == b.claim.document_id:
        return None  # "days after an attack killed four soldiers": another incident
    rival = rival_accounts(a, b)  # the army's "12 militants", the market's 45 civilians
    if conflict(a, b, rival) or a.cumulative != b.cumulative:
        return None  # and a running total is never one incident's count
    a, b = as_news(a, b), as_news(b, a)
    # time first: it is cheap, and it settles most pairs a block brings together
    days = days_apart(a, b)
    when = when_of(a, b, days)
    where: Agreement | None = None
    if when is When.UNKNOWN:
        where = _undated_place(a, b, same_category)
        if where is None:
            return None  # nothing says whether they speak of one time
    massacre = False  # one village's massacre, its tolls out days apart
    if when is When.DIFFERENT and massacre_weeks_meet(a, b):
        where = place_match(a, b)
        massacre = where is not None and one_small_place(where)
        if massacre:
            when, days = When.SAME, 0
    if when is When.DIFFERENT and not (same_category and a.stock):
        return None  # an event on another day is another event
    where = where or place_match(a, b)
    subject = _subject_similarity(a, b, rival)
    if where is None or subject < SUBJECT_THRESHOLD:
        return None
    where = site_within(a, b, where)
    one_article = where.same and a.claim.document_id == b.claim.document_id
    weak = where.level is Kind.COUNTRY or where.weak
    one_total = a.cumulative and one_running_total(a, b)
    if weak and two_kinds(a, b):
        return None  # a protest's dead and an armed attack's (match/incident_kinds.py)
    if a.cumulative and not one_total and two_periods(a, b):
        return None  # two days' count and a war's since 2023: two totals, no dispute
    if (
        weak
        and not (one_article or one_total)
        and not one_day_of(a, b, when is When.SAME, days, where.weak or names_other_town(a, b))
    ):
        return None  # "Mali" and a village: one incident only on one day, one figure
    disputed = none_of_one_incident(a, b)  # "no one was killed in the clashes"
    if not disputed and none_elsewhere(a, b, one_article):
        return None  # "no one was hurt" in a city: no word on another's toll there
    if later_none(a.claim, a.claim.value) != later_none(b.claim, b.claim.value):
        return None  # "no casualties have been reported since" the truce: a later time
    if not same_category:
        return _verdict(a, b, Relation.RELATED, where, subject, when, days, "related categories")
    if a.households != b.households:
        # "about 300 families" and "1,200 people": no dispute (trial 61)
        why = "one counts households, the other people"
        return _verdict(a, b, Relation.RELATED, where, subject, when, days, why)
    if same_voice:
        return _same_voice(a, b, where, subject, when, days, massacre)
    if one_institution(a, b) and overlap(a, b) and two_tolls_alike(a, b):
        why = f"one institution's statement relayed ('{a.claim.voice}' ~ '{b.claim.voice}')"
        return _verdict(a, b, Relation.RESTATES, where, subject, when, days, why)
    if when is When.DIFFERENT:
        return _verdict(a, b, Relation.RELATED, where, subject, when, days, "another time")
    if rival:
        if not (one_small_place(where) or one_article):
            return None  # a city's or a region's strikes of one day are many
        return _verdict(a, b, Relation.CONTRADICTS, where, subject, when, days, "rival accounts")
    if a.claim.figure_denied or b.claim.figure_denied:  # "rejects reports that 14 ..."
        if a.claim.figure_denied == b.claim.figure_denied or not overlap(a, b):
            return None  # a denial of one figure says nothing of another
        return _verdict(a, b, Relation.CONTRADICTS, where, subject, when, days, "denied figure")
    if a.claim.denies or b.claim.denies:
        return _verdict(a, b, Relation.CONTRADICTS, where, subject, when, days, "denied")
    if part_of_whole(a, b):
        return _verdict(a, b, Relation.RELATED, where, subject, when, days, "part of whole")
    if coincidence(a, b, where, days):
        return None  # "one pastoralist" twice in one state that day: two incidents
    fits = part_fits(a, b)
    if fits is not None and a.victim is not None and a.victim == b.victim and overlap(a, b):
        fits = None  # "six soldiers" of a wire's eight and the government's "6 militaires"
    if fits is not None:  # "seven of the victims" against another report's toll
        if not fits or two_incidents(a, b):
            return None
        return _verdict(a, b, Relation.RELATED, where, subject, when, days, "a part")
    if a.part and b.part and not overlap(a, b):  # "seven in one house", "nine instantly"
        return _verdict(a, b, Relation.RELATED, where, subject, when, days, "two parts")
    if own_losses(a, b):  # the police's "three officers killed" of "at least 15 people"
        return _verdict(a, b, Relation.RELATED, where, subject, when, days, "own losses")
    if one_total and not overlap(a, b) and grown(a, b):  # 43,712 on the 12th, 43,764 on
        return _verdict(a, b, Relation.RELATED, where, subject, when, days, "total grown")
    if overlap(a, b) and not far_bound(a, b):  # "at least 40" is no "about 130"
        return _verdict(a, b, Relation.CORROBORATES, where, subject, when, days, "overlap")
    if list_total_agrees(a, b):
        return _verdict(a, b, Relation.CORROBORATES, where, subject, when, days, "list total")
    whole_a, whole_b = as_totals(a, b)  # a list's parts dispute as its total
    if two_incidents(whole_a, whole_b) or (
        where.crowded
        and not (disputed or one_dispute(whole_a, whole_b))
        and not (where.level is Kind.TOWN and one_bombing(a, b))
    ):
        return None  # two incidents of one place, or of one region or city that day
    if a.vague or b.vague:
        return None  # "scores of worshippers" states no count to dispute "over 157"
    if two_groups_of_one_sentence(a, b):
        return None
    return _verdict(a, b, Relation.CONTRADICTS, where, subject, when, days, "disjoint")


def _undated_place(a: Features, b: Features, same_category: bool) -> Agreement | None:
    """Where two claims of reports that give no day at all (neither a date in the text
    nor a publication date: two pasted articles) agree as one place, a town or a site
    in it that is no crowded city, for one category: then their time is unknown, not
    different, and the link says so ("time unknown") for the analyst to judge.
    Anything coarser, or one report dated, stays unlinked: with no day to go by a
    region's or a city's claims are many incidents'."""
    if not same_category or a.time.start is not None or b.time.start is not None:
        return None
    where = place_match(a, b)
    if where is None or not where.same or where.crowded or where.weak:
        return None
    return where


def _same_voice(
    a: Features,
    b: Features,
    where: Agreement,
    subject: float,
    when: When,
    days: int,
    massacre: bool = False,
) -> LinkSuggestion | None:
    """Two claims of one voice: a figure restated in its own report (a headline and its
    body); or relayed by two reports ("the ministry said", each outlet citing it),
    one statement and no second witness, whose figures overlap (`restates`) or, told
    again with another toll, differ: the voice revised its own count (`contradicts`,
    held to the gates other voices' disputes pass). Two reports of one voice restate
    one statement only on one day (`statements.one_day`), at one place and in more
    words than a formula (`statements.one_statement`): one writer's notes of two
    incidents read alike. A revision, too, is of one day's incident, unless only
    one report dates it (a later report's "police said 25 were killed"). A
    `massacre` (`timing.massacre_weeks_meet` at one small place: "the UN said 18 were
    killed" at Mugunga, on pages five days apart) is one day's, whatever the pages'."""
    if when is not When.SAME or a.claim.figure_denied or b.claim.figure_denied:
        return None  # a voice denying one figure and giving its own revises nothing
    if a.claim.document_id == b.claim.document_id:
        if (a.low, a.high) != (b.low, b.high):
            return None
        why = "the same voice again"
        again = _verdict(a, b, Relation.RESTATES, where, subject, when, days, why)
        return replace(again, copy=True)
    if coincidence(a, b, where, days) or part_fits(a, b) is not None:
        return None  # a part of a toll restates no toll
    one = massacre or one_day(a, b, days)  # a voice tells its own incident's day alike
    # a report that gives its figure as the revision of a first count ("revised the
    # toll ... to 27 ... Earlier he had counted 14 bodies") revises that voice's first
    # figure, which its own open bound may overlap (a trial's 14 was "restated" by 27)
    revised_own = (a.revision or b.revision) and not same_figure(a, b)
    if overlap(a, b) and not revised_own:
        if not (one and one_statement(a, b, where)):
            return None  # one writer's formula told of two incidents (statements.py)
        why = "the same voice in two reports" + _spellings(a, b)
        return _verdict(a, b, Relation.RESTATES, where, subject, when, days, why)
    if not (one or a.time.explicit != b.time.explicit):
        return None  # two days' notes; a later report that dates nothing may revise
    if a.claim.denies or b.claim.denies or two_incidents(a, b):
        return None
    if (where.crowded and not one_dispute(a, b)) or a.vague or b.vague:
        return None
    return _verdict(a, b, Relation.CONTRADICTS, where, subject, when, days, "revised")


def _spellings(a: Features, b: Features) -> str:
    """Where one person is quoted under two spellings, both: " ('Ahmed Sharif' ~
    'Lt Gen Ahmed Sharif Chaudhry')"; "" for one voice."""
    if a.claim.voice_id == b.claim.voice_id:
        return ""
    return f" ('{a.claim.voice}' ~ '{b.claim.voice}')"


def _subject_similarity(a: Features, b: Features, rival: bool) -> float:
    """100 where one side counts people in general ("people", "victims") or names
    one person ("Simon Veness" and "a British man"), or both count one family of
    victims ("soldiers" and "gendarmes" are security forces); otherwise, and for
    two names, how alike the words are. Counts of other things ("30 houses", "70
    people" read as no casualty) compare by their words alone: a trial's houses and
    people were linked as one count in dispute. `rival` accounts of one strike's
    dead ("12 Fano militants", "45 civilians") count the same people."""
    if (a.named and b.named) or a.category is Category.OTHER:
        return fuzz.token_set_ratio(a.subject, b.subject)
    if a.generic or b.generic or (a.victim is not None and a.victim == b.victim):
        return 100.0
    if rival:
        return 100.0
    if same_office(a.claim.subject, b.claim.subject):  # "French diplomat" ~ "French attache"
        return 100.0
    return fuzz.token_set_ratio(a.subject, b.subject)


def _verdict(
    a: Features,
    b: Features,
    relation: Relation,
    where: Agreement,
    subject: float,
    when: When,
    days_apart: int,
    why: str,
) -> LinkSuggestion:
    if why in _COUNTS and (part := one_side_of_both(a, b) or site_relation(a, b)):
        relation, why = Relation.RELATED, part  # one side's or one site's: a part, no rival
    score = (
        0.45 * where.similarity / 100 + 0.35 * subject / 100 + (0.2 if when is When.SAME else 0.05)
    )
    if a.vague or b.vague:  # a vague word agrees with much: a stated count says more
        score -= VAGUE_DISCOUNT
    if a.superseded or b.superseded:  # a first count its own report revises
        score -= SUPERSEDED_DISCOUNT
    explain = partial(reason, a, b, where, when, why)
    return LinkSuggestion(a.claim.id, b.claim.id, relation, round(score, 3), days_apart, explain)
