"""Whether a French figure counts one incident or a running total: "depuis le début
de l'année", "depuis janvier", "depuis 2012", "en deux ans de guerre", "en six mois de
combats", "ces derniers mois", "chaque jour", "jusqu'à présent" (a total with no
bounds). The same values as the English reader's (`scope.claim_scope`): ("cumulative",
the bounding words as written, None where there are none) or ("incident", None), so a
running total never links to one day's attack in either language.
"""

from __future__ import annotations

import re

from workbench.extract.casefold import fold
from workbench.extract.french.calendar_words import MONTHS
from workbench.models import Scope

_NUMBER = r"(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|vingt)"
# A war named as such, the subject of its toll (not "les combats", a day's as often).
_WAR = r"(?:le|la|ce|cette)\s+(?:conflit|guerre|insurrection)"
_CUES = re.compile(
    r"(?<![\w])(?:"
    r"depuis\s+(?:le\s+)?(?:début|déclenchement|commencement)\s+d[eu’']\s*[^,.;]{2,40}?"
    # up to the clause's next word: "depuis le début de l'année et plus d'un million"
    r"(?=[,.;]|\s+(?:ont|a|sont|selon|dont|et|mais|tandis|alors|où|qui|que|pour|par|plus|"
    r"près|au|aux|dans|en|sur|contre)\b|$)"
    rf"|depuis\s+(?:le\s+\d{{1,2}}(?:er)?\s+|(?:le\s+)?mois\s+d[e’']\s*|(?:la\s+)?mi-?|fin\s+)?"
    rf"(?:{MONTHS})(?:\s+(?:19|20)\d\d)?"
    r"|depuis\s+(?:19|20)\d\d|depuis\s+l[’']an\s+dernier"
    # a force's life: "depuis son déploiement, la MINUSCA a perdu plus de 200 Casques bleus"
    r"|depuis\s+(?:son|leur|sa)\s+(?:déploiement|création)"
    r"|depuis\s+(?:des|plusieurs|quelques|de\s+nombreu(?:x|ses)|de\s+longs?)\s+"
    r"(?:mois|années|semaines|ans)"
    rf"|depuis\s+{_NUMBER}\s+(?:ans|mois|semaines)"
    rf"|en\s+(?:plus\s+d[e’']\s*|près\s+d[e’']\s*)?{_NUMBER}\s+(?:ans|années|mois)\s+de\s+"
    r"(?:guerre|conflit|combats|violences|crise|insurrection)"
    # days or weeks of a war's fighting, their toll: "après dix jours de combats qui ont
    # fait au moins 43 morts", "en trois semaines d'affrontements" (trial 77k: an incident)
    rf"|(?:après|en|au\s+terme\s+de)\s+(?:plus\s+d[e’']\s*|près\s+d[e’']\s*)?{_NUMBER}\s+"
    r"(?:jours|semaines)\s+(?:de\s+(?:guerre|conflit|combats|violences)|d[’']\s*affrontements)"
    # or closing the clause: "où 400 mille personnes ont été tuées en 32 mois" (trial 59)
    rf"|en\s+(?:plus\s+d[e’']\s*|près\s+d[e’']\s*)?{_NUMBER}\s+(?:ans|années|mois)(?=\s*[,.;]|\s*$)"
    rf"|(?:au\s+cours\s+des|ces|durant\s+les|pendant\s+les)\s+(?:{_NUMBER}\s+)?"
    r"(?:derniers|dernières)\s+(?:mois|années|semaines|ans)"
    r"|(?:depuis\s+le\s+début\s+de\s+)?cette\s+année|au\s+cours\s+de\s+l[’']année(?:\s+\d{4})?"
    r"|chaque\s+(?:jour|semaine|mois)|quotidiennement|par\s+jour|en\s+moyenne"
    # "tués dans de telles frappes en 2024": a year's toll of many attacks (trial 68)
    r"|(?:dans|lors)\s+(?:de\s+telles|des|ces|de)\s+(?:[\w'’-]+\s+)?(?:frappes|attaques|"
    r"attentats|raids|bombardements|embuscades|tueries|massacres)(?:\s+[\w'’-]+){0,3}?"
    r"\s+(?:en|au\s+cours\s+de|durant)\s+(?:l[’']ann[ée]e\s+)?(?:19|20)\d\d(?!\s*[-–])"
    r"|(?P<open>jusqu[’']\s*(?:à\s+présent|ici|à\s+ce\s+jour|à\s+maintenant)|à\s+ce\s+jour"
    # a war's toll, the war its subject: "le conflit syrien a fait", "la guerre a causé"
    rf"|{_WAR}\s+(?:[\w-]+\s+){{0,2}}?(?:qui\s+)?(?:a|aurait|aura|avait)\s+(?:déjà\s+)?"
    r"(?:fait|causé|coûté|provoqué|tué|entraîné|déplacé|jeté))"
    r")(?![\w])"
)
_REACH = 200  # characters read on each side of a figure for its cues
# A part of the count told after it, with its own words («, dont 1 350 arrivées depuis
# janvier», «, parmi lesquels 300 enfants»): what follows bounds the part (trial 78).
_PART_AFTER = re.compile(
    r",\s*(?:dont|parmi\s+(?:eux|elles|lesquel(?:le)?s))\s+(?:quelque\s+|environ\s+|"
    rf"près\s+d[e’']\s*|plus\s+d[e’']\s*|au\s+moins\s+)?(?:{_NUMBER}|une?|onze|quinze|"
    r"trente|quarante|cinquante|cent)(?![\w])"
)
# A part's running total, which makes its whole one too.
_SINCE = re.compile(r"(?<![\w])(?:depuis|jusqu[’']\s*(?:à\s+présent|ici)|à\s+ce\s+jour)(?![\w])")
# A superlative measuring the incident against a period, which then bounds no total:
# "une des attaques les plus meurtrières au cours des derniers mois", "la plus
# sanglante depuis 2015" (the English reader's `block`).
_COMPARED = re.compile(
    r"(?<![\w])(?:(?:les?|la|l[’'])\s+plus\s+(?:meurtri[eè]re?s?|sanglante?s?|graves?|"
    r"lourde?s?|violente?s?|importante?s?|dévastatrices?|dévastateurs?)|(?:le|la|les)\s+pires?)"
    r"(?![\w])[^.;:!?]{0,80}$"
)
# The words without one of which no cue is found (`may_total`).
_HINTS = (
    "depuis", " ans ", "dernier", "année", "chaque", "quotidien", "par jour", "moyenne",
    " mois ", "jusqu", "ce jour", "conflit", "guerre", "insurrection", " mois.", " mois,",
    "jours de combats", "semaines de combats", "affrontements",
    " ans.", " ans,", " années.", " années,", " en 19", " en 20", " de 19", " de 20",
    "durant 19", "durant 20",
)  # fmt: skip


