"""Events an analyst merges: the name the merged event keeps (`kept_place`), and those
that lie far apart in time: a merge is the analyst's call, and is made, but one line
says how far apart they were (a trial merged an attack of June 2019 into one of March
2020 with no word, where it meant a neighbouring row)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from workbench.events.name_words import place_words
from workbench.models import EventSummary

# Days between two events' claims beyond which a merge is said: ACLED codes an event
# per day and place, and a month covers a revised toll reported weeks later
FAR_APART_DAYS = 30


def far_apart(target: EventSummary, others: Sequence[EventSummary]) -> list[str]:
    """One line per event of `others` whose days lie more than FAR_APART_DAYS from
    `target`'s, before they are merged: "event 7 (2020-03-07 to 2020-03-08) is 272
    days from event 2 (2019-06-09 to 2019-06-10)". Events of no known day say
    nothing."""
    lines = []
    for other in others:
        gap = _days_between(target, other)
        if gap is not None and gap > FAR_APART_DAYS:
            lines.append(f"{_named(other)} is {gap} days from {_named(target)}")
    return lines


def _days_between(a: EventSummary, b: EventSummary) -> int | None:
    """Days from the end of the earlier event to the start of the later; 0 where their
    days overlap; None where either has no day."""
    if not (a.first_day and a.last_day and b.first_day and b.last_day):
        return None
    first_a, last_a = _day(a.first_day), _day(a.last_day)
    first_b, last_b = _day(b.first_day), _day(b.last_day)
    return max(0, (first_b - last_a).days, (first_a - last_b).days)


def _day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso[:10])


def _named(event: EventSummary) -> str:
    days = (
        event.first_day
        if event.first_day == event.last_day
        else (f"{event.first_day} to {event.last_day}")
    )
    return f"event {event.id} ({days})"


def kept_place(name: str, place: str, shown: str) -> str | None:
    """The machine's `name` of a merged event with the `place` it names put back to
    the place its name `shown` before the merge, each with the words the name gives
    it (`place_words`: "killed in Mali", not "killed Mali" where "north of Kidal" was
    named as it is); None where the name does not hold the place (nothing to put
    back)."""
    said = place_words(place)
    at = name.rfind(said)
    if not place or at < 0:
        return None
    return name[:at] + place_words(shown) + name[at + len(said) :]
