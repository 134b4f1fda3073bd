"""The names of French months and days, as the readers of figures, dates and
running totals match them (lower-cased text, with the accentless spellings
writers use)."""

from __future__ import annotations

_MONTH_NAMES = (
    "janvier",
    "février fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août aout",
    "septembre",
    "octobre",
    "novembre",
    "décembre decembre",
)
MONTH_NUMBER: dict[str, int] = {
    name: number for number, names in enumerate(_MONTH_NAMES, start=1) for name in names.split()
}
MONTHS = "|".join(MONTH_NUMBER)  # an alternation: "janvier|février|fevrier|mars|..."
# A month shortened as wires write it after a day, with or without its point: "Ziguinchor,
# 24 nov (APS) -", "le 3 déc. dernier", "12 janv." ("mars", "mai", "juin", "août" are not
# shortened); "sept" only with its point, before a year or an agency ("sept" is seven).
SHORT_MONTHS = (
    r"(?:janv|f[ée]vr?|avr|juil|oct|nov|d[ée]c)\.?(?![\w])"
    r"|sept(?:\.|\s+(?:19|20)\d\d|(?=\s*\())"
)
# The months `SHORT_MONTHS` shortens, by their number ("nov" is 11).
SHORT_MONTH_NUMBER: dict[str, int] = {
    "janv": 1,
    **dict.fromkeys(("fév", "fev", "févr", "fevr"), 2),
    "avr": 4,
    "juil": 7,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    **dict.fromkeys(("déc", "dec"), 12),
}


def month_number(word: str) -> int | None:
    """The number of a French month written whole or shortened ("novembre", "nov.",
    "Nov"), None for any other word."""
    word = word.casefold().rstrip(".")
    return MONTH_NUMBER.get(word) or SHORT_MONTH_NUMBER.get(word)


DAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
