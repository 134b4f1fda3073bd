"""What a French figure counts: "vingt-quatre soldats ont été tués", "faisant 12
morts et 30 blessés", "tuant trois civils", "une dizaine de terroristes
neutralisés", "17 blessés du côté des forces".

`read_sentence(text, start, end)` gives `claims.Reading` values, the English
reader's shape, with the same language-neutral category and subject family
(`lexicon.NounClass`), so a French claim meets an English one in matching. Only
figures the sentence ties to an event are read; "les 3 pays de l'AES", "la 5e
région" and a figure with no cue give nothing. Patterns run over lower-cased text
(`casefold.fold`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.extract.casefold import fold
from workbench.extract.claims import Reading
from workbench.extract.french.numbers import find_quantities
from workbench.extract.lexicon import NounClass
from workbench.extract.numbers import Quantity
from workbench.models import Category

K, W, M, A, D, R, T, P = (
    Category.KILLED,
    Category.WOUNDED,
    Category.MISSING,
    Category.KIDNAPPED,
    Category.DISPLACED,
    Category.REFUGEES,
    Category.TROOPS,
    Category.ARRESTED,
)
# Nouns counted, by family, as patterns: singular and plural ("un soldat", "24 soldats").
_FAMILIES: dict[NounClass, list[str]] = {
    NounClass.CIVILIAN: (
        "civils? habitants? villageois enfants? femmes? hommes? élèves? étudiants? fidèles? "
        "commerçants? agriculteurs? éleveurs? passagers? travailleurs? humanitaires? "
        "journalistes? enseignants? orpailleurs? pêcheurs? chauffeurs? ressortissants?"
    ).split(),
    NounClass.MILITARY: [
        *"soldats? militaires? gendarmes? policiers? agents? gardes? éléments? fds vdp "
        "légionnaires? parachutistes? commandos? officiers? sous-officiers? douaniers?".split(),
        r"casques\s+bleus",
        r"(?:membres\s+des\s+)?forces\s+de\s+(?:défense\s+et\s+de\s+)?sécurité",
        r"volontaires\s+pour\s+la\s+défense\s+de\s+la\s+patrie",
    ],
    NounClass.ARMED_GROUP: [
        *"terroristes? jihadistes? djihadistes? assaillants? combattants? rebelles? islamistes? "
        "bandits? insurgés? miliciens? kamikazes? ravisseurs?".split(),
        r"hommes\s+armés",
        r"individus\s+armés",
    ],
    NounClass.PERSON: (
        "personnes? individus? victimes? membres? autres suspects? présumés? détenus? prisonniers?"
    ).split(),
}
_NOUN = "|".join(sorted((p for ps in _FAMILIES.values() for p in ps), key=len, reverse=True))
# The casualty nouns that say what befell those counted: "24 morts", "11 blessés".
_CASUALTY_NOUNS: dict[str, Category] = {
    "morts": K, "mort": K, "tués": K, "tué": K, "décès": K, "décédés": K, "victimes": K,
    "blessés": W, "blessé": W, "blessées": W, "disparus": M, "disparu": M,
    "otages": A, "otage": A, "déplacés": D, "déplacées": D, "réfugiés": R, "réfugiées": R,
}  # fmt: skip
# After the counted people: "ont été tués", "ont perdu la vie", "sont portés disparus".
_AFTER: list[tuple[Category, str]] = [
    (K, r"tué(?:e|s|es)?|mort(?:e|s|es)?|décédé(?:e|s|es)?|péri|perdu\s+la\s+vie|abattu(?:e|s|es)?|"
        r"exécuté(?:e|s|es)?|tombé(?:e|s|es)?|massacré(?:e|s|es)?|assassiné(?:e|s|es)?|"
        r"égorgé(?:e|s|es)?|trouvé\s+la\s+mort|succombé|calciné(?:e|s|es)?|"
        r"neutralisé(?:e|s|es)?"),
    (W, r"blessé(?:e|s|es)?"),
    (M, r"(?:porté(?:e|s|es)?\s+)?disparu(?:e|s|es)?"),
    (A, r"enlevé(?:e|s|es)?|kidnappé(?:e|s|es)?|pris\s+en\s+otage|pris(?:es)?\s+en\s+otages?"),
    (P, r"arrêté(?:e|s|es)?|interpellé(?:e|s|es)?|appréhendé(?:e|s|es)?|capturé(?:e|s|es)?"),
    (D, r"déplacé(?:e|s|es)?|fui|contraint(?:e|s|es)?\s+de\s+fuir"),
    (T, r"déployé(?:e|s|es)?|envoyé(?:e|s|es)?|mobilisé(?:e|s|es)?|stationné(?:e|s|es)?"),
]  # fmt: skip
_AUX = (
    r"(?:(?:qui\s+)?(?:ont|a|sont|est|auraient|aurait|seraient|serait|avaient|avait|étaient|"
    r"était|y\s+ont|ont\s+également|ont\s+aussi|auraient\s+également)\s+)?"
    r"(?:(?:été|également|aussi|déjà|tous|toutes|ainsi|par\s+ailleurs)\s+){0,3}"
)
_POST = re.compile(
    rf"\s*,?\s*{_AUX}(?:" + "|".join(f"(?P<{c.name}>{p})" for c, p in _AFTER) + r")(?![\w])"
)
# Before the figure: "tuant trois civils", "a fait 12 morts", "coûté la vie à 5".
_BEFORE: list[tuple[Category, str]] = [
    (K, r"tu(?:ant|é|er|e|ent|èrent|ait|aient)|abattu|abattant|exécuté|exécutant|massacré|"
        r"coûté\s+la\s+vie\s+(?:à|de)|neutralisé|neutralisant|assassiné|décimé|achevé"),
    (W, r"bless(?:ant|é|er|e|ent)"),
    (A, r"enlev(?:ant|é|er|è|ent)|kidnapp(?:ant|é|er)|pris\s+en\s+otage|retenu\s+en\s+otage"),
    (P, r"arrêt(?:ant|é|er)|interpell(?:ant|é|er)|appréhendé|capturé"),
    (D, r"déplacé|poussé\s+à\s+la\s+fuite|contraint\s+à\s+la\s+fuite"),
    (T, r"dépl(?:oy|oi)(?:ant|é|er|e|ent)|envoy(?:ant|é|er)|dépêché|mobilisé|compte|comptait|"
        r"contingent\s+d[e’']|effectif\s+d[e’']|renfort\s+d[e’']"),
]  # fmt: skip
_PRE = re.compile(
    r"(?<![\w])(?:"
    + "|".join(f"(?P<{c.name}>{p})" for c, p in _BEFORE)
    + r")(?:\s+(?:au\s+moins|environ|près\s+de|plus\s+de|quelque|ainsi))?\s*$"
)
# A toll or a result with a casualty noun after the figure: "faisant 12 morts",
# "un bilan de 24 morts", "24 morts": the noun gives the category.
_NOUN_AFTER = re.compile(
    r"\s+(?:d[e’']\s*)?(?P<noun>" + "|".join(map(re.escape, _CASUALTY_NOUNS)) + r")(?![\w])"
)
_COUNTED = re.compile(rf"\s+(?:d[e’']\s*)?(?P<noun>{_NOUN})(?![\w])")
# Up to three words after the counted noun before its fate: "soldats tchadiens".
_WORD_AFTER = re.compile(r"\s+[a-zà-ÿ’'-]+")
_REACH = 3
# Words after the people counted that are no part of whom: "3 soldats seulement".
_ADVERBS = re.compile(r"(?:\s+(?:seulement|également|aussi|ainsi|notamment|déjà|tous|toutes|"
                      r"au\s+total|en\s+tout))+$", re.IGNORECASE)  # fmt: skip
# Only an armed group is "neutralisé" (killed): "neutralisé deux engins" is not.
_ONLY_ARMED = re.compile(r"neutralis")


def read_sentence(text: str, start: int, end: int) -> list[Reading]:
    """The claims of the French sentence `text[start:end]`, in order."""
    folded = fold(text)
    readings = []
    for quantity in find_quantities(text, start, end):
        reading = _reading(text, folded, quantity, start, end)
        if reading is not None:
            readings.append(reading)
    return readings


def _reading(text: str, folded: str, q: Quantity, start: int, end: int) -> Reading | None:
    """What `q` counts, from the words after it (a casualty noun, or the people
    counted and their fate) or the verb before it."""
    noun = _NOUN_AFTER.match(folded, q.end, end)
    if noun is not None:
        category = _CASUALTY_NOUNS[noun.group("noun")]
        return Reading(q, category, q.start, noun.end(), text[noun.start("noun") : noun.end()],
                       None, None)  # fmt: skip
    counted = _COUNTED.match(folded, q.end, end)
    subject, family, after = None, None, q.end
    if counted is not None:
        family = _family_of(" ".join(counted.group("noun").split()))
        after = counted.end()
        subject = " ".join(text[counted.start("noun") : after].split())
        fate = _fate(folded, after, end)
        if fate is not None and _fits(fate, family):
            category = Category[fate.lastgroup or ""]
            subject = _ADVERBS.sub("", " ".join(text[counted.start("noun") : fate.start()].split()))
            return Reading(q, category, q.start, fate.end(), subject, family, None)
    pre = _PRE.search(folded, max(start, q.start - 60), q.start)
    if pre is not None and (counted is not None or pre.lastgroup == "T") and _fits(pre, family):
        category = Category[pre.lastgroup or ""]
        return Reading(q, category, pre.start(), after, subject, family, None)
    return None


def _fate(folded: str, pos: int, end: int) -> re.Match[str] | None:
    """What befell the people counted, told right after their noun or after up to
    three words that qualify it ("soldats tchadiens", "civils de la commune")."""
    for _ in range(_REACH + 1):
        fate = _POST.match(folded, pos, end)
        if fate is not None:
            return fate
        word = _WORD_AFTER.match(folded, pos, end)
        if word is None:
            return None
        pos = word.end()
    return None


def _fits(cue: re.Match[str], family: NounClass | None) -> bool:
    """Whether the cue may apply to the people counted: "neutralisés" only to an
    armed group, as armies' communiqués use it of the enemy."""
    return not _ONLY_ARMED.match(cue.group(cue.lastgroup or 0)) or family is NounClass.ARMED_GROUP


@lru_cache(maxsize=256)
def _family_of(noun: str) -> NounClass | None:
    """The family of a counted noun: "soldats" military, "hommes armés" an armed group."""
    for family, patterns in _FAMILIES.items():
        if any(re.fullmatch(p, noun) for p in patterns):
            return family
    return None
