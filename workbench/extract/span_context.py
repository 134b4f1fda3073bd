"""Where and when the sentence holding a span of a document says it happened: for a
claim the analyst adds by hand (`claim add`), read as the extractor reads its own.

A trial's hand-added toll took the place of the machine's claim nearest it in its
paragraph, another sentence's, though its own sentence named where it happened. This
reads the span's sentence with the reader of the document's language: the place it
names nearest the span (`nearest_place.nearest`, the rule a claim's place follows),
that place's country, and the date it gives the span (`date_context.pick_date`, the
days statements were made left out: `event_days`). Pure code.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from workbench.extract.date_context import pick_date
from workbench.extract.document import Whole, pages
from workbench.extract.nearest_place import nearest
from workbench.extract.pipeline import reader_of
from workbench.models import SourceDocument


@dataclass(frozen=True, slots=True)
class SpanContext:
    """What a span's own sentence says of it: its place as the text names it and that
    place's country, and its date (ISO 8601, as a claim's) with the words that give it;
    each None where the sentence says nothing of it."""

    location: str | None = None
    country: str | None = None
    date: str | None = None
    date_text: str | None = None


def span_context(doc: SourceDocument, start: int, end: int) -> SpanContext:
    """The place and date the sentence holding `doc.text[start:end]` gives a claim of
    those characters (offsets of the whole document); an empty `SpanContext` where the
    span lies in no body sentence or in a language the extractor does not read."""
    whole = Whole(doc)
    for page in pages(doc):
        local, local_end = start - page.offset, end - page.offset
        if not 0 <= local < len(page.doc.text):
            continue
        reader = reader_of(page.doc.language or "en")
        if reader is None:
            return SpanContext()
        page_reader = reader(page.doc, whole, page.offset)
        index = bisect.bisect_right(page_reader.starts, local) - 1
        if index < 0 or local_end > page_reader.sentences[index].end:
            return SpanContext()
        sentence = page_reader.sentences[index]
        place = nearest(page_reader.places(index), local, local_end)
        location = place.name if place else None
        dates = page_reader.event_days(index, page_reader.dates(index))
        s, e = sentence.start, sentence.end
        date = pick_date(dates, page_reader.text, s, e, local, local_end, s, e) if dates else None
        return SpanContext(
            location=location,
            country=page_reader.country_of(location) if location else None,
            date=date.iso if date else None,
            date_text=date.text if date else None,
        )
    return SpanContext()
