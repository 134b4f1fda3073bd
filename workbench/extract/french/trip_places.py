"""Where people were going is no place of what befell them (trial 77: « des
commerçants qui se rendaient au marché de Mandouri » gave the next sentence's toll the
place "marché de Mandouri"): a place after « se rendaient à », « en route pour », « à
destination de », « qui se dirigeaient vers », « qui regagnaient leur village de » is a
destination (`place_roles.role_before`), as one where the wounded were taken is."""

from __future__ import annotations

import re

# "se rendant à Kaya", "en route pour Djibo", "à destination de Fada", "qui se dirigeaient
# vers Gao", "qui regagnaient leur village de X".
_TRIP_TO = re.compile(
    r"(?<![\w])(?:se\s+rend(?:ai(?:en)?t|ant|ent|re)|all(?:ai(?:en)?t|ant)|"
    r"se\s+dirige(?:ai(?:en)?t|ant|r)|en\s+route|à\s+destination|rentr(?:ai(?:en)?t|ant)|"
    r"regagn(?:ai(?:en)?t|ant)|rejoign(?:ai(?:en)?t|ant))"
    r"(?:\s+(?:à|au|aux|vers|pour|en|jusqu['’]à|de|d['’]))?"
    r"(?:\s*(?:la|le|l['’]|les|leurs?)?\s*[a-zà-ÿ-]+\s+(?:de|d['’]|du|des|à))?\s*$",
    re.IGNORECASE,
)
TRIP_HINTS = ("rend", "allai", "allant", "dirige", "route", "destination", "rentr", "regagn",
               "rejoign")  # fmt: skip


def going_to(text: str, before: str, reach: int, at: int) -> bool:
    """Whether the place phrase at `at` is where people were going: `text[reach:at]`
    (`before` its lower-cased copy) ends with a verb of going and its preposition."""
    return (
        any(hint in before for hint in TRIP_HINTS) and _TRIP_TO.search(text, reach, at) is not None
    )
