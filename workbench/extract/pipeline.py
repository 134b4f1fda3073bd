"""Turn a source document into claims: the extraction pipeline, pure code.

Most sentences hold no number, so one cheap scan picks the sentences worth
reading. What a sentence borrows from before it (the place last named, the
speaker "she" refers to, the writer a quoting post lends to the quote) is
looked up on demand by walking back a few sentences, so the cost follows the
claims, not the length of the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from functools import cached_property
from typing import TypeVar

from workbench.extract.attribution import speaker_for
from workbench.extract.casefold import fold
from workbench.extract.claims import Reading, read_sentence
from workbench.extract.dates import TIME_RE, DateMention, find_dates, pick_date
from workbench.extract.document import Whole, pages
from workbench.extract.gazetteer import Country
from workbench.extract.lexicon import DENIALS, HEDGES, STORY_HEDGES
from workbench.extract.numbers import NUMBER_WORDS, Quantity, find_quantities
from workbench.extract.places import (
    PlaceMention,
    country_in,
    find_places,
    nearest,
)
from workbench.extract.restatements import share_attributions
from workbench.extract.scope import claim_scope
from workbench.extract.sentences import split_clauses, split_sentences
from workbench.extract.singular import find_singular
from workbench.extract.spans import SpanSet
from workbench.extract.speaker_phrase import Speaker
from workbench.extract.victim_words import EVENT_WORDS
from workbench.extract.victims import find_victims
from workbench.extract.voices import (
    block_voice,
    find_speakers,
    mask_brackets,
    needs_earlier,
    resolve,
)
from workbench.extract.wordindex import WordIndex
from workbench.models import Claim, Scope, SourceDocument

# Run over lower-cased text: a case-sensitive scan with a lookbehind is several
# times faster than \b with IGNORECASE, and this scan reads every character.
_TRIGGER = re.compile(rf"\d|(?<![a-z])(?:{NUMBER_WORDS}|{EVENT_WORDS})(?![a-z])")
_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|@\w+|#\w+|\[[^\]]*\]\([^)]*\)")
_MAY_HOLD_TIME = re.compile(r"\d\s*[ap]\.?m|:\d")
_MAY_HOLD_URL = re.compile(r"[@#]|http|www\.|\]\(")
_WOULD_HAVE = re.compile(r"\bwould\s+(?:not\s+)?have\s+(?:been\s+)?$", re.IGNORECASE)
T = TypeVar("T")
_LOOK_BACK = 6  # sentences searched for a place or a speaker named before
_CONTEXT = 300  # characters of a very long sentence kept on each side of a claim


def extract_claims(doc: SourceDocument) -> list[Claim]:
    """Every checkable quantity in the document's body text, in reading order."""
    return list(iter_claims(doc))


def iter_claims(doc: SourceDocument) -> Iterator[Claim]:
    """The claims of `extract_claims`, yielded as they are read, a page at a time
    (extract/document.py). A figure restated without its source takes the source its
    restatement names within `RESTATED_WITHIN` claims on its page (restatements.py),
    so a caller that does not keep the claims holds at most that many, and one page's
    text, however long the document."""
    whole = Whole(doc)
    for page in pages(doc):
        yield from _Reader(page.doc, whole, page.offset).claims()


