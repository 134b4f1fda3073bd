"""What a page's sentences hand on to the ones after them that name no place, asked of
each sentence (mixed into `page_context.PageContext`; the rules are `place_carry`'s and
`place_lists`'): a sentence's own country-wide scope or new topic, a town told as a part
or where a meeting is held, a town of a list named before. Split from page_context.py."""

from __future__ import annotations

from collections.abc import Callable

from workbench.extract.document import Whole
from workbench.extract.gazetteer import Country
from workbench.extract.place_carry import not_handed_on, own_scope, topic_shift
from workbench.extract.place_lists import in_list
from workbench.extract.place_mention import PlaceMention
from workbench.extract.sentences import Sentence

_LISTS_BACK = 6  # sentences searched for a list of towns (`page_context.LOOK_BACK`)


class CarryRules:
    """The place rules a page asks of its sentences (see the module)."""

    sentences: list[Sentence]
    folded: str
    text: str
    whole: Whole
    places: Callable[[int], list[PlaceMention]]

    @property
    def home(self) -> Country | None:
        """The document's country (`PageContext.home`)."""
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
            for back in range(index - 1, max(-1, index - _LISTS_BACK), -1)
            for p in self.places(back)
            if p.several
        ]
        return bool(lists) and in_list(self.text, mention, lists)

    def shifts_topic(self, index: int) -> bool:
        """Whether sentence `index` turns to a new topic (`place_carry.topic_shift`): no
        place named before it is handed on past it."""
        sentence = self.sentences[index]
        return topic_shift(self.folded, sentence.start, sentence.end)
