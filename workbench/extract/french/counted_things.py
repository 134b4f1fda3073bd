"""French nouns after a figure that count things, not people ("trois véhicules", "deux
maisons", "trois grands camps"): a fate told after them names no victim."""

from __future__ import annotations

# Words after a figure that count no people: a fate after them tells of no victim.
THINGS = frozenset(
    "ans jours heures minutes semaines mois années fois kilomètres km mètres véhicules voitures "
    "camions motos maisons habitations villages localités communes pays régions provinces "
    "armes fusils munitions engins bombes obus missiles drones roquettes tonnes dollars euros "
    "francs fcfa vaches bœufs boeufs moutons chèvres chameaux animaux bêtes têtes bétail "
    "écoles églises mosquées bâtiments postes positions bases camps frontières "
    # property burned or looted: "deux morts et trois entreprises incendiées"
    "entreprises boutiques magasins commerces échoppes usines entrepôts stations greniers "
    "cases huttes motocyclettes tricycles bus minibus marchandises biens "
    "maison véhicule voiture camion moto école église mosquée boutique entreprise magasin "
    # events, which kill but are not killed: "les deux explosions ont tué 19 civils"
    "explosions tirs engins balles rafales fusillades bombardements".split()
)
# Adjectives before a counted noun that leave it what it is: "trois grands camps".
_BEFORE_NOUN = frozenset(
    "grands grandes petits petites principaux principales gros grosses nouveaux nouvelles "
    "vieux vieilles autres premiers premières derniers dernières importants importantes".split()
)


def is_thing(folded: str, start: int) -> bool:
    """Whether the noun at `start` of the folded text counts things, not people
    (`THINGS`), adjectives before it aside: "trois grands camps de réfugiés" counts
    camps (a trial's 3 displaced), "deux autres véhicules" vehicles."""
    words = folded[start : start + 80].split()
    while len(words) > 1 and words[0] in _BEFORE_NOUN:
        words = words[1:]
    return bool(words) and words[0].strip(",.;:") in THINGS
