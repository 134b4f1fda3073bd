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
DAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
