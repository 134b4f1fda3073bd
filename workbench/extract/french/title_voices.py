"""The voice a French headline names in brackets at its end, as the wires write it:
"Tchad : 20 soldats tués dans une attaque (armée)", "Soudan : 40 morts à El-Fasher
(ONU)", "... (sources sécuritaires)", or the author it names a statement for
("Communiqué de la salle d'urgence du camp de Zamzam"). The reader asks it for a
title naming no other voice."""

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
    r"entretien|portrait|reportage|urgent|officiel|bilan|suite|fin|"
    # a note on the text, no teller: "(traduit de l'arabe)", "(traduction non
    # officielle)", "(texte intégral)", "(en anglais)" (trial 67: the voice of ten claims)
    r"(?:traduit|traduction|version|texte|extraits?|résumé|en\s+(?:[a-zé]+))\b.*)$",
    re.IGNORECASE,
)
_MAX_WORDS = 5
_MAX_AUTHOR_WORDS = 10
# A heading naming the statement's author: "Communiqué de la salle d'intervention
# d'urgence du camp de Zamzam", "Communiqué du porte-parole des Forces armées
# soudanaises (traduction non officielle)", "Déclaration du bureau de l'OCHA".
# Its author's name ends where what the statement is about begins: "Déclaration du
# porte-parole du Secrétaire général sur la situation au Tchad" (the spokesperson).
_ABOUT = (
    r"(?:sur|à\s+l['’]occasion|au\s+sujet|concernant|relatif|relative|suite|après|portant|pour)"
)
_AUTHORED = re.compile(
    r"^\s*(?i:communiqué|déclaration|note\s+d['’]information)"
    r"(?i:\s+de\s+presse|\s+conjoint|\s+officiel)?"
    r"\s+(?:de\s+la\s+|du\s+|des\s+|de\s+l['’]\s*|de\s+)"
    rf"(?P<name>[^\W\d_](?:(?!\s+(?i:{_ABOUT})\b)[^()\n.:,;–—]){{2,100}}?)"
    rf"(?:\s+(?i:{_ABOUT})\b[^()\n]*)?\s*(?:\([^()]*\)\s*)?$"
)


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
    return _named(match, name)


def authored_voice(text: str, start: int, end: int) -> list[Speaker]:
    """The author a heading `text[start:end]` names its statement for ("Communiqué de
    la salle d'intervention d'urgence du camp de Zamzam": the room), if it does."""
    match = _AUTHORED.match(text, start, end)
    if match is None:
        return []
    name = " ".join(match["name"].split())
    if len(name.split()) > _MAX_AUTHOR_WORDS:
        return []  # a title, no author's name
    return _named(match, name)


def _named(match: re.Match[str], name: str) -> list[Speaker]:
    """The voice `name` a match's "name" group holds, a person or not."""
    person = bool(PERSON.search(name.lower()))
    return [Speaker(start=match.start("name"), end=match.end("name"), name=name, person=person)]
