"""Parts of a country in French: "le nord-ouest du pays", "plusieurs régions du pays",
"dix régions ukrainiennes" (a part of the country the article speaks of), its capital
not named ("dans la capitale"), and a side of a country named ("l'est de la RDC");
`places.py` reads them."""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.extract.french.countries import is_country
from workbench.extract.french.place_words import DIRECTION, NAME

# A part of the country the article speaks of: "dans le nord-ouest du pays",
# "plusieurs régions du pays", "les régions du nord-ouest et du centre".
OF_THE_COUNTRY = re.compile(
    rf"(?<![\w])(?:(?:dans|à|au|sur|vers|du)\s+)?(?P<name>(?:(?:le|la|les|l[’'])\s*)?"
    # two sides too: "dans le sud et l'est du pays"
    rf"(?:(?:{DIRECTION})(?:\s+et\s+(?:le\s+|la\s+|l[’']\s*)?(?:{DIRECTION}))?\s+du\s+pays"
    # a part named alone, of the country the article speaks of: "dans le nord-ouest,",
    # "une école du nord-ouest" (not "le nord de Kidal", "le centre de santé")
    # with an elided article too: "dans l'ouest."
    # (not "l'est et le sud de l'Ukraine", nor "plus à l'est", the place before's side)
    rf"|(?:(?<=\ble\s|\bdu\s)|(?<=(?<!plus\sà\s)\bl[’']))(?:{DIRECTION})"
    r"(?!\s*(?:-|de\s|du\s|des\s|d[’']|(?-i:[A-ZÀ-Ý])))"
    # nor a side told with its adjective: "l'est troublé de la république du Congo"
    r"(?!\s+[a-zà-ÿ]+(?:é|ée|és|ées|ant|ante|ique|al|ale|eux|euse)\s+"
    r"(?:de|des|d[’']|du(?!\s+pays)))"
    # nor a building named "centre": "évacués vers le Centre hospitalier universitaire",
    # "le centre commercial" (french-v study: "le Centre" read as the country's centre)
    r"(?!\s+(?:hospitali|médic|commercia|cultur|sporti|pénitentiaire|universitaire|"
    r"d[’']accueil|d[’']hébergement|de\s+(?:santé|soins|secours|détention)))"
    rf"(?!\s+et\s+(?:(?:du|de\s+la|de\s+l[’']|le|la|l[’'])\s*)?(?:{DIRECTION}))"
    # an area named by the language of its people, where it happened: "dans la zone
    # anglophone", "dans les régions anglophones du pays" (not "les mouvements des régions
    # anglophones", nor "la région anglophone du Nord-Ouest", named)
    r"|(?:(?<=dans\sla\s)|(?<=dans\sles\s)|(?<=en\s))"
    r"(?:zones?|régions?|provinces?)\s+(?:anglophones?|francophones?|arabophones?)"
    r"(?:\s+du\s+pays)?(?!\s+(?:du|de|des|d[’'])\s*(?:la\s+|l[’'])?(?-i:[A-ZÀ-Ý]))"
    rf"|(?:plusieurs\s+|quatre\s+|trois\s+|deux\s+|cinq\s+)?(?:régions|provinces|zones|localités|"
    rf"parties|villages)\s+(?:du\s+pays|du\s+(?:{DIRECTION})(?:\s+et\s+du\s+(?:{DIRECTION}))?)))"
    r"(?![\w])",
    re.IGNORECASE,
)
# Its capital, not named: "dans la capitale", "la capitale tchadienne" (not "la capitale
# de la Somalie", nor "la capitale, Mogadiscio": the name is read; nor "le nord de la
# capitale", "à 50 km de la capitale", a part of the phrase before it).
UNNAMED_CAPITAL = re.compile(
    r"(?<![\w])(?<!de\s)(?<!d[’'])(?:(?:dans|à|sur|vers)\s+)?(?P<name>la\s+capitale"
    r"(?:\s+(?:économique|politique|provinciale|régionale))?"
    r"(?:\s+[a-zà-ÿ]+(?:aise|ienne|ine|ane|oise|ise|ite))?(?:\s+du\s+pays)?)"
    r"(?![\w’'-])(?!\s*,?\s*(?:de\s|du\s|des\s|d[’']|(?-i:[A-ZÀ-Ý])))",
    re.IGNORECASE,
)
# Several of its regions, named by the country's adjective: "dix régions ukrainiennes".
REGIONS_OF = re.compile(
    r"(?<![\w])(?P<name>(?:plusieurs|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|"
    r"\d+)\s+(?:régions|provinces|oblasts|districts|préfectures)\s+"
    r"[a-zà-ÿ]+(?:iennes|aises|aines|oises|ines))(?![\w])",
    re.IGNORECASE,
)

# The words one of which a part of the country's name holds (`OF_THE_COUNTRY`).
_PART_HINTS = ("nord", "sud", "est", "ouest", "centre", "pays", "régions", "provinces", "zones",
               "phone",
               "localités", "parties", "villages", "oblasts", "districts",
               "préfectures")  # fmt: skip


@lru_cache(maxsize=1024)
def is_part(name: str) -> bool:
    """Whether a place's name is a part of the country ("le nord-ouest du pays")."""
    lowered = name.lower()
    if not any(h in lowered for h in _PART_HINTS):
        return False
    return bool(OF_THE_COUNTRY.fullmatch(name) or REGIONS_OF.fullmatch(name))


# A side of a country: "l'est de la RDC", "le nord du Mali", "au sud de la Somalie".
_SIDE_OF = re.compile(
    rf"(?i:(?:au|à\s+l[’']|le|la|l[’'])\s*)?(?i:{DIRECTION})\s+(?i:d[e’']|du|des)\s*(?i:la\s+)?"
    rf"(?P<name>{NAME})$"
)


def side_of_country(name: str) -> bool:
    """Whether a place's name is a side of a country ("l'est de la RDC")."""
    side = _SIDE_OF.match(name)
    return side is not None and is_country(side.group("name"))


# A province or a region named: "la province du Sila", "les régions du Nord-Ouest".
_WIDE = re.compile(r"(?i:(?:les|la|le|l[’'])\s*)?(?i:provinces?|régions?)\s+(?:de|du|des|d[’'])")
_SIDE = re.compile(rf"(?:(?:le|la|l[’'])\s*)?(?i:{DIRECTION})")  # "le Nord-Ouest", a region


def wide_area(location: str) -> bool:
    """Whether a place told before is wide enough to hold a running total: a province
    or a region named ("la province du Sila"), a side of the country ("le Nord-Ouest",
    "le nord du pays", "l'est de la RDC")."""
    return bool(
        _WIDE.match(location)
        or _SIDE.fullmatch(location)
        or is_part(location)
        or side_of_country(location)
    )
