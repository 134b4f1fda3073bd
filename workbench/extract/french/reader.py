"""The French reader of a page: the English reader's walk through its sentences
(`reader.Reader`: clauses, the place and voice each claim takes, dates picked
per clause, scope), with French words for what it reads: figures and what they
count (`victims.py`), voices and doubt (`voices.py`; those of a sentence, resolved:
`reader_voices.py`), places (`places.py`), dates (`dates.py`) and running totals
(`scope.py`). A claim's fields are the English reader's, in the same
language-neutral values.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cached_property

from workbench.extract.carry_rules import LOOK_BACK
from workbench.extract.casefold import fold
from workbench.extract.claims import Reading
from workbench.extract.clause_places import by_clause, is_country, place_start
from workbench.extract.confirmations import CONFIRMED_BY_FR, CONFIRMS_FR, confirming_voice
from workbench.extract.dates import DateMention
from workbench.extract.document import Whole
from workbench.extract.french import (
    countries,
    dates,
    doubt,
    numbers,
    places,
    scope,
    statement_dates,
    victim_singles,
    voice_names,
)
from workbench.extract.french.accents import accentless, with_accents
from workbench.extract.french.calendar_words import MONTH_NUMBER
from workbench.extract.french.carried_places import CarriedPlaces
from workbench.extract.french.carried_voices import CarriedVoices
from workbench.extract.french.country_parts import wide_area
from workbench.extract.french.dash_asides import joined_asides
from workbench.extract.french.deed_doers import DOERS_OF_FR
from workbench.extract.french.earlier_counts import with_earlier_counts
from workbench.extract.french.listed_figures import ListedFigures
from workbench.extract.french.party_members import with_party_members
from workbench.extract.french.place_ahead import SceneAhead
from workbench.extract.french.place_described import told_country
from workbench.extract.french.place_facilities import force_site, site_in_town
from workbench.extract.french.place_titles import scene_told, voiced_office
from workbench.extract.french.reader_voices import ReaderVoices
from workbench.extract.french.relative_tolls import RelativeTolls
from workbench.extract.french.subheads import among_claims, lone_subheads, with_blocks
from workbench.extract.french.told_dates import FRENCH
from workbench.extract.gazetteer import COUNTRY_BY_CAPITAL, COUNTRY_OF_PLACE, Country
from workbench.extract.place_lists import listed_as_country
from workbench.extract.places import PlaceMention, coarse, country_in
from workbench.extract.reader import Reader
from workbench.extract.speaker_phrase import Speaker
from workbench.extract.unnamed_places import unnamed_places
from workbench.models import BlockKind, Claim, SourceDocument

_QUOTE_ELIDED = re.compile(r"(?<=\w)‘(?=\w)")  # "d‘éléments": "d’éléments" (same length)
# A voice naming tellers: a number opening it counts them, not the story's victims.
_INFORMANTS = re.compile(rf"(?<![\w]){voice_names.INFORMANTS}(?![\w])")
# A place wide enough to hold a running total: a province or region named, or several.
_FRONTIER = "frontière"  # a French border, kept as a clause's place (place_order.border_last)
# an area pointed back to opens so ("cette région", "la province": place_pointed.py)
_POINTING = ("cette ", "cet ", "ce ", "la ", "le ", "l'", "l’")
_ECHO_REACH = 40  # characters before a "(7)" searched for the figure it repeats
# A clause set against the one before it, which its place is not: "John est mort sur le
# terrain, tandis que Bendji, le chef du quartier Belekou, a été abattu".
_CONTRAST = re.compile(r",\s+tandis\s+qu(?:e\s|[’'])")


def _contrasted(folded: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` each cut where a clause set against the one before it opens (`_CONTRAST`)."""
    cut: list[tuple[int, int]] = []
    for start, end in spans:
        if "tandis" not in folded[start:end]:  # most clauses
            cut.append((start, end))
            continue
        for match in _CONTRAST.finditer(folded, start, end):
            cut.append((start, match.start() + 1))
            start = match.start() + 1
        cut.append((start, end))
    return cut


