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
    r"|aucune?|pas\s+de)\s+(?P<fate>victimes?|morts?|blessés?)(?![\w-])"
)


def zero_readings_fr(folded: str, start: int, end: int) -> list[Reading]:
    """`zero_readings` for a French sentence: "aucun civil n'a été tué" (0 killed, its
    people named), "n'a fait aucune victime", "pas de blessés"."""
    if not any(word in folded[start:end] for word in ("aucun", "personne", "pas de")):
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
    return readings
