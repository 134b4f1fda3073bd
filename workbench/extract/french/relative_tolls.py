"""A toll told in a relative clause is of the noun it follows (trial 79): «... après la
répression de la manifestation de mardi à Conakry, et deux jours après les affrontements
de N'Zérékoré, en Guinée forestière, dont le bilan officiel est passé de quatre à cinq
morts» was placed in Conakry and dated that Tuesday, the clause before's; the toll is the
clashes' (mixed into `FrenchReader`).

A claim whose figure follows «, dont le bilan» (or «le nombre de morts», «le nombre de
victimes») in its sentence takes the first place named in the words the relative clause
follows, back to the clause before («les affrontements de N'Zérékoré, en Guinée
forestière,»: the noun's own place, its aside wider), a town before a country; and the
day those words name, else none: a day another noun of the sentence holds is not the
toll's.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator

from workbench.extract.dates import DateMention
from workbench.extract.places import PlaceMention, coarse
from workbench.extract.sentences import Sentence
from workbench.models import Claim

# "..., dont le bilan (officiel) est passé de quatre à ", right before the figure
_WHOSE_TOLL = re.compile(
    r",\s*dont\s+(?:le|les)\s+(?:bilan|nombre\s+de\s+(?:morts|victimes|tués|blessés))"
    r"[^,;:.!?«»]{0,80}$",
    re.IGNORECASE,
)
# Where the words the relative clause follows begin: the clause before's word or mark
_ANTECEDENT_OPENS = re.compile(
    r"(?:\b(?:après|avant|depuis|et|lors\s+de|suite\s+à|à\s+la\s+suite\s+de)\s|[;:])"
)
_ANTECEDENT_REACH = 120  # characters before «, dont» the noun's words are read in
_WHOSE_REACH = 120  # characters before a figure «, dont le bilan» is looked for in


class RelativeTolls:
    """Tolls told in a «dont le bilan» clause, placed and dated by their noun."""

    text: str
    offset: int
    sentences: list[Sentence]
    places: Callable[[int], list[PlaceMention]]
    dates: Callable[[int], list[DateMention]]
    country_of: Callable[..., str | None]
    starts: list[int]

    def antecedent_placed(self, claims: Iterable[Claim]) -> Iterator[Claim]:
        """The claims in their order, each of a «dont le bilan» clause given its noun's
        place and day (module docstring)."""
        for claim in claims:
            yield self._antecedent_placed(claim)

    def _antecedent_placed(self, claim: Claim) -> Claim:
        at = claim.start - self.offset
        if not 0 < at <= len(self.text):
            return claim
        index = bisect.bisect_right(self.starts, at) - 1
        if index < 0:
            return claim
        start = self.sentences[index].start
        whose = _WHOSE_TOLL.search(self.text, max(start, at - _WHOSE_REACH), at)
        if whose is None:
            return claim
        low = max(start, whose.start() - _ANTECEDENT_REACH)
        opens = list(_ANTECEDENT_OPENS.finditer(self.text, low, whose.start()))
        low = opens[-1].end() if opens else low
        named = [p for p in self.places(index) if low <= p.start and p.end <= whose.start()]
        place = next((p for p in named if not coarse(p.name)), None)
        place = place or (named[0] if named else None)
        if place is None:
            return claim
        days = [d for d in self.dates(index) if low <= d.start and d.end <= whose.start()]
        day = days[-1] if days else None
        return claim.model_copy(
            update={
                "location": place.name,
                "country": self.country_of(place.name, index),
                "date": day.iso if day else None,
                "date_text": day.text if day else None,
            }
        )
