"""How a claim's figure reads on screen, the same in the command line and the TUI."""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.event_rows import EventMove
from workbench.located import ClaimPlace
from workbench.models import (
    CategoryFigures,
    Claim,
    ClaimCredibility,
    ClaimRow,
    Correction,
    EventSummary,
    FigureBefore,
    LinkDecision,
    Mapped,
    StoredClaim,
    VerdictChange,
    counted,
)
from workbench.vocabulary import SIDE_WORDS, is_currency, vague_words

_PREFIX = {"at_least": "≥", "more_than": ">", "up_to": "≤", "nearly": "<~", "about": "~"}


HEDGED_MARK = "*"  # after a hedged figure, in every listing and screen ("?" is disputed's)


def figure(claim: Claim | ClaimRow | FigureBefore, hedge: str = f" {HEDGED_MARK}") -> str:
    """24, >150,000, ≤2,000, 700–800, dozens; `hedge` after a hedged figure."""
    if claim.qualifier == "range":
        text = f"{number(claim.low)}–{number(claim.high)}"
    elif claim.value is None:
        text = vague_words(claim.qualifier)
    else:
        text = f"{_PREFIX.get(claim.qualifier, '')}{number(claim.value)}"
    if is_currency(claim.unit):
        text = f"{claim.unit} {text}"  # "INR 1,000,000", "rupees 1,000,000", "USD 250"
    return text + (hedge if claim.hedged else "")


def figure_and_before(claim: StoredClaim) -> str:
    """ "≥23 (was ≥14)": a claim's figure, and the one the version before of its
    source gave where a new version revised it (`StoredClaim.figure_changed_from`);
    "≥14 (superseded)" for a claim of a version a newer one replaced; "70 (earlier)"
    for a first count its own report replaced with a later figure, "14 (denied)" for the
    figure its voice denies (the claims list adds "(part)" for a part of a toll:
    cli/reviewing.py)."""
    before = claim.figure_changed_from
    shown = f"{figure(claim)} (was {figure(before)})" if before else figure(claim)
    if claim.earlier_figure:
        shown += " (earlier)"
    if claim.figure_denied:  # "rejects reports that 14 were abducted"
        shown += " (denied)"
    return f"{shown} (superseded)" if claim.superseded_by is not None else shown


def revision_line(before: FigureBefore) -> str:
    """ "revised from ≥14: the version before (document 1) said “At least 14 civilians
    were killed” (claim 12)": what a claim's figure was, and where."""
    return (
        f"revised from {figure(before)}: the version before (document"
        f" {before.document_id}) said “{before.text}” (claim {before.claim_id})"
    )


def graded_voice(claim: StoredClaim) -> str:
    """ "(E) A Chadian source": the voice, with its reliability grade first when graded,
    so that a clipped cell still shows it."""
    return f"({claim.voice_grade}) {claim.voice}" if claim.voice_grade else claim.voice


def number(value: float | None) -> str:
    """24, 150,000, 2.5; '?' for no figure."""
    if value is None:
        return "?"
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


FIGURE_COLUMNS = (
    "category",
    "claims",
    "voices",
    "conservative",
    "low",
    "best",
    "high",
    "min",
    "max",
    "majority",
    "",
)


# An event's figures of one side of its victims (`CategoryFigures.side`), in words
SIDE_NAMES = {
    "military": "security forces",
    "peacekeepers": "peacekeepers (UN)",
    "armed_group": "armed group",
    "civilian": "civilians",
    "unstated": "side unstated",
}


def side_name(side: str) -> str:
    """A side row's side in the analyst's words: a victim family ("security forces"),
    one country's dead in a war of two ("country:Thailand": "Thailand's side"), or one
    site's of an attack on two ("site:petrol station": "at the petrol station";
    "site:all": "at every site", a toll of the attack's sites together; "site:unstated":
    "site unstated"; events/tolls_apart.py); a family within one ("country:Thailand/
    civilian": "Thailand's side · civilians")."""
    side, _, family = side.partition("/")  # "country:Thailand/civilian": its civilians
    if family:
        return f"{side_name(side)} · {side_name(family)}"
    kind, _, name = side.partition(":")
    if kind == "country" and name:
        return f"{name}'s side"
    if kind == "site" and name:
        return {"all": "at every site", "unstated": "site unstated"}.get(name, f"at the {name}")
    return SIDE_NAMES.get(side, side)


def figure_row(f: CategoryFigures) -> list[str]:
    """An event's figures for one category: a cell per FIGURE_COLUMNS, one per rule."""
    backing = f"({f.majority_voices} of {f.voices})"  # the most voices any figure has
    majority = f"{number(f.majority) if f.majority is not None else 'none'} {backing}"
    figures = [f.conservative, f.low, f.best, f.high]
    span = ["by side"] * 2 if f.by_side else [number(f.minimum), number(f.maximum)]
    return [
        f.category.value
        + (f" · {side_name(f.side)}" if f.side else "")
        + (f" · {f.counted}" if f.counted else ""),
        str(f.claims),
        str(f.voices),
        *map(number, figures),
        *span,
        majority,
        figure_notes(f),
    ]