class _Reader:
    """One page's sentences, with what each one knows, computed when first asked.
    Its claims' offsets are the whole document's (the page's plus `offset`)."""

    def __init__(self, doc: SourceDocument, whole: Whole, offset: int = 0) -> None:
        self.doc = doc
        self.whole = whole
        self.offset = offset
        self.text = doc.text
        self.sentences = split_sentences(doc.text, doc.blocks)
        self.starts = [s.start for s in self.sentences]
        self.last: Reading | None = None
        self._speakers: dict[int, list[Speaker]] = {}
        self._places: dict[int, list[PlaceMention]] = {}
        self._clauses: dict[int, list[tuple[int, int]]] = {}
        self._words: dict[int, WordIndex] = {}
        self._shown_sentences: dict[int, str] = {}
        self._story_hedged: dict[int, bool] = {}

    @cached_property
    def masked(self) -> str:
        """The text with bracketed asides blanked; the text itself when it has none."""
        return mask_brackets(self.text) if "(" in self.text else self.text

    @cached_property
    def folded(self) -> str:
        return fold(self.text)

    @cached_property
    def masked_folded(self) -> str:
        return self.folded if self.masked is self.text else fold(self.masked)

    @property
    def home(self) -> Country | None:
        """The country the document speaks of most: "the country", and the last resort."""
        return self.whole.home

    @property
    def dateline(self) -> PlaceMention | None:
        """The place of the document's dateline ("GAO, Mali —"), if it has one."""
        return self.whole.dateline

    def claims(self) -> Iterator[Claim]:
        """The page's claims in reading order, handed on as they are read."""
        return share_attributions(self._read())

    def _read(self) -> Iterator[Claim]:
        for index in self._candidates():
            yield from self._sentence_claims(index)
            self._forget_before(index - _LOOK_BACK - 2)

    def _shown(self, index: int, reading: Reading) -> str:
        """The sentence a claim shows, one string shared by the sentence's claims."""
        sentence = self.sentences[index]
        if sentence.end - sentence.start > 3 * _CONTEXT:
            return _context(self.text, sentence.start, sentence.end, reading)
        if index not in self._shown_sentences:
            words = self.text[sentence.start : sentence.end].split()
            self._shown_sentences[index] = " ".join(words)
        return self._shown_sentences[index]

    def _forget_before(self, index: int) -> None:
        """Drop what was computed for the sentences before `index`: no sentence looks
        back that far, so memory stays bounded however long the document (a sentence
        asked for again is computed again)."""
        caches = (self._speakers, self._places, self._clauses, self._words, self._shown_sentences)
        for cache in caches:
            for old in [i for i in cache if i < index]:
                del cache[old]

    def _candidates(self) -> list[int]:
        """Indexes of the sentences holding a number or an event word."""
        found: set[int] = set()
        lowered = self.folded
        for block in self.doc.blocks:
            pos = block.start
            while (match := _TRIGGER.search(lowered, pos, block.end)) is not None:
                index = bisect.bisect_right(self.starts, match.start()) - 1
                pos = match.end()
                if index >= 0 and match.start() < self.sentences[index].end:
                    found.add(index)
                    pos = max(pos, self.sentences[index].end)  # one hit is enough
        return sorted(found)

    def clauses(self, index: int) -> list[tuple[int, int]]:
        if index not in self._clauses:
            sentence = self.sentences[index]
            self._clauses[index] = split_clauses(self.text, sentence.start, sentence.end)
        return self._clauses[index]

    def words(self, index: int) -> WordIndex:
        """The sentence's words and numbers, scanned once for every stage."""
        if index not in self._words:
            sentence = self.sentences[index]
            self._words[index] = WordIndex(self.text, sentence.start, sentence.end, self.folded)
        return self._words[index]

    def speakers(self, index: int) -> list[Speaker]:
        """The speakers of a sentence as written, unresolved."""
        if index not in self._speakers:
            sentence = self.sentences[index]
            self._speakers[index] = find_speakers(
                self.masked, sentence.start, sentence.end, self.masked_folded, self.words(index)
            )
        return self._speakers[index]

    def resolved_speakers(self, index: int) -> list[Speaker]:
        raw = self.speakers(index)
        return [
            resolve(s, self._earlier_speakers(index, s) if needs_earlier(s) else ()) for s in raw
        ]

    def _earlier_speakers(self, index: int, speaker: Speaker) -> list[Speaker]:
        same = [s for s in reversed(self.speakers(index)) if s.start < speaker.start]
        for back in range(index - 1, max(-1, index - _LOOK_BACK), -1):
            same.extend(reversed(self.speakers(back)))
        return same

    def places(self, index: int) -> list[PlaceMention]:
        if index not in self._places:
            sentence = self.sentences[index]
            exclude = [(s.start, s.end) for s in self.speakers(index)]
            self._places[index] = find_places(
                self.text,
                sentence.start,
                sentence.end,
                lambda: self.home,
                exclude,
                self.words(index),
            )
        return self._places[index]

    def _carried(self, index: int, places: list[list[PlaceMention]]) -> list[str | None]:
        """For each clause of sentence `index`, the place it inherits: from the nearest
        clause before it in the sentence that names one (`places` holds each clause's),
        else from before the sentence, looked up once."""
        carried: list[str | None] = []
        last = None
        for named in places:
            carried.append(last)
            last = _first_place(named) or last
        if None in carried:
            before = self._carried_before(index)
            carried = [name or before for name in carried]
        return carried

    def _carried_before(self, index: int) -> str | None:
        """The place a sentence that names none inherits: the last one named in the
        few sentences before it, else the dateline's, else the document's country."""
        for back in range(index - 1, max(-1, index - _LOOK_BACK), -1):
            for named in reversed(_by_clause(self.clauses(back), self.places(back), _start)):
                if named:
                    return _first_place(named)
        if self.dateline is not None:
            return self.dateline.name
        return self.home.name if self.home else None

    def block_voice(self, block_index: int) -> str | None:
        block = self.doc.blocks[block_index]
        lent = None
        if block_index > 0:
            previous = self.doc.blocks[block_index - 1]
            if self.text[previous.start : previous.end].rstrip().endswith(":"):
                last = bisect.bisect_right(self.starts, previous.end - 1) - 1
                speakers = self.resolved_speakers(last) if last >= 0 else []
                lent = speakers[-1].name if speakers else None
        return block_voice(block, lent)

    def denies(self, index: int) -> bool:
        """Whether the sentence, or the one before it in its block, calls a story false."""
        sentence = self.sentences[index]
        start = sentence.start
        if index > 0 and self.sentences[index - 1].block == sentence.block:
            start = self.sentences[index - 1].start
        return bool(DENIALS.search(self.folded, start, sentence.end))

    def country_of(self, location: str | None) -> str | None:
        country = country_in(location) if location else None
        country = country or self.home
        return country.name if country else None

    def story_hedged(self, block_index: int) -> bool:
        if block_index not in self._story_hedged:
            block = self.doc.blocks[block_index]
            self._story_hedged[block_index] = bool(
                STORY_HEDGES.search(self.folded, block.start, block.end)
            )
        return self._story_hedged[block_index]

    def _sentence_claims(self, index: int) -> list[Claim]:
        text, sentence = self.text, self.sentences[index]
        start, end = sentence.start, sentence.end
        skip = []
        if _MAY_HOLD_TIME.search(self.folded, start, end):
            skip += [(m.start(), m.end()) for m in TIME_RE.finditer(text, start, end)]
        if _MAY_HOLD_URL.search(text, start, end):
            skip += [(m.start(), m.end()) for m in _URL.finditer(text, start, end)]
        quantities = find_quantities(text, start, end, skip, self.words(index))
        dates: list[DateMention] = []
        skipped = SpanSet(skip)
        if quantities:
            dates = find_dates(text, self.doc.published, start, end)
            skipped = skipped.with_spans((d.start, d.end) for d in dates)
            quantities = [q for q in quantities if not skipped.overlaps(q.start, q.end)]
        readings = self._readings(index, quantities, skipped)
        if not readings:
            return []
        self.last = readings[-1]
        speakers = self.resolved_speakers(index)
        hedged = (
            self.story_hedged(sentence.block)
            or bool(HEDGES.search(self.folded, start, end))
            or any(s.hedging for s in speakers)
        )
        denies = self.denies(index)
        claims = []
        clauses = self.clauses(index)
        places = _by_clause(clauses, self.places(index), _start)
        carried = self._carried(index, places)
        for position, ((clause_start, clause_end), named, here) in enumerate(
            zip(clauses, places, _by_clause(clauses, readings, lambda r: r.start), strict=True)
        ):
            for reading in here:
                place = nearest(named, reading.start, reading.end)
                claims.append(
                    self._claim(
                        reading,
                        sentence.block,
                        hedged,
                        denies,
                        place.name if place else carried[position],
                        pick_date(
                            dates,
                            text,
                            clause_start,
                            clause_end,
                            reading.start,
                            reading.end,
                            start,
                            end,
                        ),
                        self._attribution(speakers, reading, sentence.block),
                        claim_scope(text, clause_start, clause_end, reading.start, reading.end),
                    )
                )
        return claims

    def _readings(self, index: int, quantities: list[Quantity], skip: SpanSet) -> list[Reading]:
        """The sentence's claims: its victims read predicate by predicate, then its
        other quantities read number by number, then the victims named by name."""
        text, sentence = self.text, self.sentences[index]
        clauses = self.clauses(index)
        victims = find_victims(
            text, self.folded, sentence.start, sentence.end, clauses, quantities, self.words(index)
        )
        counted = {r.quantity.start for r in victims.readings}
        rest = [
            q for q in quantities if q.start not in counted and not victims.refuses(q.start, q.end)
        ]
        readings = victims.readings + read_sentence(
            text, rest, clauses, sentence.start, self.last, self.words(index)
        )
        readings = [r for r in readings if not _counterfactual(text, sentence.start, r)]
        singles = find_singular(text, sentence.start, sentence.end)
        if singles:
            taken = skip.with_spans((r.start, r.end) for r in readings)
            readings += [
                r
                for r in singles
                if not taken.overlaps(r.start, r.end) and not victims.refuses(r.start, r.end)
            ]
        return sorted(readings, key=lambda r: r.start)

    def _attribution(
        self, speakers: list[Speaker], reading: Reading, block_index: int
    ) -> tuple[str | None, str | None]:
        """Who says so and whom they relay: (attribution, origin)."""
        speaker = speaker_for(speakers, reading.start, reading.end)
        if speaker is not None:
            return speaker.name, speaker.origin
        return self.block_voice(block_index), None

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
            sentence=self._shown(index, reading),
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
            country=self.country_of(location),
            section=block.kind,
            comment=block.comment,
            commenter=block.commenter,
            scope=Scope(scope[0]),
            period=scope[1],
        )


