"""A place word heading an institution's name is no place (trial 77: « Centre hospitalier
régional de Dapaong » gave the place "Centre", a region's name in several countries,
which the gazetteer could not find). The institution's town is the place its name
gives: « au Centre hospitalier régional de Dapaong » is Dapaong, « au Centre de santé de
Kara » Kara, « l'Hôpital régional de Sokodé » Sokodé, « l'Université de Kara » Kara;
named as an official's office is (`place_titles.voiced_office`), not `locative`, so a
place the sentence ties to what happened wins over it. A name that gives no town
(« le Centre hospitalier universitaire ») gives no place at all.
"""

from __future__ import annotations

import re

from workbench.extract.place_mention import PlaceMention

# The institution: a generic head, what kind of one it is, then « de » and its town.
# "CHR", "CHU": the initials of a regional or university hospital centre.
_INSTITUTION = re.compile(
    r"(?P<head>(?-i:Centre|Hôpital|Hopital|Clinique|Polyclinique|Université|Institut|Lycée|"
    r"Collège|École|Ecole|Dispensaire|Maternité|CHR|CHU|CMA|CSPS))"
    r"(?P<kind>(?:\s+(?:hospitaliers?|hospitalo-universitaire|universitaires?|régional|"
    r"régionale|préfectoral|préfectorale|général|générale|national|nationale|"
    r"départemental|départementale|provincial|provinciale|de\s+district|de\s+référence|"
    r"médical|médicale|médico-chirurgical|de\s+santé(?:\s+(?:intégré|et\s+de\s+promotion"
    r"\s+sociale))?|protestant|catholique|confessionnel|militaire|public|publique|"
    r"d['’]instruction|de\s+traumatologie|des\s+armées|évangélique|baptiste|adventiste|"
    r"(?!(?:Nord|Sud|Est|Ouest|Centre)(?![\w’'-]))(?-i:[A-ZÀ-Ý][\w’'-]+))){0,3})"
    r"(?:\s*\((?-i:[A-Z]{2,6})\))?"
    r"(?:\s+(?:de|d['’])\s*(?P<town>(?-i:[A-ZÀ-Ý][\w’'-]+)(?:[ -](?-i:[A-ZÀ-Ý][\w’'-]+))?))?",
    re.IGNORECASE,
)
# A head alone is a common noun ("un centre", "l'hôpital"): only a head followed by its
# kind, or written with its capital before « de » and a town, names an institution.
_HEADS = (
    "centre",
    "hôpital",
    "hopital",
    "clinique",
    "polyclinique",
    "université",
    "institut",
    "lycée",
    "collège",
    "école",
    "ecole",
    "dispensaire",
    "maternité",
    "chr",
    "chu",
    "cma",
    "csps",
)


def institution_towns(
    text: str, start: int, end: int, found: list[PlaceMention]
) -> list[PlaceMention]:
    """`found` (the places of `text[start:end]`) with each mention that lies in an
    institution's name replaced by the town that name gives, not `locative`, or dropped
    where the name gives none; the others as they are."""
    if not any(head in text[start:end].lower() for head in _HEADS):
        return found  # most sentences name no institution
    names = [m for m in _INSTITUTION.finditer(text, start, end) if _named(m)]
    if not names:
        return found
    kept: list[PlaceMention] = []
    for place in found:
        name = next((m for m in names if _within(place, m)), None)
        if name is None:
            kept.append(place)
            continue
        town = name.group("town")
        if town is None or any(p.start == name.start("town") for p in kept):
            continue
        kept.append(PlaceMention(name.start("town"), name.end("town"), town, False))
    return kept


def _named(match: re.Match[str]) -> bool:
    """Whether `match` is an institution's name: its head capitalised and a kind after
    it ("Centre hospitalier", "Hôpital régional"), or initials ("CHR de Dapaong")."""
    head = match.group("head")
    if head.isupper():
        return True
    return head[0].isupper() and bool(match.group("kind"))


def _within(place: PlaceMention, name: re.Match[str]) -> bool:
    """Whether `place` is a part of the institution's name `name` or the name itself, a
    preposition before it aside: "Centre", "Au Centre de santé de Kara"."""
    return place.start < name.end() and place.end > name.start() and place.end <= name.end()
