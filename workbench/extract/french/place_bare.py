"""A French place phrase reduced to the place it names: the preposition that ties it to
the event left off ("à Gao" is "Gao", "dans un village de l'État de Zamfara" "un village
de l'État de Zamfara"), an event named by its place ("l'attaque de Seytenga"), the
people of a place ("habitants de Djibo") and a settlement's kind ("la petite localité
de Bakoro", `place_words.SETTLEMENT_KIND`) too; a relation ("au nord de Gao") is kept.
`places.find_places` names its mentions so."""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.extract.french.place_words import (
    AREA,
    EVENT,
    EVENT_PHRASE,
    NAME_START,
    SETTLEMENT_KIND,
    STRUCK,
)

_SETTLEMENT_KIND = re.compile(SETTLEMENT_KIND)
# What `_bare` takes off the front of a phrase, in turn.
_LEADING = (
    re.compile(r"^(?i:dans|de|du|des|sur|vers|contre)\s+(?=\S)"),
    # its day between too: "attaqué mardi Kamako" is "Kamako"
    re.compile(
        rf"^(?i:{STRUCK})\s+(?:(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)"
        r"(?:\s+(?i:soir|matin|après-midi))?\s+)?"
    ),
    re.compile(rf"^(?i:{EVENT_PHRASE})"),
    # its article left off with "du" first: "du massacre de Drodro" is "Drodro"
    re.compile(
        rf"^(?i:(?:{EVENT})s?|affrontements|combats|violences|heurts|émeutes|accrochages)"
        r"\s+(?:de\s+|d[’'])(?=[A-ZÀ-Ý])"
    ),
    re.compile(
        r"^(?i:habitants|populations?|résidents|ressortissants|ménages|villageois)\s+"
        r"(?:de\s+|du\s+|des\s+|d[’'])"
    ),
    # not a side capitalised: "au Nord de Bagdad" keeps its relation, as "au nord de"
    re.compile(
        rf"^(?i:à|en|au|aux|sur)\s+{NAME_START}"
        r"(?!(?:Nord|Sud|Est|Ouest|Centre)(?:-(?:Est|Ouest))?\s+(?:de|du|des|d[’'])[\s’'])"
    ),
    # a compound name's article: "à la Croix-des-Missions" is "Croix-des-Missions"
    re.compile(r"^(?:(?i:à|vers|sur)\s+)?la\s+(?=[A-ZÀ-Ý][\w’']*-(?:des?|du|la|le|aux?)-)"),
    # "au camp de Mbera", "en territoire de Djugu"
    re.compile(rf"^(?i:au|aux|en)\s+(?=(?i:{AREA})(?![\w]))"),
)


@lru_cache(maxsize=1024)
def bare(phrase: str) -> str:
    """The phrase without the preposition that ties it to the event: "à Gao" is "Gao",
    "dans un village de l'État de Zamfara" "un village de l'État de Zamfara", "du
    camp de Zamzam" "Zamzam", "l'attaque de Seytenga" "Seytenga", "habitants
    de Djibo" "Djibo", "dans la petite localité de Bakoro" "Bakoro"
    (`place_words.SETTLEMENT_KIND`); "au nord de Gao" keeps its relation."""
    for leading in _LEADING:
        phrase = leading.sub("", phrase)
    return _SETTLEMENT_KIND.sub("", phrase) or phrase