def _context(text: str, start: int, end: int, reading: Reading) -> str:
    """Of a sentence longer than a real one (a list of figures with no stop, a file
    with no line breaks) the `_CONTEXT` characters on each side of the claim, white
    space folded, cut at words and marked "…": each claim keeps a bounded piece."""
    low, high = max(start, reading.start - _CONTEXT), min(end, reading.end + _CONTEXT)
    while low > start and not text[low - 1].isspace():
        low += 1  # the next word's start
        if low >= reading.start:
            break
    while high < end and not text[high].isspace() and high > reading.end:
        high -= 1
    shown = " ".join(text[low:high].split())
    return ("…" if low > start else "") + shown + ("…" if high < end else "")


def _by_clause(
    clauses: list[tuple[int, int]], items: list[T], start: Callable[[T], int]
) -> list[list[T]]:
    """`items` (in text order) grouped by the clause each starts in, one list a clause."""
    groups: list[list[T]] = [[] for _ in clauses]
    ends = [end for _, end in clauses]
    for item in items:
        at = bisect.bisect_right(ends, start(item))
        if at < len(clauses) and clauses[at][0] <= start(item):
            groups[at].append(item)
    return groups


def _start(place: PlaceMention) -> int:
    return place.start


def _first_place(named: list[PlaceMention]) -> str | None:
    """The place a clause names for what follows it: its first locative one, else its first."""
    return ([p for p in named if p.locative] or named)[0].name if named else None


def _counterfactual(text: str, sentence_start: int, reading: Reading) -> bool:
    """ "there would have been thousands of casualties": a toll that did not happen."""
    return bool(_WOULD_HAVE.search(text, max(sentence_start, reading.start - 40), reading.start))
