"""An outlet named with its date on the line after a title: "Tchadinfos, le 22 novembre
2026", "Alwihda Info, 29 November 2026" (trial 75b: both read as no outlet, so their
claims were given to a voice named after the headline).

The line after the title block, that is no block itself (ingest/furniture.py drops
such lines), holds a name of one to four capitalised words, a comma, a place and a
comma or not ("Radio Kassoumay FM, Ziguinchor, 21 novembre 2026"), a word of
publishing or "le" or not ("RFI, publié le 23/11/2026"), and a full date, in words or
in figures day first, and nothing else (trial 78: both of those named no outlet). The
name may join its capitalised words by "de", "du", "des", "et" or "d'" ("Le Courrier de
Conakry, Conakry, 21 novembre 2026") and follow "Publié par" ("Publié par Mosaïque
Forêt, le 20 novembre 2026"; trial 79: both named no outlet).
The name is no outlet where it names a place: a letter's
"N'Djamena, le 25 novembre 2026" (a known place, a country or a capital:
`extract.gazetteer`), or a word the body puts a place after ("à Doba", "in Doba"); nor
a weekday, a month or a word that dates a page ("Monday, 30 November 2026", "Updated,
..."); an article opens an outlet's name ("Le Pays, mis à jour le 2 mai 2026").
"""

from __future__ import annotations

import re

from workbench.extract.dates import MONTH_NAMES_RE
from workbench.extract.french.calendar_words import MONTHS as FRENCH_MONTHS
from workbench.extract.gazetteer import COUNTRIES, COUNTRY_OF_PLACE
from workbench.models import Block, BlockKind

# a month in English or French, whole or cut short ("Nov.", "janv.")
_MONTHS = (
    rf"(?:{MONTH_NAMES_RE}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|{FRENCH_MONTHS}|janv|"
    r"févr|avr|juil|déc)\.?"
)
_DATE = rf"(?:\d{{1,2}}(?:er)?\s+{_MONTHS}\s+\d{{4}}|{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}})"
# The name, a place after it ("Radio Kassoumay FM, Ziguinchor, 21 novembre 2026"), a
# word of publishing ("RFI, publié le 23/11/2026", "Foroyaa, updated on 2 May 2026"),
# the date in words or in figures, day first.
_NAME_LINE = re.compile(
    r"[ \t]*(?:(?:Publié|Publie|Posté|Poste|Mis en ligne)\s+par\s+)?"
    r"(?P<name>[A-Z][\w.&'’-]*(?:[ ](?:(?:de|du|des|et)[ ](?:la[ ]|l['’])?|d['’])?"
    r"[A-Z][\w.&'’-]*){0,3}),\s*"
    r"(?:[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2},\s*)?"
    r"(?:(?:publié|mis à jour|published|updated|posted)(?:\s+(?:le|on))?\s+|le\s+)?"
    rf"(?:{_DATE}|\d{{1,2}}/\d{{1,2}}/\d{{4}})[ \t]*$"
)
_NOT_OUTLET = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi "
    "vendredi samedi dimanche updated published posted modified publié publie mis le la "
    "fait date".split()
)
_ARTICLES = frozenset({"le", "la", "les", "l'", "the"})  # "Le Pays", "Le Soleil": outlets
_PLACES = frozenset(
    name.casefold()
    for name in (
        *COUNTRY_OF_PLACE,
        *(c.name for c in COUNTRIES),
        *(a for c in COUNTRIES for a in c.aliases),
        *(c.capital for c in COUNTRIES if c.capital),
    )
)


def dated_outlet(text: str, blocks: list[Block]) -> str | None:
    """The outlet a line of a name and a date names right after the title (module
    docstring), None where none does."""
    if not blocks or blocks[0].kind is not BlockKind.TITLE:
        return None
    end = blocks[1].start if len(blocks) > 1 else len(text)
    lines = [m for m in re.finditer(r"[^\n]*\S[^\n]*", text[blocks[0].end : end])]
    if len(lines) != 1:
        return None
    line = _NAME_LINE.fullmatch(lines[0].group())
    if line is None:
        return None
    name = line.group("name")
    words = name.casefold().split()
    if any(w in _NOT_OUTLET - _ARTICLES for w in words) or words[-1] in _ARTICLES:
        return None  # a weekday, a word of publishing, an article alone
    if name.casefold() in _PLACES:
        return None
    placed = re.compile(rf"\b(?:in|at|near|à|au|dans)\s+{re.escape(name)}\b")
    return None if placed.search(text) else name
