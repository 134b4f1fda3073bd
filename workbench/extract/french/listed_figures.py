"""Figures of a French sentence told as a list or restated (mixed into `FrenchReader`):
a list's figures each with the place told with it ("13 civils ont péri dans la Ghouta,
..., 15 dans la province d'Idleb"), its running total the whole sentence's; a figure
another voice gives for the toll the sentence before told ("D'autres sources évoquent
le chiffre de 80")."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property

from workbench.extract.claims import Reading
from workbench.extract.french import victim_lists
from workbench.extract.places import PlaceMention
from workbench.extract.sentences import Sentence

_LIST_ITEM = re.compile(r",\s*(?:et\s+)?$")  # a list's next figure after its comma
# What a list's next figure may open with after its comma, looked for first.
_FIGURE_AFTER_COMMA = re.compile(
    r",\s*(?:et\s+)?(?:\d|(?:plus|près|environ|au|quelque|une?|deux|trois|quatre|cinq|six|"
    r"sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|"
    r"cinquante|soixante|cent|mille|plusieurs|des|quelques)(?![\w]))"
)


_EN_REACH = 2  # sentences back a toll counted again by "en" may stand


class ListedFigures:
    """A list's figures cut into clauses of their own, and figures restated."""

    text: str
    folded: str
    sentences: list[Sentence]
    last: Reading | None
    places: Callable[[int], list[PlaceMention]]
    _own_readings: Callable[[int], list[Reading]]

    def _list_items(self, index: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """`spans`, each cut where a comma opens another figure of a list after one told
        in it, each with its own place after it, so that each figure takes the place told
        with it: "13 civils ont péri dans la Ghouta, à l'est de Damas, 15 dans la
        province d'Idleb" (15 in Idleb; not "62 morts, 23 blessés ... à Kilo", one place
        for all)."""
        sentence = self.sentences[index]
        if not _FIGURE_AFTER_COMMA.search(self.folded, sentence.start, sentence.end):
            return spans  # most sentences: their figures are not read for this
        starts = sorted(r.quantity.start for r in self._own_readings(index))
        named = [p.start for p in self.places(index) if p.locative]
        cut: list[tuple[int, int]] = []
        for start, end in spans:
            whole = start
            for n, at in enumerate(starts):
                item = _LIST_ITEM.search(self.text, max(start, at - 6), at)
                after = starts[n + 1] if n + 1 < len(starts) else end
                if (
                    item is not None
                    and any(start <= s < item.start() for s in starts)
                    # each item names its own place after its figure
                    and any(max(starts[: n or 1][-1], start) < p < item.start() for p in named)
                    and any(at < p < after for p in named)
                ):
                    cut.append((start, item.start()))
                    start = item.start() + 1
                    self._items[start] = whole
            cut.append((start, end))
        return cut

    @cached_property
    def _items(self) -> dict[int, int]:
        """Where each clause `_list_items` cut starts: where the clause it was cut from did."""
        return {}

    def item_start(self, start: int) -> int:
        """Where the clause starting at `start` starts as a running total's span: the
        start of the clause a list's item was cut from (`_list_items`), else `start`."""
        return self._items.get(start, start)

    def _restated(self, index: int) -> list[Reading]:
        """Another voice's figure for the toll the sentence before told, in a sentence
        telling none of its own: "D'autres sources évoquent le chiffre de 80"; or those
        people counted again by "en" in the paragraph's next two sentences: "Des
        milliers de réfugiés sont arrivés à Adré. ... Le HCR en a enregistré 11 000"."""
        last, sentence = self.last, self.sentences[index]
        words = self.folded[sentence.start : sentence.end]
        counted_again = " en " in words
        if last is None or index == 0 or not ("chiffre" in words or counted_again):
            return []
        back = _EN_REACH if counted_again else 1
        told = [self.sentences[i] for i in range(max(0, index - back), index)]
        if not any(s.start <= last.start < s.end and s.block == sentence.block for s in told):
            return []
        return victim_lists.restated_after(
            self.text, self.folded, sentence.start, sentence.end, last
        )
