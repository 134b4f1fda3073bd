"""Voices that name one told before them, in French: a pronoun ("a-t-il dit",
"selon lui"), the same source ("selon la même source", "de mêmes sources", "ces
sources"), a person named again by a bare title ("Le prêtre a ajouté", after
"l'abbé Aimé Dhego, curé de la paroisse"; "le ministre" after "le ministre de la
Défense X"), a body named again by its kind ("l'organisation", "l'agence
onusienne" after "l'Organisation internationale pour les migrations"), and a document
named again ("ce rapport", "ce document" after "un rapport du HCDH"). The reader
(`reader.FrenchReader.resolved_speakers`) gives each the name of the nearest voice
before it that `refers_to` accepts.
"""

from __future__ import annotations

import re

PRONOUNS = frozenset(
    {"il", "elle", "ils", "elles", "lui", "eux", "ce dernier", "cette dernière", "ces derniers",
     "l'intéressé", "l’intéressé", "l'intéressée", "l’intéressée"}
)  # fmt: skip
_SAME_SOURCE = re.compile(
    r"(?:la|cette|les|ces)\s+(?:mêmes?\s+)?sources?|(?:de\s+|la\s+|les\s+)?mêmes?\s+sources?"
)
# Titles that stand for one another: the clergy, officers, elected people.
_KINDRED = (
    frozenset({"prêtre", "abbé", "curé", "père", "pasteur", "révérend", "aumônier"}),
    frozenset({"officier", "colonel", "lieutenant", "capitaine", "commandant", "général"}),
    frozenset({"élu", "maire", "député", "bourgmestre"}),
)
_TITLES = frozenset().union(*_KINDRED) | frozenset(
    {
        "ministre", "gouverneur", "préfet", "sous-préfet", "porte-parole", "président",
        "présidente", "chef", "directeur", "directrice", "responsable", "administrateur",
        "coordonnateur", "coordinateur", "coordinatrice", "médecin", "témoin", "militant",
        "militante", "évêque", "imam", "représentant", "représentante", "procureur",
    }
)  # fmt: skip
# A body named again by its kind: "l'organisation", "l'ONG", "l'agence onusienne",
# "cette association" (at most one adjective after it): the body told before.
_BODY = re.compile(
    r"(?:l[’']|la|le|cette|cet)\s*(?:même\s+)?"
    r"(?:organisation|ong|agence|institution|association|structure)(?:\s+[a-zà-ÿ-]+)?"
)
# A body named again by its head noun alone: "le ministère" after "le ministère des
# Armées", "la commission" after "la Commission nationale des droits de l'homme" (trial
# 77: "précise le ministère" was a voice of its own beside the ministry it named).
_HEAD_AGAIN = re.compile(
    r"(?:l[’']|la|le|cette|cet|ce)\s*(?:même\s+)?"
    r"(?P<head>ministère|commission|comité|direction|mission)"
)
# A document named again: "ce rapport", "ce document", "le même communiqué" (what the
# voice before it published: "Selon un rapport du HCDH, ... Toujours selon ce rapport").
_DOCUMENT = re.compile(
    r"(?:ce|cette|le|la|ledit|ladite)\s+(?:même\s+)?(?:rapport|document|communiqué|texte|"
    r"note|étude|enquête|bilan|déclaration|publication)"
)
# What makes a voice a person, who is no body named again: "le porte-parole", "M. X".
_PERSON = re.compile(
    r"porte-parole|ministre|président|général|colonel|maire|préfet|gouverneur|chef|directeur|"
    r"commandant|responsable|témoin|habitant|m\.\s|mme\s"
)
_TITLE_ONLY = re.compile(r"(?:le|la|l[’']|ce|cet|cette)\s*(?:même\s+)?(?P<title>[\w-]+)")


def refers(name: str) -> bool:
    """Whether the voice `name` names one told before it rather than anyone itself."""
    lowered = name.lower()
    return (
        lowered in PRONOUNS
        or bool(_SAME_SOURCE.fullmatch(lowered))
        or _title(lowered) != ""
        or bool(_BODY.fullmatch(lowered))
        or bool(_DOCUMENT.fullmatch(lowered))
        or bool(_HEAD_AGAIN.fullmatch(lowered))
    )


def refers_to(name: str, earlier: str, told: str) -> bool:
    """Whether the voice `name` (which `refers`) may name the voice `earlier`, told as
    `told`: its name with the title set beside it ("l'abbé Aimé Dhego, curé de la
    paroisse"). A pronoun or the same source names any voice that is not itself a
    pronoun or the same source: a bare title too ("a déclaré le gouverneur. ... a-t-il
    ajouté"); a title only one holding that title or a kindred one ("le prêtre":
    "l'abbé X")."""
    lowered = earlier.lower()
    if lowered in PRONOUNS or _SAME_SOURCE.fullmatch(lowered):
        return False
    if _DOCUMENT.fullmatch(name.lower()):  # "ce rapport": whoever published one before
        return not _DOCUMENT.fullmatch(lowered) and not _BODY.fullmatch(lowered)
    if head := _HEAD_AGAIN.fullmatch(name.lower()):  # "le ministère": one of its kind
        named = re.findall(r"[\w-]+", lowered)
        return head.group("head") in named and len(named) > 2 and not _PERSON.search(lowered)
    if _BODY.fullmatch(name.lower()):  # "l'organisation": a body, named, no person
        return not _BODY.fullmatch(lowered) and not _PERSON.search(lowered) and " " in lowered
    title = _title(name.lower())
    if not title:
        return True
    words = set(re.findall(r"[\w-]+", told.lower()))
    kin = next((k for k in _KINDRED if title in k), frozenset({title}))
    return bool(words & kin)


def _title(lowered: str) -> str:
    """The title a voice named by a title alone holds ("le prêtre": "prêtre"), else ""."""
    match = _TITLE_ONLY.fullmatch(lowered)
    if match is None or match.group("title") not in _TITLES:
        return ""
    return match.group("title")
