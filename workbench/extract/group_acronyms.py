"""The Islamic State's acronym, "IS", read as a name and not as the verb "is".

Reports write the group as "IS" ("IS executed 11 captives", "On Monday, IS beheaded
two men", "IS said its fighters killed 30 soldiers"), and the readers, whose patterns
ignore case, read "IS executed" as a passive ("is executed"): the captives were taken
for hostages, the two men for troops, and "IS said" gave no voice. The readers see
the acronym as the stand-in "IZ", which keeps every offset, and as an armed group's
name, never a place's (`not_place_words.ARMED_GROUPS`); the claims' names (voice, actor,
subject, origin, place) give it back as "IS", and their words and sentence are taken
again from the text as written (`hashtags.as_written`).

Left as written: "IS" in a run of capitals ("THE ATTACK IS OVER", "DATE OF INCIDENT IS
DATE OF RESCUE"), where it is the verb, and any text that writes "IZ" itself.
"""

from __future__ import annotations

import re

from workbench.models import Claim, SourceDocument

_ACRONYM = re.compile(r"\bIS\b")
STAND_IN = "IZ"  # two capitals, as long as "IS"
_STAND_IN_WORD = re.compile(r"\bIZ\b")
_NAME_FIELDS = ("subject", "actor", "attribution", "origin", "location")
_REACH = 24  # characters either side that tell a run of capitals


def renamed(doc: SourceDocument) -> SourceDocument:
    """The document with each "IS" that names the group read as "IZ" (same length);
    the document itself where it holds none, or where it writes "IZ" itself."""
    text = doc.text
    if "IS" not in text or _STAND_IN_WORD.search(text):
        return doc
    read = _ACRONYM.sub(lambda m: m.group() if _in_capitals(text, m) else STAND_IN, text)
    return doc if read == text else doc.model_copy(update={"text": read})


def _in_capitals(text: str, match: re.Match[str]) -> bool:
    """Whether the words around `match` are written in capitals: more capital letters
    than small ones within `_REACH` characters either side, the acronym left out."""
    around = (
        text[max(0, match.start() - _REACH) : match.start()]
        + text[match.end() : match.end() + _REACH]
    )
    capitals = sum(c.isupper() for c in around)
    return capitals > sum(c.islower() for c in around)


def named_back(claim: Claim, renamed_doc: bool) -> Claim:
    """`claim` with the stand-in in its names (voice, actor, subject, origin, place) written
    "IS" again; `claim` itself where its document was not renamed."""
    if not renamed_doc:
        return claim
    update = {
        name: _STAND_IN_WORD.sub("IS", value)
        for name in _NAME_FIELDS
        if isinstance(value := getattr(claim, name), str) and STAND_IN in value
    }
    return claim.model_copy(update=update) if update else claim
