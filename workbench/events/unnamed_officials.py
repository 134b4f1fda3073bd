"""An unnamed official in a report's opening, whom the same report then names: one
voice. A wire's lede says "..., killing at least seven civilians, a local official
said", and its second paragraph "The prefect of Tone, Yao Akakpo, said seven people
were killed": the "local official" is the prefect, telling his own figure (trial 77:
the prefect's 7 was "confirmed by 4 other voices", one of them this lede). Events
count the two as one independent voice (`figures.independent_voices`).

Only one unnamed official ("a local official", "an official", "un responsable local",
"un élu") and a person named in the same document (`match.speakers.speaker`), of one
category and one figure, the unnamed one told first; a few sources ("two security
sources"), residents or witnesses are other people than the official the report
names, and a figure the named person does not give ties nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from workbench.events.statements import Counted
from workbench.match.speakers import speaker

# one unnamed official, before the brackets the store adds ("(Togo, Reuters)")
_ONE_OFFICIAL = re.compile(
    r"^(?:a|an|un|une)\s+(?:(?:local|senior|regional|district|government|security|"
    r"provincial|state|police|military|army|municipal|top|hospital|health)\s+){0,2}"
    r"(?:official|officer|administrator|authority|responsable|élu|élue|officiel|"
    r"fonctionnaire)(?:\s+(?:local|locale|régional|sécuritaire|administratif|"
    r"municipal|hospitalier))?(?:\s*\([^()]*\))?$",
    re.IGNORECASE,
)


def join_unnamed_officials(
    claims: Sequence[Counted], join: Callable[[Sequence[Counted]], None]
) -> None:
    """Join (`join`) each claim of one unnamed official (`_ONE_OFFICIAL`) to the claims
    of the one person its document names later who gives the same figure of the same
    category; where two people do, nothing is joined (no telling which)."""
    by_document: dict[int, list[Counted]] = {}
    for c in claims:
        by_document.setdefault(c.document_id, []).append(c)
    for own in by_document.values():
        unnamed = [c for c in own if _ONE_OFFICIAL.match(" ".join(c.voice.split()))]
        for c in unnamed:
            named = [
                o
                for o in own
                if o.id > c.id
                and speaker(o.voice)
                and o.category == c.category
                and o.value is not None
                and o.value == c.value
            ]
            if len({o.voice_id for o in named}) == 1:
                join([c, *named])