class FrenchReader(
    ListedFigures, SceneAhead, CarriedPlaces, CarriedVoices, ReaderVoices, RelativeTolls, Reader
):
    """One French page's claims (`Reader`, with the French modules' words)."""

    carry_ahead = False  # a lead's later region is no running total's place (`carried`)

    trigger = victim_singles.TRIGGER
    doers_of = DOERS_OF_FR  # «les assassins des deux hommes» (french/deed_doers.py)
    told_words = FRENCH  # "la veille", "le lendemain" (french/told_dates.py)
    months = MONTH_NUMBER  # "depuis janvier" (period_dates.py)

    def __init__(
        self, doc: SourceDocument, whole: Whole, offset: int = 0, *, subheads: bool = True
    ) -> None:
        super().__init__(doc, whole, offset)
        # lone subheads between paragraphs, "Trois policiers tués" (french/subheads.py)
        self._subheads = lone_subheads(doc) if subheads else []
        # a page typed without accents is read with them (french/accents.py)
        self._unaccented = accentless(self.folded)
        if self._unaccented:
            self.folded = with_accents(self.folded)
        if "‘" in self.folded:  # an opening quote typed for an apostrophe: "d‘éléments"
            self.folded = _QUOTE_ELIDED.sub("’", self.folded)

    def claims(self) -> Iterator[Claim]:
        """`Reader.claims` with the page's lone subheads' (`among_claims`), re-read by
        `relative_tolls`, `earlier_counts` and `party_members`."""
        claims = among_claims(super().claims(), self._subheads, self._with_subheads, self.offset)
        claims = with_earlier_counts(self.antecedent_placed(claims), self.text, self.offset)
        return with_party_members(claims, self.text)

    def _with_subheads(self) -> Iterator[Claim]:
        """The claims of the page read with its subheads (french/subheads.py)."""
        page = with_blocks(self.doc, self._subheads)
        return FrenchReader(page, self.whole, self.offset, subheads=False).claims()

    def fold(self, text: str) -> str:
        """`PageContext.fold`, the accents of a page typed without them given back."""
        folded = fold(text)
        return with_accents(folded) if self._unaccented else folded

    @cached_property
    def dateline(self) -> PlaceMention | None:
        """The place of the document's dateline (`PageContext.dateline`), read the French
        way where the English reader finds none ("BAMAKO, 12 mars 2024 (AFP) –")."""
        if self.whole.dateline is not None:
            return self.whole.dateline
        first = next((b for b in self.doc.blocks if b.kind != BlockKind.TITLE), None)
        if first is None or self.offset != 0:  # the dateline opens the document's first page
            return None
        place = places.dateline(self.text, first.start, first.end)
        if place is None or self.home is None:
            return place
        country = COUNTRY_OF_PLACE.get(place.name) or COUNTRY_BY_CAPITAL.get(place.name.lower())
        # a story filed from another country's town says where the reporter was
        return place if country is None or country.name == self.home.name else None

    def clauses(self, index: int) -> list[tuple[int, int]]:
        """The clauses of sentence `index` (`Reader.clauses`), a figure repeated in
        digits kept in its clause: "sept (7) civils ont été tués ..., au village
        d'Idohu" (the split cuts at "(7)", a list marker elsewhere)."""
        if index not in self._clauses:
            spans = joined_asides(self.text, super().clauses(index))  # "– dont ... –"
            kept = spans[:1]
            for start, end in spans[1:]:
                echo = self.text.startswith("(", start) and numbers.ECHOED.search(
                    self.folded, max(kept[-1][0], start - _ECHO_REACH), start
                )
                kept[-1:] = [(kept[-1][0], end)] if echo else [kept[-1], (start, end)]
            self._clauses[index] = self._list_items(index, _contrasted(self.folded, kept))
        return self._clauses[index]

    def places(self, index: int) -> list[PlaceMention]:
        """The places sentence `index` names, outside its voices' names."""
        if index not in self._places:
            sentence = self.sentences[index]
            found = places.find_places(self.text, sentence.start, sentence.end, self.folded)
            if found:  # a sentence naming no place needs not its voices read for this
                ends = [(s.start, self._voice_end(s, sentence.end)) for s in self.speakers(index)]
                if self.authored(index):  # "Communiqué de la salle d'urgence du camp de Zamzam"
                    ends = []  # its author's home is where the statement speaks of
                voiced = [p for p in found if any(s <= p.start < e for s, e in ends)]
                outside = [p for p in found if p not in voiced or scene_told(self.folded, p)]
                # where none is named outside its voices, the area an official's title
                # names ("le gouverneur de la région de Kherson a déclaré que les
                # bombardements avaient tué une personne"), not locative: never carried
                found = outside or [
                    replace(p, locative=False)
                    for p in found
                    if places.in_title(self.text, self.folded, p)
                ]
                if not outside and not found:  # "selon la mairie de Kaya": Kaya
                    offices = (voiced_office(self.text, p) for p in voiced)
                    found = [o for o in offices if o is not None]
                found = [] if not outside and self.title_gives_way(index, found) else found
            if any(not p.locative and p.name.lower().startswith(_POINTING) for p in found):
                found = self.pointed_back(index, found)  # "dans cette localité": the one before
            found = countries.country_after_town(found)
            if self._site_alone(index, found):  # "au camp militaire de X": X, Goma
                found = site_in_town(found, self.places(index - 1))
            # "dans un village voisin": the clause's place, none carried (`unnamed_places`)
            found = unnamed_places(self.folded, self.clauses(index), found, self._page_country())
            # "à Nairobi, Kisumu, Nakuru et Mombasa": the country's, not the first town's
            self._places[index] = listed_as_country(self.text, found, self.home)
        return self._places[index]

    def _site_alone(self, index: int, found: list[PlaceMention]) -> bool:
        """Whether sentence `index` names a military site alone (`force_site`) and the
        sentence before it stands in its paragraph (most name none: the places before
        are not read for them)."""
        if index == 0 or not any(force_site(p) for p in found):
            return False
        return self.sentences[index - 1].block == self.sentences[index].block

    def _inherited(
        self, carried: str | None, scope: tuple[str, str | None], here: list[list[PlaceMention]]
    ) -> str | None:
        """The place carried to a claim as it is: `_claim` keeps a running total to its
        country, or to a wide area told before it, with French words."""
        return carried

    def _carried_before(self, index: int, fallback: bool = True) -> str | None:
        """The place a sentence that names none inherits (`PageContext._carried_before`),
        a clause naming only places that say nowhere it happened passed over: a place
        in a person's title ("a déclaré X, le gouverneur de la province de Kayanza")
        sets no scene for the toll after it. Without `fallback`, only a place named."""
        for back in range(index - 1, max(-1, index - LOOK_BACK), -1):
            # «S'agissant des manifestations, ...», «Quatre jours plus tard, une mine a
            # explosé ...»: none before
            if self.shifts_topic(back + 1) or self.opens_incident(back + 1):
                return self._page_country() if fallback else None
            for named in reversed(by_clause(self.clauses(back), self.places(back), place_start)):
                named = [p for p in named if not self.a_part(back, p)]  # "rien qu'à X"
                here = [p for p in named if p.locative and not p.border]
                borders = [p for p in named if p.border or _FRONTIER in p.name]
                if here or borders:  # a place where it happened, else a border
                    if self._dateline_after(back, index):  # "Cameroun : ...\n\nMAROUA (AFP) -"
                        return self.dateline.name if self.dateline else None
                    inland = [
                        p for p in here if p.several or not is_country(p)
                    ]  # "Près du Burkina, ..."
                    name = (inland or here or borders)[0].name
                    # a country told before gives way to the scene told right after
                    finer = self._scene_told_after(index) if fallback and coarse(name) else None
                    return finer if finer is not None and not coarse(finer) else name
        if not fallback:
            return None
        if self.dateline is not None:
            return self.dateline.name
        told_after = self._scene_told_after(index)
        if told_after is not None:
            return told_after
        lead = self._lead_place(index)
        if lead is not None:
            return lead
        home = self.whole.named_home
        return home.name if home else None

    def _attribution(
        self, speakers: list[Speaker], reading: Reading, block_index: int
    ) -> tuple[str | None, str | None]:
        """Who says so (`Reader._attribution`); in a sentence naming no voice, the
        voice of the sentence before it in its paragraph that names one ("L'armée a
        annoncé ... Huit civils ont aussi été tués."), else the voice closing the
        sentence after it, else a bulletin's voice an earlier paragraph names."""
        voice = super()._attribution(speakers, reading, block_index)
        if voice[0] is not None or speakers:
            return voice
        index = bisect.bisect_right(self.starts, reading.start) - 1
        confirmed = confirming_voice(
            self.sentences, self.folded, index, CONFIRMS_FR, self.resolved_speakers
        ) or confirming_voice(  # "L'information a été confirmée par le porte-parole"
            self.sentences, self.folded, index, CONFIRMED_BY_FR, self.resolved_speakers, True
        )
        carried = (
            confirmed
            or self._confirmed_after(index, reading)  # "Selon X qui confirme les tueries"
            or self._voice_before(index, block_index, reading)
            or self._voice_after(index, block_index)
            or self._quoted_on(index, block_index)
            or self._bulletin_before(index, block_index)
        )
        return (carried.name, carried.origin) if carried is not None else voice

    def forget_before(self, index: int) -> None:
        """`Reader.forget_before`, the sentences' own readings too."""
        super().forget_before(index)
        for old in [i for i in self._readings_of if i < index]:
            del self._readings_of[old]

    def _read_sentence(self, index: int) -> tuple[list[Reading], list[DateMention]]:
        readings = self._own_readings(index) or self._restated(index)
        if not readings:  # most sentences: their dates are not looked for
            return [], []
        found = self.dates(index)
        # a figure in a date counts no victim, nor one opening the name of a voice after
        # "selon" or a verb of saying ("selon trois témoins, ...")
        voices_at = {
            v.start
            for v in self.speakers(index)
            if not v.leads or _INFORMANTS.search(v.name.lower())
        }
        kept = [
            r
            for r in readings
            if r.quantity.start not in voices_at
            and not any(d.start <= r.quantity.start < d.end for d in found)
        ]
        return kept, self.event_days(index, found)

    def statement_days(self, index: int, dates: list[DateMention]) -> list[DateMention]:
        """`DatedPage.statement_days`, read the French way ("a déclaré mardi à l'AFP":
        `statement_dates.is_statement`)."""
        start = self.sentences[index].start
        return [d for d in dates if statement_dates.is_statement(self.folded, start, d)]

    def dates(self, index: int) -> list[DateMention]:
        """`Reader.dates`, its words not indexed where no word of a date told from
        another ("la veille", "le lendemain") stands even as a part of a word."""
        if index not in self._dates:
            start, end = self.sentences[index].start, self.sentences[index].end
            if not any(word in self.folded[start:end] for word in self.told_words.words):
                self._dates[index] = self._dates_named(start, end)  # what `Reader.dates` finds
        return super().dates(index)

    def _dates_named(self, start: int, end: int) -> list[DateMention]:
        return dates.find_dates(self.text, self.doc.published, start, end, self.folded)

    def dates_in(self, words: str, day: dt.date) -> list[DateMention]:
        return dates.find_dates(words, day, 0, len(words), fold(words))

    def _hedged(self, start: int, end: int) -> bool:
        return doubt.hedged(self.text, start, end, self.folded)

    def _may_total(self, start: int, end: int) -> bool:
        return scope.may_total(self.folded, start, end)  # French words of a total

    def _scope(self, start: int, end: int, reading: Reading) -> tuple[str, str | None]:
        start = self.item_start(start)  # a list's item: the running total of its list
        return scope.claim_scope(self.text, start, end, reading.start, reading.end, self.folded)

    def _claim(
        self,
        reading: Reading,
        block_index: int,
        hedged: bool,
        denies: bool,
        location: str | None,
        date: DateMention | None,
        attribution: tuple[str | None, str | None],
        scope: tuple[str, str | None],
    ) -> Claim:
        """`Reader._claim`, its country the one the sentence (else one of the few before
        it in its paragraph) names where the place lies in none known: "Au Cameroun,
        ... à Kolofata" is in Cameroon, not in the page's home country; a place named
        so keeps that country further down the page. A running total whose sentence
        names no place is the country's, not the town's the story told before it
        ("Depuis le début de l'année, plus de 300 civils ont été tués"); a wide area
        told before it stays its place ("Les provinces du Sila et du Ouaddaï ... Ces
        affrontements ont fait plus de 50 morts depuis le 9 août")."""
        if scope[0] == "cumulative" and location is not None:
            index = bisect.bisect_right(self.starts, reading.start) - 1
            if all(p.name != location for p in self.places(index)) and not wide_area(location):
                location = self.country_of(location) or location
        claim = super()._claim(
            reading, block_index, hedged, denies, location, date, attribution, scope
        )
        index = bisect.bisect_right(self.starts, reading.start) - 1
        if location is None or country_in(location) or self._told_country(location, index):
            return claim  # "la province thaïlandaise de Sisaket": in Thailand (`country_of`)
        named = self._country_named(index, block_index)
        if named is not None:  # a later paragraph's "à Kolofata" is in Cameroon too
            self._town_countries[location] = named
        named = named or self._town_countries.get(location)
        if named is None or named == claim.country:
            return claim
        return claim.model_copy(update={"country": named})

    def country_of(self, location: str | None, index: int | None = None) -> str | None:
        """`PageContext.country_of`, a place told with its country's adjective in that
        country whatever the page's («la province thaïlandaise de Sisaket»)."""
        told = self._told_country(location, index) if location else None
        return told.name if told is not None else super().country_of(location, index)

    def _told_country(self, location: str, index: int | None) -> Country | None:
        """`place_described.told_country` of a place of sentence `index`."""
        return told_country(self.text, self.places(index) if index is not None else [], location)

    @cached_property
    def _town_countries(self) -> dict[str, str]:
        """The country learned for each place the gazetteer does not know, from the
        sentences that named both (`_claim`)."""
        return {}

    def _country_named(self, index: int, block_index: int) -> str | None:
        """The one country sentence `index` names as a place, else the nearest of the
        `LOOK_BACK` sentences before it in its block that names one; None where a
        sentence names two, or none does."""
        for back in range(index, max(-1, index - LOOK_BACK), -1):
            sentence = self.sentences[back]
            if sentence.block != block_index:
                return None
            if back != index and not countries.may_name_country(
                self.folded, sentence.start, sentence.end
            ):
                continue  # most sentences name none: their places are not looked for
            named = self._countries(back)
            if named:
                return named.pop() if len(named) == 1 else None
        return None

    def _countries(self, index: int) -> set[str]:
        """The countries sentence `index` names as places."""
        return {
            country.name
            for p in self.places(index)
            if countries.is_country(p.name) and (country := country_in(p.name)) is not None
        }
