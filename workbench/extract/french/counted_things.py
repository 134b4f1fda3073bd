"""French nouns after a figure that count things, not people ("trois véhicules", "deux
maisons", "trois grands camps"): a fate told after them names no victim."""

from __future__ import annotations

import re

from workbench.extract.french.victim_words import ANY_PLURAL, COUNTED, NOUN_AFTER, POST

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
    # boats and aircraft destroyed: "1000 terroristes neutralisés, 50 pirogues détruites"
    "pirogues bateaux embarcations navires avions hélicoptères aéronefs chars blindés "
    "maison véhicule voiture camion moto école église mosquée boutique entreprise magasin "
    # events, which kill but are not killed: "les deux explosions ont tué 19 civils"
    "explosions tirs engins balles rafales fusillades bombardements "
    # bodies that act and speak, and what they put out: "deux ONG signalent des déplacés"
    "organisations ong agences associations institutions structures partenaires acteurs "
    "bailleurs organismes fondations sociétés compagnies partis syndicats gouvernements "
    "ministères ambassades délégations missions médias journaux radios sources rapports "
    "communiqués organisation ong agence association "
    # harm done to things: "plus de 10 morts et plusieurs dégâts matériels"
    "dégâts dommages destructions pillages incendies "
    # places: "en deux endroits différents ont perdu la vie" (french-l study)
    "endroits lieux sites zones secteurs quartiers villes départements".split()
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


# Vague words of no scale, which count things as readily as people: "plusieurs
# organisations", "quelques jours", "certaines zones".
_NO_SCALE = frozenset({"vague:plusieurs", "vague:quelques", "vague:certains", "vague:certaines"})
# A word or two that qualify a noun before its fate: "plusieurs Peuls nomades ont été tués".
_QUALIFIER = re.compile(r"\s+(?!(?:et|ou|qui|que|dont)(?![\w]))[a-zà-ÿ’'-]+")
_QUALIFIERS = 2
# A people's name as written, a capital then lower case: "Tchadiens", not "ONG".
_PEOPLE_NAMED = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]")


def vague_of_things(text: str, folded: str, start: int, qualifier: str, end: int) -> bool:
    """Whether a vague figure of no scale (`_NO_SCALE`) ending at `start` of the folded
    text counts a noun that names no people: neither a family's noun nor a casualty
    noun, and no fate told right after it or a word or two that qualify it.
    "plusieurs organisations humanitaires signalent une hausse du nombre de déplacés"
    and "plus de 10 morts et plusieurs dégâts matériels" count no victims; "plusieurs
    Peuls ont été tués", "quelques jeunes", "plusieurs blessés" do, and so does a people
    named in a list ("tué trois soldats et plusieurs Tchadiens", `text` as written)."""
    if qualifier not in _NO_SCALE or NOUN_AFTER.match(folded, start, end):
        return False
    if COUNTED.match(folded, start, end):
        return False
    noun = ANY_PLURAL.match(folded, start, end)
    if noun is None:
        return is_thing(folded, start)  # "deux ONG": a thing not in the plural's shape
    if _PEOPLE_NAMED.match(text, noun.start("noun")):
        return False  # "plusieurs Tchadiens": a people, by its capital
    pos = noun.end()
    for _ in range(_QUALIFIERS + 1):
        if POST.match(folded, pos, end):
            return False
        word = _QUALIFIER.match(folded, pos, end)
        if word is None:
            break
        pos = word.end()
    return True


# A figure and its noun, before a breakdown: "sept missiles ont visé Odessa, dont ...".
_COUNTED_BEFORE = re.compile(
    r"(?<![\w])(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|vingt|"
    r"plusieurs|des|une?)\s+(?P<noun>[a-zà-ÿ]+)"
)
_MONTHS = frozenset(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)  # "samedi 3 mai, dont": a day, nothing counted
_BREAKDOWN_REACH = 160  # characters read before "dont" for what it breaks down


def part_of_things(folded: str, start: int, at: int) -> bool:
    """Whether a bare figure at `at` of the folded sentence starting at `start` is a
    part ("dont deux ont été abattus") of things counted before its "dont" ("sept
    missiles ont visé Odessa, dont deux qui ont été abattus"): no victims."""
    cut = folded.rfind(" dont ", start, at)
    if cut < 0:
        return False
    found = _COUNTED_BEFORE.finditer(folded, max(start, cut - _BREAKDOWN_REACH), cut)
    counted = [m.group("noun") for m in found if m.group("noun") not in _MONTHS]
    return bool(counted) and counted[-1] in THINGS


# One lost by each of many: "ils ont perdu un membre de leur famille", "elles ont perdu
# un proche": a loss each tells, no count of the dead.
_EACH_LOST = re.compile(
    r"(?<![\w])(?:ils|elles|tous|toutes|beaucoup|nombreux|nombreuses)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:ont|avaient|auraient)\s+(?:[\w’'-]+\s+)?perdu\s+$"
)
_KIN = re.compile(
    r"\s+(?:membre|proche|parent|enfant|fils|fille|frère|sœur|soeur|père|mère|mari|époux|"
    r"épouse|femme|cousin|cousine|oncle|tante)(?![\w])(?P<theirs>\s+de\s+leurs?\s+famille)?"
)
_EACH_REACH = 60  # characters before "un" read for who lost


def each_lost_one(folded: str, start: int, at: int, end: int) -> bool:
    """Whether "un"/"une" at `at..end` of the folded sentence starting at `start` is a
    relative lost by each of many ("ils ont perdu un membre de leur famille", "beaucoup
    ont perdu un proche"): no victim count. "Ils ont perdu un soldat" is one."""
    kin = _KIN.match(folded, end)
    if kin is None:
        return False  # "ils ont perdu un soldat": the unit's loss
    theirs = bool(kin["theirs"])
    return theirs or _EACH_LOST.search(folded, max(start, at - _EACH_REACH), at) is not None
