"""A French sentence that only says, in the passive, who confirmed what the sentence
before it told: "L'information a été confirmée par le porte-parole de la police
nationale d'Haïti (PNH), le commissaire Frantz Lerebours" (french-p study: no voice).
Its voice speaks for the tolls of the sentence before (`confirmations.confirming_voice`,
whose French pattern reads the active "l'a confirmé"). The sentence holds no figure
of its own."""

from __future__ import annotations

import re
from collections.abc import Callable

from workbench.extract.sentences import Sentence
from workbench.extract.speaker import Speaker

# What was told, by the word the confirmation takes for it.
_TOLD = (
    r"(?:l[’']information|les\s+informations|la\s+nouvelle|les\s+faits|l[’']incident|"
    r"l[’']attaque|ce\s+bilan|le\s+bilan|ces\s+chiffres|cette\s+information|ce\s+drame)"
)
CONFIRMED_BY_FR = re.compile(
    rf"\s*{_TOLD}\s+(?:a|ont|avait|avaient)\s+été\s+(?:[a-zé]+ment\s+)?"
    r"(?:confirmée?s?|corroborée?s?)\s+par\s+[^;:\d«»“”\"]{2,160}[.!]?\s*$"
)


def confirmed_by(
    sentences: list[Sentence],
    folded: str,
    index: int,
    speakers: Callable[[int], list[Speaker]],
) -> Speaker | None:
    """The voice of the sentence right after sentence `index` where it only confirms
    in the passive what was told (`CONFIRMED_BY_FR`), in its paragraph or opening the
    next one (a news site's one-sentence paragraphs); else None."""
    after = index + 1
    if after >= len(sentences):
        return None
    sentence = sentences[after]
    if not CONFIRMED_BY_FR.match(folded, sentence.start, sentence.end):
        return None
    voices = speakers(after)
    return voices[0] if voices else None
