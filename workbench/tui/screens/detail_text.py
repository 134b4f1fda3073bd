"""The words of the claim screen (`detail.DetailScreen`): the claim's headline and
fields, why a link was suggested, and the cells of its links' table."""

from __future__ import annotations

from rich.text import Text

from workbench.display import credibility_line, field_value, place_line, revision_line
from workbench.models import ClaimCredibility, LinkState, LinkView, Relation, Status, StoredClaim
from workbench.tui.format import claim_figure, clip, literal, shares, shown, widest


def why_linked(link: LinkView | None) -> str:
    """The link's reason, and who decided on it: "why: 24 vs 3 killed ... · rejected by
    ana (a confirms it again)"."""
    if link is None:
        return "No other source speaks of this yet."
    decided = f" · {link.state} by {link.analyst}" if link.analyst else ""
    if link.state == LinkState.REJECTED:
        decided += " (a confirms it again)"
    return f"why: {link.why}{decided}"


def headline(claim: StoredClaim, saving: str | None = None) -> Text:
    parts = [
        claim.category.value,
        claim_figure(claim),
        claim.subject or "",
        claim.location or "",
        claim.date or claim.date_text or "",
    ]
    line = Text(" · ".join(p for p in parts if p), style="bold")
    if claim.hedged:
        line.append(" · hedged", style="yellow")
    if claim.machine or claim.added_by:
        line.append(" · corrected" if claim.machine else " · added by hand", style="cyan")
    if claim.dismissed:
        line.append(" · DISMISSED (D restores it)", style="bold red")
    if saving is not None:
        line.append(f"    saving {saving}…", style="bold yellow")
    else:
        style = "bold green" if claim.status == Status.CONFIRMED else "bold"
        line.append(f"    {claim.status}", style=style)
    if claim.stale_reason:
        line.append(f"\n! review again: {claim.stale_reason}", style="bold red")
    return line


def superseded_line(document_id: int) -> str:
    """What the detail says of a claim whose document a newer version replaced."""
    return (
        f"document {document_id} is a newer version of its source: this claim is"
        " neither matched nor counted in events"
    )


def _date_said(claim: StoredClaim) -> str:
    """Where the claim's date comes from: the words the text has, the analyst's
    correction, or nowhere."""
    if "date" in (claim.machine or {}):
        return "corrected"
    return claim.date_text or "not stated"


def _attribution_said(claim: StoredClaim) -> str:
    """Whom the text credits the figure to; once an analyst corrected the voice, said
    to be the text's reading (a trial read "attribution residents" under the voice it
    had corrected as the claim's voice still)."""
    said = claim.attribution or "the outlet itself"
    if "voice" in (claim.machine or {}):
        return f"{said} (as the text has it; the voice corrected)"
    return said


_EARLIER_LINE = "its own report gives a later figure that replaced it: not counted in events"
# How its voice denies (extract/denial.py): the figure itself, or a story it gives its own
# count against.
_DENIAL_LINES = {
    True: "its voice denies this figure, another's: not counted in events",
    False: "its voice calls the story false and gives this as its own count",
}


def claim_fields(claim: StoredClaim, credibility: ClaimCredibility) -> Text:
    interval = f"{_bound(claim.low)} .. {_bound(claim.high)} ({claim.qualifier})"
    rows = [
        ("source", f"{claim.source}  [{claim.start}:{claim.end}]"),
        ("voice", f"{claim.voice}  · reliability: {claim.voice_grade or 'not graded'}"),
        ("attribution", _attribution_said(claim)),
        ("interval", interval),
        *([("revised", revision_line(before))] if (before := claim.figure_changed_from) else []),
        *(
            [("superseded", superseded_line(newer))]
            if (newer := claim.superseded_by) is not None
            else []
        ),
        *([("earlier", _EARLIER_LINE)] if claim.earlier_figure else []),
        *(
            [("denial", _DENIAL_LINES[claim.figure_denied])]
            if claim.denies or claim.figure_denied
            else []
        ),
        ("actor", claim.actor or "—"),
        ("place", place_line(claim.place, claim.location) if claim.location else "—"),
        ("date", f"{claim.date or '—'}  ({_date_said(claim)})"),
        (
            "verdict",
            f"{claim.status} by {claim.analyst} at {claim.decided_at}"
            if claim.analyst and claim.status != Status.UNREVIEWED
            else claim.status,
        ),
        ("note", _note_said(claim)),
        ("credibility", credibility_line(credibility)),
    ]
    if claim.machine:
        read = " · ".join(f"{f} {field_value(v)}" for f, v in claim.machine.items())
        rows.append(("machine read", read))
    if claim.added_by:
        rows.append(("added by", f"{claim.added_by}, by hand"))
    text = Text()
    for label, value in rows:
        text.append(f"{label:>12}  ", style="dim")
        text.append(f"{shown(value)}\n")
    return text


def _bound(value: float | None) -> str:
    if value is None:
        return "open"
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def _link_names(claim: StoredClaim, link: LinkView) -> tuple[str, str, str]:
    """The other claim's words, voice and file name: the link row's name columns."""
    other = link.b if link.a.id == claim.id else link.a
    return other.text, other.voice, other.source.rsplit("/", 1)[-1]


LINK_COLUMNS = ("id", "relation", "state", "figure", "claim", "voice", "source")
LINK_LEAST = (30, 28, 16)  # the name columns' widths up to 120 columns (`shares`)


def link_widths(claim: StoredClaim, links: list[LinkView], terminal: int) -> list[int]:
    """The widths of the links' words, voice and source in a `terminal` that many
    columns wide: each whole where the terminal has the room, else shared (`shares`)."""
    names = [_link_names(claim, link) for link in links]
    wants = [widest(h, (n[i] for n in names)) for i, h in enumerate(("claim", "voice", "source"))]
    others = [link.b if link.a.id == claim.id else link.a for link in links]
    fixed = [
        widest("id", (str(o.id) for o in others)),
        widest("relation", (str(link.relation) for link in links)),
        widest("state", (str(link.state) for link in links)),
        widest("figure", (claim_figure(o) for o in others)),
    ]
    return shares(terminal, fixed, wants, LINK_LEAST)


def link_cells(claim: StoredClaim, link: LinkView, widths: list[int]) -> list[Text]:
    """A link's row in the detail's table: relation, state, and the other claim, its
    names `widths` wide (`link_widths`)."""
    other = link.b if link.a.id == claim.id else link.a
    style = "bold red" if link.relation == Relation.CONTRADICTS else ""
    style = "dim strike" if link.state == LinkState.REJECTED else style
    text, voice, source = _link_names(claim, link)
    return [
        Text(str(other.id), style="dim"),
        literal(link.relation, style),
        literal(link.state),
        literal(claim_figure(other)),
        *(clip(name, width) for name, width in zip((text, voice, source), widths, strict=True)),
    ]


def _note_said(claim: StoredClaim) -> str:
    """The verdict's note, with who wrote it when where that is not the verdict's own
    analyst and time (a note added later is no new verdict); "—" for none."""
    if not claim.note:
        return "—"
    if claim.noted_at and claim.noted_at != claim.decided_at:
        by = f" by {claim.noted_by}" if claim.noted_by else ""
        return f"{claim.note}  (noted{by} at {claim.noted_at})"
    return claim.note
