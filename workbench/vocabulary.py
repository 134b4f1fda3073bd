"""The words Workbench's layers share, typed: an analyst's verdict, a link's relation
and state, the Admiralty grades, how a listing of claims is filtered and sorted, and
the type of a figure (`Number`).

Every other list of these strings is derived from here (the store's CHECK
constraints were written from the same values; `store/values.py` and the shells'
choices read them from these enums). `workbench.models` re-exports them.

The Admiralty (NATO) system grades a source's reliability A to F and an item's
credibility 1 to 6, independently (STANAG 2511; the labels below are its words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum, StrEnum

Number = int | float  # a figure as a source states it, and as SQLite's NUMERIC columns keep it
# ISO 639-1 codes of the languages the extractor reads (extract/pipeline.py picks the
# reader); a document in another gives no claims, and ingest and the shells say so
READ_LANGUAGES = frozenset({"en", "fr"})


class Status(StrEnum):
    """An analyst's verdict on a claim; `UNREVIEWED` until one is given."""

    UNREVIEWED = "unreviewed"
    CONFIRMED = "confirmed"
    DISPUTED = "disputed"
    FALSE = "false"
    UNVERIFIABLE = "unverifiable"


class Relation(StrEnum):
    """How two claims relate (docs/matching.md): the same figure from the same voice
    again, agreement from another voice, disagreement, or the same topic otherwise."""

    RESTATES = "restates"
    CORROBORATES = "corroborates"
    CONTRADICTS = "contradicts"
    RELATED = "related"


class LinkState(StrEnum):
    """Who stands behind a link: the machine's suggestion, or the analyst's decision."""

    SUGGESTED = "suggested"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"


class Reliability(StrEnum):
    """A source's reliability on the Admiralty scale, A to F."""

    A = "A"
    B = "B"
    C = "C"
    D = "D"
    E = "E"
    F = "F"

    @property
    def label(self) -> str:
        """ "completely reliable" ... "reliability cannot be judged"."""
        return _RELIABILITY_LABELS[self]


_RELIABILITY_LABELS = {
    Reliability.A: "completely reliable",
    Reliability.B: "usually reliable",
    Reliability.C: "fairly reliable",
    Reliability.D: "not usually reliable",
    Reliability.E: "unreliable",
    Reliability.F: "reliability cannot be judged",
}


class CredibilityGrade(IntEnum):
    """An item's credibility on the Admiralty scale, 1 to 6."""

    CONFIRMED = 1
    PROBABLY_TRUE = 2
    POSSIBLY_TRUE = 3
    DOUBTFUL = 4
    IMPROBABLE = 5
    CANNOT_BE_JUDGED = 6

    @property
    def label(self) -> str:
        """ "confirmed by other sources" ... "truth cannot be judged"."""
        return _CREDIBILITY_LABELS[self]


_CREDIBILITY_LABELS = {
    CredibilityGrade.CONFIRMED: "confirmed by other sources",
    CredibilityGrade.PROBABLY_TRUE: "probably true",
    CredibilityGrade.POSSIBLY_TRUE: "possibly true",
    CredibilityGrade.DOUBTFUL: "doubtful",
    CredibilityGrade.IMPROBABLE: "improbable",
    CredibilityGrade.CANNOT_BE_JUDGED: "truth cannot be judged",
}


class ClaimOrder(StrEnum):
    """What a listing of claims is sorted by (then by document and position)."""

    DOCUMENT = "document"
    STATUS = "status"
    CATEGORY = "category"
    FIGURE = "figure"
    SUBJECT = "subject"
    PLACE = "place"
    VOICE = "voice"


@dataclass(frozen=True)
class ClaimFilter:
    """Which claims a listing, a count or an export reads: every field is an AND;
    None (or empty) means any."""

    status: str | None = None  # a Status value
    statuses: tuple[str, ...] = ()  # any of these Status values
    category: str | None = None
    source: str | None = None
    search: str | None = None
    voice_id: int | None = None
    document_id: int | None = None
    stale: bool = False
    contested: bool = False  # only claims another voice contradicts
    order: str = ClaimOrder.DOCUMENT  # a ClaimOrder value
    descending: bool = False
    limit: int | None = None
    offset: int = 0
    dismissed: bool = False  # the claims an analyst dismissed as no claim, instead
    revised: bool = False  # only claims whose figure differs from the version before's
    current: bool = False  # only claims of their source's latest version (none superseded)


def values(enum: type[StrEnum]) -> tuple[str, ...]:
    """The enum's values as plain strings, in order: the choices a shell offers."""
    return tuple(member.value for member in enum)


# The plain strings each shell offers and the store's CHECK constraints accept
STATUSES = values(Status)
GRADES = values(Reliability)
LINK_STATES = values(LinkState)
RELATIONS = values(Relation)
# How a figure is bounded, as `claim edit --qualifier` takes it (a vague word is
# "vague:WORD")
QUALIFIERS = ("exact", "about", "at_least", "more_than", "up_to", "nearly", "range")
# A sum's currency where the text names several countries' by one word ("Rs 500,000":
# Pakistan's, India's or Nepal's rupees; "Sh4.2 billion"): the word is its unit, beside
# the ISO 4217 codes extraction gives where the text says whose (extract.numbers)
CURRENCY_WORDS = frozenset(
    {"rupees", "pesos", "dinars", "shillings", "riyals", "lira", "pounds", "dirhams"}
)
_ISO_4217 = re.compile(r"[A-Z]{3}")  # a claim's other units: km, percent, day, a side


def is_currency(unit: str | None) -> bool:
    """Whether a claim's `unit` is a sum's currency: an ISO 4217 code ("GMD", "XOF")
    or one of `CURRENCY_WORDS`; not a measure (km, percent), a time or a side."""
    return unit is not None and bool(_ISO_4217.fullmatch(unit) or unit in CURRENCY_WORDS)


# Whose people a claim counts, as `claim edit --side` takes it: each word the analyst
# may type, to the family of victims the claim stores (`Claim.unit`), the sides UCDP
# splits an event's deaths into (an event's rows by side, events/sides.py); a UN
# force's peacekeepers are security forces whose subject says so.
SIDES: dict[str, str | None] = {
    "security forces": "military",
    "military": "military",
    "peacekeepers": "military",
    "armed group": "armed_group",
    "armed_group": "armed_group",
    "civilians": "civilian",
    "civilian": "civilian",
    "unstated": None,  # as an event's row of no side is called: its subject's words decide
}
# the words a claim's side is shown in, one a family
SIDE_WORDS = {"military": "security forces", "armed_group": "armed group", "civilian": "civilians"}


def vague_words(qualifier: str) -> str:
    """A vague figure's words as a listing or a reason shows them, from its qualifier
    ("vague:dozens"): "dozens", "a number of" for "number-of", "plusieurs dizaines"
    for "plusieurs-dizaines" (a trial's listing showed the hyphenated key)."""
    words = qualifier.removeprefix("vague:").replace("-", " ")
    return "a number of" if words == "number of" else words
