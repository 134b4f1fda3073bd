"""A byline's places: where the writers filed from, not where the story happened. "By
Abdulkadir Fooday in Mogadishu, Somalia, and Gabriele Steinhauser in Johannesburg Aug.
21, 2022" (a page whose byline runs into its first sentence) names two cities that are
the reporters'. The span runs from "By" and the first writer's name to the byline's
date, time or end; the sentence's places inside it are none of the claims'."""

from __future__ import annotations

import re

_NAME = r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}"
# "By NAME in PLACE[, COUNTRY][, and NAME in PLACE]", up to the date or time that closes
# the byline ("Aug. 21, 2022", "10:46 am"), or the end of the span.
BYLINE = re.compile(
    rf"(?<![\w])By\s+{_NAME}\s+in\s+[A-Z][^.;:!?]{{0,160}}?"
    r"(?=\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\s+\d{1,2}:\d\d|"
    r"\s*$)"
)


def byline_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of `text[start:end]` that are a byline's (see the module)."""
    return [(m.start(), m.end()) for m in BYLINE.finditer(text, start, end)]
