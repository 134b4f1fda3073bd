"""Where a French toll happened when its sentence and the few before it name no place
(mixed into `FrenchReader`, whose `_carried_before` asks them after the dateline): a
scene told in the sentences right after it ("Les combats se sont déroulés près de X"),
else the place the story's lead names."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property

from workbench.extract.carry_rules import LOOK_BACK
from workbench.extract.claims import Reading
from workbench.extract.french.place_pointed import (
    COUNTRY_KIND,
    POINTING,
    WIDE_KINDS,
    pointed_kind,
    pointed_to,
)
from workbench.extract.places import PlaceMention, coarse
from workbench.extract.sentences import Sentence
from workbench.models import BlockKind, SourceDocument

# Words that tell where what happened took place, in a sentence after a toll that names
# none (`CarriedPlaces._scene_told_after`): "Les combats se sont déroulés près de X", "La
# frappe a touché le village de X", "L'attaque a eu lieu à X".
# The pluperfect so too: "Ces derniers avaient attaqué le village de X".
_SCENE = re.compile(
    r"(?<![\w])(?:(?:se\s+sont|s[’']est|s[’']étaient|s[’']était)\s+"
    r"(?:déroulée?s?|produite?s?|passée?s?)|"
    r"(?:a|ont|avait|avaient)\s+eu\s+lieu|(?:est|sont|était|étaient)\s+survenue?s?|"
    r"(?:a|ont|avait|avaient)\s+(?:touché|visé|frappé|ciblé|attaqué)|"
    r"(?:a|ont|avait|avaient)\s+été\s+(?:touchée?s?|visée?s?|"
    r"frappée?s?|ciblée?s?|attaquée?s?))(?![\w])"
)
_SCENE_AHEAD = 3  # sentences after a toll searched for where it happened
_CAPITALISED = re.compile(r"[A-ZÀ-Ý][\w’'-]+")  # a name's word ("Kayanza")
_LEAD = 3  # sentences of a story's body that are its lead (`_lead_place`)


class CarriedPlaces:
    """The places a toll takes from a story's other sentences (see the module)."""

    folded: str
    doc: SourceDocument
    sentences: list[Sentence]
    text: str
    places: Callable[[int], list[PlaceMention]]
    _own_readings: Callable[[int], list[Reading]]
    _carried_before: Callable[..., str | None]
    country_of: Callable[..., str | None]
    offset: int

    @property
    def dateline(self) -> PlaceMention | None:
        """The page's dateline (`FrenchReader.dateline`)."""
        raise NotImplementedError

    def _dateline_after(self, index: int, claim: int) -> bool:
        """Whether the page's dateline stands after sentence `index` and before sentence
        `claim`: the headline's place gives way to the dateline's, told nearer the body
        ("Cameroun : douze soldats tués\n\nMAROUA, 3 mars (AFP) - ..." is Maroua's, as in
        English); a communiqué's closing place line ("Fait à N'Djamena, le 24 novembre
        2026") comes after its figures and gives way to the place its lead names
        (trial 64: an island attack placed in the capital)."""
        dateline = self.dateline
        if dateline is None:
            return False
        at = dateline.start - self.offset
        return self.sentences[index].end <= at < self.sentences[claim].end

    def pointed_back(self, index: int, found: list[PlaceMention]) -> list[PlaceMention]:
        """The places of sentence `index`, each pointed back to named as what the
        sentences before named: a settlement ("dans cette localité") as the town told
        before (`pointed_to`); an area ("dans cette région où opèrent les jihadistes")
        as the last area of its kind named before ("la région de l'Extrême-Nord"), else
        as the town told before (a place to find on a map, where "cette région" is none);
        a wide area named by its kind alone ("dans la province") is no town's: where
        none of its kind was named, it keeps its words; "dans le pays" is the country
        of the place told before, else the page's."""
        earlier = self._carried_before(index, fallback=False)
        found = pointed_to(found, earlier)
        town = earlier if earlier is not None and earlier[:1].isupper() else None
        named = []
        for place in found:
            kind = pointed_kind(place)
            country = self.country_of(earlier) if kind == COUNTRY_KIND else None
            if country is not None:  # "dans le pays": the country of the place before
                place = PlaceMention(place.start, place.end, country, False)
            elif kind is not None:
                # "la province" with none named before: no town's, its own words
                wide = kind in WIDE_KINDS and not place.name.lower().startswith(POINTING)
                name = self._kind_named_before(index, kind) or (None if wide else town)
                place = PlaceMention(place.start, place.end, name or place.name, False)
            named.append(place)
        return named

    def _kind_named_before(self, index: int, kind: str) -> str | None:
        """The last area of `kind` ("région") the `LOOK_BACK` sentences before sentence
        `index` name by its name ("la région de l'Extrême-Nord")."""
        of_kind = re.compile(rf"(?<![\w]){re.escape(kind)}s?\s+(?:de|du|des|d[’'])\s*\S", re.I)
        for back in range(index - 1, max(-1, index - LOOK_BACK), -1):
            for place in reversed(self.places(back)):
                if of_kind.search(place.name) and pointed_kind(place) is None:
                    return place.name
        return None

    def title_gives_way(self, index: int, titled: list[PlaceMention]) -> bool:
        """Whether the areas named only in an official's title in sentence `index`
        ("Le gouverneur de la province de Kayanza a fait état de cinq morts") give way
        to the place the sentences before it named with that area: "Une grenade a
        explosé dans un bar de Gatara, en province de Kayanza." (Gatara lies in the
        governor's province). A title naming an area the story has not named before
        stays the claim's place, as does one after a country told before."""
        if not titled:
            return False
        carried = self._carried_before(index, fallback=False)
        if carried is None or coarse(carried):
            return False
        low = self.sentences[max(0, index - LOOK_BACK + 1)].start
        before = self.text[low : self.sentences[index].start]
        # an address's first part only: "Birao, préfecture de la Vakaga" is at Birao,
        # which the prefect of the Vakaga's title gives way to (place_facilities.py)
        carried = carried.split(",", 1)[0]
        for place in titled:
            names = _CAPITALISED.findall(place.name)
            if not names or names[-1] in carried or names[-1] not in before:
                return False
        return True

    def _lead_place(self, index: int) -> str | None:
        """The place where it happened the story's lead names (the first `_LEAD`
        sentences of its body, before the `LOOK_BACK` ones before sentence `index`), a
        town or an area, not a country nor a place named by its country ("le
        territoire du Burundi"; a town the gazetteer places in a country is a town,
        "la mosquée de Peshawar"): the scene of a toll told further down whose sentences
        before name none ("... dans le secteur de Rugazi de la commune de Kabarore ...
        Un responsable local a évoqué un soldat tué")."""
        for lead in (i for i in self._lead if i < index - LOOK_BACK + 1):
            for p in self.places(lead):
                if p.locative and not p.border and not coarse(p.name):
                    return p.name
        return None

    @cached_property
    def _lead(self) -> list[int]:
        """The indices of the story's lead: the first `_LEAD` sentences not its title's."""
        title = next((i for i, b in enumerate(self.doc.blocks) if b.kind == BlockKind.TITLE), -1)
        lead: list[int] = []
        for i, sentence in enumerate(self.sentences):
            if len(lead) == _LEAD:
                break
            if sentence.block != title:
                lead.append(i)
        return lead

    def _scene_told_after(self, index: int) -> str | None:
        """Where it happened, told by one of the `_SCENE_AHEAD` sentences of the story's
        body after sentence `index` that names no toll of its own, where the sentences
        before name none: "Au moins dix personnes ont été tuées dans l'affrontement ...
        Les combats se sont déroulés près de l'aéroport de Kananga." A story that opens
        on its toll may tell where in its next paragraph ("Treize personnes sont portées
        disparues.\nLa frappe a touché le village de X.")."""
        title = self.doc.blocks[self.sentences[index].block].kind == BlockKind.TITLE
        for after in range(index + 1, min(len(self.sentences), index + 1 + _SCENE_AHEAD)):
            sentence = self.sentences[after]
            if self.doc.blocks[sentence.block].kind == BlockKind.TITLE and not title:
                return None  # the next story's title
            if not _SCENE.search(self.folded, sentence.start, sentence.end):
                continue
            if self._own_readings(after):
                return None  # a toll of its own: its place is that toll's
            here = [p for p in self.places(after) if p.locative and not p.border]
            return here[0].name if here else None
        return None
