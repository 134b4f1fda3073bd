"""A brief's fields name each figure's voice in a bracket after it (trial 79): "killed: 2
(government) to 7 (FDC opposition) | wounded: 19 police (government), dozens of
protesters (FDC) | arrested: 30 (police)". The field's label gives the category (a
coder's field, `victim_words.CODED`, as ACLED's "Fatalities: 10" is read), the bracket
closing the figure its voice: the 2 is the government's, the 7 the FDC's. Read without
it, the 7 was lost, the brackets taken for the doers ("government" the actor of the
wounded), each figure in the page's voice.

Here a claim whose words open with a field's label ("killed:", "wounded:", "arrested:")
and whose figure a bracket closes, right after its words or as their end, takes the
bracket's words as its voice (a bracket closing them only after the figure and a few
words: "19 police (government)", not "a leader of the ... Freedom Fighters (BIFF)", a
name's initials) where they name a body, a role or its initials
("prefecture, revised from 4" the prefecture's, "FDC"; "estimate", "approx.", a figure,
"from Equatorial Guinea, Chad" or "Guinea" no voice); an actor
the claim's own words do not name goes (it was a bracket's, or another field's). A
second figure after the bracket, "to", "or" or "vs" between and a bracket of its own
("2 (government) to 7 (FDC opposition)"), is the same field's count in that voice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from workbench.extract.voicewords import (
    ORGANISATION,
    PERSON_WORDS,
    SPEAKER_NOUNS,
    looks_like_voice,
)
from workbench.models import Claim

# A field's label opening a claim's words: "killed: ", "Fatalities = ", "arrested: ".
_LABEL = re.compile(r"^[A-Za-z]+(?:\s+[A-Za-z]+)?\s*[:=]\s*")
# A bracket right after a claim's words, or closing them: " (government)".
_AFTER = re.compile(r"\s*\((?P<voice>[^()|\n]{2,60})\)")
_CLOSING = re.compile(r"\((?P<voice>[^()|\n]{2,60})\)$")
# A rival figure of the same field after the bracket: " to 7 (FDC opposition)".
_RIVAL = re.compile(
    r"\s*(?:to|or|vs\.?|versus|–|—|-)\s*(?P<figure>\d{1,7})\s*\((?P<voice>[^()|\n]{2,60})\)"
)
# The figure and its few words before a bracket closing a claim's words: "19 police ",
# ", dozens of protesters " (a name's words, "a leader of the outlawed Bangsamoro Islamic
# Freedom Fighters (BIFF)", run longer).
_ITEM = re.compile(r"(?:^|[:=,)]\s*)(?P<words>(?:[^\s,():=]+\s+){1,4})$")
_BRACKETS = re.compile(r"\([^()]*\)")
# Words that qualify a figure in its bracket, no voice's: "(estimate)", "(approx.)".
_NO_VOICE = re.compile(
    r"^(?i:estimates?|est\.?|approx\w*\.?|about|around|at\s+least|unconfirmed|confirmed|"
    r"provisional|preliminary|coded|reported|total|incl\w*\.?|among|plus|of\s|per\s|"
    r"each|all|both|none|unknown|from|in|at|on|near|by|with|for|mostly|mainly)(?![a-z])"
)


def with_field_voices(claims: Iterable[Claim], text: str) -> Iterator[Claim]:
    """The claims, each field's figure in the voice its bracket names, and a field's
    rival figure after it ("2 (government) to 7 (FDC opposition)": the 7) added after
    it; `text` is the document's text the claims' offsets are in."""
    for claim in claims:
        if not _LABEL.match(claim.text):
            yield claim
            continue
        bracket = _CLOSING.search(claim.text)
        end = claim.end
        if bracket is None:
            bracket = _AFTER.match(text, claim.end)
            end = bracket.end() if bracket is not None else end
        voice = _voice(bracket.group("voice")) if bracket is not None else None
        if voice is not None and bracket is not None and bracket.re is _CLOSING:
            item = _ITEM.search(claim.text, 0, bracket.start())
            if item is None or _initials(item.group("words"), voice):
                voice = None  # "An alleged leader of the ... Freedom Fighters (BIFF)"
        if voice is None:
            yield claim
            continue
        own = _BRACKETS.sub("", claim.text)  # "19 police (government)": no actor named
        actor = claim.actor if claim.actor and claim.actor in own else None
        claim = claim.model_copy(update={"attribution": voice, "origin": None, "actor": actor})
        yield claim
        rival = _RIVAL.match(text, end)
        if rival is not None and (other := _voice(rival.group("voice"))) is not None:
            figure = int(rival.group("figure"))
            yield claim.model_copy(
                update={
                    "start": rival.start("figure"),
                    "end": rival.end("figure"),
                    "text": rival.group("figure"),
                    "value": figure,
                    "low": figure,
                    "high": figure,
                    "qualifier": "exact",
                    "attribution": other,
                    "part": None,
                }
            )


def _initials(words: str, voice: str) -> bool:
    """Whether `voice` is the initials of the capitalised words before it ("Islamic
    Freedom Fighters (IFF)"): a name's acronym, not who counts."""
    capitals = "".join(w[0] for w in words.split() if w[:1].isupper())
    return len(voice) > 1 and voice.isupper() and capitals.endswith(voice)


def _voice(words: str) -> str | None:
    """The voice a bracket's words name (before a comma: "prefecture, revised from 4"),
    or None where they qualify the figure or name no one."""
    name = words.split(",")[0].strip()
    if not name or any(c.isdigit() for c in name) or _NO_VOICE.match(name):
        return None
    last = name.split()[-1]
    named = (  # a body, a role or its initials: not a place's or a people's name
        SPEAKER_NOUNS.search(last)
        or ORGANISATION.search(last)
        or PERSON_WORDS.search(name)
        or (last.isupper() and len(last) > 1)
    )
    return name if named and looks_like_voice(name) else None
