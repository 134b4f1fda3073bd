"""Where the displaced were displaced from, told as the place they left: "1,240 people
were evacuated this week from Kostiantynivka", "1 240 personnes ont été évacuées cette
semaine de Kostiantynivka" (trial 73b: the evacuation was placed in Horlivka, the town
the story told before, and joined to its strike's event). A place named after "from"
is no place of what happened for other counts ("the attackers came from Kabul"), so
the readers skip it; for people displaced, it is where their flight happened.
"""

from __future__ import annotations

import re

_NAME = (
    r"(?:(?:al|el|ad|as|ash|ez)-)?[A-ZÀ-Ý][\w’'-]*"
    r"(?:\s+(?:(?:al|el|de|du)\s+)?[A-ZÀ-Ý][\w’'-]*){0,2}"
)
_FROM = re.compile(
    r"(?i:(?:evacuated|displaced|uprooted|fled|driven\s+out|forced\s+out|relocated|"
    r"évacué(?:e|s|es)?|déplacé(?:e|s|es)?|chassé(?:e|s|es)?|fui|fuyant)"
    # not past where they went: "évacuées vers la ville de Kramatorsk"
    r"(?:\s+(?!(?:vers|to|towards|into|à|au|aux)\b)[\w’'-]+){0,3}?\s+(?:from|out\s+of|de|d['’]|depuis))\s*"
    r"(?:(?i:the|la|le|les|l['’])\s*)?"
    r"(?:(?i:city|town|village|ville|localité|commune)\s+(?:of|de|d['’])\s*)?"
    rf"(?P<name>{_NAME})"
)


def flight_origin(text: str, start: int, end: int) -> str | None:
    """The place `text[start:end]` says people were displaced or evacuated from, or None."""
    found = _FROM.search(text, start, end)
    return found.group("name") if found else None
