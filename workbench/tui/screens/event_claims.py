"""An event's claims as its screen's table gives them: which incident each speaks of
(its place and date) and where it was read (its source) beside its figure, voice and
credibility. A trial could not tell, at any width, which incident a claim of an
event belonged to without opening each: the table had no place, date or source.

The columns fit the terminal's width (`layout`): the names (place, voice, source)
share what the other columns leave (`format.shares`); where the credibility in full
("4 doubtful (suggested)") leaves them too little, it is its grade alone ("4", "5*"
an analyst's), the line under the table giving it in full.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rich.text import Text

from workbench.display import graded_voice
from workbench.models import ClaimCredibility, StoredClaim
from workbench.tui.format import FEWEST, claim_figure, clip, literal, shares, short_days, widest

FULL = ("id", "category", "figure", "place", "date", "voice", "source", "credibility")
SHORT = (*FULL[:-1], "cred")
LEAST = (9, 9, 7)  # place, voice, source: what each keeps however narrow the terminal


@dataclass(frozen=True)
class Layout:
    """The widths of the claims' name columns, and whether the credibility is short."""

    place: int
    voice: int
    source: int
    short: bool
    years: bool = False  # the dates with their years: the claims' are of several

    @property
    def columns(self) -> tuple[str, ...]:
        """The table's column labels."""
        return SHORT if self.short else FULL


def grade(c: ClaimCredibility, short: bool = False) -> str:
    """ "4 doubtful (suggested)", or "5 improbable (analyst)" when an analyst graded
    it; short: "4", "5*"."""
    if short:
        return f"{c.effective.grade}{'*' if c.analyst else ''}"
    return f"{c.effective.grade} {c.effective.label} ({'analyst' if c.analyst else 'suggested'})"


_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def day(claim: StoredClaim, years: bool = False) -> str:
    """A claim's date as a narrow column gives it, without its year where the table's
    dates share one (`years` False; the event's headline gives its days): "8 Apr",
    "7-8 Apr", "31 Mar-9 Apr", "Apr" (a month); a year alone, a range across years,
    and every date where the table's are of several years, as ISO dates ("2024",
    "2024-12-30 to 2025-01-02", "2024-04-08")."""
    if not claim.date:
        return ""
    first, _, last = claim.date.partition("/")
    last = last or first
    if years or first[:4] != last[:4] or len(first) < 7 or len(last) < 7:
        return first if first == last else short_days(first, last)
    start, end = _day_month(first), _day_month(last)
    if start == end:
        return start
    if first[:7] == last[:7] and len(first) == len(last) == 10:
        return f"{int(first[8:])}-{end}"  # "7-8 Apr"
    return f"{start}-{end}"


def _day_month(iso: str) -> str:
    """ "2025-04-08" as "8 Apr", "2025-04" as "Apr"."""
    month = _MONTHS[int(iso[5:7]) - 1]
    return f"{int(iso[8:10])} {month}" if len(iso) >= 10 else month


def source(claim: StoredClaim) -> str:
    """A claim's source as the queue names it: its file's name, a page's last part."""
    return claim.source.rsplit("/", 1)[-1]


def layout(
    claims: Sequence[StoredClaim], credibility: Mapping[int, ClaimCredibility], terminal: int
) -> Layout:
    """The columns' widths at `terminal` columns: the credibility in full where each
    name keeps what it wants or FEWEST beside it, else short (the names then keep
    at least LEAST, the table scrolling sideways where even that does not fit)."""
    wants = [
        widest("place", (c.location or "" for c in claims)),
        widest("voice", (graded_voice(c) for c in claims)),
        widest("source", (source(c) for c in claims)),
    ]
    years = len({c.date[:4] for c in claims if c.date}) > 1
    for short in (False, True):
        shown = [grade(g, short) for g in credibility.values()]
        fixed = [
            widest("id", (str(c.id) for c in claims)),
            widest("category", (c.category.value for c in claims)),
            widest("figure", (claim_figure(c) for c in claims)),
            widest("date", (day(c, years) for c in claims)),
            widest("cred" if short else "credibility", shown),
        ]
        room = terminal - sum(fixed) - 2 * (len(fixed) + len(wants)) - 2  # paddings; scrollbar
        least = [min(want, FEWEST) for want in wants]
        if short:  # the place first: what the voice and source leave it, up to FEWEST
            place = min(wants[0], FEWEST, max(LEAST[0], room - LEAST[1] - LEAST[2]))
            least = [place, *LEAST[1:]]
        if short or room >= sum(least):
            place, voice, named = shares(terminal, fixed, wants, least)
            return Layout(place, voice, named, short=short, years=years)
    raise AssertionError("unreachable")  # pragma: no cover


def cells(claim: StoredClaim, credibility: ClaimCredibility | None, at: Layout) -> list[Text]:
    """One claim's row, its names clipped to `at`; its voice with its reliability
    grade first ("(E) A Chadian source", as the queue gives it)."""
    return [
        literal(claim.id),
        literal(claim.category.value),
        literal(claim_figure(claim)),
        clip(claim.location or "", at.place),
        literal(day(claim, at.years)),
        clip(graded_voice(claim), at.voice),
        clip(source(claim), at.source),
        literal(grade(credibility, at.short) if credibility else ""),
    ]
