"""The day of the incident a story tells, as its reader goes: the day a statement
was made is not the event's, and a count the story tells later with no day of its
own is of the event's day where it is of the event's place.

"Suspected jihadists killed at least 20 civilians in an overnight attack on Ngoshe
... Seven people were wounded, he said." The seven were wounded the night the 20 were
killed; with no day they matched every report of the week (a trial's wounded count
of one incident joined another incident three days later).
"""

from __future__ import annotations

import datetime as dt
import re

from workbench.extract.cues import CASUALTY_CATEGORIES
from workbench.extract.date_context import states
from workbench.extract.dates import DateMention
from workbench.extract.story_ties import TIES_BACK
from workbench.extract.toll_days import later_death_day

# the counts of what happened that take the story's day (not money, distances, troops)
TOLD_ON = CASUALTY_CATEGORIES
# words of a time a sentence measures from something else: no story's day is carried
TIME_NOUNS = frozenset(
    "day days night nights week weeks month months year years morning evening afternoon "
    "ago eve dawn midnight noon hour hours weekend "
    "jour jours nuit nuits veille lendemain semaine semaines mois an ans année années matin "
    "soir soirée aube heure heures".split()
)
# a place's name after a preposition and a compass point: "southeast Baghdad" is Baghdad's
_FIRST_NAME = re.compile(
    r"^(?:(?:near|in|at|outside|around)\s+)?(?:(?:(?:north|south)[\s-]?(?:east|west)(?:ern)?"
    r"|(?:north|south|east|west|central)(?:ern)?)\s+)?([^,]+)",
    re.IGNORECASE,
)


class StoryDays:
    """The event day a page's story has told last, and the place it was told at."""

    def __init__(self) -> None:
        self.day: DateMention | None = None  # the last claim's date of an event
        self.place: str | None = None  # the first name of that claim's place, folded

    def event_date(
        self,
        text: str,
        folded: str,
        date: DateMention | None,
        span: tuple[int, int],
        location: str | None = None,
    ) -> DateMention | None:
        """The claim's date, `date` picked in the sentence `text[start:end]` (`span`),
        where that is only the day a statement was made ("The army said in a
        statement on Monday that 15 people were killed in the attack") and the
        sentence ties back to the event told before (`TIES_BACK`: "the attack", "the
        toll") or counts at its place (`location`, its first name: "At least 32 were
        killed at Lido beach in Mogadishu on Friday. Another 63 were wounded,
        authorities said on Saturday"): the day of that event, the last claim's date
        that was no statement's. Else `date`, now the event's unless it ends days before
        the story's (`_well_before`: an earlier event recalled, whose day no later
        count carries) or is the day a wounded person died after it (`later_death_day`,
        trial 79)."""
        start, end = span
        if date is None:
            return None
        if later_death_day(text, start, date.start):  # "un blessé ayant succombé jeudi"
            return date  # a wounded person's death after the day: not the story's day
        if not states(text, start, end, date.start, date.end):
            if not _well_before(date, self.day):  # "Twin bombings two weeks ago killed 350"
                self.day, self.place = date, None  # is background: the story's day holds
            return date
        if self.day is None:
            return date
        same_place = self.place is not None and _first_name(location) == self.place
        return self.day if same_place or TIES_BACK.search(folded, start, end) else date

    def scene(self, date: DateMention | None) -> DateMention | None:
        """`date`, a day a sentence before the claim set the scene with, now the story's
        event day (`DatedPage.scene_day`): the counts after it carry it as they would a
        claim's own."""
        if date is not None:
            self.day, self.place = date, None
        return date

    def told(self, date: DateMention | None, location: str | None) -> None:
        """Notes the place of the claim just dated `date`, where that is the event's day."""
        if date is not None and date is self.day and self.place is None:
            self.place = _first_name(location)

    def carried(self, location: str | None, published: dt.date | None) -> DateMention | None:
        """The event's day for a later count of the story that names none, where it is
        of the event's place (its first name the same); None where the story has told
        no event's day, the count is of another place, or the day is after the report's
        (`published`: "this Friday" read forward, no incident's day)."""
        if self.day is None or self.place is None:
            return None
        if published is not None and self.day.last is not None and self.day.last > published:
            return None
        return self.day if _first_name(location) == self.place else None


# Days by which a date before the story's day is another event's, told as background
_BACKGROUND_DAYS = 3


def _well_before(date: DateMention, day: DateMention | None) -> bool:
    """Whether `date` ends more than `_BACKGROUND_DAYS` before the story's event `day`
    begins: an earlier event the story recalls, not the next day of its own."""
    if day is None or day.first is None or date.last is None:
        return False
    return date.last < day.first - dt.timedelta(days=_BACKGROUND_DAYS)


def _first_name(location: str | None) -> str | None:
    """ "ngoshe" of "Ngoshe, north-eastern Nigeria", "near Ngoshe", "northern Ngoshe";
    None for none."""
    if not location:
        return None
    found = _FIRST_NAME.match(location.strip())
    return found.group(1).strip().casefold() if found else None
