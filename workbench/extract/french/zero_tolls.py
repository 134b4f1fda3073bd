"""French tolls of none (`workbench.extract.zero_tolls`): "aucun civil n'a été tué",
"personne n'a été blessé", "l'attaque n'a fait aucune victime", "pas de blessés" (trial
71: the coalition's and the Houthis' « aucun civil n'a été tué » gave no claim)."""

from __future__ import annotations

import re

from workbench.extract.claims import Reading
from workbench.extract.french.victim_nouns import NOUN as _FR_NOUN
from workbench.extract.lexicon import NounClass
from workbench.extract.zero_tolls import zero_reading
from workbench.models import Category

_FR_PEOPLE = re.compile(_FR_NOUN)
# "aucun civil n'a été tué", "aucun de nos combattants n'a été tué" (trial 71b: no
# claim), "personne n'a été blessé", "l'attaque n'a fait
# aucune victime", "sans faire de victimes", "aucune victime n'est à déplorer"
_FR_FATES = {"tu": Category.KILLED, "bless": Category.WOUNDED, "enlev": Category.KIDNAPPED}
_FR_NONE_PASSIVE = re.compile(
    r"(?<![\w-])(?:aucune?(?:\s+(?:d['’]entre\s+(?:eux|elles|nous)|de\s+(?:nos|leurs|ses|ces|mes)|des))?"
    r"(?:\s+(?P<noun>[^\W\d]+))?|(?<!une\s)personne)\s+n['’](?:a|ont|avait|avaient)\s+"
    r"(?:(?:encore|pour\s+l['’]instant)\s+)?été\s+(?P<fate>tu|bless|enlev)(?:é|ée|és|ées)(?![\w-])"
)
_FR_NO_VICTIM = re.compile(
    r"(?<![\w-])(?:n['’](?:a|ont|avait|avaient|aurait)\s+fait\s+aucune|sans\s+faire\s+(?:de|aucune)"
    # "il n'y a eu aucun mort" (trial 74d: no claim)
    r"|aucune?|pas\s+(?:eu\s+)?de)\s+(?P<fate>victimes?|morts?|blessés?)(?![\w-])"
)

# Officials' standard phrase (trial 77: « Il n'y a eu aucune perte en vie humaine » gave
# only the wounded): « aucune perte en vie(s) humaine(s) », « on ne déplore aucune perte
# humaine », « n'a fait aucune perte en vies humaines », « sans perte en vie humaine »,
# « pas de perte en vie humaine ». Not « pour éviter des pertes en vies humaines », not
# « de lourdes pertes en vies humaines » (no « aucune », « sans » or « pas de »).
_FR_NO_LIVES = re.compile(
    r"(?<![\w-])(?:aucune|sans(?:\s+(?:faire\s+)?(?:de|aucune))?|pas\s+(?:eu\s+)?de)\s+pertes?\s+"
    r"(?:en\s+vies?\s+humaines?|humaines?)(?![\w-])"
)
# « sans perte » after an aim: « pour libérer les otages sans perte en vie humaine »
_FR_AIM = re.compile(r"(?<![\w-])(?:pour|afin\s+de|éviter|objectif)(?![\w-])(?:\s+\S+){0,6}\s*$")


def zero_readings_fr(folded: str, start: int, end: int) -> list[Reading]:
    """`zero_readings` for a French sentence: "aucun civil n'a été tué" (0 killed, its
    people named), "n'a fait aucune victime", "pas de blessés"."""
    if not any(word in folded[start:end] for word in ("aucun", "personne", "pas ", "sans")):
        return []
    readings = []
    for match in _FR_NONE_PASSIVE.finditer(folded, start, end):
        noun = match.group("noun")
        if noun and not _FR_PEOPLE.fullmatch(noun):
            continue  # "aucun véhicule n'a été touché"
        readings.append(zero_reading(match, _FR_FATES[match.group("fate")], noun, NounClass.PERSON))
    for match in _FR_NO_VICTIM.finditer(folded, start, end):
        fate = Category.WOUNDED if match.group("fate").startswith("bless") else Category.KILLED
        readings.append(zero_reading(match, fate, None, NounClass.PERSON))
    for match in _FR_NO_LIVES.finditer(folded, start, end):
        if match.group().startswith("sans") and _FR_AIM.search(folded, start, match.start()):
            continue
        readings.append(zero_reading(match, Category.KILLED, None, NounClass.PERSON))
    return readings
