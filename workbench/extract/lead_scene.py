"""Where a datelined story's lead says it happened, for a sentence far past the lead
that names no place: the lead's place before the dateline's, which says where the story
was filed ("ZAMBOANGA CITY - Six members ... were neutralized ... in Barangay Sandab,
Butig", then, six sentences on, "three of our soldiers were killed": trial 73 placed them
in Zamboanga City; AFP's Balochistan tolls in Quetta in trial 72b). Split from
page_context.py.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from workbench.extract.clause_places import is_country
from workbench.extract.place_mention import PlaceMention
from workbench.extract.sentences import Sentence

LEAD = 2  # sentences after a dateline's that make a story's lead


def lead_scene(
    sentences: Sequence[Sentence],
    places: Callable[[int], list[PlaceMention]],
    dateline: PlaceMention,
    elsewhere: Callable[[PlaceMention], bool],
) -> str | None:
    """The first place where the lead (the dateline's sentence and the `LEAD` after it,
    in its paragraph; `places(index)` a sentence's places) names what it tells: no
    other event's, no country, not the dateline's own, none `elsewhere` says is no
    place to inherit; None where it names none."""
    first = bisect.bisect_right([s.start for s in sentences], dateline.start) - 1
    if first < 0:
        return None
    block = sentences[first].block
    for index in range(first, min(len(sentences), first + 1 + LEAD)):
        if sentences[index].block != block:
            break
        for place in places(index):
            if _scene(place, dateline.name, elsewhere):
                return place.name
    return None


def _scene(place: PlaceMention, dateline: str, elsewhere: Callable[[PlaceMention], bool]) -> bool:
    """Whether a lead's place says where its story happened."""
    if not place.locative or place.background is not None or is_country(place):
        return False
    return place.name != dateline and not elsewhere(place)
