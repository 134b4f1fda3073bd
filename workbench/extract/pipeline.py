"""Turn a source document into claims: the extraction pipeline, pure and in order.

Reading order matters: who spoke last resolves "she said", the last place
named resolves a sentence that names none, and a block ending in a colon lends
its speaker to the quotation below it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from workbench.extract.claims import Reading, read_sentence
from workbench.extract.dates import TIME_RE, DateMention, find_dates
from workbench.extract.gazetteer import Country
from workbench.extract.lexicon import HEDGES, STORY_HEDGES
from workbench.extract.numbers import Quantity, find_quantities
from workbench.extract.places import PlaceMention, dominant_country, find_places, nearest
from workbench.extract.sentences import Sentence, split_clauses, split_sentences
from workbench.extract.singular import find_singular
from workbench.extract.voices import Speaker, VoiceTracker
from workbench.models import Block, Claim, SourceDocument

_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|@\w+|#\w+|\[[^\]]*\]\([^)]*\)")


@dataclass
class _Context:
    """What the pipeline carries from one sentence to the next."""

    doc: SourceDocument
    home: Country | None
    voices: VoiceTracker
    place: str | None = None  # the last place named, for sentences that name none
    last: Reading | None = None  # the last claim, for "a further 200" in the next sentence


def extract_claims(doc: SourceDocument) -> list[Claim]:
    """Every checkable quantity in the document's body text, in reading order."""
    text = doc.text
    context = _Context(doc, dominant_country(_body(doc)), VoiceTracker())
    story_hedged = [bool(STORY_HEDGES.search(text, b.start, b.end)) for b in doc.blocks]
    claims: list[Claim] = []
    for block_index, sentences in _by_block(split_sentences(text, doc.blocks)):
        block = doc.blocks[block_index]
        previous = doc.blocks[block_index - 1] if block_index else None
        context.voices.start_block(block, text[previous.start : previous.end] if previous else "")
        for sentence in sentences:
            claims.extend(_sentence_claims(context, sentence, block, story_hedged[block_index]))
    return _share_attributions(claims)


def _body(doc: SourceDocument) -> str:
    return "\n".join(doc.text[b.start : b.end] for b in doc.blocks)


def _by_block(sentences: list[Sentence]) -> Iterator[tuple[int, list[Sentence]]]:
    current: list[Sentence] = []
    for sentence in sentences:
        if current and sentence.block != current[0].block:
            yield current[0].block, current
            current = []
        current.append(sentence)
    if current:
        yield current[0].block, current


def _sentence_claims(
    context: _Context, sentence: Sentence, block: Block, story_hedged: bool
) -> list[Claim]:
    text = context.doc.text
    start, end = sentence.start, sentence.end
    speakers = context.voices.speakers(text, start, end)
    dates = find_dates(text, context.doc.published, start, end)
    skip = [(d.start, d.end) for d in dates]
    skip += [(m.start(), m.end()) for m in TIME_RE.finditer(text, start, end)]
    skip += [(m.start(), m.end()) for m in _URL.finditer(text, start, end)]
    clauses = split_clauses(text, start, end)
    readings = _readings(
        context, find_quantities(text, start, end, skip), clauses, start, end, skip
    )
    if readings:
        context.last = readings[-1]
    places = find_places(text, start, end, context.home, [(s.start, s.end) for s in speakers])
    sentence_text = " ".join(text[start:end].split())
    hedged = (
        story_hedged or bool(HEDGES.search(text, start, end)) or any(s.hedging for s in speakers)
    )
    claims = []
    for clause_start, clause_end in clauses:
        in_clause = [p for p in places if clause_start <= p.start < clause_end]
        for reading in (r for r in readings if clause_start <= r.start < clause_end):
            claims.append(
                _claim(
                    context,
                    reading,
                    sentence_text,
                    block,
                    hedged,
                    _location(context, in_clause, reading),
                    _date(dates, reading, clause_start, clause_end),
                    _attribution(context, speakers, reading),
                )
            )
        if in_clause:
            locative = [p for p in in_clause if p.locative]
            context.place = (locative or in_clause)[0].name
    return claims


def _readings(
    context: _Context,
    quantities: list[Quantity],
    clauses: list[tuple[int, int]],
    start: int,
    end: int,
    skip: list[tuple[int, int]],
) -> list[Reading]:
    text = context.doc.text
    readings = read_sentence(text, quantities, clauses, start, context.last)
    taken = [(r.start, r.end) for r in readings] + skip
    singles = [r for r in find_singular(text, start, end, clauses) if not _overlaps(r, taken)]
    return sorted(readings + singles, key=lambda r: r.start)


def _overlaps(reading: Reading, spans: list[tuple[int, int]]) -> bool:
    return any(reading.start < e and s < reading.end for s, e in spans)


def _location(context: _Context, in_clause: list[PlaceMention], reading: Reading) -> str | None:
    place = nearest(in_clause, reading.start, reading.end)
    if place is not None:
        return place.name
    if context.place is not None:
        return context.place
    return context.home.name if context.home else None


def _date(
    dates: list[DateMention], reading: Reading, clause_start: int, clause_end: int
) -> DateMention | None:
    def distance(d: DateMention) -> int:
        return max(d.start - reading.end, reading.start - d.end, 0)

    in_clause = [d for d in dates if clause_start <= d.start < clause_end]
    return min(in_clause or dates, key=distance, default=None)


def _attribution(context: _Context, speakers: list[Speaker], reading: Reading) -> str | None:
    outside = [
        s
        for s in speakers
        if not (s.start <= reading.start < s.end) and s.name.lower() not in ("i", "we")
    ]
    if outside:
        return min(outside, key=lambda s: max(s.start - reading.end, reading.start - s.end, 0)).name
    return context.voices.block_voice


def _claim(
    context: _Context,
    reading: Reading,
    sentence: str,
    block: Block,
    hedged: bool,
    location: str | None,
    date: DateMention | None,
    attribution: str | None,
) -> Claim:
    q = reading.quantity
    text = context.doc.text
    return Claim(
        source=context.doc.path,
        start=reading.start,
        end=reading.end,
        text=text[reading.start : reading.end],
        sentence=sentence,
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
        attribution=attribution,
        hedged=hedged,
        section=block.kind,
        comment=block.comment,
        commenter=block.commenter,
    )


def _share_attributions(claims: list[Claim]) -> list[Claim]:
    """A figure restated without its source (a headline bullet) takes the source
    its restatement names: one article repeating a figure is one voice."""
    named = {
        (c.category, c.low, c.high): c.attribution
        for c in claims
        if c.attribution and c.comment is None
    }
    return [
        c.model_copy(update={"attribution": named[(c.category, c.low, c.high)]})
        if c.attribution is None and (c.category, c.low, c.high) in named
        else c
        for c in claims
    ]
