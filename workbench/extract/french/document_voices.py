"""A French voice named by the document it spoke in: "selon un communiqué du ministère
de la Sécurité", "d'après un nouveau rapport de l'ONU publié mardi", "selon le dernier
bilan de la gendarmerie" are the ministry's, the UN's, the gendarmerie's. The English
reader does the same (`relay.document_author`: "a statement from the military" is the
military's), so that one body is one voice whatever it said its figures in: trial 77
stored "un nouveau communiqué du ministère des Armées publié" as a voice of its own,
beside the ministry and the government, and events counted it as one more independent
voice. A document of an event ("le bilan de l'attaque"), of a day ("le communiqué de
lundi") or of no one ("un rapport de 40 pages") names no author and stays as it was.
"""

from __future__ import annotations

import re

from workbench.extract.french.calendar_words import DAYS, MONTHS
from workbench.extract.french.voice_names import EVENT

# the document's noun, its article and adjectives before it, its qualifiers after it,
# then "de"/"du"/"de la"/"des" and its author; a participle and what follows it (when,
# where it was published) is no part of the author: "publié mardi soir", "lu à la
# télévision"
_DOCUMENT = re.compile(
    r"^(?:(?:un|une|le|la|l[’']|les|des|son|sa|ses|leur|leurs|ce|cet|cette)\s*)?"
    r"(?:(?:nouveau|nouvel|nouvelle|dernier|dernière|premier|première|récent|récente|"
    r"bref|brève|long|longue|court)\s+)?"
    r"(?:communiqué|rapport|déclaration|note|message|bilan|décompte|document|texte|"
    r"point\s+de\s+(?:situation|presse)|compte\s+rendu)"
    r"(?:\s+(?:officiel|officielle|provisoire|conjoint|conjointe|final|finale|actualisé|"
    r"interne|confidentiel|confidentielle|préliminaire|"
    r"de\s+presse|d[’']information|d[’']étape|de\s+situation))*"
    # signed by its author: "un communiqué signé du porte-parole", "émanant de l'état-major"
    r"(?:\s+(?:signée?s?|émise?s?)\s+par\s+"
    r"|(?:\s+(?:signée?s?|émanant|émise?s?))?\s+(?P<of>du|des|de\s+la|de\s+l[’']|d[’']|de)\s*)"
    r"(?P<author>\S.*)$",
    re.IGNORECASE,
)
_PARTICIPLE = re.compile(
    r"\s+(?:publié|diffusé|rendu\s+public|lu|transmis|parvenu|envoyé|adressé|signé|daté|"
    r"relayé|posté|mis\s+en\s+ligne|repris)e?s?(?![\w]).*$",
    re.IGNORECASE,
)
_JOINT = re.compile(r"\s(?:et|ainsi\s+que)\s", re.IGNORECASE)
_ARTICLE_OF = {"du": "le ", "des": "les ", "de la": "la ", "de l'": "l'", "de l’": "l’"}
# an author that is a time or a size: "le communiqué de lundi", "un rapport de 40 pages"
_NO_AUTHOR = re.compile(
    rf"^(?:{DAYS}|{MONTHS}|hier|ce\s|cette\s|la\s+veille|la\s+semaine|l[’']an|l[’']année|"
    r"\d|source|sources|presse\s)",
    re.IGNORECASE,
)


def document_author(name: str) -> str | None:
    """The author a French voice's name gives where the name is a document of theirs
    ("un communiqué du ministère des Armées publié": "le ministère des Armées"; "un
    rapport de l'ONU": "l'ONU"; "le bilan de MSF": "MSF"), else None ("le bilan de
    l'attaque", "un communiqué de lundi", "un rapport")."""
    found = _DOCUMENT.match(" ".join(name.split()))
    if found is None:
        return None
    author = _PARTICIPLE.sub("", found.group("author")).strip(" ,")
    if not author or _NO_AUTHOR.match(author) or _JOINT.search(author):
        return None  # a day, a size; two authors of one joint statement
    of = " ".join((found.group("of") or "").lower().split())
    author = f"{_ARTICLE_OF.get(of, '')}{author}"
    if re.match(EVENT + r"$", author.lower()) or re.match(EVENT + r"(?:\s|$)", author.lower()):
        return None  # "le bilan de l'attaque", "le bilan des violences de mardi"
    return author


# A participle closing an author's name that a toll's "bilan de X" left on it: "selon un
# bilan de la protection civile transmis à la presse", "des chiffres de la police parvenus
# à notre rédaction", "un décompte de HRW diffusé lundi" (read as the voices "la
# protection civile transmis", "la police parvenus").
_PARTICIPLE_AFTER = re.compile(
    r"(?<=[\w)])\s+(?:publié|diffusé|rendu\s+public|transmis|parvenu|envoyé|adressé|relayé|"
    r"posté|mis\s+en\s+ligne|repris|daté|signé|consulté|obtenu)(?:e|s|es)?$",
    re.IGNORECASE,
)


def without_participle(name: str) -> str:
    """`name` without a participle of transmission closing it ("la police parvenus":
    "la police"); a name of one word, or none, stays as it is."""
    cut = _PARTICIPLE_AFTER.sub("", name)
    return cut if " " in cut or cut[:1].isupper() else name
