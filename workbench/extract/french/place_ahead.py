"""Where a French toll happened when its sentence names only a settlement left unnamed
("un village de l'État de Zamfara", "une localité du nord-ouest de la Centrafrique",
"une petite ville d'Haïti") or a part of the country left unnamed ("dans le nord-ouest
du pays"), and a sentence after it names it (mixed into
`FrenchReader`, as `_finest`): "... tuant six personnes dans un village de l'État de
Zamfara. Les assaillants avaient pris d'assaut le village de Tungan Dutsi" is at Tungan
Dutsi. A place the sentence names, however wide ("dans l'est de la Centrafrique", "dans
l'Extrême-Nord du Cameroun"), stays its place, as the French gold has it. The
sentence after must be in the toll's paragraph, or open the next one (a wire's lead is
a paragraph of its own), tie back to the event (the toll told again: "les échanges de
tirs ont fait 11 morts", "Cinquante autres personnes ont été blessées"; or, telling no
other toll, the scene struck: "ont attaqué", "s'en est prise au village", "a eu
lieu", "les assaillants sont entrés dans la ville de Mann", "le bilan des
bombardements à X"), and name a finer place where it happened in the same country, one
or two, not a list of the areas struck; after a part of the country, the area an
unnamed settlement is of ("un village de l'État de Zamfara": the State) will do."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from workbench.extract.claims import Reading
from workbench.extract.places import PlaceMention, coarse, country_in
from workbench.extract.sentences import Sentence
from workbench.models import BlockKind, SourceDocument

_AHEAD = 3  # sentences after a toll searched for its finer scene
_LISTED = 2  # places past which a sentence lists the areas struck, no scene
# The scene struck or where it took place, told after the toll (lower-cased text).
_TIES = re.compile(
    r"(?<![\w])(?:(?:se\s+sont|s[’']est|s[’']étaient|s[’']était)\s+"
    r"(?:déroulée?s?|produite?s?|passée?s?)|"
    r"(?:a|ont|avait|avaient)\s+eu\s+lieu|(?:est|sont|était|étaient)\s+survenue?s?|"
    r"(?:a|ont|avait|avaient)\s+(?:[a-zé]+ment\s+)?"
    r"(?:touché|visé|frappé|ciblé|attaqué|pris\s+d[’']assaut|perpétré|mené)|"
    r"(?:a|ont|avait|avaient)\s+été\s+(?:touchée?s?|visée?s?|frappée?s?|ciblée?s?|attaquée?s?)|"
    r"s[’']en\s+(?:est|sont|était|étaient)\s+pris(?:e|es)?|"
    # the attackers' way in: "Les assaillants sont entrés dans la ville de Mann"
    r"(?:sont|étaient|est|était)\s+(?:entrée?s?|arrivée?s?)\s+(?:dans|à)|"
    r"(?:a|ont|avait|avaient)\s+(?:investi|envahi|fait\s+irruption)|"
    # the toll's own word, where: "Le bilan des bombardements à Ouroum al Djoz"
    r"bilan\s+(?:de\s+l[’']|de\s+la\s+|des\s+|du\s+)[a-zéè]+\s+(?:à|dans|contre))(?![\w])"
)
# A settlement left unnamed, in an area: "une localité du nord-ouest de la Centrafrique",
# "un village de l'État de Zamfara", "une petite ville d'Haïti".
_UNNAMED = re.compile(
    r"(?:une?|des)\s+(?:(?:petite?s?|grande?s?)\s+)?"
    r"(?:localités?|villages?|villes?|bourgades?|communes?|hameaux?|quartiers?)\s+"
    r"(?:(?:de|du|des)\s|d[’'])",
    re.IGNORECASE,
)
# So too a part of the country the story is about, left unnamed: "le nord-ouest du pays".
_COUNTRY_PART = re.compile(
    r"(?:l[’']\s*|le\s+|la\s+)?(?:extrême[- ])?(?:nord|sud|est|ouest|centre)"
    r"(?:[- ](?:est|ouest))?\s+du\s+pays$",
    re.IGNORECASE,
)
# Words of a sentence that lists the areas struck, no one scene: "Cette attaque a ciblé
# diverses zones, notamment dans le sud du Liban, Nabatieh, ..., la capitale Beyrouth".
_SEVERAL = re.compile(r"(?<![\w])(?:notamment|diverse?s|plusieurs|différente?s)(?![\w])")
# A toll told as more of the same event's: "Cinquante autres personnes ont été blessées".
_OTHERS = re.compile(r"\sautres(?![\w])")


def wide(name: str) -> bool:
    """Whether a claim's place is a settlement left unnamed, which the scene told after
    it may name (see the module)."""
    return bool(_UNNAMED.match(name) or _COUNTRY_PART.match(name))


class SceneAhead:
    """The scene an unnamed settlement gives way to (see the module)."""

    folded: str
    text: str
    doc: SourceDocument
    sentences: list[Sentence]
    places: Callable[[int], list[PlaceMention]]
    _own_readings: Callable[[int], list[Reading]]

    def _finest(self, index: int, name: str) -> str:
        """The place sentence `index` names for its toll, or where that is a settlement
        left unnamed, the scene a sentence after it names (`scene_ahead`); where it is
        a country or a side of one, the headline's place (`headline_scene`)."""
        ahead = wide(name) and self.scene_ahead(index, name)
        return ahead or (coarse(name) and self.headline_scene(index)) or name

    def headline_scene(self, index: int) -> str | None:
        """For the lead's first sentence after a headline that tells its toll again
        and names a finer place ("Bouzou: 26 morts dans l'attaque d'un village" over
        "Environ 26 personnes sont mortes ... dans l'ouest de la République
        centrafricaine"), the headline's place; else None."""
        block = self.sentences[index].block
        if index == 0 or self.sentences[index - 1].block == block or block == 0:
            return None  # not the first sentence of its paragraph
        title = [i for i in range(index) if self.sentences[i].block == block - 1]
        if not title or self.doc.blocks[block - 1].kind != BlockKind.TITLE:
            return None
        told = [r.quantity for r in self._own_readings(index)]
        for at in title:
            again = [
                r
                for r in self._own_readings(at)
                if any(_within(_value(r), q.low, q.high) for q in told)
            ]
            if not again:
                continue
            placed = [p for p in self.places(at) if p.locative and not p.border]
            if len(placed) == 1 and not coarse(placed[0].name) and not wide(placed[0].name):
                return placed[0].name
        return None

    def scene_ahead(self, index: int, outer: str) -> str | None:
        """The finer place one of the `_AHEAD` sentences after sentence `index` tells
        of its event (see the module), else None."""
        block = self.sentences[index].block
        told = {_value(r) for r in self._own_readings(index)}
        for after in range(index + 1, min(len(self.sentences), index + 1 + _AHEAD)):
            sentence = self.sentences[after]
            opens_next = sentence.block == block + 1 and self.sentences[after - 1].block == block
            if sentence.block != block and not opens_next:
                return None
            if self.doc.blocks[sentence.block].kind == BlockKind.TITLE:
                return None
            readings = self._own_readings(after)
            again = [r for r in readings if self._told_again(r, told)]
            if readings and not again:
                return None  # a toll of its own: its place is that toll's
            if again or _TIES.search(self.folded, sentence.start, sentence.end):
                if _SEVERAL.search(self.folded, sentence.start, sentence.end):
                    return None
                return self._finer_in(after, outer)
        return None

    def _told_again(self, reading: Reading, told: set[float | None]) -> bool:
        """Whether a toll told after another is that one told again ("ont fait 11
        morts"), or more of the same event ("Cinquante autres personnes")."""
        others = _OTHERS.search(self.folded, reading.start, reading.end)
        return _value(reading) in told or others is not None

    def _finer_in(self, index: int, outer: str) -> str | None:
        """The first place where it happened sentence `index` names that is finer than
        `outer` and not in another country; None where there is none."""
        country = country_in(outer)
        placed = [p for p in self.places(index) if p.locative and p.background is None]
        finer = [p for p in placed if not p.border and not coarse(p.name) and not wide(p.name)]
        if not finer and _COUNTRY_PART.match(outer):
            # "un village de l'État de Zamfara" after "le nord-ouest du pays": the State
            finer = [replace(p, name=n) for p in placed if (n := _area_of(p.name))]
        if not finer or len(finer) > _LISTED:
            return None  # none, or a list of places struck ("Nabatieh, la Bekaa, Beyrouth")
        inside = country_in(finer[0].name)
        return finer[0].name if inside is None or country is None or inside == country else None


def _area_of(name: str) -> str | None:
    """The area an unnamed settlement is of ("l'État de Zamfara" of "un village de
    l'État de Zamfara"), or None."""
    settlement = _UNNAMED.match(name)
    if settlement is None or _COUNTRY_PART.match(name):
        return None
    return name[settlement.end() :].strip() or None


def _within(value: float | None, low: float | None, high: float | None) -> bool:
    """Whether `value` is a figure told again as [`low`, `high`] ("26", "environ 26")."""
    if value is None or low is None:
        return False
    return float(low) <= value <= float(high if high is not None else low)


def _value(reading: Reading) -> float | None:
    """A reading's count, its low bound where it has no single value."""
    quantity = reading.quantity
    value = quantity.value if quantity.value is not None else quantity.low
    return float(value) if value is not None else None
