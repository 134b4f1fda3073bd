"""What an event's claims add up to: independent voices and the figures each counting
rule gives (the credibility suggested for each claim is events/credibility.py's).

Pure code over stored claims. The rules are the conflict monitors' own, applied to
live claims (docs/events.md sets them out):
- conservative (ACLED): the lowest figure any voice states, a vague word as ACLED
  codes it ("dozens" 12, "hundreds" 100: `vague_figure`), never a figure no source
  stated ("some 3,500" is 3,500, not the 3,150 its spread allows);
- low / best / high (UCDP): one figure per independent voice, from its latest
  report where it spoke on several days (`latest_word`); the lowest, the one most
  voices give (else the middle one), and the highest;
- minimum / maximum (Airwars): the smallest and largest numbers any report states;
- majority: the figure more than half the independent voices back, where a voice
  backs the figures it states (a bound "at least 12" backs 12, not every figure
  above it) and a claim the analyst marked disputed backs none.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import Protocol, TypeVar

from rapidfuzz import fuzz, process

from workbench.events.sets import DisjointSets
from workbench.events.statements import (
    VAGUE,
    Counted,
    disjoint,
    majority,
    statements,
)
from workbench.events.unnamed_officials import join_unnamed_officials
from workbench.geo.geonames import fold
from workbench.match.acronyms import defined, named_before
from workbench.match.members import claim_family
from workbench.match.one_body import Spoken, bodies
from workbench.match.parts import counts_part
from workbench.match.speakers import holds_office, office_only, same_speaker, speaker
from workbench.models import (
    BlockKind,
    Category,
    CategoryFigures,
    Number,
)

COPY_THRESHOLD = 90  # rapidfuzz ratio of two sentences: one wire story reprinted
_NONE: frozenset[int] = frozenset()
Contradicted = Mapping[int, AbstractSet[int]]  # claim id -> the claims contradicting it


class Reported(Counted, Protocol):
    """A claim with the day of the report that tells it (the matcher's view)."""

    @property
    def published(self) -> str | None: ...


C = TypeVar("C", bound=Counted)


def independent_voices(claims: Sequence[Counted]) -> dict[int, int]:
    """Each claim's origin, as a claim id: one voice's claims share one, and so do
    copies of one sentence in different documents (a wire story reprinted without
    its byline). Relays that name their source ("according to AFP") already speak
    in that source's voice; one person quoted under two spellings of a name
    ("Dieudonné Duranthabo", "Dieudonne Duranthabo": match.speakers) is one voice."""
    sets = DisjointSets(c.id for c in claims)
    first_of_voice: dict[int, int] = {}
    named: list[tuple[tuple[str, ...], int]] = []
    for c in claims:
        sets.union(first_of_voice.setdefault(c.voice_id, c.id), c.id)
        name = speaker(c.voice)
        for other, first in named:
            if same_speaker(name, other):
                sets.union(first, c.id)
        if name and c.id == first_of_voice[c.voice_id]:
            named.append((name, c.id))
    _join_copies(claims, sets)
    _join_institutions(claims, sets)
    _join_names(claims, sets)
    _join_headlines(claims, sets)
    # "a local official said" in a lede, the prefect named below with his figure
    join_unnamed_officials(claims, lambda own: _join(sets, own))
    return {c.id: sets.find(c.id) for c in claims}


def _join_headlines(claims: Sequence[Counted], sets: DisjointSets) -> None:
    """Join a headline's claim to its own article's claims of the same figure: the
    outlet's summary of its story, no second voice ("... kills 14, health ministry
    says" over "the Gaza health ministry said" 14: a trial's credibility called the
    body's claim confirmed by another voice, independently)."""
    body: dict[tuple[int, str, object, object], list[Counted]] = {}
    for c in claims:
        if c.section != BlockKind.TITLE.value:
            body.setdefault((c.document_id, c.category, c.low, c.high), []).append(c)
    for c in claims:
        if c.section == BlockKind.TITLE.value:
            _join(sets, [c, *body.get((c.document_id, c.category, c.low, c.high), [])])


def _join_institutions(claims: Sequence[Counted], sets: DisjointSets) -> None:
    """Join the claims of voices that speak for one body (`match.one_body`): "army
    (Chad)", "the Chadian army", "army spokesman Colonel X"; "MoI", "Ministry of
    Interior", "the Taliban-run interior ministry"; "ISPR" and "Inter-Services Public
    Relations". A voice whose name says no country joins its body's claims where they
    are of one country only (or of none); two countries' ministries stay two."""
    names = sorted({(c.voice_id, c.voice) for c in claims})
    at = {named: index for index, named in enumerate(names)}
    countries: dict[int, set[str]] = {}
    documents: dict[int, set[int]] = {}
    for c in claims:
        index = at[(c.voice_id, c.voice)]
        # the country a claim is in, where the claim says (a stored claim, the
        # matcher's view); a place its voice names ("Gaza's ministry") is in it
        if country := getattr(c, "country", None):
            countries.setdefault(index, set()).add(str(country).lower())
        documents.setdefault(index, set()).add(c.document_id)
    voices = [
        Spoken(i, name, frozenset(countries.get(i, ())), frozenset(documents[i]))
        for i, (_, name) in enumerate(names)
    ]
    bracketed = {c.sentence for c in claims if "(" in c.sentence}
    told = {pair for s in bracketed for pair in defined(s)}
    # a translated name before its own initials: "Guinean League for Human Rights (LGDH)"
    told |= {pair for s in bracketed for pair in named_before(s, [name for _, name in names])}
    keys = bodies(voices, told)
    by_key: dict[tuple[str, str | None], list[Counted]] = {}
    for c in claims:
        key = keys.get(at[(c.voice_id, c.voice)])
        if key is not None:
            by_key.setdefault(key, []).append(c)
    for (name, country), own in by_key.items():
        countries_of = [k for k in by_key if k[0] == name and k[1] is not None]
        if country is None and len(countries_of) == 1:
            own = [*own, *by_key[countries_of[0]]]
        _join(sets, own)


def _join_names(claims: Sequence[Counted], sets: DisjointSets) -> None:
    """Join the claims of voices of one name ("UNAMA" the outlet of its statement and
    "UNAMA" quoted by a wire), and, in one document, a person named by the family
    name alone ("Qani said") to the one voice there that names that person in full
    ("interior ministry spokesman Abdul Mateen Qani"): one voice each."""
    by_name: dict[str, list[Counted]] = {}
    for c in claims:
        if folded := " ".join(fold(c.voice).split()):
            by_name.setdefault(folded, []).append(c)
    for own in by_name.values():
        _join(sets, own)
    _join_offices(claims, by_name, sets)
    family: dict[tuple[int, str], set[str]] = {}  # (document, family name): full names
    for c in claims:
        if name := speaker(c.voice):
            family.setdefault((c.document_id, name[-1]), set()).add(c.voice)
    for c in claims:
        words = c.voice.split()
        alone = len(words) == 1 and words[0][:1].isupper() and not words[0].isupper()
        full = family.get((c.document_id, fold(c.voice)), set()) if alone else set()
        if len(full) == 1:
            _join(sets, [c, *(o for o in by_name[" ".join(fold(next(iter(full))).split())])])


def _join_offices(
    claims: Sequence[Counted], by_name: Mapping[str, list[Counted]], sets: DisjointSets
) -> None:
    """Join the claims of a voice named by an office alone ("le gouverneur", "the
    governor": `speakers.office_only`) to those of the one voice among these claims
    that names a person holding it ("Le gouverneur du Logone Oriental, le général X"):
    one person, whose latest word then counts (`latest_word`; trial 75b's governor,
    "aucun mort" on the first day and nine dead the next, made a massacre's
    conservative figure 0). Two such voices ("Governor X", "the governor of Y, Z")
    say no one person: none joins."""
    for name, own in by_name.items():
        office = office_only(name)
        if office is None:
            continue
        holders = [n for n, theirs in by_name.items() if holds_office(theirs[0].voice, office)]
        if len(holders) == 1:
            _join(sets, [*own, *by_name[holders[0]]])


def _join_copies(claims: Sequence[Counted], sets: DisjointSets) -> None:
    """Join the claims whose sentences are copies (rapidfuzz ratio COPY_THRESHOLD or
    more, case and spacing aside) in different documents. Each distinct sentence is
    compared once, and never with one only its own document says: one document
    repeating a sentence is no second origin, and a long list in one document (a
    trial's 16,000 claims of one file) took 44 s compared pair by pair."""
    said: dict[str, list[Counted]] = {}
    for c in claims:
        said.setdefault(" ".join(c.sentence.lower().split()), []).append(c)
    # a sentence of several documents is a copy already; the others, by document
    home = {t: _only_document(said[t]) for t in said}
    texts = sorted(said, key=lambda t: (home[t] is not None, home[t] or 0))
    ends: dict[int | None, int] = {}  # a document's sentences end before this index
    for at, text in enumerate(texts):
        ends[home[text]] = at + 1
        if home[text] is None:
            _join(sets, said[text])
    for at, text in enumerate(texts):
        start = at + 1 if home[text] is None else ends[home[text]]
        found = process.extract(
            text, texts[start:], scorer=fuzz.ratio, score_cutoff=COPY_THRESHOLD, limit=None
        )
        for _, _, index in found:
            _join(sets, [*said[text], *said[texts[start + index]]])


def _only_document(claims: Sequence[Counted]) -> int | None:
    """The one document that says these claims' sentence, None if several do."""
    documents = {c.document_id for c in claims}
    return documents.pop() if len(documents) == 1 else None


def _join(sets: DisjointSets, claims: Sequence[Counted]) -> None:
    for c in claims[1:]:
        sets.union(claims[0].id, c.id)


def category_figures(
    claims: Sequence[Reported],
    contradicted: Contradicted,
    origins: Mapping[int, int] | None = None,
    disputed: AbstractSet[int] = _NONE,
) -> CategoryFigures:
    """The figures of one event's claims of one category, by every rule. `origins`:
    independent_voices() of these claims or more, when already known; `disputed`: the
    ids of the claims the analyst marked disputed (counted, but backing no majority)."""
    origins = origins or independent_voices(claims)
    voices = by_origin(claims, origins)
    every_word = by_origin(_wholes(_numbered(_told_dead(claims))), origins)
    counted_by_origin = {o: latest_word(own, published_day) for o, own in every_word.items()}
    told = {origin: statements(own) for origin, own in counted_by_origin.items()}
    medians = [_lower_median([s.figure for s in own]) for own in told.values()]
    voice_figures = [f for f in medians if f is not None]
    # every number any report states, a voice's earlier ones too (Airwars' range)
    stated = [n for own in every_word.values() for n in _stated(own)]
    majority_figure, backers = majority(told, disputed)
    # a figure its own voice revised later disputes nothing (trial 78: the police's
    # "no lives were lost" against their later two dead made the toll "contested")
    revised = {c.id for own in every_word.values() for c in own} - {
        c.id for own in counted_by_origin.values() for c in own
    }
    ids = {c.id for c in claims} - revised
    standing = [c for c in claims if c.id in ids]
    wholes = by_origin(_wholes(standing), origins)  # a part is no second toll to dispute
    contested = any(contradicted.get(c.id, _NONE) & ids for c in standing) or disjoint(wholes)
    return CategoryFigures(
        category=Category(claims[0].category),
        claims=len(claims),
        voices=len(voices),
        contested=contested,
        conservative=min(
            (f for own in told.values() for s in own if (f := s.conservative) is not None),
            default=None,
        ),
        low=min(voice_figures, default=None),
        best=_best(voice_figures),
        high=max(voice_figures, default=None),
        minimum=min(stated, default=None),
        maximum=max(stated, default=None),
        majority=majority_figure,
        majority_voices=backers,
    )


def latest_word(own: Sequence[C], day: Callable[[C], str | None]) -> Sequence[C]:
    """One voice's claims of a category from its latest report only, where it spoke on
    several days (`published`, ISO days): a voice that put the toll at 5 on Monday and
    at 12 on Tuesday says 12 now, as monitors update an event's figure when a source
    revises it (ACLED's and UCDP's coders revise a coded toll with later reports), not
    the median of its words, which no report states. Claims of no known report day
    are kept: they cannot be put in order. `day`: a claim's report day, as
    `published` holds it (`published_day`)."""
    days = {d for c in own if (d := day(c))}
    if len(days) < 2:
        return own
    last = max(days)
    return [c for c in own if day(c) in (None, last)]


def published_day(claim: Reported) -> str | None:
    """The day of the report that tells a claim (ISO), for `latest_word`."""
    return claim.published


def _stated(own: Sequence[Counted]) -> list[Number]:
    return [n for s in statements(own) for n in s.numbers]


def by_origin(claims: Sequence[C], origins: Mapping[int, int]) -> dict[int, list[C]]:
    """The claims by their origin (`independent_voices`), each origin's in order."""
    found: dict[int, list[C]] = {}
    for c in claims:
        found.setdefault(origins[c.id], []).append(c)
    return found


def _told_dead(claims: Sequence[C]) -> Sequence[C]:
    """The claims less each toll of none whose own report counts dead of another family
    in this row: "Five NPA militants were killed ... The military reported no
    casualties" is the military's own none, no floor of the militants' toll; a report's
    none alone stands ("No fatalities.", a party's "no civilians were killed" in the
    civilians' row), and so does one its report disputes of the same people (a police
    commander's "No one was killed" beside a hospital's one man dead: trial 75's floor
    of 0 was dropped)."""
    dead: dict[int, set[str | None]] = {}
    for c in claims:
        if c.value:
            dead.setdefault(c.document_id, set()).add(claim_family(c))
    return [c for c in claims if c.value != 0 or not _others_dead(c, dead.get(c.document_id))]


def _others_dead(none: C, families: set[str | None] | None) -> bool:
    """Whether a report's dead (`families`: theirs, None for no family named) are of a
    family the toll of `none` does not name."""
    own = claim_family(none)
    return any(f is not None and f != own for f in families or ())


def _wholes(claims: Sequence[C]) -> Sequence[C]:
    """The claims that count a toll, not a part of one ("..., including 7 women",
    "seven of the victims", or so marked by the analyst: `match.parts.counts_part`),
    where any does: a part counted as
    a voice's statement made the event's conservative figure the part's (7 for a toll
    of 52)."""
    wholes = [c for c in claims if not counts_part(c)]
    return wholes or claims


def _numbered(claims: Sequence[C]) -> Sequence[C]:
    """The claims an event's figures are worked out from: those that state a number,
    where any does; a vague word's figure ("several" 3, "dozens" 12) stands in only
    where none does, as ACLED codes it only when no other information is available
    (ACLED Codebook, fatalities). A trial's massacre, told as 34, 81 and 127 by
    name, showed a conservative figure of 3 from "several bodies remained"."""
    numbered = [c for c in claims if not c.qualifier.startswith(VAGUE)]
    return numbered or claims


class Stated(Protocol):
    """A claim's figure as `stated_number` reads it."""

    @property
    def value(self) -> Number | None: ...
    @property
    def low(self) -> Number | None: ...


def stated_number(c: Stated) -> Number | None:
    """The number a claim states: its value, else its interval's low end ("at least
    35" is 35): what a later report's "up from 12" or a voice's revision is compared
    on (`overtaken`, `credibility`)."""
    return c.value if c.value is not None else c.low


def _lower_median(values: list[Number | None]) -> Number | None:
    known = sorted(v for v in values if v is not None)
    return statistics.median_low(known) if known else None


def _best(voice_figures: list[Number]) -> Number | None:
    """UCDP's best: the figure most voices give, else the middle one; a voice's toll of
    none ("no civilians were killed": a party's denial) is no best where another voice
    counts deaths, only where every voice says none."""
    voice_figures = [f for f in voice_figures if f] or voice_figures
    if not voice_figures:
        return None
    counts = {f: voice_figures.count(f) for f in voice_figures}
    top = max(counts.values())
    leaders = [f for f, n in counts.items() if n == top]
    return leaders[0] if len(leaders) == 1 else statistics.median_low(voice_figures)
