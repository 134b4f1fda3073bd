"""A sentence that only says its voice confirmed what the sentence before it told:
"Gunmen killed five villagers in Kauru. The police confirmed it on Monday.", "This was
confirmed by the army.", "... a tué une femme. La task force régionale l'a confirmé."
That voice speaks for the tolls of the sentence before, ahead of any voice carried
from further back (a governor quoted two sentences earlier). The sentence holds no
figure of its own: "The police confirmed the attack, which killed 12" tells a toll."""

from __future__ import annotations

import re
from collections.abc import Callable

from workbench.extract.sentences import Sentence
from workbench.extract.speaker import Speaker

_TOLD = (
    r"(?:it|this|that|the\s+(?:attack|incident|killings?|deaths?|toll|figures?|report|news|raid|"
    r"ambush|abduction|kidnapping|shooting|bombing))"
)
# What follows the confirmation, to the sentence's end: its day, its medium ("on Monday",
# "in a statement"), no figure and no clause of its own.
_REST = r"[^,;:\d«»“”\"]{0,40}[.!]?\s*$"
CONFIRMS = re.compile(
    r"[^,;:\d«»“”\"]{2,80}?\s+(?:(?:has|have|had)\s+)?(?:later\s+|also\s+|since\s+)?"
    rf"(?:confirmed|confirms|acknowledged|verified)\s+{_TOLD}(?![\w]){_REST}"
    rf"|{_TOLD}\s+(?:was|has\s+been|had\s+been)\s+(?:later\s+)?confirmed\s+by\s+[^,;:\d]{{2,80}}"
    r"[.!]?\s*$"
)
# The same in French (lower-cased text): "l'a confirmé", "le confirme", "a confirmé
# l'information".
CONFIRMS_FR = re.compile(
    r"[^,;:\d«»“”\"]{2,80}?\s+(?:l[’'](?:a|ont|avait|avaient)\s+(?:[a-zé]+ment\s+)?"
    r"(?:confirmé|indiqué|annoncé|affirmé|rapporté|précisé|reconnu)|"
    r"(?:le|la)\s+(?:confirme|confirment)|"
    r"(?:a|ont|avait|avaient)\s+confirmé\s+(?:l[’']information|l[’']attaque|les\s+faits|"
    r"l[’']incident|la\s+nouvelle|cette\s+information|ce\s+bilan|ces\s+chiffres))(?![\w])" + _REST
)


# The French passive, which may open the next paragraph (a news site's paragraphs of one
# sentence): "L'information a été confirmée par le porte-parole de la police nationale
# d'Haïti (PNH), le commissaire Frantz Lerebours" (french-p study: no voice).
_TOLD_FR = (
    r"(?:l[’']information|les\s+informations|la\s+nouvelle|les\s+faits|l[’']incident|"
    r"l[’']attaque|ce\s+bilan|le\s+bilan|ces\s+chiffres|cette\s+information|ce\s+drame)"
)
CONFIRMED_BY_FR = re.compile(
    rf"\s*{_TOLD_FR}\s+(?:a|ont|avait|avaient)\s+été\s+(?:[a-zé]+ment\s+)?"
    r"(?:confirmée?s?|corroborée?s?)\s+par\s+[^;:\d«»“”\"]{2,160}[.!]?\s*$"
)


def confirming_voice(
    sentences: list[Sentence],
    folded: str,
    index: int,
    pattern: re.Pattern[str],
    speakers: Callable[[int], list[Speaker]],
    next_block: bool = False,
) -> Speaker | None:
    """The voice of the sentence right after sentence `index`, in its block (or, with
    `next_block`, opening the next one too), where that sentence only confirms what was
    told (`pattern`: `CONFIRMS`, `CONFIRMS_FR` or `CONFIRMED_BY_FR`, run over `folded`,
    the lower-cased text); else None. `speakers(i)` gives sentence i's voices,
    resolved."""
    after = index + 1
    if after >= len(sentences):
        return None
    if not next_block and sentences[after].block != sentences[index].block:
        return None
    sentence = sentences[after]
    if not pattern.match(folded, sentence.start, sentence.end):
        return None
    voices = speakers(after)
    return voices[0] if voices else None
