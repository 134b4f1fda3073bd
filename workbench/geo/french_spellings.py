"""A place's name as French reporting writes it, spelled as GeoNames may hold it.

French transliterates Arabic and African names with its own letters: "ou" for the
English "u" or "w" ("Zouara" for Zuwara, "Zaouïa" for Zawiya), "dj" for "j", "ch" for
"sh" ("Chabwa" for Shabwa: `geonames.sided` reads these as a last look-up); it names
a city after its country or land with "-ville" ("Gaza-ville", "Koweït-ville") and a
strip of land as "la bande de" ("la bande de Gaza": the Gaza Strip). GeoNames keeps
the English and local spellings; these are the ones to try where a French name finds
nothing in the claim's country (`store.gazetteer.GazetteerFile.find`; trial 74d:
"Zaouïa", "Zouara" resolved nowhere, or to a village of another country).
"""

from __future__ import annotations

import re

_CITY_OF = re.compile(r"^(?P<name>.+) ville$")  # "gaza ville" (Gaza-ville)
_STRIP_OF = re.compile(r"^(?:la )?bande de (?P<name>.+)$")  # "la bande de gaza"


def french_spellings(key: str) -> list[str]:
    """Other spellings of a folded name as French writes it, most likely first: the
    city or the strip it names ("gaza ville": "gaza"; "bande de gaza": "gaza strip"),
    then its "ou" written "w" ("zaouia": "zawia"; `geonames.sided` writes it "u", with
    the other letters French writes its own way). [] where none differs."""
    found: list[str] = []
    if (city := _CITY_OF.match(key)) is not None:
        found.append(city.group("name"))
    if (strip := _STRIP_OF.match(key)) is not None:
        found.append(f"{strip.group('name')} strip")
    if "ou" in key:
        found.append(key.replace("ou", "w"))
    return found
