"""The day a story's dateline gives, as the day its words are read from.

"MAROUA, 3 mars (AFP) - Douze soldats ont été tués dimanche" was filed on 3 March:
its "dimanche" is 2 March, whatever day a site that relays it a week later gives
as its publication date. Where the dateline's day falls before the publication
date, by at most `MAX_DAYS`, the document's words are read from the dateline's day
(`dated_by_dateline`); its stored publication date is unchanged.
"""

from __future__ import annotations

import datetime as dt

from workbench.extract.dateline import dateline_end
from workbench.extract.dates import DateMention, find_dates
from workbench.models import BlockKind, SourceDocument

MAX_DAYS = 31  # a dateline further back than this is some other date, not the filing


def dated_by_dateline(doc: SourceDocument) -> SourceDocument:
    """`doc`, its publication date replaced by the day of the dateline its first body
    block opens with, where that day is up to `MAX_DAYS` before it (else `doc`)."""
    if doc.published is None:
        return doc
    first = next((b for b in doc.blocks if b.kind != BlockKind.TITLE), None)
    if first is None:
        return doc
    day = dateline_day(doc.text, first.start, first.end, doc.published, doc.language == "fr")
    if day is None or not 0 < (doc.published - day).days <= MAX_DAYS:
        return doc
    return doc.model_copy(update={"published": day})


def dateline_day(
    text: str, start: int, end: int, published: dt.date, french: bool = False
) -> dt.date | None:
    """The single day named by the dateline opening `text[start:end]` ("GAO, March 3
    (AFP) -", "Maroua, le 3 mars 2025 –"), its year the publication date's where it
    gives none; None where no dateline with a day opens it."""
    mentions: list[DateMention] = []
    if french:
        from workbench.extract.french import dateline as french_dateline  # French pages only
        from workbench.extract.french.dates import find_dates as french_dates

        stop = french_dateline.dateline_end(text, start, end)
        mentions = french_dates(text, published, start, stop) if stop else []
    else:
        stop = dateline_end(text, start, end)
        mentions = find_dates(text, published, start, stop) if stop > start else []
    return next((m.first for m in mentions if m.first is not None and m.first == m.last), None)
