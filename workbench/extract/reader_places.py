"""Where a claim happened, told past its own clause (mixed into `reader.Reader`): the
finer scene a sentence after a lede's country gives (`scene_within`: "killed 15
farmers in northeastern Nigeria ... The attack happened on Sunday in Kukawa"), and the
place a claim whose clause names none inherits (`_inherited`: a running total only the
country of a town told before). Split from reader.py."""

from __future__ import annotations

import calendar
import re

from workbench.extract.alternations import word_trie
from workbench.extract.gazetteer import PLACE_NAMES
from workbench.extract.not_places import not_a_place
from workbench.extract.numbers import NUMBER_WORDS
from workbench.extract.page_context import PageContext
from workbench.extract.places import PlaceMention, coarse, country_in, country_wide
from workbench.extract.story_ties import HARM_TOLD
from workbench.models import Scope

# a toll a sentence gives of its own: a figure and a word of harm
# (in digits or in words: "The attack on Kukawa killed three")
_FIGURE = rf"(?:\d[\d,.]*|(?<![a-z])(?:{word_trie(NUMBER_WORDS)})(?![a-z]))"
_OWN_TOLL = re.compile(
    rf"{_FIGURE}\s+(?:\w+\s+){{0,3}}?"
    + HARM_TOLD.pattern
    + r"|"
    + HARM_TOLD.pattern
    + rf"\s+(?:\w+\s+){{0,3}}?{_FIGURE}"
)


# A site's town, written after its name: "Star Dance Studio in Monterey Park", "the
# Tops Friendly Market in Buffalo, New York" (not after a comma: "Kawo, Rigasa and
# Nasarawa" is a list).
_TOWN_AFTER = re.compile(r"\s+in\s+(?:the\s+(?:city|town|suburb|village)\s+of\s+)?")
_TOWN_NAME = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}")


def addressed(text: str, name: str) -> str:
    """`name`, or where the gazetteer lacks it and `text` (a page) names it with one
    town after it ("outside of Star Dance Studio in Monterey Park, California"),
    "name, town": a site's address, which resolves to the town (geo.resolve), as
    one sentence's "at Robb Elementary School in Uvalde" does. A name the built-in
    gazetteer knows, or written with no town or with two, is kept."""
    if "," in name or name.lower() in PLACE_NAMES or not name[:1].isupper():
        return name
    towns = set()
    at = text.find(name)
    while at >= 0:
        after = _TOWN_AFTER.match(text, at + len(name))
        town = _town(text, after.end()) if after else None
        if town:
            towns.add(town)
        at = text.find(name, at + len(name))
    return f"{name}, {towns.pop()}" if len(towns) == 1 else name


def _town(text: str, at: int) -> str | None:
    """The capitalised name at `at` where it may be a town: not a country ("in Mali"
    says no more than the page does), a month, a day or a word of another kind
    (`not_places.not_a_place`)."""
    found = _TOWN_NAME.match(text, at)
    if found is None:
        return None
    town = found.group(0)
    if country_in(town) is not None or not_a_place(town) or town.split()[0] in _NOT_TOWNS:
        return None
    return town


_NOT_TOWNS = frozenset(calendar.day_name) | frozenset(calendar.month_name[1:])


class ScenePlaces(PageContext):
    """The places a claim takes from past its clause (see the module)."""

    def scene_within(self, index: int, outer: str) -> str | None:
        """Where it happened, where sentence `index` names only a country or a side
        of one (`outer`: "killed 15 farmers in northeastern Nigeria") and one of the
        `SCENE_AHEAD` sentences after it, in its paragraph or opening the next one (a
        wire's lead is a paragraph of its own), ties back to the event and names a
        finer place: "The attack happened on Sunday in Kukawa, a town in Borno state."
        gives Kukawa. A place of another country than `outer`'s is none of it, nor one
        of a sentence that gives a toll of its own (a part, or another incident: "the
        bombing in Bali which killed 202"). None where no such sentence does."""
        after = self.tied_back_after(index, next_block=True)
        if after is None:
            return None
        sentence = self.sentences[after]
        if _OWN_TOLL.search(self.folded, sentence.start, sentence.end):
            return None  # "The deadliest incident was a blast in Baqubah that killed 43"
        country = country_in(outer)
        for p in self.places(after):
            town = p.name.split(",", 1)[0]  # "Kadisau, Zamfara State": a town with its State
            if not p.locative or p.background is not None or p.border or coarse(town):
                continue
            inside = country_in(p.name)
            return p.name if inside is None or country is None or inside == country else None
        return None

    def _finest(self, index: int, name: str) -> str:
        """The place a claim's sentence names for it, or where that is only a country or
        a side of one, the finer scene a sentence after it gives (`scene_within`); a
        site the gazetteer lacks with the town the page puts it in (`addressed`)."""
        return (country_wide(name) and self.scene_within(index, name)) or addressed(self.text, name)

    def _inherited(
        self, carried: str | None, scope: tuple[str, str | None], here: list[list[PlaceMention]]
    ) -> str | None:
        """The place a claim whose clause names none takes from the sentences around
        it: `carried`, or for a running total, where `carried` is a town another
        sentence named, only the country it lies in ("Fighting raged in Khartoum. The
        war has killed tens of thousands": Sudan's total, not Khartoum's). A place its
        own sentence names (`here`, by clause) holds its total ("The insurgency in Cabo
        Delgado has killed 6,000 ... and displaced 1.3 million")."""
        if carried is None or scope[0] != Scope.CUMULATIVE.value or coarse(carried):
            return carried  # a region or a province told before holds a total too
        if any(p.name == carried for clause in here for p in clause):
            return carried
        return self.country_of(carried)