def figure_notes(f: CategoryFigures) -> str:
    """ "contested; 2 false left out; 1 earlier left out; 1 disputed": what the analyst
    should know of a category's figures beyond the numbers; "" when nothing."""
    notes = ["contested"] if f.contested else []
    if f.left_out:
        notes.append(f"{f.left_out} false left out")
    if f.earlier:  # first counts their own reports replaced
        notes.append(f"{f.earlier} earlier left out")
    if f.denied:  # figures a voice denies
        notes.append(f"{f.denied} denied left out")
    if f.once:  # one voice's figure read for two sides (events/told_twice.py)
        notes.append(f"{f.once} told for another side, counted once")
    if f.disputed:
        notes.append(f"{f.disputed} disputed")
    return "; ".join(notes)


def place_line(place: ClaimPlace | None, words: str | None = None) -> str:
    """ "near Bankass: town, Mopti Region, Mali (GeoNames 2460012)", or "Apakolu: not
    in the gazetteer" (`words`: the claim's location, as the text names the place; a
    trial's detail said "place  not in the gazetteer" and named no place)."""
    if place is None:
        return f"{words}: not in the gazetteer" if words else "not in the gazetteer"
    within = ", ".join(w for w in (place.district, place.region) if w and w != place.name)
    where = ", ".join(w for w in (place.kind, within, place.country) if w)
    joined = " and " if place.relation == "between" else " in "
    others = "".join(f"{joined}{other.name}" for other in place.others)
    return f"{place.relation} {place.name}{others}: {where} (GeoNames {place.geonameid})"


def credibility_line(c: ClaimCredibility) -> str:
    """ "4 doubtful (1 voice contradicts it)", with the analyst's grade first when set."""
    suggested = f"{c.suggested.grade} {c.suggested.label} ({c.suggested.reason})"
    if c.analyst is None:
        return f"suggested {suggested}"
    return f"{c.analyst.grade} {c.analyst.label} (analyst {c.graded_by}); suggested {suggested}"


def days(e: EventSummary) -> str:
    """ "2013-02-04 to 2013-02-06", one day alone, or "undated"."""
    if e.first_day is None or e.last_day is None:
        return "undated"
    return e.first_day if e.first_day == e.last_day else f"{e.first_day} to {e.last_day}"


def event_line(e: EventSummary, with_ids: bool = False) -> str:
    """ "north of Kidal · undated · 2 claims (27, 32) · 2 independent voices"; the claim
    ids only where asked (a report, whose claims table they point into)."""
    voices = "1 independent voice" if e.voices == 1 else f"{e.voices} independent voices"
    ids = f" ({', '.join(map(str, e.claim_ids))})" if with_ids else ""
    return f"{e.place} · {days(e)} · {e.claims} claims{ids} · {voices}"


# C0 controls but tab and newline, DEL, C1 controls, and the bidirectional overrides
# and isolates that make text read in another order than it is stored.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_CONTROL_OR_NEWLINE = re.compile(f"\n|{_CONTROL.pattern}")


def printable(text: str, newlines: bool = True) -> str:
    """Text from a source, a file name or a note as it may go to a terminal: every
    control character (ESC, BEL, CR, C1's CSI ...) written as an escape like `\\x1b`,
    so that none moves the cursor, changes colours, retitles the window or hides text.
    Tabs stay, and newlines unless `newlines` is False (a one-line message). Used by the
    CLI; the TUI may use it too. It does not escape console markup: show the result as
    literal text (rich's `Text`), never as markup."""
    pattern = _CONTROL if newlines else _CONTROL_OR_NEWLINE
    return pattern.sub(_escaped, text)


def inert(text: str) -> str:
    """`text` with each control character `printable` escapes (all but tab and
    newline) as U+FFFD instead, its length kept: for a screen that highlights spans
    by their offsets into the text."""
    return _CONTROL.sub("\ufffd", text)


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def verdict_line(change: VerdictChange, arrow: str = "->", named: bool = False) -> str:
    """ "unreviewed -> confirmed" ("verdict unreviewed -> confirmed" when `named`);
    "note" for a note written with the verdict left as it was ("note cleared" for an
    empty one, `--note ""`); "confirmed again" for the same verdict given again (a
    second look)."""
    if change.old_status == change.new_status and change.note is not None:
        return "note" if change.note else "note cleared"
    said = (
        f"{change.old_status} {arrow} {change.new_status}"
        if change.old_status != change.new_status
        else f"{change.new_status} again"
    )
    return f"verdict {said}" if named else said


