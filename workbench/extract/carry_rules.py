"""What a page's sentences hand on to the ones after them that name no place, asked of
each sentence (mixed into `page_context.PageContext`; the rules are `place_carry`'s and
`place_lists`'): the place each clause inherits (`carried`: from a clause or the sentences
before, a speaker's own words, the dateline, a scene told just after, the page's country),
a sentence's own country-wide scope or new topic, a town told as a part or where a meeting
is held, a town of a list named before, a place no later sentence inherits (a foreign
country named bare, a destination). Split from page_context.py."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property

from workbench.extract.clause_places import by_clause, first_place, is_country, place_start
from workbench.extract.document import Whole
from workbench.extract.gazetteer import COUNTRY_BY_NAME, Country
from workbench.extract.lead_scene import lead_scene
from workbench.extract.new_incident import opens_new_incident
from workbench.extract.place_carry import not_handed_on, own_scope, topic_shift
from workbench.extract.place_country import at_a_border
from workbench.extract.place_lists import in_list
from workbench.extract.place_mention import PlaceMention
from workbench.extract.places import find_places
from workbench.extract.sentences import Sentence
from workbench.extract.speaker_phrase import Speaker
from workbench.extract.spoke_from import SPOKE_FROM, SPOKE_FROM_AT, seat_of_office
from workbench.extract.story_ties import ANOTHER_INCIDENT, TIES_BACK
from workbench.extract.wordindex import WordIndex

LOOK_BACK = 6  # sentences searched for a place or a speaker named before
SCENE_AHEAD = 2  # sentences after a claim searched for where it happened
# Where people were taken or fled to, before the place's name.
_DESTINATION = re.compile(
    r"(?<![\w-])(?:taken|led|marched|driven|carried|dragged|fled|flee|fleeing|headed|heading|"
    r"moved|evacuated|transferred|rushed)\s+(?:away\s+|off\s+)?(?:to|towards?|into)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


class CarryRules:
    """The place rules a page asks of its sentences (see the module)."""

    sentences: list[Sentence]
    folded: str
    text: str
    whole: Whole
    places: Callable[[int], list[PlaceMention]]
    clauses: Callable[[int], list[tuple[int, int]]]
    words: Callable[[int], WordIndex]
    speakers: Callable[[int], list[Speaker]]
    carry_ahead: bool

    @property
    def home(self) -> Country | None:
        """The document's country (`PageContext.home`)."""
        raise NotImplementedError

    @property
    def dateline(self) -> PlaceMention | None:
        """The place of the document's dateline (`PageContext.dateline`)."""
        raise NotImplementedError

    @property
    def _abroad(self) -> Country | None:
        """The country a story filed from abroad tells of (`PageContext._abroad`)."""
        raise NotImplementedError

    def _own_country(self, index: int) -> str | None:
        """The country of sentence `index`'s figures that name no place, where it states
        a country-wide scope of its own or turns to a new topic (`place_carry`: "270
        were arrested across the country", "On the demonstrations, ..."): the page's
        country. None for any other sentence, or where the page names no country."""
        sentence = self.sentences[index]
        if not (
            own_scope(self.folded, sentence.start, sentence.end)
            or topic_shift(self.folded, sentence.start, sentence.end)
        ):
            return None
        return self._page_country()

    def _page_country(self) -> str | None:
        """The page's country: the one it names as a place, else the one it speaks of."""
        home = self.whole.named_home or self.home
        return home.name if home else None

    def a_part(self, index: int, mention: PlaceMention) -> bool:
        """Whether `mention`, a place sentence `index` names, is a part of a wider count
        or where a meeting is held (`place_carry.not_handed_on`: "In Kisumu alone"), or
        one town of a list the sentences before it named (`place_lists.in_list`: "killed
        in Nairobi, Kisumu and Nakuru. In Kisumu, three ..."): no place a later sentence
        inherits."""
        if not_handed_on(self.folded, mention):
            return True
        if mention.several or not mention.locative:
            return False
        lists = [
            p
            for back in range(index - 1, max(-1, index - LOOK_BACK), -1)
            for p in self.places(back)
            if p.several
        ]
        return bool(lists) and in_list(self.text, mention, lists)

    def shifts_topic(self, index: int) -> bool:
        """Whether sentence `index` turns to a new topic (`place_carry.topic_shift`): no
        place named before it is handed on past it."""
        sentence = self.sentences[index]
        return topic_shift(self.folded, sentence.start, sentence.end)

    def carried(self, index: int, places: list[list[PlaceMention]]) -> list[str | None]:
        """For each clause of sentence `index`, the place it inherits: from the nearest
        clause before it in the sentence that names one (`places` holds each clause's),
        else from the sentences before, else from the first clause after it that names
        one ("Twenty-seven people have been killed, and 106 injured in clashes in
        Tripoli": a lead's place told once), else the dateline's or the document's; a
        sentence that tells another incident ("In a separate attack, ...":
        `ANOTHER_INCIDENT`) only the document's country."""
        carried: list[str | None] = []
        last = None
        for named in places:
            carried.append(last)
            last = first_place(named) or last
        if None in carried and (country := self._own_country(index)) is not None:
            return [name or country for name in carried]  # "270 arrested across the country"
        if None in carried:
            ahead = next((p for named in places if (p := first_place(named))), None)
            ahead = ahead if self.carry_ahead else None
            home = self.whole.named_home
            if self.another_incident(index):
                before = ahead or (home.name if home else None)
            elif ahead is None:
                before = self._carried_before(index)
            else:  # the sentences before still come first; the fallbacks after it
                before = self._carried_before(index, fallback=False) or ahead
            carried = [name or before for name in carried]
        return carried

    def opens_incident(self, index: int) -> bool:
        """Whether sentence `index` opens another incident, apart in time or told as
        separate, with an event of its own (`new_incident.opens_new_incident`: "Four days
        later, a landmine exploded ..."): no place named before it is handed on past it."""
        sentence = self.sentences[index]
        return opens_new_incident(self.folded, sentence.start, sentence.end)

    def another_incident(self, index: int) -> bool:
        """Whether sentence `index` tells another incident (`ANOTHER_INCIDENT`)."""
        sentence = self.sentences[index]
        return ANOTHER_INCIDENT.search(self.folded, sentence.start, sentence.end) is not None

    def _at_a_border(self, index: int) -> bool:
        """Whether sentence `index` puts what it tells at a border (`_AT_A_BORDER`)."""
        sentence = self.sentences[index]
        return at_a_border(self.folded, sentence.start, sentence.end)

    def _carried_before(self, index: int, fallback: bool = True) -> str | None:
        """The place a sentence that names none inherits: the last one named in the
        few sentences before it, else (with `fallback`) the dateline's (not a dateline
        abroad: `dateline_abroad`), else the country the document names as a place (not
        one named only as who acted: `Whole.named_home`), or whose forces a dateline
        abroad tells of."""
        for back in range(index - 1, max(-1, index - LOOK_BACK), -1):
            # "On the demonstrations, ...", "Four days later, a landmine exploded ...": none
            # before
            if self.shifts_topic(back + 1) or self.opens_incident(back + 1):
                return self._page_country() if fallback else None
            for named in reversed(by_clause(self.clauses(back), self.places(back), place_start)):
                named = [
                    p
                    for p in named
                    if not (self._elsewhere(p) or p.background or p.unnamed or self.a_part(back, p))
                ]
                if named:
                    return first_place(named)
        if not fallback:
            return None
        spoken = self._speaker_place(index)
        if spoken is not None:
            return spoken
        line, away = self.dateline, self._abroad
        if line is not None and away is None and not self._at_a_border(index):
            return self._lead_scene or line.name
        told_after = self._scene_told_after(index)
        if told_after is not None:
            return told_after
        home = away or self.whole.named_home  # "BANGKOK: A Myanmar military airstrike"
        return home.name if home else None

    @cached_property
    def _lead_scene(self) -> str | None:
        """Where a datelined story's lead places what it tells (`lead_scene.lead_scene`)."""
        line = self.dateline
        if line is None:
            return None
        return lead_scene(self.sentences, self.places, line, self._elsewhere)

    def _speaker_place(self, index: int) -> str | None:
        """The place a speaker's own words in sentence `index` name ("A resident who
        searched for bodies in Ntoyo said 102 were killed"), for a sentence that names
        none other and inherits none: its first that is no whole country, not where the
        speaker spoke from ("told reporters in Abuja"). None where there is none."""
        sentence = self.sentences[index]
        words = self.words(index)
        exclude = [
            (m.start("where"), m.end("where")) for m in words.scan(SPOKE_FROM, SPOKE_FROM_AT)
        ]
        for speaker in self.speakers(index):
            lo, hi = max(speaker.start, sentence.start), min(speaker.end, sentence.end)
            found = find_places(self.text, lo, hi, lambda: self.home, exclude)
            finer = [
                p
                for p in found
                if not (is_country(p) or p.background or seat_of_office(self.text, p))
            ]
            if finer:
                return finer[0].name
        return None

    def _scene_told_after(self, index: int) -> str | None:
        """Where it happened, told by one of the `SCENE_AHEAD` sentences after sentence
        `index` in its paragraph that ties back to the event ("The confrontation, in the
        northwestern district of Mannar, ...", "in the clash on the Jaffna peninsula",
        "The building ... in Dnipro was hit"), where the sentences before name no place:
        its first place where, not a country's. None where none does."""
        after = self.tied_back_after(index)
        if after is None:
            return None
        here = [
            p
            for p in self.places(after)
            if p.locative and p.background is None and not p.border and not is_country(p)
        ]
        return here[0].name if here else None

    def tied_back_after(
        self, index: int, next_block: bool = False, ties: re.Pattern[str] = TIES_BACK
    ) -> int | None:
        """The first of the `SCENE_AHEAD` sentences after sentence `index` that ties
        back to its event (`TIES_BACK`: "The attack took place ..."), in its paragraph
        or, with `next_block`, opening the next one (a wire's lead is a paragraph of its
        own); None where none does."""
        block = self.sentences[index].block
        for after in range(index + 1, min(len(self.sentences), index + 1 + SCENE_AHEAD)):
            sentence = self.sentences[after]
            if sentence.block != block and not (
                next_block
                and sentence.block == block + 1
                and self.sentences[after - 1].block == block
            ):
                return None  # past the paragraph (and the next one's first sentence)
            if ties.search(self.folded, sentence.start, sentence.end):
                return after
        return None

    def _elsewhere(self, mention: PlaceMention) -> bool:
        """Whether a place an earlier sentence names is no place to inherit: a country
        other than the document's, named with no preposition ("its policy over
        Israel", in a story from Beirut). Such a name says what the text speaks of,
        not where the next sentence's deaths happened. Nor is where people were taken or
        fled to ("kidnapped ... and taken towards the Brooklyn area": trial 62's next
        paragraphs' displaced and dead were put there)."""
        if _DESTINATION.search(self.text, max(0, mention.start - 40), mention.start):
            return True
        if mention.locative or self.home is None:
            return False
        country = COUNTRY_BY_NAME.get(mention.name.lower())
        return country is not None and country != self.home
