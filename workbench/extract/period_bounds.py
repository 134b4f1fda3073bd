"""Days that open a running total's period, not the day of an incident (trial 77k, kx77):
"twelve have been killed since the fighting began on Thursday", "depuis le début des
combats jeudi", "since 19 November". A date told from the story's day ("the day before",
"la veille") counts from the day of its incident, never from such a bound: an AFP report
of Friday that said "douze Cambodgiens ont été tués depuis le début des combats jeudi"
and then "La veille, des roquettes ... avaient frappé" put the rockets on Wednesday.
Read by `reader_dates.DatedPage._day_before`.
"""

from __future__ import annotations

import re

from workbench.extract.dates import DateMention

# "since", "depuis", "ever since", with the start of what began before the day: "since
# the fighting began on", "depuis le début des combats", "since fighting broke out on".
_SINCE = re.compile(
    r"(?i:\b(?:since|depuis)\b[^.;:!?]{0,60}$)",
)


def not_bounds(text: str, mentions: list[DateMention], start: int) -> list[DateMention]:
    """`mentions` (dates of a sentence starting at `start`) less those that open a
    running total's period: "since the fighting began on Thursday", "depuis le 19
    novembre"."""
    return [m for m in mentions if not _SINCE.search(text, max(start, m.start - 60), m.start)]
