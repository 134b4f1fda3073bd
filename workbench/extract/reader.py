"""The English reader of a page: its sentences' claims, each with its voice, place,
date, scope and doubt (pipeline.py hands each page to a reader; french/reader.py
reads French the same way with its own words).

Most sentences hold no number, so one cheap scan picks the sentences worth
reading. What a sentence borrows from before it (the place last named, the
speaker "she" refers to, the writer a quoting post lends to the quote) is
looked up on demand by walking back a few sentences, so the cost follows the
claims, not the length of the text: what a sentence knows is page_context.py's,
and this module reads its claims from it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cached_property

from workbench.extract.alternations import word_trie
from workbench.extract.attribution import quotation_speaker, speaker_for
from workbench.extract.background_days import background_day
from workbench.extract.breakdowns import breakdowns
from workbench.extract.carry_rules import LOOK_BACK
from workbench.extract.casualty_counts import dead_or_missing_counts
from workbench.extract.claims import Reading, read_sentence, whole_counts
from workbench.extract.clause_places import by_clause, place_start
from workbench.extract.confirmations import CONFIRMS, confirming_voice
from workbench.extract.contrasted_figures import contrasted_figures
from workbench.extract.dates import DateMention, pick_date
from workbench.extract.document import Whole
from workbench.extract.fate_scope import fate_scope
from workbench.extract.fates import fate_readings
from workbench.extract.figure_owners import figure_owner, figure_owner_after
from workbench.extract.flight_origin import flight_origin
from workbench.extract.found_again import found_again
from workbench.extract.gapped_voices import gapped_counts, gapped_owner
from workbench.extract.hedge_words import aside_hedges_only
from workbench.extract.held_people import held_as_told
from workbench.extract.lexicon import HEDGES
from workbench.extract.nearest_place import nearest, past_dateline
from workbench.extract.numbers import NUMBER_WORDS, Quantity, find_quantities
from workbench.extract.page_days import dateline_dated, formula_line
from workbench.extract.partitive_fates import partitive_fates
from workbench.extract.perpetrators_of import DOERS_OF, deeds_victims
from workbench.extract.reader_dates import DatedPage
from workbench.extract.reader_places import ScenePlaces
from workbench.extract.restated_here import ranked_one_of, restated_here
from workbench.extract.restatements import share_attributions
from workbench.extract.retractions import not_retracted
from workbench.extract.rival_counts import rival_counts
from workbench.extract.scope import claim_scope, may_total
from workbench.extract.singular import find_singular
from workbench.extract.spans import SpanSet
from workbench.extract.speaker_phrase import Speaker
from workbench.extract.story_days import TOLD_ON
from workbench.extract.tally import Tallies
from workbench.extract.tellers import telling
from workbench.extract.treated_counts import treated_after_toll
from workbench.extract.uncounted_spans import URL_MARKS, uncounted_spans
from workbench.extract.vague_restated import restated_vague
from workbench.extract.victim_background import counterfactual, not_pluperfect
from workbench.extract.victim_backs import told_bodies
from workbench.extract.victim_both import both_fates
from workbench.extract.victim_counted import counted_background
from workbench.extract.victim_words import EVENT_WORDS
from workbench.extract.victims import counted_once, find_victims
from workbench.extract.wounded_died import wounded_who_died
from workbench.models import Category, Claim, Scope, SourceDocument

# Run over lower-cased text: a case-sensitive scan with a lookbehind is several
# times faster than \b with IGNORECASE, and this scan reads every character; the
# words as a trie, a branch a letter, not a try of each word.
# "Many people have been displaced", "have sought refuge", "leaving no survivors"
# (fates.py): no number
_DISPLACED = r"displac\w*|fled|flee\w*|refuge\w*|shelter\w*|survivors|evacuat\w*"
# a bomber's own death with no other word of harm: "a suicide bomber set himself off"
_SELF = r"himself|herself|themselves"
# a toll of none told by a noun or "harmed": "There were no casualties" (zero_tolls.py)
_NONE = r"harmed|casualties|fatalities|deaths|injuries"
_TRIGGER = re.compile(
    rf"\d|(?<![a-z])(?:{word_trie(f'{NUMBER_WORDS}|{EVENT_WORDS}|{_DISPLACED}|{_SELF}|{_NONE}')})"
    r"(?![a-z])"
)
_INCIDENT = (Scope.INCIDENT.value, None)  # `claim_scope`'s answer for one incident
_SAME_WORDS = 8  # words of a sentence that, repeated word for word, is the same saying


class Reader(ScenePlaces, DatedPage):
    """One page's claims, read sentence by sentence from what each sentence knows
    (`PageContext`) and the dates it names (`DatedPage`). Its claims' offsets are the
    whole document's (the page's plus `offset`)."""

    trigger = _TRIGGER  # what marks a sentence worth reading
    doers_of = DOERS_OF  # the doers of a deed before its victims' count ("the killers of")

    def __init__(self, doc: SourceDocument, whole: Whole, offset: int = 0) -> None:
        super().__init__(doc, whole, offset)
        # the last claim read and the readings of its list ("abducted 4 X and 1 Y")
        self.last_list: list[Reading] = []
        self.tallies = Tallies()  # the last running total, a tally the next may go on with
        # whether a sentence of the page may hold a link: most pages hold none
        self.links = any(mark in self.text for mark in URL_MARKS)

    def claims(self) -> Iterator[Claim]:
        """The page's claims in reading order, handed on as they are read."""
        return share_attributions(self._read())

    def _read(self) -> Iterator[Claim]:
        for index in self._candidates():
            yield from self._sentence_claims(index)
            self.forget_before(index - LOOK_BACK - 2)

    def _candidates(self) -> list[int]:
        """Indexes of the sentences holding a number or an event word."""
        found: set[int] = set()
        lowered = self.folded
        for block in self.doc.blocks:
            pos = block.start
            while (match := self.trigger.search(lowered, pos, block.end)) is not None:
                index = bisect.bisect_right(self.starts, match.start()) - 1
                pos = match.end()
                if index >= 0 and match.start() < self.sentences[index].end:
                    found.add(index)
                    pos = max(pos, self.sentences[index].end)  # one hit is enough
        return self._first_sayings(sorted(found))

    def _first_sayings(self, indexes: list[int]) -> list[int]:
        """`indexes` less each sentence of at least `_SAME_WORDS` words that an
        earlier one of the document says word for word (case and spacing aside): a
        page that repeats a paragraph (a lead printed twice, a pasted block, a file of
        one line over and over) states it once, so its claims are one claim each, not
        a thousand restating each other. A short sentence ("One soldier was killed.")
        may tell two incidents, and is kept."""
        said = self.whole.said  # the document's, across its pages
        kept = []
        for index in indexes:
            sentence = self.sentences[index]
            words = self.folded[sentence.start : sentence.end].split()
            if len(words) >= _SAME_WORDS:
                saying = hash(" ".join(words))
                if saying in said:
                    continue
                said.add(saying)
            kept.append(index)
        return kept

    def _sentence_claims(self, index: int) -> list[Claim]:
        text, sentence = self.text, self.sentences[index]
        start, end = sentence.start, sentence.end
        readings, dates = self._read_sentence(index)
        readings = gapped_counts(text, self.folded, start, readings)  # "says 7 died, the army 2"
        readings = breakdowns(self.folded, start, readings)  # "including 5 children"
        readings = treated_after_toll(self.folded, readings)  # "and nine were being treated"
        readings = rival_counts(self.folded, start, readings)  # "as police insist on two"
        readings = both_fates(self.folded, end, readings)  # "two civilians ... both died"
        readings = wounded_who_died(self.folded, readings)  # "the deaths of 9 wounded"
        readings = deeds_victims(self.folded, readings, self.doers_of)  # "the killers of two men"
        readings = partitive_fates(self.folded, readings)  # "Six of 40 people injured died"
        readings = restated_vague(self.folded, readings)  # "Several were killed, at least 10"
        readings = contrasted_figures(self.folded, readings)  # "contradicting police figures of 6"
        readings = held_as_told(text, self.clauses(index), readings)  # "82 detainees fled"
        readings = not_retracted(self.folded, start, end, readings)  # "An earlier version said"
        readings = not_pluperfect(self.folded, start, end, readings)  # "had lost 40 in 2019"
        readings = restated_here(self.folded, readings)  # "Three died after gunmen shot three"
        readings = ranked_one_of(self.folded, readings)  # "a fifth soldier": one of five
        readings = whole_counts(readings)  # not "3.5 people were wounded"
        readings = dead_or_missing_counts(text, readings)  # "57 are dead and missing"
        readings = found_again(self.folded, readings)  # "the two missing were found alive"
        if not readings:
            return []
        self.last_list = [
            r
            for r in readings
            if (r.start, r.category) == (readings[-1].start, readings[-1].category)
        ]
        speakers = self.resolved_speakers(index)
        hedged = (
            self.story_hedged(sentence.block)
            or (
                self._hedged(start, end)
                and not aside_hedges_only(
                    self.folded, start, end, [(r.start, r.end) for r in readings]
                )
            )
            or any(s.hedging for s in speakers)
        )
        denial = self.denial(index)
        claims = []
        clauses = self.clauses(index)
        places = by_clause(clauses, self.places(index), place_start)
        carried: list[str | None] = []  # looked up only for a clause that names no place
        totals = self._may_total(start, end)  # most sentences tell an incident
        previous = start  # where the last claim read ends
        for position, ((clause_start, clause_end), named, here) in enumerate(
            zip(clauses, places, by_clause(clauses, readings, lambda r: r.start), strict=True)
        ):
            for reading in here:
                place = past_dateline(
                    nearest(named, reading.start, reading.end), places, text, start
                )
                if place is None and not carried:
                    carried = self.carried(index, places)
                date = (
                    pick_date(
                        dates,
                        text,
                        clause_start,
                        clause_end,
                        reading.start,
                        reading.end,
                        start,
                        end,
                    )
                    if dates
                    else None
                )
                filed = date is not None and dateline_dated(date, text, start, end)
                if filed:
                    date = self._day_told_next(index) or date  # filed Aug 30, "on Tuesday"
                elif date is None and formula_line(text, start, end):
                    date = self._day_before(index)  # "On 3 May 2016, ... 1 fatality."
                if date is None and sentence.block == self.sentences[0].block:
                    date = self._note_day  # a coded note tells one incident
                if date is None:  # "..., the army said. The attack happened on Wednesday."
                    date = self._day_tied_back(index) or self.past_frame(index)
                scope = fate_scope(text, start, end, reading) or (
                    self._scope(clause_start, clause_end, reading) if totals else _INCIDENT
                )
                scope = self.tallies.shared(  # "has killed 400 ... and displaced 9,000"
                    index, reading.category, scope, self.folded[previous : reading.start]
                )
                previous = reading.end
                if scope[0] == Scope.INCIDENT.value:  # "... since January. 120 were abducted"
                    own = bool(dates) or any(places) or bool(speakers)
                    tally = self.tallies.goes_on(
                        index, sentence.block, reading.category, own, self.folded[start:end]
                    )
                    scope = tally or scope
                self.tallies.told(index, sentence.block, scope, reading.category)
                origin = (  # "evacuated this week from Kostiantynivka": where they left
                    flight_origin(text, clause_start, clause_end)
                    if place is None and reading.category is Category.DISPLACED
                    else None
                )
                location = (
                    self._finest(index, place.name)
                    if place
                    else origin or self._inherited(carried[position], scope, places)
                )
                date = self.story.event_date(self.text, self.folded, date, (start, end), location)
                if scope[0] == Scope.CUMULATIVE.value:  # "since January": its period's dates
                    date = self.period_dates(scope[1], date) or date
                elif date is None and reading.category in TOLD_ON and self._undated(index, dates):
                    date = self.story.carried(location, self.doc.published)  # "Seven were hurt"
                    if date is None:  # "attacked Dambe on Friday"
                        date = self.story.scene(self.scene_day(index, location))
                if scope[0] == Scope.INCIDENT.value and reading.category in TOLD_ON:
                    date = self.day_of_story(index, date, filed, location, dates)
                date = date or self.header_day(index)  # a thread's "24.11.2026" line
                date = background_day(text, place, reading.start, date)  # "two days after"
                self.story.told(date, location)
                # a toll of none is the denier's own count, never the figure denied:
                # "Contrary to reports, no one was abducted" (trial 72)
                denied = (
                    denial
                    if reading.quantity.value != 0
                    and denial is not None
                    and denial.reaches(reading.category)
                    else None
                )
                claim = self._claim(
                    reading,
                    sentence.block,
                    hedged,
                    denied is not None
                    and denied.covers(reading.start, reading.quantity.low, reading.quantity.high),
                    location,
                    date,
                    self._attribution(speakers, reading, sentence.block),
                    scope,
                )
                if denied is not None and denied.denies_figure(
                    reading.start, reading.quantity.low, reading.quantity.high
                ):
                    claim = claim.model_copy(update={"figure_denied": True})
                claims.append(claim)
        return claims

    def _read_sentence(self, index: int) -> tuple[list[Reading], list[DateMention]]:
        """Sentence `index`'s claims as readings, and the dates it names."""
        text, sentence = self.text, self.sentences[index]
        start, end = sentence.start, sentence.end
        skip = uncounted_spans(text, self.folded, start, end, self.links)
        quantities = find_quantities(text, start, end, skip, self.words(index))
        dates: list[DateMention] = []
        skipped = SpanSet(skip)
        if quantities:
            dates = self.dates(index)
            skipped = skipped.with_spans((d.start, d.end) for d in dates)
            quantities = [q for q in quantities if not skipped.overlaps(q.start, q.end)]
        readings = self._readings(index, quantities, skipped)
        if readings and not quantities:  # one victim by no number: "A policeman died on Tuesday"
            dates = self.dates(index)
        return readings, dates

    def _may_total(self, start: int, end: int) -> bool:
        """Whether sentence `start:end` holds a word of a running total or a span of
        dates (`scope.may_total`): one that holds none tells an incident."""
        return may_total(self.text, self.folded, start, end)

    def _scope(self, start: int, end: int, reading: Reading) -> tuple[str, str | None]:
        """Whether the reading counts one incident or a running total (`scope.py`), in
        the clause `start:end`."""
        return claim_scope(self.text, start, end, reading.start, reading.end, self.folded)

    def _hedged(self, start: int, end: int) -> bool:
        """Whether the sentence's own words mark its figures as unconfirmed."""
        return bool(HEDGES.search(self.folded, start, end))

    def _readings(self, index: int, quantities: list[Quantity], skip: SpanSet) -> list[Reading]:
        """The sentence's claims: its victims read predicate by predicate, then its
        other quantities read number by number, then the victims named by name."""
        text, sentence = self.text, self.sentences[index]
        clauses = self.clauses(index)
        year = self._report_year  # an earlier year's deaths are background
        bounds = sentence.start, sentence.end
        victims = find_victims(
            text, self.folded, *bounds, clauses, quantities, self.words(index), year
        )
        counted = {r.quantity.start for r in victims.readings}
        rest = [
            q for q in quantities if q.start not in counted and not victims.refuses(q.start, q.end)
        ]
        if rest:  # most claims are victims: the tellers are looked for only past them
            told_by = telling(self.folded, sentence.start, sentence.end, self.speakers(index))
            rest = [q for q in rest if not told_by.overlaps(q.start, q.end)]
        # a number read next to a refused predicate is none of its victims either:
        # "two herders who had killed a farmer"
        read = read_sentence(text, rest, clauses, sentence.start, self.last, self.words(index))
        # "protested over 5 killings": a counted noun's deaths as background too
        read = counted_background(self.folded, sentence.start, sentence.end, read, year)
        readings = victims.readings + [r for r in read if not victims.refuses(r.start, r.end)]
        readings = counted_once(text, readings)  # "1 civilian killed": one death
        readings = fate_readings(
            text, sentence.start, sentence.end, rest, readings, clauses, self.words(index)
        )
        readings = [r for r in readings if not counterfactual(self.folded, sentence.start, r)]
        told_dead = self.last is not None and self.last.category is Category.KILLED
        singles = find_singular(
            text, sentence.start, sentence.end, told_dead, readings, self.last, self.last_list
        )
        if singles:
            taken = skip.with_spans((r.start, r.end) for r in readings)
            readings += [
                r
                for r in singles
                if not taken.overlaps(r.start, r.end) and not victims.refuses(r.start, r.end)
            ]
            # "Ines Ortiz was shot and killed and her body was found": one death
            return told_bodies(sorted(readings, key=lambda r: r.start), text)
        return sorted(readings, key=lambda r: r.start)

    def _attribution(
        self, speakers: list[Speaker], reading: Reading, block_index: int
    ) -> tuple[str | None, str | None]:
        """Who says so and whom they relay: (attribution, origin): the owner its words
        name ("the police figure of 19": `figure_owners`); in a sentence naming no one,
        who closes or opens the quotation it stands in (`quotation_speaker`), else the
        voice of the account the sentence goes on with (`told_on`)."""
        sentence = self.sentences[bisect.bisect_right(self.starts, reading.start) - 1]
        owner = figure_owner(self.text, sentence.start, reading.quantity.start)
        owner = owner or figure_owner_after(self.text, reading.end, sentence.end)
        owner = owner or gapped_owner(self.text, self.folded, sentence.start, reading)
        if owner is not None:  # "the police figure of 19 dead", said the rights group
            return owner, None
        speaker = speaker_for(speakers, reading.start, reading.end, self.text)
        if speaker is None:  # the quotation is looked for only where no one is named
            block = self.doc.blocks[block_index]
            speaker, closes = quotation_speaker(
                self.text, (block.start, block.end), reading.start, self._speakers_at
            )
            if speaker is None and not closes:  # "..., police said. Nine others were killed"
                index = bisect.bisect_right(self.starts, reading.start) - 1
                speaker = confirming_voice(
                    self.sentences, self.folded, index, CONFIRMS, self.resolved_speakers
                ) or self.told_on(index)
        if speaker is not None:
            return speaker.name, speaker.origin
        return self.block_voice(block_index), None

    @property
    def last(self) -> Reading | None:
        """The last claim read, which "a further 200" means: its list's last reading."""
        return self.last_list[-1] if self.last_list else None

    @cached_property
    def _report_year(self) -> int | None:
        """The report's year: its publication's, else the day a coded note opens with
        ("On 27 May 2022, ... two hunters who were killed in 2020": background)."""
        if self.doc.published:
            return self.doc.published.year
        day = self._note_day
        return day.first.year if day is not None and day.first is not None else None

    def _speakers_at(self, pos: int) -> list[Speaker]:
        """The voices of the sentence `pos` stands in, resolved."""
        return self.resolved_speakers(bisect.bisect_right(self.starts, pos) - 1)

    def _claim(
        self,
        reading: Reading,
        block_index: int,
        hedged: bool,
        denies: bool,
        location: str | None,
        date: DateMention | None,
        attribution: tuple[str | None, str | None],
        scope: tuple[str, str | None],
    ) -> Claim:
        q = reading.quantity
        block = self.doc.blocks[block_index]
        index = bisect.bisect_right(self.starts, reading.start) - 1
        return Claim(
            source=self.doc.path,
            start=reading.start + self.offset,
            end=reading.end + self.offset,
            text=self.text[reading.start : reading.end],
            sentence=self.shown(index, reading),
            category=reading.category,
            value=q.value,
            low=q.low,
            high=q.high,
            qualifier=q.qualifier,
            unit=q.unit or reading.noun,
            subject=reading.subject,
            actor=reading.actor,
            location=location,
            date=date.iso if date else None,
            date_text=date.text if date else None,
            attribution=attribution[0],
            origin=attribution[1],
            hedged=hedged,
            denies=denies,
            country=self.country_of(location, index),
            section=block.kind,
            comment=block.comment,
            commenter=block.commenter,
            scope=Scope(scope[0]),
            period=scope[1],
        )