def moves_line(moves: Sequence[EventMove], shown: int = 3) -> str | None:
    """ "regrouped: claims 8, 9, 10 from event 1 into event 8; claim 11 out of event 1"
    (no place left to group it by): what a write moved between events
    (`Workbench.last_moves`), the first `shown` moves and how many more; None when
    nothing moved."""
    if not moves:
        return None
    said = [_move(m) for m in moves[:shown]]
    if len(moves) > shown:
        said.append(f"{len(moves) - shown} more moves (`workbench events`)")
    return "regrouped: " + "; ".join(said)


def _move(m: EventMove) -> str:
    ids = ", ".join(str(i) for i in m.claim_ids)
    who = f"claim {ids}" if len(m.claim_ids) == 1 else f"claims {ids}"
    if m.to_event is None:
        return f"{who} out of event {m.from_event}"
    return f"{who} from event {m.from_event} into event {m.to_event}"


def correction_line(c: Correction, arrow: str = "->", named: bool = False) -> str:
    """ "value 2,150 -> 2,000" ("corrected value ..." when `named`), "dismissed as no
    claim", "added by hand (characters 40-47)": one correction of a claim, as the
    history and the detail show it (a report's case history with the arrow its
    verdicts take, "→")."""
    if c.field == "dismissed":
        return "dismissed as no claim" if c.new_value else "restored (no longer dismissed)"
    if c.field == "added":
        span = c.new_value if isinstance(c.new_value, dict) else {}
        return f"added by hand (characters {span.get('start')}-{span.get('end')})"
    shown = {"part": _part_word, "side": side_word}.get(c.field, field_value)
    old, new = shown(c.old_value), shown(c.new_value)
    said = f"{c.field} {old} {arrow} {new}"
    return f"corrected {said}" if named else said


def link_decision_line(d: LinkDecision) -> str:
    """ "link to claim 82 (contradicts) rejected", "link to claim 12 added:
    corroborates": an analyst's decision on one of a claim's links, as its history
    shows it."""
    other = f"link to claim {d.other_id}"
    if d.decision == "added":
        return f"{other} added: {d.relation}"
    if d.decision == "changed":
        return f"{other} set to {d.relation}"
    return f"{other} ({d.relation}) {d.decision}"


def change_line(c: VerdictChange | Correction | LinkDecision, named: bool = True) -> str:
    """One step of a claim's history, whatever its kind: "verdict unreviewed ->
    confirmed" ("unreviewed -> confirmed" unless `named`), "corrected value 24 -> 3",
    "link to claim 82 (contradicts) rejected"."""
    if isinstance(c, VerdictChange):
        return verdict_line(c, named=named)
    if isinstance(c, Correction):
        return correction_line(c, named=True)
    return link_decision_line(c)


def side_word(value: object) -> str:
    """A claim's stored side (`Claim.unit`) in the words `claim edit --side` takes:
    "security forces", "armed group", "civilians"; "—" for none, and for the other
    units the extractor stores ("person", "casualty"), which name no side (re-trial
    68: "side person -> military" in a history)."""
    return SIDE_WORDS.get(str(value), "—")


def _part_word(value: object) -> str:
    """The analyst's word on a part of a toll: yes, no, or none given (its words)."""
    return "as its words read" if value is None else field_value(value)


def field_value(value: object) -> str:
    """A claim field's value as a correction shows it: "—" for none, yes or no."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return number(value)
    return str(value)


def language_shown(code: str | None, comments: str | None = None) -> str:
    """A document's language as a listing shows it: its ISO 639-1 code, "en?" where
    it is not known (a short text, a document stored before languages were: read as
    English, as its ingest warned; a trial's listing showed "?"), and the other
    languages of its comments ("en+fr": English, some comments in French)."""
    return "+".join([code or "en?", *(comments or "").split()])


def empty_review_line(fmt: str, exported: int, claims: int) -> str:
    """Why a ClaimReview export holds no review, after "Wrote FILE: 0 of 93 claims":
    it reviews only claims given a verdict (a trial read its `[]` as a failure);
    empty for any other export or outcome."""
    if fmt != "claimreview" or exported or not claims:
        return ""
    return "; ClaimReview holds reviewed claims only, and none of these has a verdict yet"


def mapped_line(mapped: Mapped | None) -> str:
    """What a GeoJSON export put on the map, after "Wrote FILE: ...": "; on the map:
    12 claims, 7 events; 3 claims, 1 events known only to a country (no point:
    'country_only'); 25 claims, 12 events without coordinates ('unmapped')"; empty
    for any other export (the country part only where there are any)."""
    if mapped is None:
        return ""

    def both(claims: int, events: int) -> str:
        return f"{counted(claims, 'claim')}, {counted(events, 'event')}"

    country = (
        f" {both(mapped.country_claims, mapped.country_events)} known only to a"
        " country (no point: 'country_only');"
        if mapped.country_claims or mapped.country_events
        else ""
    )
    return (
        f"; on the map: {both(mapped.claims, mapped.events)};{country}"
        f" {both(mapped.unmapped_claims, mapped.unmapped_events)}"
        " without coordinates ('unmapped')"
    )
