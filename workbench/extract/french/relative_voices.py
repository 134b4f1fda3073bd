"""A voice named before a relative clause that says what it told: "condamnée par le
ministre Antonio Tajani, qui a fait état de plus de 40 personnes tuées", "le maire,
qui parle de 12 morts", "la police, qui a indiqué que". The voice is the noun phrase
before ", qui": from the last opening before it (the sentence's start, a stop, a
quote, "par", "selon") to the comma; it must open on an article or a capital.
`find(text, folded, start, end)` gives `speaker_phrase.Speaker` values.

Only verbs of speech count, and only before what is said ("de", "que", a figure, a
quote): "les ADF, qui ont revendiqué l'attaque, ont tué 20 civils" names no voice.
"""

from __future__ import annotations

import re

from workbench.extract.speaker_phrase import Speaker

_SPOKE = (
    r"fait\s+état|fait\s+savoir|parlé|déclaré|indiqué|affirmé|annoncé|précisé|confirmé|"
    r"rapporté|dit|estimé|dénombré|recensé|signalé|évoqué|avancé|expliqué|ajouté|souligné|"
    # telling: "qui a renseigné que", "qui a témoigné de", "qui a raconté que"
    r"renseigné|témoigné|raconté|relaté|confié|signifié|rapporté"
)
_SPEAKS = (
    r"(?:fait|font)\s+(?:état|savoir)|parlent|parle|déclare|déclarent|indique|indiquent|"
    r"affirme|affirment|annonce|annoncent|précise|précisent|évoque|évoquent|dit|disent|"
    r"estime|estiment|dénombre|dénombrent|recense|recensent|"
    r"renseigne|renseignent|témoigne|témoignent|raconte|racontent|relate|relatent"
)
# What is said after the verb: "de", "que", a figure, a quote, "la mort de".
_WHAT = r"(?=\s*(?:de\s|d[’']|du\s|des\s|que\s|qu[’']|avoir\s|[«\"“]|\d|la\s+mort|un\s+bilan))"
# Words a relative clause may set between "qui" and its verb: "qui a lui fait état",
# "qui a, pour sa part, indiqué", "qui a également annoncé", "qui avait initialement
# évoqué".
_ASIDE = (
    r"(?:(?:lui|elle|eux|également|aussi|pour\s+sa\s+part|de\s+son\s+côté|quant\s+à\s+lui|"
    r"quant\s+à\s+elle|ensuite|enfin|déjà|[a-zà-ÿ]+ment)\s*,?\s+)*"
)
_RELATIVE = re.compile(
    rf",\s*qui\s+(?:(?:a|ont|avait|avaient)\s*,?\s+{_ASIDE}(?:{_SPOKE})|{_ASIDE}(?:{_SPEAKS}))"
    rf"(?![\w]){_WHAT}"
)
# Where the noun phrase before ", qui" opens: the last of these before it.
_OPENING = re.compile(
    r"(?:^|[.;:!?«»“”\"()]\s*|,\s*|(?<![\w])(?:par|selon|d[’']après(?!-))\s+)"
    r"(?=[^.;:!?«»“”\"(),]*$)"
)
_NOUN = re.compile(r"(?:l[’']|le\s|la\s|les\s|un\s|une\s|des\s|[A-ZÀ-Ý])")
_REACH = 100  # characters before ", qui" the voice's name may take
_HINT = ", qui "
_PERSON = re.compile(r"ministre|porte-parole|président|maire|préfet|gouverneur|chef|général")


def find(text: str, folded: str, start: int, end: int) -> list[Speaker]:
    """The voices of `text[start:end]` named before a relative clause of speech;
    `folded` is the lower-cased text, offsets kept."""
    if _HINT not in folded[start:end]:
        return []  # most sentences hold none
    found = []
    for match in _RELATIVE.finditer(folded, start, end):
        comma = match.start()
        low = max(start, comma - _REACH)
        opening = next(reversed(list(_OPENING.finditer(text[low:comma]))), None)
        if opening is None:
            continue
        if opening.end() == 0 and low != start:
            continue  # the window opens inside a longer phrase
        s = low + opening.end()
        name = " ".join(text[s:comma].split())
        if len(name) < 2 or not _NOUN.match(text, s):
            continue
        person = _PERSON.search(name.lower()) is not None
        found.append(Speaker(start=s, end=comma, name=name, person=person, leads=True))
    return found
