"""Where a French sentence names no voice, the voice it takes from around it (mixed into
`FrenchReader`): the paragraph's voice before it, a voice closing a sentence after
it, a quotation going on from the paragraph before, or the voice that published the
toll the next paragraph opens on, or the voice of a bulletin an earlier paragraph
introduces. `FrenchReader._attribution` asks them in turn."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property

from workbench.extract.carry_rules import LOOK_BACK
from workbench.extract.claims import Reading
from workbench.extract.french import paragraph_words, victims
from workbench.extract.french.confirming_voices import confirming
from workbench.extract.french.paragraph_words import BULLETIN, CONTINUES, TOLD_BY, TOLL_OPENING
from workbench.extract.french.voice_phrases import GIVES_THIS
from workbench.extract.other_event import tells_another_event
from workbench.extract.sentences import Sentence
from workbench.extract.speaker_phrase import Speaker

_AHEAD = 3  # sentences after a claim searched for a voice closing its paragraph
_BULLETIN_BLOCKS = 2  # paragraphs a bulletin's voice speaks for after its own
# An earlier toll, whose voice is its own, not the paragraph's: "Un précédent bilan
# communiqué par la police faisait état de 12 morts", "un premier bilan", "initialement".
# A voice opening a sentence, then those counted before named again: "Selon OCHA, ces
# déplacés ...", "D'après la police, les victimes ...".
# So too a voice opening a sentence on what befell the one counted before, named by a
# pronoun: "La force onusienne précise qu'il a été touché par une balle".
_OF_THEM = re.compile(
    r"\W*(?:selon|d[’']après(?!-))\s[^,.;:]{2,90},\s*(?:ces|les)\s+(?:déplacés|réfugiés|victimes|"
    r"blessés|morts|otages|corps|personnes\s+(?:tuées|blessées|enlevées|déplacées))(?![\w])"
    r"|\W*(?:la|le|les|l[’'])\s*[^,.;:«»]{2,60}?\s(?:précis|indiqu|affirm|ajout|expliqu|confirm|"
    r"soulign)(?:e|ent)\s+qu[’']\s*(?:il|elle|ils|elles)\s+(?:a|ont|avait|avaient|aurait|"
    r"auraient)\s+été\s"
)
_EARLIER_TOLL = re.compile(
    r"(?<![\w])(?:(?:précédent|premier|ancien)\s+(?:bilan|décompte|chiffre)|"
    r"(?:bilan|décompte|chiffre)\s+(?:précédent|antérieur|initial)|initialement|"
    r"auparavant|précédemment)(?![\w])"
)
_CLOSING = 40  # characters a voice closing its sentence may leave after it ("le 17 août.")
# Where a voice's place is said after it, to the sentence's end: "a indiqué un responsable de
# l'hôpital de Kamako, une cité située à 150 kilomètres au sud de Tshikapa." (the voice
# still closes its sentence).
_PLACE_TAIL = re.compile(
    r"\s*,\s*(?:une?|la|le|l[’'])\s*(?:[\w’'-]+\s+){0,3}?(?:cité|ville|localité|village|commune|"
    r"chef-lieu|capitale|bourgade|agglomération)(?![\w])[^;:«»“”\"]*$"
)
_QUOTE_OPENS = re.compile(r"\s*[«“\"]")  # a paragraph opening on a quotation
# a quotation closing right before its verb and voice: '», annonce le porte-parole'
_QUOTE_CLOSES = re.compile(r"[»”\"]\s*,?\s*[^«»“”\"]{0,40}$")


class CarriedVoices:
    """The voices a sentence takes from the sentences around it (see the module)."""

    text: str
    folded: str
    sentences: list[Sentence]
    resolved_speakers: Callable[[int], list[Speaker]]

    def _quoted_on(self, index: int, block_index: int) -> Speaker | None:
        """The voice of a paragraph that is a quotation going on from the paragraph
        before, whose quotation closes on its voice: '« Nous avons intensifié les
        opérations », annonce le porte-parole.' then '« 39 miliciens ont été capturés. »'."""
        first = index
        while first > 0 and self.sentences[first - 1].block == block_index:
            first -= 1
        opening = self.sentences[first]
        if first == 0 or not _QUOTE_OPENS.match(self.text, opening.start, opening.end):
            return None
        last = first - 1
        if self.sentences[last].block != block_index - 1:
            return None
        voices = self.resolved_speakers(last)
        if not voices or voices[-1].leads:
            return None
        sentence = self.sentences[last]
        closed = _QUOTE_CLOSES.search(self.text, sentence.start, voices[-1].start)
        return voices[-1] if closed is not None else None

    def _voice_before(self, index: int, block_index: int, reading: Reading) -> Speaker | None:
        """The last voice of the `LOOK_BACK` sentences before sentence `index` in its
        block. A voice whose sentence gives figures of its own speaks for figures of
        their kind after it ("Selon la société civile, 11 civils ont été tués. Les ADF
        ont ensuite massacré six civils à Mamove."); it carries to a figure of
        another kind only where the sentence continues its report ("Selon l'armée,
        12 soldats ont été tués. Huit autres ont été blessés."): "Selon le HCR, 3 000
        personnes ont fui. Une dizaine de soldats blessés ont été évacués." is the
        outlet's."""
        here = self.sentences[index]  # "Le bilan s'élève désormais à 62 morts": none before
        if paragraph_words.REVISES.search(self.folded, here.start, here.end):
            return None
        if paragraph_words.SHIFTS.match(self.folded, here.start, here.end):
            return None  # "Le même jour, 2 policiers ont été tués": another account
        for back in range(index - 1, max(-1, index - LOOK_BACK), -1):
            sentence = self.sentences[back]
            if sentence.block != block_index:
                return None
            voices = self.resolved_speakers(back)
            if not voices:
                continue
            if paragraph_words.EARLIER.search(self.folded, sentence.start, sentence.end):
                return None  # "L'ONU avait initialement fait état de 40 morts"
            kinds = {r.category for r in self._own_readings(back)}
            if not kinds or reading.category in kinds or self._continues(index):
                return voices[-1]
            return None
        return None

    def _continues(self, index: int) -> bool:
        """Whether sentence `index` says it goes on with the report before it ("aussi",
        "également", "huit autres", "parmi eux", "dont", "ce bilan")."""
        sentence = self.sentences[index]
        return CONTINUES.search(self.folded, sentence.start, sentence.end) is not None

    def _voice_after(self, index: int, block_index: int) -> Speaker | None:
        """A voice closing one of the `_AHEAD` sentences after in the block, which
        speaks for the paragraph so far ("... 14 morts. Cette attaque a eu lieu ...,
        indique la police."; "... Ce bilan a été publié par une ONG."): the first
        voice named after, if it ends its sentence, not one opening it ("Selon X"),
        unless the words after it tie it to the toll ("X qui livrent ce bilan"). A
        lead alone in its paragraph looks on to the next one's first sentence
        (`_lead_alone`)."""
        for after in range(index + 1, min(len(self.sentences), index + 1 + _AHEAD)):
            if self.sentences[after].block != block_index:
                published = self._toll_published(after)
                if published is not None or not self._lead_alone(index, after):
                    return published
                # the lead's next paragraph: its first sentence only (the one after is
                # in no block `block_index` names)
                block_index = -1
            voices = self.resolved_speakers(after)
            sentence = self.sentences[after]
            if voices and tells_another_event(self.text[sentence.start : sentence.end]):
                return None  # "Cette attaque survient trois jours après celle de X, où six
                # militaires avaient perdu la vie selon l'armée": that attack's voice
            if voices and _EARLIER_TOLL.search(self.folded, sentence.start, sentence.end):
                continue  # "Un précédent bilan communiqué par la police ...": that toll's
            if voices:
                start, end = self.sentences[after].start, self.sentences[after].end
                last = voices[-1]
                tail = _PLACE_TAIL.match(self.folded, last.end, end)  # ", une cité située à ..."
                rest = tail.start() if tail else end
                closing = rest - last.end <= _CLOSING and last.start - start > rest - last.end
                told = TOLD_BY.match(self.folded, start, end) is not None
                closing = closing or told
                # "Ce bilan a été donné à X par Y, qui parle de ...": the toll's voice;
                # "C'est ce qu'affirment X, selon l'AFP": X's, the agency relays it
                opening = told or TOLL_OPENING.match(self.folded, start, end) is not None
                if (closing or opening) and not last.leads:
                    return voices[0] if opening and not voices[0].leads else last
                if self._of_them(after):
                    return voices[0]  # "Selon OCHA, ces déplacés fuient à nouveau"
                given = next((v for v in voices if GIVES_THIS.match(self.folded, v.end)), None)
                return given  # "Des sources policières qui livrent ce bilan, ... indiquent"
        return None

    def _confirmed_after(self, index: int, reading: Reading) -> Speaker | None:
        """The voice of the sentence right after sentence `index` (in its paragraph or
        opening the next) that confirms its toll or deeds, that sentence telling no
        figure of the same kind (`confirming_voices`): "Ils ont tué au moins six civils
        ... ¶ Selon la société civile locale qui confirme les tueries, ..." (french-x
        study: no voice)."""
        after = index + 1
        if after >= len(self.sentences):
            return None
        here, sentence = self.sentences[index], self.sentences[after]
        if sentence.block not in (here.block, here.block + 1):
            return None  # its paragraph's next sentence, or the next paragraph's first
        voices = self.resolved_speakers(after)
        if not voices or any(r.category == reading.category for r in self._own_readings(after)):
            return None
        return confirming(self.folded, sentence.start, sentence.end, voices)

    def _bulletin_before(self, index: int, block_index: int) -> Speaker | None:
        """The voice of a bulletin an earlier paragraph introduces, for a paragraph
        that names none: "Selon un bilan partiel publié par la Direction de la
        Protection Civile, la situation ... est difficile." then the paragraphs of its
        dead and missing; "La Protection civile, dans son dernier bilan, rapporte
        que ..." then "Vingt personnes sont encore portées disparues". The voice
        must name its bulletin (`BULLETIN`) in its sentence and lie at most
        `_BULLETIN_BLOCKS` paragraphs back; any other voice between ends it."""
        for back in range(index - 1, max(-1, index - 2 * LOOK_BACK), -1):
            sentence = self.sentences[back]
            if block_index - sentence.block > _BULLETIN_BLOCKS:
                return None
            voices = self.resolved_speakers(back)
            if not voices:
                continue
            if sentence.block == block_index or not BULLETIN.search(
                self.folded, sentence.start, sentence.end
            ):
                return None  # its own paragraph's voice is `_voice_before`'s to give
            return next((v for v in voices if not v.leads), None)
        return None

    def _lead_alone(self, index: int, after: int) -> bool:
        """Whether sentence `index` is a paragraph of its own (a wire's lead) and
        sentence `after`, right after it, opens the next paragraph and tells no toll of
        its own: its closing voice may speak for the lead ("Environ 26 personnes sont
        mortes ..." then "... un groupe armé a fait irruption dans ce village ...,
        rapportent ces sources.")."""
        block = self.sentences[index].block
        if after != index + 1 or self.sentences[after].block != block + 1:
            return False
        if index > 0 and self.sentences[index - 1].block == block:
            return False
        return not self._own_readings(after)

    def _of_them(self, index: int) -> bool:
        """Whether sentence `index` opens on a voice, then the people of the toll told
        before named again, and tells no toll of its own: "Selon OCHA, ces déplacés
        fuient à nouveau vers Masisi" speaks of those counted before."""
        sentence = self.sentences[index]
        if not _OF_THEM.match(self.folded, sentence.start, sentence.end):
            return False
        return not self._own_readings(index)

    def _toll_published(self, index: int) -> Speaker | None:
        """The voice of a paragraph opening on the toll told before it, made public:
        "Le nouveau bilan a été publié hier par le gouverneur militaire" speaks for
        the tolls of the paragraph before."""
        sentence = self.sentences[index]
        if not TOLL_OPENING.match(self.folded, sentence.start, sentence.end):
            return None
        return next((s for s in self.resolved_speakers(index) if not s.leads), None)

    def _own_readings(self, index: int) -> list[Reading]:
        """`victims.read_sentence` of sentence `index`, read once (`_voice_before` asks again)."""
        if index not in self._readings_of:
            sentence = self.sentences[index]
            found = victims.read_sentence(self.text, sentence.start, sentence.end, self.folded)
            self._readings_of[index] = found
        return self._readings_of[index]

    @cached_property
    def _readings_of(self) -> dict[int, list[Reading]]:
        return {}  # `_own_readings` by sentence index
