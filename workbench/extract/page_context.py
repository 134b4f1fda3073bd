"""What each sentence of a page knows, computed when first asked.

The pipeline (pipeline.py) reads the sentences that may hold a claim; what it
asks of a sentence is here: its clauses, its words, its speakers (as written and
resolved), its places and the place it inherits from the sentences before it, the
voice of its block, whether it or its story is hedged or denied, and the text a
claim shows of it. Each answer is kept while a later sentence may look back at it,
then forgotten (`forget_before`), so memory stays bounded by the page.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import cached_property

from workbench.extract.attribution import goes_on
from workbench.extract.bylines import byline_spans
from workbench.extract.carry_rules import LOOK_BACK, CarryRules
from workbench.extract.casefold import fold
from workbench.extract.claims import Reading
from workbench.extract.dateline_abroad import abroad
from workbench.extract.denial import Denial, sentence_denial
from workbench.extract.document import Whole
from workbench.extract.gazetteer import Country
from workbench.extract.lexicon import STORY_HEDGES
from workbench.extract.named_people import nearest_first, people_before, people_named
from workbench.extract.office_holders import holder_named_before
from workbench.extract.origin_places import currency_spans, origin_spans
from workbench.extract.place_asides import mark_asides
from workbench.extract.place_country import (
    acting_country,
    address_country,
    destination_country,
    sentence_country,
)
from workbench.extract.place_events import resident_places
from workbench.extract.place_lists import listed_as_country
from workbench.extract.place_locatives import title_places
from workbench.extract.places import (
    PlaceMention,
    find_places,
)
from workbench.extract.sentences import split_clauses, split_sentences
from workbench.extract.shown_context import CONTEXT, claim_context
from workbench.extract.speaker_phrase import PRONOUN, Speaker
from workbench.extract.spoke_from import (
    CAME_FROM,
    CAME_FROM_AT,
    SPOKE_FROM,
    SPOKE_FROM_AT,
)
from workbench.extract.story_ties import HARM_TOLD
from workbench.extract.unnamed_places import unnamed_places
from workbench.extract.voice_resolution import body_before, needs_earlier, resolve, unresolved_body
from workbench.extract.voices import block_voice, find_speakers, mask_brackets
from workbench.extract.voicewords import role_of_country
from workbench.extract.wordindex import WordIndex
from workbench.models import SourceDocument

# Whom a voice told, by name: "told Sahel Wire", "told the Kenya News Agency".
_TOLD = re.compile(r"\b[Tt]old\s+(?:the\s+)?(?P<whom>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4})")
_TOLD_AT = frozenset({"told"})  # the word its matches start at
# Who claims an attack gives no account of its dead: "X claimed responsibility".
_CLAIMS = re.compile(r"\s+(?:\w+\s+){0,2}?claim\w*\s+(?:responsibility|credit|the\s+attack)")


class PageContext(CarryRules):
    """One page's sentences, with what each one knows, computed when first asked.
    Offsets are the page's; `offset` is where the page starts in its document."""

    # whether a clause naming no place, with none named before, takes the place a later
    # clause of its sentence names (`carried`); the French reader has its own way to a
    # scene told after a toll (`FrenchReader._scene_told_after`)
    carry_ahead = True

    def __init__(self, doc: SourceDocument, whole: Whole, offset: int = 0) -> None:
        self.doc = doc
        self.whole = whole
        self.offset = offset
        self.text = doc.text
        self.folded = fold(doc.text)  # the text lower-cased, offsets kept (`casefold.fold`)
        self.sentences = split_sentences(doc.text, doc.blocks)
        self.starts = [s.start for s in self.sentences]
        self._speakers: dict[int, list[Speaker]] = {}
        self._places: dict[int, list[PlaceMention]] = {}
        self._clauses: dict[int, list[tuple[int, int]]] = {}
        self._words: dict[int, WordIndex] = {}
        self._shown_sentences: dict[int, str] = {}
        self._story_hedged: dict[int, bool] = {}

    @cached_property
    def masked(self) -> str:
        """The text with bracketed asides blanked; the text itself when it has none."""
        return mask_brackets(self.text) if "(" in self.text else self.text

    @cached_property
    def masked_folded(self) -> str:
        """The masked text lower-cased, offsets kept."""
        return self.folded if self.masked is self.text else self.fold(self.masked)

    def fold(self, text: str) -> str:
        """A text of this page (the page's, masked or not) lower-cased as `folded` is."""
        return fold(text)

    @property
    def home(self) -> Country | None:
        """The country the document speaks of most: "the country", and the last resort."""
        return self.whole.home

    @property
    def dateline(self) -> PlaceMention | None:
        """The place of the document's dateline ("GAO, Mali —"), if it has one."""
        return self.whole.dateline

    @cached_property
    def _abroad(self) -> Country | None:
        """The country a story filed from abroad tells of (`dateline_abroad`), or None."""
        line = self.dateline
        return abroad(self.text, line.name, line.end) if line is not None else None

    def shown(self, index: int, reading: Reading) -> str:
        """The sentence a claim shows, one string shared by the sentence's claims."""
        sentence = self.sentences[index]
        if sentence.end - sentence.start > 3 * CONTEXT:
            return claim_context(self.text, sentence.start, sentence.end, reading)
        if index not in self._shown_sentences:
            words = self.text[sentence.start : sentence.end].split()
            self._shown_sentences[index] = " ".join(words)
        return self._shown_sentences[index]

    def forget_before(self, index: int) -> None:
        """Drop what was computed for the sentences before `index`: no sentence looks
        back that far, so memory stays bounded however long the document (a sentence
        asked for again is computed again)."""
        if index <= 0:
            return  # nothing before the first sentence: most notes are that short
        caches = (self._speakers, self._places, self._clauses, self._words, self._shown_sentences)
        for cache in caches:
            for old in [i for i in cache if i < index]:
                del cache[old]

    def clauses(self, index: int) -> list[tuple[int, int]]:
        """The spans of the clauses of sentence `index` (`sentences.split_clauses`)."""
        if index not in self._clauses:
            sentence = self.sentences[index]
            self._clauses[index] = split_clauses(self.text, sentence.start, sentence.end)
        return self._clauses[index]

    def words(self, index: int) -> WordIndex:
        """The sentence's words and numbers, scanned once for every stage."""
        if index not in self._words:
            sentence = self.sentences[index]
            self._words[index] = WordIndex(self.text, sentence.start, sentence.end, self.folded)
        return self._words[index]

    def speakers(self, index: int) -> list[Speaker]:
        """The speakers of a sentence as written, unresolved."""
        if index not in self._speakers:
            sentence = self.sentences[index]
            self._speakers[index] = find_speakers(
                self.masked, sentence.start, sentence.end, self.masked_folded, self.words(index)
            )
        return self._speakers[index]

    def resolved_speakers(self, index: int) -> list[Speaker]:
        """The speakers of a sentence, "she" and "the ministry" resolved to whom they
        name in it or in the sentences before it; "it" and "they" that name none to the
        body whose act opens the sentence before ("The ministry issued a statement. It
        said ..."), else left out (`voice_resolution.body_before`)."""
        raw = [self._held(s) for s in self.speakers(index)]  # "the mayor of X": its holder
        resolved = [
            resolve(s, self._earlier_speakers(index, s) if needs_earlier(s) else ()) for s in raw
        ]
        if not any(unresolved_body(s) for s in resolved):
            return resolved
        body = self._body_before(index)  # "It said": the body whose act the story told
        if body is None:  # no one: "It" is no voice
            return [s for s in resolved if not unresolved_body(s)]
        return [replace(s, name=body) if unresolved_body(s) else s for s in resolved]

    def _held(self, speaker: Speaker) -> Speaker:
        """A voice named by an office and its place ("the mayor of X") as the person the
        page named before as holding it (`office_holders`), else as it is."""
        held = holder_named_before(self.text, speaker.name, speaker.start)
        return replace(speaker, name=held, person=True) if held else speaker

    def _body_before(self, index: int) -> str | None:
        """The body whose act opens the sentence before `index` in its block, if any."""
        if index == 0 or self.sentences[index - 1].block != self.sentences[index].block:
            return None
        before = self.sentences[index - 1]
        return body_before(self.text, before.start, before.end)

    def told_on(self, index: int) -> Speaker | None:
        """The voice sentence `index` goes on speaking in where it names none: the last
        voice of the sentence before, in the same block, where this one goes on with its
        account (`attribution.goes_on`: "As a result, ...", "Nine others were killed");
        else None."""
        sentence = self.sentences[index]
        if index == 0 or self.sentences[index - 1].block != sentence.block:
            return None
        if not goes_on(self.folded, sentence.start, sentence.end):
            return None
        told = self.sentences[index - 1]
        if not HARM_TOLD.search(self.folded, told.start, told.end):
            return None  # the voice before told no harm: "Protesters demanded supplies"
        before = [
            s
            for s in self.resolved_speakers(index - 1)
            if not PRONOUN.match(s.name) and not _CLAIMS.match(self.folded, s.end)
        ]
        return before[-1] if before else None

    def _earlier_speakers(self, index: int, speaker: Speaker) -> list[Speaker]:
        same = [s for s in reversed(self.speakers(index)) if s.start < speaker.start]
        for back in range(index - 1, max(-1, index - LOOK_BACK), -1):
            same.extend(reversed(self.speakers(back)))
        if speaker.name.lower() in ("he", "she"):  # the person named last (named_people.py)
            same = nearest_first(same, people_before(self.sentences, index, speaker, self._named))
        return same

    def _named(self, index: int) -> list[Speaker]:
        """The people sentence `index` names with a title or a full name."""
        sentence = self.sentences[index]
        return people_named(self.text, sentence.start, sentence.end, self.places(index))

    def places(self, index: int) -> list[PlaceMention]:
        """The places sentence `index` names, in order, outside its speakers' names,
        whom they told ("told Sahel Wire", "told the Kenya News Agency": an outlet's
        name is no place) and where they spoke from ("told reporters in Abuja",
        `SPOKE_FROM`)."""
        if index not in self._places:
            sentence = self.sentences[index]
            exclude = [(s.start, s.end) for s in self.speakers(index)]
            words = self.words(index)
            told = words.scan(_TOLD, _TOLD_AT)
            exclude += [(m.start("whom"), m.end("whom")) for m in told]
            # where a source spoke from is not where the thing happened
            spoke = words.scan(SPOKE_FROM, SPOKE_FROM_AT)
            exclude += [(m.start("where"), m.end("where")) for m in spoke]
            came = words.scan(CAME_FROM, CAME_FROM_AT)  # "the attackers came from X"
            exclude += [(m.start("where"), m.end("where")) for m in came]
            exclude += origin_spans(words, self.home)  # "fled X", "from across the border in X"
            exclude += currency_spans(self.text, sentence.start, sentence.end)  # "US$"
            exclude += byline_spans(self.text, sentence.start, sentence.end)
            found = find_places(
                self.text,
                sentence.start,
                sentence.end,
                lambda: self.home,
                exclude,
                words,
            )
            found = [p for p in found if not acting_country(self.text, p)]  # "Kenya denied"
            # "many into neighbouring Gambia": where people went, no place of the toll
            found = [p for p in found if not destination_country(self.text, p, self.home)]
            # where none is named, the area an official's title names ("the governor of X")
            found = found or title_places(self.text, sentence.start, sentence.end)
            # or the home of the residents who tell it ("Residents of Ngoshe said")
            found = found or resident_places(self.text, sentence.start, sentence.end)
            line = self.dateline
            if line is not None and (self._at_a_border(index) or self._abroad is not None):
                # the dateline's city is no border's, nor the place of a story abroad
                found = [p for p in found if p.start != line.start]
            # "in a nearby village": the clause's place, none carried to it (`unnamed_places`)
            found = unnamed_places(self.folded, self.clauses(index), found, self._page_country())
            found = mark_asides(self.folded, sentence.start, sentence.end, found)
            # "in Nairobi, Kisumu, Nakuru and Mombasa": the country's, not the first town's
            self._places[index] = listed_as_country(self.text, found, self.home)
        return self._places[index]

    def block_voice(self, block_index: int) -> str | None:
        """The voice block `block_index` speaks in where no sentence names one: a
        comment's writer, or the writer the block before lends it when that block ends
        with a colon ("X wrote:"); None where no one does."""
        block = self.doc.blocks[block_index]
        lent = None
        if block_index > 0:
            previous = self.doc.blocks[block_index - 1]
            if self.text[previous.start : previous.end].rstrip().endswith(":"):
                last = bisect.bisect_right(self.starts, previous.end - 1) - 1
                speakers = self.resolved_speakers(last) if last >= 0 else []
                lent = speakers[-1].name if speakers else None
        return block_voice(block, lent)

    def denial(self, index: int) -> Denial | None:
        """The denial what sentence `index` tells stands under (`denial.sentence_denial`)."""
        return sentence_denial(self.folded, self.sentences, index)

    def country_of(self, location: str | None, index: int | None = None) -> str | None:
        """The country a claim's location lies in, else the one country the divisions its
        sentence `index` names lie in (`place_country.sentence_country`), else the
        document's own; None if none is known. A border says beside which country the
        place lies, not in which ("on the border with Somalia")."""
        country = address_country(location, lambda: None) if location else None
        if country is None and location and index is not None:
            # the country its sentence names comes before the page's: "displaced in Foni
            # Bintang, West Coast Region, The Gambia" on a page of Senegal (trial 78); for
            # a place carried from a sentence before, the country that sentence names
            country = sentence_country(self.places(index), location, lambda: self.home)
            country = country or self._police_country(index)  # "Sierra Leone police said"
            country = country or self._named_with(location, index)
        if country is None and location:
            country = address_country(location, lambda: self.home)
        country = country or self.home
        return country.name if country else None

    def _police_country(self, index: int) -> Country | None:
        """The country whose police tell sentence `index`, where its place names none:
        police act in their own country ("Sierra Leone police said they had arrested
        three suspected attackers near the town of Koindu", trial 79: placed in the
        page's Guinea)."""
        for speaker in self.resolved_speakers(index):
            named = role_of_country(speaker.name)
            if named is not None and named[0].split()[0] == "police":
                return named[1]
        return None

    def _named_with(self, location: str, index: int) -> Country | None:
        """The one country the sentence that named `location` before sentence `index`
        names besides it ("In The Gambia, ... in Bulock village. Police reported 2
        deaths": Bulock's country is The Gambia's, whatever the page's), or whose police
        tell it (`_police_country`), else None."""
        for back in range(index - 1, max(-1, index - LOOK_BACK), -1):
            places = self.places(back)
            if any(p.name == location for p in places):
                named = sentence_country(places, location, lambda: None)
                return named or self._police_country(back)
        return None

    def story_hedged(self, block_index: int) -> bool:
        """Whether the block doubts the whole story ("could not be independently
        verified")."""
        if block_index not in self._story_hedged:
            block = self.doc.blocks[block_index]
            self._story_hedged[block_index] = bool(
                STORY_HEDGES.search(self.folded, block.start, block.end)
            )
        return self._story_hedged[block_index]
