"""The voice a French headline names in brackets at its end, as the wires write it:
"Tchad : 20 soldats tués dans une attaque (armée)", "Soudan : 40 morts à El-Fasher
(ONU)", "... (sources sécuritaires)". The reader asks it for a title naming no
other voice."""

from __future__ import annotations

import re

from workbench.extract.french.voice_names import PERSON
from workbench.extract.speaker import Speaker
from workbench.models import BlockKind, SourceDocument

# A bracket closing the headline: one to five words, no figure, not what the page holds
# ("(vidéo)", "(photos)", "(mise à jour)") nor a date or a list's number.
_CLOSING = re.compile(r"\(\s*(?P<name>[^\W\d_][^()\d]{0,60}?)\s*\)\s*[.!]?\s*$")
_NOT_VOICES = re.compile(
    r"(?:vid[ée]os?|photos?|audio|images?|diaporama|direct|live|infographie|carte|"
    r"mise\s+à\s+jour|maj|actualisé|exclusif|exclusivité|tribune|analyse|interview|"
    r"entretien|portrait|reportage|urgent|officiel|bilan|suite|fin)$",
    re.IGNORECASE,
)
_MAX_WORDS = 5


def headline(doc: SourceDocument, block_index: int) -> bool:
    """Whether block `block_index` of `doc` is its title: so marked, or a plain text's
    first line, with no stop at its end."""
    block = doc.blocks[block_index]
    if block.kind == BlockKind.TITLE:
        return True
    return block_index == 0 and not doc.text[block.start : block.end].rstrip().endswith(".")


def bracketed_voice(text: str, start: int, end: int) -> list[Speaker]:
    """The voice in brackets closing the headline `text[start:end]`, if it names one."""
    match = _CLOSING.search(text, start, end)
    if match is None:
        return []
    name = " ".join(match["name"].split())
    if len(name.split()) > _MAX_WORDS or _NOT_VOICES.match(name):
        return []
    person = bool(PERSON.search(name.lower()))
    return [Speaker(start=match.start("name"), end=match.end("name"), name=name, person=person)]
