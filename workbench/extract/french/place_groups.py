"""Where a French place phrase is part of an armed group's name, no place: "l'État
islamique au Grand Sahara", "Al-Qaïda au Maghreb islamique", "l'État islamique en
Afrique de l'Ouest" (`places.find_places` passes such phrases over)."""

from __future__ import annotations

import re

# What makes the place after it a part of a group's name: "l'État islamique au Grand
# Sahara", "Al-Qaïda au Maghreb islamique".
_GROUP_BEFORE = re.compile(r"(?:(?i:islamique|qa[ïi]da|daech)|(?<![\w])EI)\s+$")
# The rest of such a name, a place after "de" that is no place: "l'État islamique en
# Afrique de l'Ouest" (a place may follow the whole: "... en Afrique centrale à Beni").
_GROUP_TAIL = re.compile(
    r"(?:(?i:islamique|qa[ïi]da|daech)|(?<![\w])EI)\s+(?i:en|au|dans\s+le)\s+"
    r"(?:Afrique|Maghreb|Grand)"
    r"(?:\s+(?-i:[a-zé]+))?\s+(?i:de\s+|du\s+|d[’'])"
)
_GROUP_REACH = 40  # characters before a place that `_GROUP_BEFORE` reads


def in_group(text: str, at: int) -> bool:
    """Whether a place phrase starting at `at` is part of a group's name
    (`_GROUP_BEFORE`, `group_tail`)."""
    return _GROUP_BEFORE.search(text, max(0, at - _GROUP_REACH), at) is not None or group_tail(
        text, at
    )


def group_tail(text: str, at: int) -> bool:
    """Whether the words at `at` end a group's name ("de l'Ouest" in "l'État islamique en
    Afrique de l'Ouest", `_GROUP_TAIL`)."""
    return any(
        m.start() < at <= m.end()
        for m in _GROUP_TAIL.finditer(text, max(0, at - _GROUP_REACH), at + 4)
    )
