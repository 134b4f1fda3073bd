"""A voice in the sentence after a French toll that confirms it, where the toll's own
sentence names none: "Ils ont tué au moins six civils ... ¶ Selon la société civile
locale qui confirme les tueries, ces assaillants ont opéré derrière l'hôpital"
(french-x study: no voice), "... Le commandant de brigade, joint par téléphone,
confirme l'attaque.", "Une source hospitalière a confirmé ces décès à l'AFP."

`confirming(folded, start, end, voices)` gives the voice of `folded[start:end]` (the
lower-cased sentence after the toll) that confirms what was told before: a voice
followed by "qui confirme(nt) / qui a confirmé" and the deeds or the toll named again
("les tueries", "ces décès", "l'attaque", "l'information", "ce bilan"), or a voice
opening its sentence, an aside between, then the same verb and object, the sentence
ending there. A confirmation denied or not yet made names no one ("La police n'a pas
confirmé ce bilan", "sans confirmer les faits"), and so is an arrest or another deed
confirmed ("qui confirme l'arrestation de deux suspects"). `confirmations.py` reads the
shorter "X l'a confirmé" and the passive "L'information a été confirmée par X".
"""

from __future__ import annotations

import re

from workbench.extract.speaker_phrase import Speaker

# The deeds or the toll told before, named again with a definite or demonstrative article.
_TOLD = (
    r"(?:l[’']|les\s+|le\s+|la\s+|ces\s+|ce\s+|cet\s+|cette\s+)\s*(?:(?:nouvel(?:le)?s?|"
    r"macabres?|lourds?|premiers?)\s+)?"
    r"(?:tueries?|massacres?|décès|morts?|assassinats?|meurtres?|attaques?|incursions?|"
    r"embuscades?|assauts?|raids?|incidents?|drames?|faits|informations?|nouvelles?|bilans?|"
    r"chiffres?|décomptes?|violences?|affrontements?|combats?|enlèvements?|rapts?|"
    r"explosions?|attentats?|naufrages?|accidents?|incendies?|pertes|victimes)(?![\w])"
)
_CONFIRMS = (
    r"(?:confirme|confirment|confirmait|confirmaient|corrobore|corroborent|"
    r"(?:a|ont|avait|avaient)\s+(?:(?:aussi|également|déjà|bien|formellement)\s+)?"
    r"(?:confirmé|corroboré))"
)
# "Selon X qui confirme les tueries, ...": the voice's words end right before "qui".
_RELATIVE = re.compile(rf"\s*,?\s*qui\s+{_CONFIRMS}\s+{_TOLD}")
# "X, joint par téléphone, confirme l'attaque." / "X a confirmé ces décès à l'AFP.": an
# aside of up to 60 characters between, what follows the object short and figureless.
_OPENING = re.compile(
    rf"\s*(?:,[^,.;:«»\d]{{2,60}},)?\s*{_CONFIRMS}\s+{_TOLD}[^,;:«»“”\d]{{0,50}}[.!]?\s*$"
)
# A confirmation denied, awaited or another's: "n'a pas confirmé", "sans confirmer".
_DENIED = re.compile(
    r"(?<![\w])(?:ne|n[’']|sans|pas|ni|refus\w*|impossible|démenti|dément|nié|nie)(?![\w])"
)


def confirming(folded: str, start: int, end: int, voices: list[Speaker]) -> Speaker | None:
    """The voice among `voices` (sentence `folded[start:end]`'s own, lower-cased text)
    that confirms the toll or the deeds told in the sentence before (see the module),
    else None."""
    if "confirm" not in folded[start:end] and "corrobor" not in folded[start:end]:
        return None
    if _DENIED.search(folded, start, end):
        return None  # "La police n'a pas confirmé ce bilan", "sans confirmer les faits"
    for voice in voices:
        if _RELATIVE.match(folded, voice.end, end):
            return voice  # "Selon la société civile qui confirme les tueries, ..."
        if voice.leads and voice.start - start <= 3 and _OPENING.match(folded, voice.end, end):
            return voice  # "Le commandant, joint par téléphone, confirme l'attaque."
    return None


# What could not be checked with a source: "Ce bilan n'a pas pu être confirmé de source
# indépendante", "Ces chiffres n'ont pu être vérifiés de sources officielles", "L'AFP
# n'a pas pu vérifier ce bilan de source indépendante" (the wires' phrase; read as the
# voice "source indépendante" before). The clause before "source(s)", lower-cased.
_UNCHECKED = re.compile(
    r"(?:(?<![\w])(?:ne|n[’']|sans|impossible|pas)(?![\w])[^.;:!?«»]{0,40}?"
    r"(?:confirm|vérifi|corrobor|recoup|authentifi)[a-zé]*(?:\s+[^.;:!?«»\d]{0,40}?)?\s*"
    r"|(?<![\w])(?:aucune\s+confirmation|non\s+confirmée?s?)\s*)$"
)
_REACH = 90  # characters before "de source" searched for the verification denied


def unchecked_source(folded: str, at: int) -> bool:
    """Whether the voice's name at `at` in `folded` (lower-cased), "source(s) X", says
    with what source a figure could not be checked ("n'a pas pu être confirmé de
    source officielle"), naming no voice; "source indépendante" never names one."""
    if not folded.startswith("source", at):
        return False
    if folded.startswith(("source indépendante", "sources indépendantes"), at):
        return True
    return _UNCHECKED.search(folded, max(0, at - _REACH), at) is not None
