"""The dates a page's sentences name, for its reader (`reader.Reader`): each
sentence's own, those it tells from the day named before ("the next day"), the
day a coded note opens with, the day a wire's next sentence gives its dateline's
lead, and the story's incident day (`story_days.StoryDays`)."""

from __future__ import annotations

import datetime as dt
from functools import cached_property, partial

from workbench.extract.carry_rules import LOOK_BACK
from workbench.extract.date_context import states
from workbench.extract.dates import DateMention, find_dates
from workbench.extract.day_headers import day_headers, header_day
from workbench.extract.document import Whole
from workbench.extract.other_event import tells_another_event
from workbench.extract.page_context import PageContext
from workbench.extract.page_days import dateline_dated, day_told_next, note_day
from workbench.extract.period_bounds import not_bounds
from workbench.extract.period_dates import MONTHS, period_date
from workbench.extract.scene_words import (
    MEASURED_FROM,
    PLUPERFECT,
    RELATIVE,
    SCENE,
    SCENE_REACH,
    earlier_scene,
    holds_count,
    names_place,
    recent,
    told_then,
)
from workbench.extract.story_days import TIME_NOUNS, StoryDays
from workbench.extract.story_ties import TOLD_WHEN
from workbench.extract.told_dates import ENGLISH, single_day, told_dates
from workbench.extract.toll_days import later_death_day
from workbench.models import BlockKind, SourceDocument


