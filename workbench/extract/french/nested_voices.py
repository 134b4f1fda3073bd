"""A voice told within what another voice says: "Le porte-parole de l'armée a déclaré
qu'en huit jours, les forces de défense ont déploré « 52 soldats tués »" is the
spokesman's figure, the forces he names being what he reports (the figure's voice is
who says the whole). A voice named after "a déclaré que" of a voice before it, in the
same sentence, is left out of the sentence's voices where the one before stays."""

from __future__ import annotations

import re

from workbench.extract.speaker_phrase import Speaker

# The verb of saying that follows a voice and opens what it says with "que": ", a
# déclaré qu'", "a indiqué mardi que", "affirme que".
_SAYS_THAT = re.compile(
    r"\s*,?\s*(?:(?:a|ont|avait|avaient|aurait)\s+)?(?:(?:également|aussi|encore)\s+)?"
    r"(?:déclar|indiqu|affirm|annonc|précis|expliqu|soulign|ajout|assur|rapport|confirm|"
    r"révél|estim|signal)(?:é|ée|és|e|ent|ait)"
    r"(?:\s+(?!qu)[\w’'-]+){0,3}?\s+qu(?:e\s|[’'])"
)
# A place's relative clause with a voice and a verb of its own: "..., où les rebelles
# houthis font état de 15 morts" (trial 71: the coalition's denial had taken the rebels'
# 15); `voices.voice_clauses` breaks there too
WHERE_OTHERS_SAY = (
    r",\s+où\s+(?=[^,;]{1,60}?\s(?:(?:font|fait|faisait|faisaient)\s+état|parlent|parle|"
    r"affirment|affirme|évoquent|évoque|rapportent|rapporte)\s)"
)
_CLAUSE_END = re.compile(rf"[;:]|[»”\"]\s*,|{WHERE_OTHERS_SAY}")  # what the first voice says ends


def outer_voices(folded: str, found: list[Speaker], end: int) -> list[Speaker]:
    """`found` (a sentence's voices, in order, the sentence ending at `end` of the
    lower-cased page text `folded`) less each voice within what a voice before it says
    ("X a déclaré que Y ont déploré ..."): Y is what X reports."""
    if len(found) < 2:
        return found
    reported: list[tuple[int, int]] = []  # what each voice says, from "que" to its end
    for speaker in found:
        said = _SAYS_THAT.match(folded, speaker.end, end)
        if said is not None:
            stop = _CLAUSE_END.search(folded, said.end(), end)
            reported.append((said.end(), stop.start() if stop else end))
    if not reported:
        return found
    return [s for s in found if not any(a <= s.start < b for a, b in reported)]
