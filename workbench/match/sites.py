"""A site inside a crowded place that both reports name: finer than the place they
agree on.

A region or a city sees many incidents a day, so two reports placed no more finely
than that link only where more ties them (`places.crowded`, `ties.one_dispute`).
Where both name one site inside it, a neighbourhood, a market, a junction ("at
the French Hill bus stop in northern Jerusalem" and "at Jerusalem's French Hill
intersection"), they agree more finely than the city: one place, where one toll
that day is one incident's. The site is a name one report's place phrase gives
besides its gazetteer place, which the other report's phrase or sentence names too.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from workbench.geo.geonames import strip_division
from workbench.match.features import Features
from workbench.match.place_names import FOLDED_COARSE, fold_place, sentence_names

# rapidfuzz ratio of two folded names at which a name of a place phrase is a spelling
# of a gazetteer place ("ar-raqa" of "Ar-Raqqa city" and "ar raqah" of Ar Raqqah:
# 93), as relate compares names the gazetteer does not know (place_agreement.PLACE_THRESHOLD)
SPELLING = 80


def shared_site(a: Features, b: Features) -> str | None:
    """The name of a site both claims name, finer than their gazetteer places ("french
    hil", folded), or None: a name of one claim's place phrase that is no gazetteer
    place of either claim, nor a division they lie in ("the Mopti region" and "Mopti
    Region"), nor a report's spelling of one ("Ar-Raqqa city" of Ar Raqqah:
    `_spelling_of`), nor a country or region of the built-in list, and that the other
    claim's place phrase or sentence names as well."""
    names = [n for p in (*a.located, *b.located) for n in (p.name, p.region, p.district) if n]
    known = {fold_place(n) for n in names} | {fold_place(strip_division(n)) for n in names}
    for placed, other in ((a, b), (b, a)):
        # the other's own phrase or sentence, not its report's lead (trial 70: OCHA's
        # Ulang strike "named" Nasir, whose fighting its update's lead tells)
        named = set(other.places) | sentence_names(other.claim.sentence)
        for name in placed.places:
            coarse = name in FOLDED_COARSE or name.split()[-1] in FOLDED_COARSE
            if coarse or _spelling_of(name, known):
                continue
            if name in named:
                return name
    return None


def _spelling_of(name: str, known: set[str]) -> bool:
    """Whether a folded name is one of the gazetteer's names as a report spells it:
    the same name, the same words ("acapulco" of Acapulco de Juarez), or alike to
    SPELLING with hyphens read as spaces ("ar-raqa" and "ar raqah"). A report that
    writes its city's name its own way names the city, not a site inside it."""
    plain = name.replace("-", " ")
    words = set(plain.split())
    for other in known:
        if plain == other or words <= set(other.split()):
            return True
        if fuzz.ratio(plain, other.replace("-", " ")) >= SPELLING:
            return True
    return False
