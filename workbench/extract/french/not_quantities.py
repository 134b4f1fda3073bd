"""What a French figure is when it counts nothing: a year ("en 2021", "mars 2024"), a
date ("le 3 juin"), a time ("14h30"), an ordinal ("la 5e région", "1er"), an age ("âgé
de 25 ans"), a calibre ("12,7 mm"), a numbered text ("décret n° 2021-123", "article
5"), a unit or a thing numbered by its noun ("le bataillon 12", "la RN 16"), a place's
size ("une ville de 40 000 habitants"), the number in a place's name ("Baba 1").
Split from numbers.py, which asks `not_a_figure` and `numbered_name` of each figure it
reads; each takes the folded text (`casefold.fold`) but `numbered_name`, which reads
the text as written."""

from __future__ import annotations

import re

from workbench.extract.french.calendar_words import MONTHS, SHORT_MONTHS

# Before an age: "âgé de 25 ans", "âgés de 5 à 15 ans".
AGED = re.compile(r"âgée?s?\s+d[e’']\s*(?:\d+\s*(?:à|et|-)\s*)?$")
_YEARS_OLD = re.compile(r"\s*ans?(?![\w])")
_WORD_AFTER = re.compile(r"\s+[a-zà-ÿ]")
_NOT_AFTER = re.compile(
    rf"(?:e|è|ème|eme|er|ère|re|nd|nde)(?![\w])|\s*(?:{MONTHS})(?![\w])|\s*h\s*\d|h(?![\w])"
    r"|\s*(?:mm|millimètres?)(?![\w])|\s*/\s*\d"
    # a day before its month shortened: "Ziguinchor, 24 nov (APS) -" (trial 78: killed 24)
    rf"|\s+(?:{SHORT_MONTHS})"
)
_NOT_BEFORE = re.compile(
    r"(?:n[°o]\.?|numéro|article|art\.|décret|loi|ordonnance|l[’']arrêté|[a-z]-|\d[-/]"
    r"|âgée?s?\s+de|années?|l[’']an"
    r"|population\s+(?:de|d[’'])\s*(?:(?:plus|près|moins)\s+d[e’']\s*|environ\s+)?"
    # a unit or a thing numbered by its noun: "le bataillon 12", "le secteur 1", "la RN 16"
    r"|(?<![\w])(?:bataillon|compagnie|secteur|régiment|escadron|peloton|section|brigade|"
    r"arrondissement|bloc|lot|poste|route\s+nationale|rn|pk|ligne|vol|"
    r"phase|étape|chapitre|page|niveau|numéro)"
    # a gang's name: "le gang 400 Mawozo", "l'organisation criminelle 400 Mawozo"
    # (french-q study: read as 400 people fleeing or arrested)
    r"|(?<![\w])(?:gangs?|bandes?)(?:\s+armée?s?)?|organisation\s+criminelle)\s*$"
)
# A place's size, its people counted as the place's ("compte 12 millions d'habitants",
# "une ville de 40 000 habitants"); not people a fate counts ("le déplacement de 1 200 000
# habitants", "contraint 820 000 habitants à fuir").
_HABITANTS_AFTER = re.compile(r"\s*(?:(?:de\s+)?millions?\s+)?(?:d[’']\s*)?habitants(?![\w])")
_PLACE_SIZE_BEFORE = re.compile(
    r"(?:compte|comptait|comptant|abrite|abritait|peuplée?s?\s+d[e’']|(?:ville|pays|localité|"
    r"commune|région|province|village|cité)\s+d[e’'])\s*(?:(?:plus|près|moins)\s+d[e’']\s*|"
    r"environ\s+|quelque\s+)?$"
)
# A month before a figure in digits or a number of a year's size makes it a year ("mars
# 2024", "février deux mille vingt"), not a small one in words: "a fait mardi 3 février
# huit victimes" counts eight.
_MONTH_BEFORE = re.compile(rf"(?:{MONTHS})\s*$")
_YEAR_SIZE = 1000
_YEAR_BEFORE = re.compile(
    r"(?:en|(?<!plus\s)(?<!près\s)(?<!moins\s)(?<!autour\s)(?<!proche\s)de|depuis|dès|avant|"
    r"après|fin|début|mi-|courant|été|hiver|printemps|automne|l[’']an|année|années)\s*$"
)  # "plus de 2000 morts", "près de 2000", "pas moins de 2000": a count, no year

# A place's number after its name, nothing counted after it: "l'épouse du chef de Baba 1
# et ses quatre enfants", "le site de Mugunga 3," (read on the text as written).
_NAME_BEFORE = re.compile(r"(?<![\w])(?:de|du|des|d[’']|à|au)\s*[A-ZÀ-Ý][\w’'-]+\s+$")
_NOTHING_COUNTED = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:et|ou)\s")


def numbered_name(text: str, match: re.Match[str], lo: int) -> bool:
    """Whether a small figure in digits is the number in a place's name ("Baba 1")."""
    if match.lastgroup != "digits" or len(match.group()) > 2:
        return False
    return bool(
        _NAME_BEFORE.search(text, max(lo, match.start() - 40), match.start())
        and _NOTHING_COUNTED.match(text, match.end())
    )


def not_a_figure(folded: str, match: re.Match[str], before: str, hi: int, value: float) -> bool:
    """A year, a date, a time, an ordinal, an age, a calibre or a numbered text:
    `match` a figure of `numbers.CORE` in `folded`, `before` the text before it (up to
    40 characters), `hi` where the text read ends, `value` the number it stands for."""
    after = folded[match.end() : min(hi, match.end() + 14)]
    if _NOT_AFTER.match(after) or _NOT_BEFORE.search(before):
        return True
    if _HABITANTS_AFTER.match(after) and _PLACE_SIZE_BEFORE.search(before):
        return True  # a place's size: "le pays compte 12 millions d'habitants"
    if _MONTH_BEFORE.search(before) and (match.lastgroup == "digits" or value >= _YEAR_SIZE):
        return True
    if _YEARS_OLD.match(after) and AGED.search(before):
        return True
    plain = match.group().isdigit() and len(match.group()) == 4
    if plain and 1900 <= value <= 2099:
        return bool(_YEAR_BEFORE.search(before)) or not _WORD_AFTER.match(after)
    return False