class DatedPage(PageContext):
    """A page's sentences with the dates each names, found once a sentence."""

    told_words = ENGLISH  # the words of a date told from another ("the next day")
    months = MONTHS  # the month names a running total's period is read with

    def __init__(self, doc: SourceDocument, whole: Whole, offset: int = 0) -> None:
        super().__init__(doc, whole, offset)
        self.story = StoryDays()  # the day of the incident the story tells
        self._dates: dict[int, list[DateMention]] = {}
        self._named_dates: dict[int, list[DateMention]] = {}  # `_named_in`'s, by sentence

    def dates_in(self, words: str, day: dt.date) -> list[DateMention]:
        """The date phrases of a string of this page's language, resolved against `day`
        (a running total's period: `period_dates`)."""
        return find_dates(words, day)

    def period_dates(self, period: str | None, stated: DateMention | None) -> DateMention | None:
        """The dates a running total's `period` spans (`period_dates.period_date`),
        read in this page's language, where its sentence `stated` the date given."""
        return period_date(period, self.doc.published, self.dates_in, stated, self.months)

    def forget_before(self, index: int) -> None:
        """`PageContext.forget_before`, the sentences' dates too."""
        super().forget_before(index)
        for old in [i for i in self._dates if i < index]:
            del self._dates[old]
        for old in [i for i in self._named_dates if i < index]:
            del self._named_dates[old]

    def dates(self, index: int) -> list[DateMention]:
        """The dates sentence `index` names, in order, with those it tells from the
        last day named before them ("the next day": `told_dates`), found once."""
        if index not in self._dates:
            sentence = self.sentences[index]
            found = self._named_in(index)
            if self.words(index).has(self.told_words.words):
                earlier = partial(self._day_before, index)
                told = told_dates(
                    self.text, sentence.start, sentence.end, found, earlier, self.told_words
                )
                found = sorted(found + told, key=lambda d: d.start)
            self._dates[index] = found
        return self._dates[index]

    def _named_in(self, index: int) -> list[DateMention]:
        """`_dates_named` of sentence `index`, found once: the first sentence's serve
        both its own claims and `_note_day`."""
        if index not in self._named_dates:
            sentence = self.sentences[index]
            self._named_dates[index] = self._dates_named(sentence.start, sentence.end)
        return self._named_dates[index]

    def _dates_named(self, start: int, end: int) -> list[DateMention]:
        """The dates `text[start:end]` names outright, resolved against the page's
        publication date."""
        return find_dates(self.text, self.doc.published, start, end)

    def _day_before(self, index: int, nights: bool = False) -> DateMention | None:
        """The last single day (with `nights`, or night over two days: `single_day`)
        the few sentences before sentence `index` name, a day a statement was made
        passed over where the sentence names another ("... survenue dimanche ..., a
        déclaré mardi": "le même jour" after it is Sunday)."""
        for back in range(index - 1, max(-1, index - LOOK_BACK), -1):
            days = self.event_days(back, self.dates(back))
            days = not_bounds(self.text, days, self.sentences[back].start)  # "since Monday"
            day = single_day(days, self.sentences[back].end, nights)
            if day is not None:
                return day
        return None

    def scene_day(self, index: int, location: str | None = None) -> DateMention | None:
        """The day of the attack a sentence before sentence `index` sets the scene with,
        for a toll that names none: the sentence right before, in its paragraph or
        closing the one before ("Gunmen attacked Dambe on Monday. Twelve people were
        killed."; "Le vendredi 20 novembre 2026, une position ... a fait l'objet d'une
        attaque. // Les combats ont coûté la vie à 8 de nos militaires."); or a lead up
        to `SCENE_REACH` sentences back that names the toll's place (`location`),
        where the sentences between name no day and count nothing: the story goes on
        about that attack ("attacked Mozogo ... dans la nuit de jeudi à vendredi. //
        The attackers burned houses, residents said. // Eight civilians were killed":
        a trial's tolls took no day). Only a sentence that tells an attack (`SCENE`)
        and counts nothing itself: one with figures of its own is another report of
        them, dated as it is. A statement's day is no attack's; a sentence that tells
        another incident ("In a separate attack, ...") takes none."""
        if self.another_incident(index):
            return None
        for back in range(index - 1, max(index - 1 - SCENE_REACH, -1), -1):
            sentence = self.sentences[back]
            dates = self.dates(back)
            if holds_count(self.folded, sentence.start, sentence.end, dates):
                return None
            if not dates:
                continue
            near = back == index - 1 and sentence.block >= self.sentences[index].block - 1
            scenes = list(SCENE.finditer(self.folded, sentence.start, sentence.end))
            if scenes and all(earlier_scene(self.folded, sentence.start, m) for m in scenes):
                continue  # "following an earlier attack on Kambako on April 19": another's
            if not scenes or not (
                near or names_place(self.folded[sentence.start : sentence.end], location)
            ):
                return None
            told = self.statement_days(back, dates)
            return single_day([d for d in dates if d not in told], sentence.end, nights=True)
        return None

    def day_of_story(
        self,
        index: int,
        date: DateMention | None,
        filed: bool,
        location: str | None,
        dates: list[DateMention],
    ) -> DateMention | None:
        """An incident count's `date`, or the page's one attack day (`story_day`) where
        `date` is none (and sentence `index` names no time: `_undated`), is the day the
        story was filed (`filed`: its dateline's), or is a statement's day."""
        if date is None:
            unsure = self._undated(index, dates)
        else:
            unsure = filed or bool(self.statement_days(index, [date]))
        if not unsure:
            return date
        return self.story.scene(self.story_day(index, location)) or date

    def story_day(self, index: int, location: str | None) -> DateMention | None:
        """The one day (or night over two days) the page tells its attack on, anywhere
        in it, for a casualty claim of sentence `index` dated by nothing else, by its
        dateline or by a statement's day only: "« ... 23 blessés graves », a déclaré
        jeudi Kahindo. // Selon elle, les hommes armés ont attaqué le camp dans la nuit
        du 10 au 11 novembre" (trial 63: the statement's Thursday split one attack's
        tolls over two events). Only where every sentence that tells an attack with a
        day (`SCENE`; not another incident's, not tied to an earlier one, not its
        dateline's or a statement's day, not a relative clause's) tells the same one,
        up to `STORY_REACH` days before the publication date, that sentence names the
        claim's place (`location`) or none, and no sentence between the two names
        another day (`_dated_between`)."""
        found = self._scene_days
        if len({(d.first, d.last) for _, d, _, _ in found}) != 1 or self.another_incident(index):
            return None
        scene, day, folded, placed = found[0]
        if location and placed and not names_place(folded, location):
            return None
        return None if self._dated_between(index, scene) else day

    def _dated_between(self, index: int, scene: int) -> bool:
        """Whether a sentence between sentences `index` and `scene` names a day that is
        neither a statement's nor its dateline's: "Gunmen attacked Kolofata on Monday
        night. // On Tuesday, soldiers arrived. // Seven were killed" may tell Tuesday's."""
        for between in range(min(index, scene) + 1, max(index, scene)):
            if self._event_dates(between):
                return True
        return False

    @cached_property
    def _scene_days(self) -> list[tuple[int, DateMention, str, bool]]:
        """Each day a sentence of the page tells an attack on (`story_day`): the
        sentence's index, the day, the sentence folded, whether it names a place."""
        found = []
        published = self.doc.published
        for index, sentence in enumerate(self.sentences):
            folded = self.folded[sentence.start : sentence.end]
            scene = SCENE.search(folded)
            if scene is None or self.another_incident(index) or tells_another_event(folded):
                continue
            if MEASURED_FROM.search(folded, 0, scene.start()):
                continue  # "I went to Bulengo on Thursday, two days after the attack"
            day = single_day(self._event_dates(index), sentence.end, nights=True)
            if day is None or day.first is None or not recent(day, published):
                continue
            if not RELATIVE.search(self.folded, sentence.start + scene.end(), day.start):
                found.append((index, day, folded, bool(self.places(index))))
        return found

    def _event_dates(self, index: int) -> list[DateMention]:
        """The dates sentence `index` names, less statements' days, its dateline's and a
        wounded person's later death's (`later_death_day`)."""
        sentence, dates = self.sentences[index], self.dates(index)
        told = self.statement_days(index, dates)
        return [
            d
            for d in dates
            if d not in told
            and not dateline_dated(d, self.text, sentence.start, sentence.end)
            and not later_death_day(self.text, sentence.start, d.start)
        ]

    def event_days(self, index: int, dates: list[DateMention]) -> list[DateMention]:
        """Of the `dates` sentence `index` names, those of events where any is left,
        the days statements were made left out ("said on Wednesday that 12 were
        killed on Monday"); all of them where each dates a statement."""
        if len(dates) < 2:
            return list(dates)  # most sentences: one date or none
        told = self.statement_days(index, dates)
        return [d for d in dates if d not in told] or dates

    def statement_days(self, index: int, dates: list[DateMention]) -> list[DateMention]:
        """Of the `dates` sentence `index` names, the days statements were made ("said
        on Wednesday": `date_context.states`)."""
        start, end = self.sentences[index].start, self.sentences[index].end
        return [d for d in dates if states(self.text, start, end, d.start, d.end)]

    def _undated(self, index: int, dates: list[DateMention]) -> bool:
        """Whether sentence `index` is a body sentence that names no time at all: no
        date, and no word of one it measures from something else ("the day before the
        vote", "that night")."""
        return (
            not dates
            and not self.words(index).has(TIME_NOUNS)
            and self.doc.blocks[self.sentences[index].block].kind is not BlockKind.TITLE
        )

    @cached_property
    def _note_day(self) -> DateMention | None:
        """The day the page opens with where it is a coded note ("On 3 May 2016, ...":
        `date_context.note_day`), else None."""
        if not self.sentences:
            return None
        first = self.sentences[0]
        return note_day(self._named_in(0), self.text, first.start, first.end)

    def _day_told_next(self, index: int) -> DateMention | None:
        """The event's day the sentence after sentence `index` names (a wire's lead is
        often a paragraph of its own; `date_context.day_told_next`): for a lead dated
        only by its dateline."""
        if index + 1 >= len(self.sentences):
            return None
        after = self.sentences[index + 1]
        dates = self.dates(index + 1)
        told = self.statement_days(index + 1, dates)  # in the page's language
        return day_told_next([d for d in dates if d not in told], self.text, after.start, after.end)

    @cached_property
    def _day_headers(self) -> list[DateMention]:
        return day_headers(self.text, self.doc.published, find_dates)

    def header_day(self, index: int) -> DateMention | None:
        """The day a thread's date line heads sentence `index`'s post with
        (`day_headers`), None where the page has no such lines."""
        return header_day(self._day_headers, self.sentences[index].start)

    def past_frame(self, index: int) -> DateMention | None:
        """The first date the sentence before sentence `index`, in its paragraph, names,
        for a sentence in the pluperfect that names none: the past it goes on telling
        ("In 2017, jihadists held the city for five months. The fighting had killed more
        than 1,100"; "En 2017, ... Les combats avaient fait plus de 1 100 morts": trial
        73, an old siege's toll read as this week's); None otherwise."""
        if index == 0 or self.sentences[index - 1].block != self.sentences[index].block:
            return None
        sentence = self.sentences[index]
        if not PLUPERFECT.search(self.folded, sentence.start, sentence.end):
            return None
        named = self.dates(index - 1)
        return named[0] if named else None

    def _day_tied_back(self, index: int) -> DateMention | None:
        """The event's day a sentence after sentence `index` tells as when its event
        happened ("Rebels killed nine, the army said. The attack happened on
        Wednesday."; `TOLD_WHEN`), for a sentence that names none; None where no such
        sentence names a day right after those words (`told_then`,
        `date_context.day_told_next`)."""
        after = self.tied_back_after(index, next_block=True, ties=TOLD_WHEN)
        if after is None:
            return None
        sentence = self.sentences[after]
        told = TOLD_WHEN.search(self.folded, sentence.start, sentence.end)
        dates = [
            d for d in self.dates(after) if told is not None and told_then(self.folded, told, d)
        ]
        return day_told_next(dates, self.text, sentence.start, sentence.end)
