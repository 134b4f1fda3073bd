"""Events and the figures conflict monitors use: each category's figures by the
counting rules of ACLED, UCDP and Airwars, credibility on the Admiralty scale, and the
export document that carries them with the claims."""

from __future__ import annotations

from pydantic import BaseModel, computed_field

from workbench.models.claims import Category, Link, Scope, SourceSummary, StoredClaim, Voice
from workbench.models.reports import Summary
from workbench.models.review import Correction, CurrentVerdict, VerdictChange
from workbench.vocabulary import CredibilityGrade, Number


class ExportDocument(BaseModel):
    """`workbench export --format json`: everything an export holds, in one document."""

    schema_version: int
    summary: Summary
    sources: list[SourceSummary]
    voices: list[Voice]
    claims: list[StoredClaim]
    links: list[Link]
    verdicts: list[CurrentVerdict]
    history: list[VerdictChange]
    events: list[EventSummary] = []  # since schema version 2
    # the analysts' corrections of the exported claims, with their notes, oldest first;
    # added within schema version 2 (absent from older files)
    corrections: list[Correction] = []


FIGURE_RULES = {
    "conservative": (
        "conservative (ACLED): the lowest figure any voice states"
        ' (a vague word as ACLED codes it: "dozens" 12, "hundreds" 100);'
        " where the claims name sides, the sides' figures summed, rival accounts once"
    ),
    "low": (
        "low (UCDP): the lowest figure among the independent voices;"
        " where the claims name sides, the sides' figures summed, rival accounts once"
    ),
    "best": "best (UCDP): the figure most independent voices give, else the middle one",
    "high": "high (UCDP): the highest figure among the independent voices",
    "minimum": "minimum (Airwars): the smallest number any report states",
    "maximum": "maximum (Airwars): the largest number any report states",
    "majority": (
        "majority: the figure more than half the independent voices back"
        ' ("at least 12" backs 12 only; a disputed claim backs none)'
    ),
}


class CategoryFigures(BaseModel):
    """What an event's claims of one category say, by each counting rule.

    Figures are per independent voice: a voice restating itself, or relaying
    another ("according to AFP"), counts once."""

    category: Category
    claims: int
    voices: int  # independent voices
    contested: bool  # a contradiction between them, or figures that cannot both hold
    conservative: Number | None
    low: Number | None
    best: Number | None
    high: Number | None
    minimum: Number | None
    maximum: Number | None
    majority: Number | None  # None: no figure has more than half the voices
    majority_voices: int
    left_out: int = 0  # claims the analyst marked false: not counted in any figure
    # first counts their own report replaced with a figure that is counted here
    # (extract/earlier_figures.py): not counted in any figure
    earlier: int = 0
    # figures a voice denies (extract/denial.py: "rejects reports that 14 were
    # abducted"), no voice's count: not counted in any figure
    denied: int = 0
    disputed: int = 0  # claims the analyst marked disputed: counted, and said so
    # claims of one voice's (or one report's) figure that named another side than its
    # other claims of it, counted once in one side's row (events/told_twice.py)
    once: int = 0
    # The victims' side these figures count, as UCDP splits an event's deaths: "military"
    # (security forces), "peacekeepers" (a UN force's), "armed_group", "civilian", or
    # "unstated" (people, no side named); None: every claim of the category (the row
    # that comes first). Side rows follow it where the claims name two sides or more.
    side: str | None = None
    # The whole row over side rows (`events.sides.over_sides`): its minimum and
    # maximum are None, Airwars' range being given by each side row below it.
    by_side: bool = False
    # "households" where the row counts households or families ("about 300 families
    # fled"), kept apart from the people the category's other claims count; None: people
    counted: str | None = None

    @computed_field  # type: ignore[prop-decorator]  # mypy: no decorator over @property
    @property
    def rules(self) -> dict[str, str]:
        """Each figure's field -> the rule that produced it (docs/events.md)."""
        return FIGURE_RULES


CREDIBILITY_LABELS = {grade.value: grade.label for grade in CredibilityGrade}


class Credibility(BaseModel):
    """An item's credibility on the Admiralty scale: 1 confirmed by other sources,
    2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged."""

    grade: int
    reason: str

    @computed_field  # type: ignore[prop-decorator]  # mypy: no decorator over @property
    @property
    def label(self) -> str:
        return CREDIBILITY_LABELS[self.grade]


class ClaimCredibility(BaseModel):
    """A claim's suggested credibility beside the analyst's own grade, which wins."""

    claim_id: int
    voice_grade: str | None  # the reliability of who says it, A-F, graded apart
    suggested: Credibility
    analyst: Credibility | None = None
    graded_by: str | None = None
    graded_at: str | None = None

    @property
    def effective(self) -> Credibility:
        return self.analyst or self.suggested


class EventSummary(BaseModel):
    """One incident, as the claims that speak of it describe it."""

    id: int
    name: str
    named_by: str | None  # the analyst who named it; None: the machine's name
    # "cumulative" where every claim of it is a running total ("since 2009"), which is
    # no incident; "incident" otherwise
    scope: Scope = Scope.INCIDENT
    place: str
    country: str | None
    first_day: str | None  # ISO dates of the time its claims speak of
    last_day: str | None
    voices: int  # independent voices
    claim_ids: list[int]
    figures: list[CategoryFigures]  # one per category, killed first

    @computed_field  # type: ignore[prop-decorator]  # mypy: no decorator over @property
    @property
    def claims(self) -> int:
        return len(self.claim_ids)

    @computed_field  # type: ignore[prop-decorator]  # mypy: no decorator over @property
    @property
    def categories(self) -> list[Category]:
        return [f.category for f in self.figures]

    @computed_field  # type: ignore[prop-decorator]  # mypy: no decorator over @property
    @property
    def contested(self) -> bool:
        """Whether the figures of any of its categories are contested."""
        return any(f.contested for f in self.figures)


class TimelinePoint(BaseModel):
    """How many of an event's claims the reports of one day carry."""

    day: str  # the report's publication date, or "undated"
    claims: int
    voices: list[str]


class EventDetail(EventSummary):
    """An event with its figures per category and rule, its claims and their
    credibility, and when the reports came."""

    event_claims: list[StoredClaim]
    credibility: list[ClaimCredibility]
    voice_names: list[str]
    timeline: list[TimelinePoint]
    # what the edit that gave this event should have the analyst look at: events
    # merged far apart in time (`events.merging.far_apart`); [] otherwise
    warnings: list[str] = []
