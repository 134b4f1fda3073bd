"""The phrases that place a name after a preposition, as compiled patterns, for
`place_locatives.py`: "in Gao", "near Kukawa", "some 40 km from Maiduguri", "in the
centre of Kabul", "north-east of Goma", "in the northern town of X", "between X and
Y", "on the Kirkuk-Daquq road", "fled Kabul" (`LOCATIVE`: its preposition in the group
`prep`, the place in `name`, `between`, `ends`, `route`, `fname`, `cname` or `ename`);
`LOCATIVE_FIRST`, the words a match starts with, for the sentence's word index. A name is
`place_patterns.NAME`. Split from place_patterns.py.
"""

from __future__ import annotations

import re

from workbench.extract.place_patterns import KIND_OF, NAME, NAME_LIST, PLACE_WORD

_DIRECTION = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
_ENUM = r"(?:\(\d{1,2}\)\s*)?"
# Lower-case words for a part of a place, before its name: "in downtown Bogotá", "in rural
# Idlib" (`geo.resolve` reads them as "in" the place).
_PART = r"downtown|rural|suburban"
# A distance from a place: "some 40 km from Maiduguri" is near it (the match starts
# at the unit: a number starts no word the index looks up).
_DISTANCE_FROM = r"(?:km|kms|kilomet(?:re|er)s?|miles)\s+(?:away\s+)?from"
DISTANCE_FROM = re.compile(_DISTANCE_FROM, re.IGNORECASE)
# The middle of a town is the town: "in the centre of X", "at the town center of X", "in
# the heart of X" (read as "in X"; not "a health centre of the Red Cross": "the" only).
_CENTRE_OF = r"(?:in|at)\s+the\s+(?:(?:town|city)\s+)?(?:cent(?:re|er)|heart)\s+of"
CENTRE_OF = re.compile(_CENTRE_OF, re.IGNORECASE)
PLAIN_PREPOSITIONS = ("in", "at", "inside", "within", "into", "throughout", "across", "around")
# Not a preposition glued to a word by an apostrophe: "Jama'at Nusrat al-Islam" (trial
# 77: the group's name read as "at Nusrat al-Islam", its claims placed there)
LOCATIVE = re.compile(
    r"\b(?<!\w['’])(?P<prep>(?i:"
    + "|".join(PLAIN_PREPOSITIONS)
    + r"|near|outside(?:\s+of)?|close\s+to|not\s+far\s+from|"
    + _DISTANCE_FROM
    + r"|"
    r"(?:on|in)\s+the\s+outskirts\s+of|on\s+the\s+border\s+(?:with|of)|" + _CENTRE_OF + r"|"
    r"(?:just\s+|some\s+[\w,]+\s+\w+\s+)?"
    + _DIRECTION
    + r"(?:ern)?\s+of))\s+"
    + _ENUM
    # "the Syrian town of Al-Bab", and a headline's "Syrian town of Al-Bab"; a landmark's
    # praise before its name: "near the historic Red Fort" (pairs-news-i study)
    + r"(?:the\s+(?:(?:historic|ancient|famous|iconic)\s+"
    + r"(?=[A-Z]))?(?:"
    + KIND_OF
    + r"(?:the\s+)?)?|"
    + KIND_OF
    + r"(?:the\s+)?)?(?P<dir>(?:(?:north|south|east|west|central)(?:ern)?|north-?eastern|"
    # "in northwest Pakistan's Khyber Pakhtunkhwa": a compass point with no "-ern"
    r"north-?western|south-?eastern|south-?western|(?:north|south)-?(?:east|west)|"
    + _PART
    + r")\s+)?(?P<name>"
    + NAME
    + r")"
    + rf"(?P<suffix>\s+(?:{PLACE_WORD})\b)?"
    + r"|\b(?P<between>(?i:between)\s+"
    + _ENUM
    + NAME
    + r"\s+and\s+"
    + NAME
    + r")"
    # "on the Kirkuk-Daquq road": a road named by its ends
    + r"|\b(?i:along|on)\s+the\s+(?P<ends>[A-Z][\w'’]*(?:-[A-Z][\w'’]*)+\s+"
    r"(?i:road|route|highway|axis))\b"
    + r"|\b(?i:along|on)\s+the\s+(?P<route>(?i:road|route|highway|axis|border)\s+"
    r"(?i:linking|between|from|to|connecting|joining|with)\s+"
    + _ENUM
    + NAME_LIST
    + r")"
    + r"|\b(?P<fled>(?i:fled|fleeing|flee|left))\s+(?:from\s+)?(?P<fname>"
    + NAME
    + r")"
    # places counted, named by the area they lie in: "in three Zamfara villages", "attacks
    # on five Plateau communities" (the area, `cname`)
    + r"|\b(?i:in|on|across|at)\s+(?i:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"several|various|some|many)\s+(?P<cname>"
    + NAME
    + r")(?=\s+(?i:villages|communities|towns|settlements|hamlets|localities|districts|lgas)\b)"
    # an event named by its place after a word of when or how: "killed in fresh Sulu
    # clash", "in renewed Kasai violence" (the place, `ename`)
    + r"|\b(?i:in|during)\s+(?i:fresh|new|latest|renewed|another|recent|fierce|deadly|heavy"
    r"|separate|overnight|weekend|twin)\s+(?P<ename>"
    + NAME
    + r")(?=\s+(?i:clash(?:es)?|attacks?|ambush|raids?|blasts?|bombings?|explosions?|fighting"
    r"|violence|shooting|gunfight|encounter|offensive|unrest)\b)"
)
# The words a LOCATIVE match starts with ("north-east of" starts with "north").
LOCATIVE_FIRST = frozenset(
    (
        *PLAIN_PREPOSITIONS,
        *"near outside close not on just some north south east west northeast northwest "
        "southeast southwest northern southern eastern western northeastern northwestern "
        "southeastern southwestern between along fled fleeing flee left km kms kilometres "
        "kilometers kilometre kilometer miles during".split(),
    )
)
