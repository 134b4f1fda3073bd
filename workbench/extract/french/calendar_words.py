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
DAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
