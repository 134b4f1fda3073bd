"""The words an event's machine name gives its place and a running total's period:
"in Gossi", "north of Kidal", "on the road between N'Guigmi and Bosso"; "since
January", "in the past month"."""

from __future__ import annotations

import re

# a place phrase that carries its own preposition: "near Gao", "north of Kidal"
_ROAD = re.compile(r"(?:the\s+)?(?=(?:road|route|highway)\s+(?:between|from|linking)\b)", re.I)
_PLACED = re.compile(
    r"(?:near|between|outside|around|along|in|at|on|off|(?:north|south|east|west)(?:ern)?"
    r"(?:-?(?:east|west)(?:ern)?)?\s+of"
    # a French claim's place keeps its own words: "près de Ngouboua", not "in près de"
    r"|près|pres|entre|à|au|aux|dans|sur|vers|(?:la|le|les)\s+(?:route|axe|localité|village)"
    r")\b",
    re.IGNORECASE,
)


# A period's opening words written at a sentence's start ("Since January, ...")
_OPENING = re.compile(
    r"^(?:Since|In|Over|During|Throughout|This|So|Across|Within|Depuis|En|Au|Cette|Ce|Durant|"
    r"Pendant)\b"
)
# A period told without its preposition ("killed in the past month"): the date words
_BARE = re.compile(r"^the\s+(?:past|last|previous)\b", re.IGNORECASE)


def period_words(period: str) -> str:
    """A running total's period as an event's name writes it after the place: "since
    January" for a sentence's "Since January, ...", «depuis janvier» for «Depuis
    janvier, ...» (trial 79's "killed in Guinea Depuis janvier"), "in the past month"
    for the date words "the past month"."""
    if _OPENING.match(period):
        period = period[0].lower() + period[1:]
    return f"in {period}" if _BARE.match(period) else period


def place_words(place: str) -> str:
    """`place` as an event's name gives it: "in Gossi", "north of Kidal" (a place
    that says how it lies as it is), "on the road between N'Guigmi and Bosso" (on a
    road, not in it)."""
    road = _ROAD.match(place)
    if road:
        return f"on the {place[road.end() :]}"
    return place if _PLACED.match(place) else f"in {place}"
