"""A place named in a sentence (`PlaceMention`), shared by the English and French readers."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A bearing from a place, up to its "of" ("south of", "north-east of"), in lower case:
# where a far place lies, read by the place asides and the spoke-from rule.
BEARING_OF = r"(?:(?:north|south)(?:[\s-]?(?:east|west))?|east|west)(?:ern)?\s+of"


@dataclass(frozen=True)
class PlaceMention:
    """A place named in a sentence; `locative` when a preposition ties it to what happened."""

    start: int
    end: int
    name: str
    locative: bool
    # The clause of an earlier event the place stands in ("days after 40 died in Dogo"):
    # the place of the figures in that clause only (`nearest_place.nearest`). None elsewhere.
    background: tuple[int, int] | None = None
    # The circumstance opening the sentence the place stands in ("As fighting raged in
    # Rolpa, ..."): a figure outside it takes the place only where no other is named
    # (`nearest_place.nearest`). None elsewhere.
    setting: tuple[int, int] | None = None
    # Whether the mention stands for a list of three towns or more, named as their
    # country ("in Nairobi, Kisumu, Nakuru and Mombasa": `place_lists`).
    several: bool = False
    # Whether the mention stands for a place told by description, not named ("in a
    # nearby village": `unnamed_places`), named as the page's country: the place of its
    # clause's figures, handed on to no later sentence.
    unnamed: bool = False

    @property
    def border(self) -> bool:
        """Whether the place is only a border ("on the border with Somalia"): it says
        beside which country a place lies, not which place."""
        return is_border(self.name)


def is_border(phrase: str) -> bool:
    """Whether a place phrase names only a border ("on the border with Somalia", "near
    the Iraq-Syria border", "près de la frontière avec le Soudan", "village frontalier de
    la Sierra Leone")."""
    lowered = phrase.lower()
    return _BORDER_PHRASE.match(lowered) is not None or lowered.endswith((" border", " frontier"))


# a phrase that opens on a border: "on the border with", "à la frontière avec", "près de la
# frontière entre", "le long de la frontière"
_BORDER_PHRASE = re.compile(
    r"(?:(?:on|along|near)\s+the\s+border\b|(?:(?:à|sur|le\s+long\s+de|près\s+de|"
    r"non\s+loin\s+de)\s+)?la\s+frontière\b"
    # a place told by the country it borders: "village frontalier de la Sierra Leone",
    # "une commune limitrophe du Mali" (trial 79: placed in Sierra Leone)
    # (a town's own name takes no article: "la ville frontalière de Tiné" is Tiné)
    r"|(?:[\w'’-]+\s+){1,2}(?:frontali(?:er|ère)s?|limitrophes?)\s+(?:du|des|de\s+la|de\s+l['’]))"
)
