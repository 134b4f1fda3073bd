"""How claims read on screen: figures, statuses and marks; text from sources always
literally (a `[/]` or `[white on white]` in an outlet's name is shown as typed, never
read as markup: every such text reaches a widget as a `rich.text.Text`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from rich.text import Text
from textual.binding import Binding

from workbench.display import HEDGED_MARK, figure, inert
from workbench.match.parts import toll_part
from workbench.models import Claim, Status, StoredClaim

# Each mark has one meaning on every screen (the help's legend lists them): `?` is
# disputed only (a hedged figure is marked `*`), `✗` false only (contradictions `▲`),
# `~` about (~10) only (unverifiable `∅`).
STATUS_MARKS: dict[str, str] = {
    Status.UNREVIEWED: "·",
    Status.CONFIRMED: "✓",
    Status.DISPUTED: "?",
    Status.FALSE: "✗",
    Status.UNVERIFIABLE: "∅",
}
SAVING_MARK = "…"
SELECTED_MARK = "●"
STALE_MARK = "!"
CORROBORATES_MARK = "⇄"
CONTRADICTS_MARK = "▲"
REVISED_MARK = "Δ"
SUPERSEDED_MARK = "⊘"
EARLIER_MARK = "↻"
PART_MARK = "⊂"
DENIED_MARK = "¬"
LEGEND: list[tuple[str, str]] = [
    *((mark, f"verdict: {status}") for status, mark in STATUS_MARKS.items()),
    (SAVING_MARK, "a change being saved"),
    (SELECTED_MARK, "selected for a verdict or a note on many claims"),
    (STALE_MARK, "a newer source calls the verdict into question: review again"),
    (HEDGED_MARK, "after a figure: the text hedges it (reportedly, claims ...)"),
    (
        REVISED_MARK,
        "after a figure: a new version of its source revised it (the detail: from what)",
    ),
    (
        SUPERSEDED_MARK,
        "after a figure: a newer version of its source replaced it (not matched or counted)",
    ),
    (
        EARLIER_MARK,
        "after a figure: a first count its own report replaced with a later one (not counted)",
    ),
    (
        PART_MARK,
        'after a figure: a part of a toll ("including 7 women"; claim edit --part), not a toll',
    ),
    (
        DENIED_MARK,
        "after a figure: the figure its voice denies, another's (not counted in events)",
    ),
    ("~ > ≥ ≤ <~", "before a figure: about, more than, at least, up to, nearly"),
    (CORROBORATES_MARK, "claims of other voices that corroborate it"),
    (CONTRADICTS_MARK, "claims of other voices that contradict it"),
]


def claim_figure(claim: Claim) -> str:
    """The claim's figure as every screen shows it: "dozens *" when hedged, "23 Δ"
    when a new version of its source revised it, "14 ⊘" when a newer version of its
    source replaced its document (superseded), "70 ↻" when its own report gives it as
    a first count it replaced (`earlier_figure`), "14 ¬" when it is the figure its voice
    denies (`figure_denied`), "7 ⊂" when it counts a part of a
    toll ("including 7 women", or so marked: `match.parts.counts_part`)."""
    shown = figure(claim)
    if claim.earlier_figure:
        shown = f"{shown} {EARLIER_MARK}"
    if claim.figure_denied:  # "rejects reports that 14 were abducted": another's figure
        shown = f"{shown} {DENIED_MARK}"
    if not isinstance(claim, StoredClaim):
        return shown
    if toll_part(claim):
        shown = f"{shown} {PART_MARK}"
    if claim.figure_changed_from is not None:
        shown = f"{shown} {REVISED_MARK}"
    return f"{shown} {SUPERSEDED_MARK}" if claim.superseded_by is not None else shown


VERDICT_KEYS: dict[str, str] = {
    "c": Status.CONFIRMED,
    "d": Status.DISPUTED,
    "f": Status.FALSE,
    "x": Status.UNVERIFIABLE,
    "0": Status.UNREVIEWED,
}
_VERDICT_NAMES: dict[str, str] = {
    Status.CONFIRMED: "Confirm",
    Status.DISPUTED: "Dispute",
    Status.FALSE: "False",
    Status.UNVERIFIABLE: "Unverifiable",
    Status.UNREVIEWED: "Back to unreviewed",
}


def verdict_bindings(screen: str) -> list[Binding]:
    """The keys that decide, the same on every screen that shows a claim."""
    keys = [
        Binding(
            key,
            f"verdict('{status}')",
            _VERDICT_NAMES[status],
            show=status != Status.UNREVIEWED,
            id=f"{screen}.{status}",
        )
        for key, status in VERDICT_KEYS.items()
    ]
    return [
        *keys,
        Binding("n", "note", "Note", id=f"{screen}.note"),
        Binding("u", "undo", "Undo", id=f"{screen}.undo"),
    ]


def literal(text: object, style: str = "") -> Text:
    """`text` as shown, never read as markup, with no control character a terminal
    would obey (a file name or a note may hold one): each shows as U+FFFD."""
    return Text(shown(str(text)), style=style)


def shown(text: str) -> str:
    """`text` with each control character but tab and newline as U+FFFD, length kept
    (so that offsets into it, a claim's highlight, still hold)."""
    return inert(text)


NARROW = 120  # columns: a terminal this wide or narrower shows a table's names as clipped


def roomy(width: int, terminal: int) -> int:
    """A name column's `width` (what fits beside the others in 80-120 columns) made
    wider in proportion on a wider terminal: at 200 columns the voices, subjects and
    sources were clipped with a third of the screen empty."""
    return width if terminal <= NARROW else width * terminal // NARROW


NAME_WIDTH = 18  # the queue's voices' or subjects' characters at 101-120 columns (`roomy`)
# voice, subject, place, source at 100 columns or fewer: at 80 the voice and subject
# took the row and the place, date and source were off the screen (the place now
# comes before the subject, and shows beside a voice of 13 however wide the figures)
QUEUE_NARROW = (13, 10, 12, 12)


def queue_names(terminal: int) -> tuple[int, int, int, int]:
    """The widths of the voice, subject, place and source at `terminal` columns: at
    100 or fewer narrow enough that the place shows beside the rest (`QUEUE_NARROW`),
    wider in proportion past 120 (`roomy`)."""
    if terminal <= 100:
        return QUEUE_NARROW
    return (
        roomy(NAME_WIDTH, terminal),
        roomy(NAME_WIDTH, terminal),
        roomy(16, terminal),
        roomy(14, terminal),
    )


FEWEST = 16  # a name column's least width, however narrow the terminal


def fitted(width: int, terminal: int, others: Sequence[int]) -> int:
    """A table's name column's width: `roomy(width)`, made narrower where the table's
    other columns (`others`: their widths) would not all fit beside it in the terminal,
    down to FEWEST: at 80 columns the events' names hid their claims, voices and days,
    and the voices' names their grades."""
    beside = sum(others) + 2 * (len(others) + 1) + 2  # a cell's padding; the scrollbar
    return max(FEWEST, min(roomy(width, terminal), terminal - beside))


def shares(
    terminal: int, fixed: Sequence[int], wants: Sequence[int], least: Sequence[int]
) -> list[int]:
    """The widths of a table's name columns beside columns `fixed` wide, in a terminal
    `terminal` wide: each as wide as it `wants` (its widest cell) where all fit; else
    each its `least` (its want, if less), and the room left shared in proportion to
    what each still wants. At 200 columns the links' voices and sources were clipped
    at the widths of 120 with half the screen empty; at 80 they keep their `least`
    and the table scrolls (`WideTable`)."""
    room = terminal - sum(fixed) - 2 * (len(fixed) + len(wants)) - 2  # paddings; scrollbar
    if sum(wants) <= room:
        return list(wants)
    given = [min(want, low) for want, low in zip(wants, least, strict=True)]
    left = room - sum(given)
    more = [want - width for want, width in zip(wants, given, strict=True)]
    if left <= 0 or not sum(more):
        return given
    return [width + left * extra // sum(more) for width, extra in zip(given, more, strict=True)]


def event_label(name: str, place: str, by_machine: bool) -> str:
    """An event's name as a list shows it: an analyst's as given; the machine's with
    its place first ("Nguétchéwé: killed, wounded, 2020-08-01/2020-08-02" for "killed,
    wounded in Nguétchéwé, 2020-08-01/2020-08-02") and without the days the list's
    days column gives ("Nguétchéwé: killed, wounded"), so that a narrow column that
    clips it keeps the place (at 80 columns a trial read "killed, wounded in…" on
    every row). A date the list gives no column for ("reported 2022-07-08") stays."""
    if not by_machine or not place:
        return name
    name = _DAYS_AT_END.sub("", name)
    for said in (f" in {place}", f" on the {place}", f" {place}"):
        at = name.find(said)
        if at >= 0:
            rest = (name[:at] + name[at + len(said) :]).strip(" ,")
            return f"{place}: {rest}" if rest else place
    return name


_DAYS_AT_END = re.compile(r",\s*\d{4}-\d\d-\d\d(?:/\d{4}-\d\d-\d\d)?$")


def widest(header: str, cells: Iterable[str]) -> int:
    """A column's width: its widest cell's, or its header's where that is wider."""
    return max([len(header), *(len(cell) for cell in cells)])


def short_days(first: str | None, last: str | None) -> str:
    """An event's days as a narrow column gives them: "2013-01-25", "2013-01-18 to 25"
    within a month, "2013-01-30 to 02-06" within a year, both in full across years,
    "undated" (`display.days` gives both ends in full: 24 characters hid the names)."""
    if first is None or last is None:
        return "undated"
    if first == last:
        return first
    shared = 8 if first[:8] == last[:8] else 5 if first[:5] == last[:5] else 0
    return f"{first} to {last[shared:]}"


def claims(count: int) -> str:
    """ "1 claim", "3 claims"."""
    return f"{count} claim{'' if count == 1 else 's'}"


def clip(text: str, width: int, style: str = "") -> Text:
    """Text cut to `width` characters, an ellipsis showing the cut; shown literally, on
    one line: a newline shows as U+FFFD like the other control characters (a table's
    row is one line high, and a file named "new\\nline.txt" showed as "new")."""
    text = text.replace("\n", "\ufffd")
    return literal(text if len(text) <= width else text[: width - 1] + "…", style)


def one_line(text: str, style: str = "") -> Text:
    """`text` whole, shown literally on one line (`clip` without the cut)."""
    return clip(text, len(text) + 1, style)


def move_bindings(screen: str) -> list[Binding]:
    """j and k: the next and previous row of the table in focus, on every screen."""
    return [
        Binding("j", "cursor_down", "Next row", show=False, id=f"{screen}.down"),
        Binding("k", "cursor_up", "Previous row", show=False, id=f"{screen}.up"),
    ]
