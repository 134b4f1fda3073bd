"""A short French aside between a pair of the same dash, between a subject and its
verb, leaves its sentence one clause: "Huit civils – dont trois femmes – ont été tués
mardi à Mavivi" keeps its place for the eight (`sentences.split_clauses` breaks at
dashes, and keeps such an aside whole before an English verb only)."""

from __future__ import annotations

import re

_ASIDE = re.compile(
    r"\s([–—]|--)\s[^–—;:]{1,60}?\s\1\s(?=(?:ont|a|sont|est|avaient|avait|étaient|était|"
    r"auraient|aurait|seraient|serait|furent|fut|ont-ils|ont-elles)(?![\w]))"
)


def joined_asides(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The clause spans, those a French dash aside cut apart joined again."""
    if len(spans) < 2 or not any(d in text[spans[0][0] : spans[-1][1]] for d in "–—-"):
        return spans
    asides = [m.span() for m in _ASIDE.finditer(text, spans[0][0], spans[-1][1])]
    joined = spans[:1]
    for start, end in spans[1:]:
        if any(a < start <= b for a, b in asides):  # cut inside an aside, or at its end
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined
