"""The body a voice's name speaks for, beyond the armies and police `institutions`
keys: a ministry ("the interior ministry", "Ministry of Interior", "le ministère de
l'Intérieur"), a civil defence, a Red Crescent or Red Cross, and a body named by its
initials ("ISPR", "MoH in Gaza": `acronyms`), each with the country or the party that
runs it. Trials counted one ministry as five independent voices ("Gaza Ministry of
Health", "Gaza health ministry", "MoH in Gaza", "Ministry of Health in Gaza", "le
ministère de la Santé du Hamas") and suggested merging Gaza's health ministry with
Lebanon's: one body is one voice, two countries' ministries are two.

`body` keys a name as `institution` does, (body, country), and says the place its
name gives where that is no country ("Gaza's health ministry": Gaza), for the
claims' country to stand in (`match.one_body`). A country is a country's name or
nationality ("Lebanon's health ministry", "le ministère libanais de la Santé"), or
the party that runs the body ("the Taliban-run interior ministry", "le ministère de
la Santé du Hamas": `_RULING`). A member of the body ("a health ministry official",
"ministry sources") is none of its voices, as `institution` has it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from workbench.extract.gazetteer import COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME
from workbench.geo.geonames import fold
from workbench.match.acronyms import acronym
from workbench.match.institutions import _INITIALS, _french_country, institution


class Body(NamedTuple):
    """What a voice's name speaks for: the body (`key`), its country (lower-case),
    or the place its name gives that is no country ("gaza")."""

    key: str
    country: str | None
    place: str | None = None


# parties that run a state's bodies where they rule, and the country
_RULING = {"taliban": "afghanistan", "hamas": "palestine", "houthi": "yemen", "houthis": "yemen"}
# a ministry's subject, folded, in English and French, as one word
_SUBJECTS = {
    "interior": "interior",
    "interieur": "interior",
    "home": "interior",
    "home affairs": "interior",
    "health": "health",
    "public health": "health",
    "sante": "health",
    "sante publique": "health",
    "defence": "defence",
    "defense": "defence",
    "foreign": "foreign affairs",
    "foreign affairs": "foreign affairs",
    "affaires etrangeres": "foreign affairs",
    "justice": "justice",
    "information": "information",
    "education": "education",
    "finance": "finance",
    "finances": "finance",
    "social affairs": "social affairs",
    "affaires sociales": "social affairs",
    # a state's armed forces' ministry is its defence ministry: "le ministère des Armées"
    # (France, Togo), "Ministry of Armed Forces", "ministère des Forces armées"
    "armees": "defence",
    "forces armees": "defence",
    "armed forces": "defence",
    "security": "security",
    "securite": "security",
    "securite publique": "security",
    "public security": "security",
}
# a subject no table knows: one word, or two with "affairs" ("energy", "water affairs")
_SUBJECT = "|".join([*sorted(_SUBJECTS, key=len, reverse=True), r"\w+ affairs", r"\w+"])
# a head and the body it names, folded: "ministry of health", "health ministry",
# "ministere de la sante", "civil defence", "la defense civile"
_HEADS = (
    (re.compile(rf"\bministry of (?:the )?(?P<s>{_SUBJECT})\b"), "ministry"),
    (re.compile(rf"\b(?P<s>{_SUBJECT}) ministry\b"), "ministry"),
    (
        re.compile(
            rf"\bministere (?:(?P<adj>\w+) )?(?:de la |de l |du |des |de )(?P<s>{_SUBJECT})\b"
        ),
        "ministry",
    ),
    (re.compile(r"\b(?:civil defen[cs]e|defense civile|protection civile|civil protection)\b"), ""),
    (re.compile(r"\b(?:red crescent|croissant rouge)\b"), "red crescent"),
    (re.compile(r"\b(?:red cross|croix rouge)\b"), "red cross"),
)
_NAMED_KEYS = {"civil": "civil defence", "defense": "civil defence", "protection": "civil defence"}
_ROLE = re.compile(
    r"\b(?:spokes(?:man|woman|person)(?: s (?:unit|office))?|porte parole|press office|"
    r"media (?:wing|office))\b"
)
# a member or a part of a body, no voice of its own ("a health ministry official")
_MEMBERS = frozenset(
    "official officials officer officers source sources staff employee employees worker"
    " workers doctor doctors responsable responsables fonctionnaire fonctionnaires"
    " volunteer volunteers paramedic paramedics team teams toll figures data".split()
)
# words before "ministry" or after "ministry of" that are no subject of one
_NO_SUBJECT = frozenset(
    "the a an its his her their our this that which whose s run led controlled said says"
    " spokesman spokeswoman spokesperson official officials source sources".split()
)
# a level of a state below the country: another body than the country's
_LEVELS = frozenset("provincial district regional local state municipal county".split())
_LINKS = frozenset(
    "the a an of for in at le la les l d de du des un une en au aux s run led controlled"
    " agency society service services national".split()
)


@lru_cache(maxsize=1 << 14)
def body(name: str) -> Body | None:
    """(body, country, place) a voice's name speaks for: `institution`'s ("army
    (Nigeria)": army, nigeria), a body known by its initials (`institutions._INITIALS`:
    "IDF Spokesperson's Unit": army, israel), other initials alone ("ISPR":
    "initials:ISPR", for `one_body` to read from the full names beside it), or a
    ministry, a civil defence, a Red Crescent or Red Cross ("the Taliban-run interior
    ministry": ministry:interior, afghanistan; "Gaza's health ministry":
    ministry:health, place gaza). None where it names none of these, or a member."""
    found = institution(_served(name))
    if found is not None and found[1] is not None and not _a_country(found[1]):
        # brackets that name no country: "Gouvernement togolais (TVT)", the channel that
        # read its communiqué (trial 77: its country "tvt" kept it from "government (Togo)")
        found = institution(_served(_BRACKETS.sub(_first_country, name).strip()))
    if found is not None:
        return Body(*found)
    initials = acronym(name)
    if initials is not None:
        if initials in _INITIALS:
            return Body(*_INITIALS[initials])
        country, place = _bracket(name)
        where = re.search(r"\s(?:in|of|du|de|en|au)\s+([A-Z][\w'’-]*)", name)
        if where and country is None:
            country, place = qualifier(where.group(1))
        return Body(f"initials:{initials}", country, place)
    return _headed(name)


_BRACKETS = re.compile(r"\s*\([^()]*\)\s*$")
# a force named with its service's word: "Ghana Police Service", "Kenya Police Service",
# "Service de police" is the police (trial 77: "Police (Ghana)" and "Ghana Police Service"
# were two independent voices, never suggested as one)
_SERVICE = re.compile(r"\b(police)\s+(?:service|services)\b", re.IGNORECASE)


def _first_country(brackets: re.Match[str]) -> str:
    """Brackets' first part where it is a country ("(Ghana, Reuters)": " (Ghana)"),
    else nothing."""
    first = brackets.group(0).strip(" ()").split(",")[0].strip()
    return f" ({first})" if _a_country(first.lower()) else ""


def _served(name: str) -> str:
    """A name with a police's "Service" word left out ("Ghana Police Service": "Ghana
    Police")."""
    return _SERVICE.sub(r"\1", name)


def _a_country(name: str) -> bool:
    """Whether a lower-case name `institution` gives as a country is one."""
    return (
        COUNTRY_BY_NAME.get(name) is not None
        or COUNTRY_BY_NAME.get(fold(name)) is not None
        or _french_country(name) is not None
    )


def _bracket(name: str) -> tuple[str | None, str | None]:
    """The country (or place) a name's brackets give first: "(Palestine, WAFA)"."""
    found = re.search(r"\(([^()]+)\)\s*$", name)
    if not found:
        return None, None
    first = found.group(1).split(",")[0].strip()
    country, _ = qualifier(first)
    return country, None


def qualifier(word: str) -> tuple[str | None, str | None]:
    """What a word before or after a body's name says of whose it is: (country, None)
    by a country's name, nationality or ruling party ("Lebanon's", "libanais",
    "Taliban-run"); (None, place) for a capitalised name of no country ("Gaza");
    (None, None) else."""
    bare = re.sub(r"(?:['’]s|-(?:run|led|controlled))$", "", word.strip(",.")).strip()
    lowered = fold(bare)
    found = COUNTRY_BY_NAME.get(bare.lower()) or COUNTRY_BY_DEMONYM.get(bare.lower())
    if found is None:
        found = COUNTRY_BY_NAME.get(lowered) or COUNTRY_BY_DEMONYM.get(lowered)
    if found is not None:
        return found.name.lower(), None
    if lowered in _RULING:
        return _RULING[lowered], None
    french = _french_country(bare) if bare[:1].islower() else None
    if french is not None:
        return french, None
    if bare[:1].isupper() and lowered not in _LINKS:
        return None, lowered
    return None, None


def _headed(name: str) -> Body | None:
    """A ministry, a civil defence, a Red Crescent or Red Cross, with its country."""
    country, _ = _bracket(name)
    text = re.sub(r"\([^()]*\)\s*$", "", name).strip()
    # "X Y, spokesman for the Ministry of Interior", "le porte-parole du ministère de
    # l'Intérieur, X Y": the part that names the body
    parts = [p for p in text.split(",") if p.strip()]
    headed = [p for p in parts if _head(fold(p)) is not None]
    if len(headed) != 1:
        return None
    part = headed[0]
    folded = fold(part)
    if _MEMBERS & set(folded.split()):
        return None
    headed_as = _head(folded)
    if headed_as is None:
        return None
    key, (start, end), adjective = headed_as
    role = _ROLE.search(folded)
    after = folded[end:]
    if role and role.start() >= end:  # "interior ministry spokesman X Y": X Y no place
        after = folded[end : role.start()]
    before = folded[:start]
    if role and role.start() < start:  # "le porte-parole du ministère": before it
        before = folded[role.end() : start]
    rest = f"{before} {after}"
    words = _original(part, rest.split())
    if adjective:
        words.append(adjective)
    place: str | None = None
    for word in words:
        lowered = fold(word)
        if lowered in _LINKS:
            continue
        if lowered in _LEVELS:
            key = f"{key} ({lowered})"
            continue
        found, named = qualifier(word)
        if found is None and named is None:
            return None  # "the health ministry's toll": no name of the body alone
        if found is not None and country not in (None, found):
            return None  # two countries in one name
        country = country or found
        place = place or named
    return Body(key, country, None if country else place)


def _head(folded: str) -> tuple[str, tuple[int, int], str | None] | None:
    """The body a folded name's head names, where it stands, and a French
    nationality between "ministère" and its subject ("libanais")."""
    for pattern, kind in _HEADS:
        found = pattern.search(folded)
        if found is None:
            continue
        if kind == "ministry":
            said = found.group("s")
            if said.split()[0] in _NO_SUBJECT or qualifier(said.split()[0]) != (None, None):
                return None  # "the ministry", "the Syrian ministry", "Gaza's ministry"
            subject = _SUBJECTS.get(said, said)
            adjective = found.groupdict().get("adj")
            return f"ministry:{subject}", found.span(), adjective
        if not kind:
            return _NAMED_KEYS[found.group(0).split()[0]], found.span(), None
        return kind, found.span(), None
    return None


def _original(part: str, folded_words: list[str]) -> list[str]:
    """The words of `part` as written (capitals kept) that fold to `folded_words`, in
    order: "Gaza's health ministry" -> ["Gaza's"] for ["gaza", "s"]."""
    written: list[str] = []
    pool = [(w, fold(w).split()) for w in re.split(r"[\s]+", part) if w]
    wanted = list(folded_words)
    for word, pieces in pool:
        if pieces and wanted[: len(pieces)] == pieces:
            written.append(word)
            wanted = wanted[len(pieces) :]
        elif pieces and pieces[0] in wanted:
            written.append(word)
            wanted.remove(pieces[0])
    return written
