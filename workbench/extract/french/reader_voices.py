"""The voices a French sentence names (mixed into `FrenchReader`): found in its text
with asides masked (`speakers`: `voices.find_speakers`, the outer of nested voices,
each voice kept to its own clause, a headline's "(armée)"), "il", "la même source",
"le prêtre" named by the voice before them (`resolved_speakers`, `voice_anaphora`),
and where a voice's words end, its place or title with them (`_voice_end`), so that
a place inside them is not where it happened. Split from reader.py."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property

from workbench.extract.carry_rules import LOOK_BACK
from workbench.extract.french import (
    nested_voices,
    title_voices,
    voice_anaphora,
    voice_names,
    voice_persons,
    voices,
)
from workbench.extract.french.office_alone import holder_of_office
from workbench.extract.french.place_titles import title_tail_end
from workbench.extract.office_holders import holder_named_before
from workbench.extract.page_context import PageContext
from workbench.extract.speaker_phrase import Speaker

_TITLE_REACH = 80  # characters after a voice's name searched for its title ("X, curé de ...")
# A place set off by commas right after a voice opening its sentence says where the voice
# is, not where it happened: "La société civile de Beni, dans la province du Nord-Kivu,
# rapporte le massacre de onze civils au village de Kasinga"; so too with no comma before
# it: "La Défense civile dans la bande de Gaza, contrôlée par le Hamas, a fait état de";
# so too in a relative clause telling what the voice does there, not a toll: "L'ONG X,
# qui gère un hôpital dans la capitale, a indiqué" (not "L'armée, qui a perdu 12 soldats
# à Kolofata, affirme"); so too where the voice works ("L'ONG X, présente dans le nord").
_VOICE_PLACE = re.compile(
    r"\s*,\s*(?P<who>qui\s+[^,.;:«»“”]{2,60}?\s"
    # so too where it works: "L'ONG Alima, présente dans le nord du pays, a fait état de"
    r"|(?:présente?s?|actifs?|actives?|implantée?s?|opérant|déployée?s?|chargée?s?\s+"
    r"[^,.;:«»“”]{2,40}?|en\s+charge\s+[^,.;:«»“”]{2,40}?)\s)?"
    r"(?:dans|à|au|aux|en)\s+[^,.;:«»“”]{2,80},"
)


class ReaderVoices(PageContext):
    """The voices of a French page's sentences (see the module)."""

    trigger: re.Pattern[str]  # what marks a sentence worth reading (`Reader.trigger`)

    def speakers(self, index: int) -> list[Speaker]:
        """The voices sentence `index` names, unresolved (`voices.find_speakers`)."""
        if index not in self._speakers:
            sentence = self.sentences[index]
            found = voices.find_speakers(
                self._voice_text, sentence.start, sentence.end, self._voice_folded
            )
            # a title's stop is read masked: each voice's name gets it back, whichever
            # pattern read it ("M․ Ngabu" stood beside "Jules Ngabu": trial 63)
            found = [replace(f, name=f.name.replace(voice_names.LEADER, ".")) for f in found]
            found = nested_voices.outer_voices(self._voice_folded, found, sentence.end)
            if found and not voice_names.closes_all(  # each voice speaks for its own clause
                self.text, self._voice_folded, found, sentence.end
            ):
                clauses = voices.voice_clauses(self._voice_folded, sentence.start, sentence.end)
                if len(clauses) > 1:
                    found = [replace(s, clause=_clause_of(clauses, s.start)) for s in found]
            if not found and title_voices.headline(self.doc, sentence.block):  # "... (armée)"
                found = title_voices.authored_voice(
                    self.text, sentence.start, sentence.end
                ) or title_voices.bracketed_voice(self.text, sentence.start, sentence.end)
            self._speakers[index] = found
        return self._speakers[index]

    def authored(self, index: int) -> bool:
        """Whether sentence `index` is a heading naming its statement's author
        (`title_voices.authored_voice`)."""
        sentence = self.sentences[index]
        return title_voices.headline(self.doc, sentence.block) and bool(
            title_voices.authored_voice(self.text, sentence.start, sentence.end)
        )

    @cached_property
    def _voice_text(self) -> str:
        """The text voices are read in: asides masked, a title's stop kept from
        ending a name ("M. Traoré")."""
        return voice_names.mask_abbreviations(self.masked)

    @cached_property
    def _voice_folded(self) -> str:
        """`_voice_text` lower-cased, offsets kept."""
        return (
            self.masked_folded if self._voice_text is self.masked else self.fold(self._voice_text)
        )

    def resolved_speakers(self, index: int) -> list[Speaker]:
        """The voices of sentence `index`, "il", "la même source", "le prêtre" named by
        the last voice before them in this sentence or the few before it that they may
        name (`voice_anaphora`)."""
        resolved = []
        for speaker in self.speakers(index):
            if voice_anaphora.refers(speaker.name):
                earlier = self._named_before(index, speaker)
                if earlier is None and speaker.name.lower() in voice_anaphora.PRONOUNS:
                    low = self.sentences[max(0, index - LOOK_BACK + 1)].start
                    personal = voice_persons.personal(speaker.name)
                    person = personal and voice_persons.person_before(self.text, low, speaker.start)
                    if not person:
                        continue  # "selon lui" with no one named before: no voice
                    speaker = replace(speaker, name=person, person=True)
                elif earlier is None and (
                    held := holder_of_office(self.text, speaker.name, speaker.start)
                ):  # "le gouverneur", its holder named before with no voice of theirs:
                    # "le gouverneur, Johnny Luboya" (its identity is the name's)
                    speaker = replace(speaker, name=f"{speaker.name}, {held}", person=True)
                speaker = replace(speaker, name=earlier.name) if earlier else speaker
            elif held := holder_named_before(self.text, speaker.name, speaker.start):
                speaker = replace(speaker, name=held, person=True)  # "le préfet de X": its holder
            resolved.append(speaker)
        return resolved

    def _voice_end(self, speaker: Speaker, end: int) -> int:
        """Where a voice's words end: after the place set off by commas right after a
        voice that opens its sentence (`_VOICE_PLACE`), after the title closing the
        sentence after one that does not (`title_tail_end`), else after its name."""
        if not speaker.leads:  # ", a déclaré X, porte-parole de ... en RDC."
            return title_tail_end(self.text, speaker.end, end) or speaker.end
        aside = _VOICE_PLACE.match(self.text, speaker.end, end)
        if aside and aside["who"] and self.trigger.search(self.folded, aside.start(), aside.end()):
            return speaker.end  # "L'armée, qui a perdu 12 soldats à Kolofata,": a toll's place
        return aside.end() if aside else speaker.end

    def _named_before(self, index: int, pronoun: Speaker) -> Speaker | None:
        """The nearest voice named by a noun before `pronoun`: in its sentence, then
        in the `LOOK_BACK` sentences before."""
        same = [s for s in self.speakers(index) if s.end <= pronoun.start]
        for back in range(index, max(-1, index - LOOK_BACK), -1):
            pool = same if back == index else self.speakers(back)
            end = self.sentences[back].end
            named = [
                s
                for s in pool
                if voice_anaphora.refers_to(
                    pronoun.name, s.name, self.text[s.start : min(end, s.end + _TITLE_REACH)]
                )
            ]
            if named:
                return named[-1]
        return None


def _clause_of(clauses: list[tuple[int, int]], at: int) -> tuple[int, int]:
    """The clause of `clauses` holding offset `at`, else the last one before it."""
    return next((c for c in reversed(clauses) if c[0] <= at), clauses[0])