def may_total(folded: str, start: int, end: int) -> bool:
    """Whether the sentence `folded[start:end]` (lower-cased) holds a word of a running
    total: one that holds none tells an incident, and its claims' scopes are not
    looked for (most sentences)."""
    words = folded[start:end]
    return any(hint in words for hint in _HINTS) or _MASS.search(folded, start, end) is not None


def claim_scope(
    text: str, start: int, end: int, claim_start: int, claim_end: int, folded: str | None = None
) -> tuple[str, str | None]:
    """The scope of the French claim `text[claim_start:claim_end]` in the clause or
    sentence `text[start:end]`: ("cumulative", "depuis le début de l'année") for a
    running total, ("incident", None) otherwise. Offsets are Python str offsets;
    `folded` is `casefold.fold(text)` where the caller has it."""
    low, high = max(start, claim_start - _REACH), min(end, claim_end + _REACH)
    folded = folded if folded is not None else fold(text)
    part = _PART_AFTER.search(folded, claim_end, high)
    if part is not None:  # «4 200 personnes ..., dont 1 350 arrivées depuis janvier»: a
        # total the part is a later share of, its period the part's alone (as in English)
        since = _SINCE.search(folded, part.end(), high) is not None
        scope = claim_scope(text, start, part.start(), claim_start, claim_end, folded)
        return (Scope.CUMULATIVE.value, scope[1]) if since else scope
    cues = (c for c in _CUES.finditer(folded, low, high) if not _compared(folded, low, c.start()))
    cue = next(cues, None)
    if cue is None:
        return _mass_or_incident(folded, low, high, claim_start, claim_end)
    if cue.group("open"):  # "jusqu'à présent": a total with no bounds, as English "to date"
        return Scope.CUMULATIVE.value, None
    return Scope.CUMULATIVE.value, " ".join(text[cue.start() : cue.end()].split())


# Millions: "2 000 000", "14 millions", "des millions".
_MILLIONS_WORDS = (
    r"(?<![\d.,])\d{1,3}(?:[\s.\u202f]\d{3}){2,}(?![\d])|\d+(?:,\d+)?\s+millions?\b"
    r"|\bdes\s+millions\b"
)
_MILLIONS = re.compile(_MILLIONS_WORDS)
# A figure no one incident reaches: ten thousand or more in digits ("20 000", "20.000"),
# or millions ("14 millions", "des dizaines de milliers").
_MASS = re.compile(
    rf"(?<![\d.,])\d{{2,3}}(?:[\s.\u202f]\d{{3}})+(?![\d])|{_MILLIONS_WORDS}"
    r"|\bdes\s+(?:dizaines|centaines)\s+de\s+milliers\b"
)
# A passé composé: "ont fait", "ont été tués", "a coûté", "sont morts".
_PERFECT = re.compile(
    r"\b(?:ont|a|sont)\s+(?:déjà\s+|ainsi\s+|au\s+total\s+)?(?:été\s+)?"
    r"[^\W\d_]+(?:é|ée|és|ées|it|its|i|ie|ies|is|u|us|ts?)\b"
)
# A flight's words: one week's flight runs to tens of thousands, so only millions
# make its total (English `_PERFECT_FLIGHT`).
_FLIGHT = re.compile(r"\b(?:fui|fuir|déplac|réfugi|quitt|exil|contraint|chass)")


def _mass_or_incident(
    folded: str, low: int, high: int, claim_start: int, claim_end: int
) -> tuple[str, str | None]:
    """A claim no cue makes a total: a war's running total where its figure runs to
    ten thousand or more and a passé composé stands in its clause ("les combats ont
    fait plus de 20 000 morts", "14 millions de personnes ont été déplacées": a flight
    only by millions), as the English reader reads "have been killed" after such a
    figure; else one incident."""
    if not (_MASS.search(folded, claim_start, claim_end) and _PERFECT.search(folded, low, high)):
        return Scope.INCIDENT.value, None
    if _FLIGHT.search(folded, low, high) and not _MILLIONS.search(folded, claim_start, claim_end):
        return Scope.INCIDENT.value, None  # "12 000 personnes ont fui Béni": one flight
    return Scope.CUMULATIVE.value, None


def _compared(folded: str, low: int, at: int) -> bool:
    """Whether the cue at `folded[at:]` ends a superlative's comparison (`_COMPARED`):
    the incident measured against a period, not a total counted over it."""
    return _COMPARED.search(folded, max(low, at - 120), at) is not None
