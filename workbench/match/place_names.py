"""The names in a claim's place phrase and in its sentence, folded so that spellings
meet ("Diabaly" and "Diabali"), and the skeletons matching blocks claims by: pure
text, for `features` and the matcher's blocks."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

from workbench.extract.gazetteer import COUNTRY_BY_NAME, REGIONS
from workbench.geo.places import Kind, Place
from workbench.geo.site_openings import site_place
from workbench.match.places import CITY_POPULATION

_PLACE_FILLER = frozenset(
    "north south east west northern southern eastern western central northeast northwest "
    "southeast southwest north-east north-west south-east south-west near outside between "
    "and road linking route highway axis the of region province district area city town "
    "village border with to from along in on at close far not outskirts just some miles km "
    "kilometres kilometers county state "
    # French: "au nord de Kidal", "près de Gao", "dans la localité de Boni"
    "au aux à en dans de du des d' la le les l' un une nord sud est ouest l'est l'ouest "
    "centre près "
    "non loin environs proximité périphérie sortie entre et localité commune cercle région "
    "préfecture département ville quartier secteur zone".split()
)
COARSE = frozenset(
    {n.lower() for c in COUNTRY_BY_NAME.values() for n in (c.name, *c.aliases)}
    | {r.lower() for r in REGIONS}
)
_POSSESSIVE = re.compile(r"\w['’]s\s+\w")  # "Syria's Azaz", "Kenya’s Mandera"
_NAME_BREAK = re.compile(r"['’]s\b|,")  # "Kidal, Anefis", "Kenya's Mandera"
_DIRECTION = re.compile(r"\b(north|south|east|west|central|nord|sud|est|ouest|centre)(?:ern)?\b")
_DIRECTION_EN = {
    "nord": "north",
    "sud": "south",
    "est": "east",
    "ouest": "west",
    "centre": "central",
}


@lru_cache(maxsize=1 << 16)
def fold_place(name: str) -> str:
    """Lower case, no accents, y as i, no doubled letters, a hyphen a space: "Diabaly"
    and "Diabali" meet, and so do "Pont-Sondé" and "Pont Sondé" (a trial's massacre
    came out as separate events by that hyphen alone)."""
    text = unicodedata.normalize("NFKD", name.lower().replace("-", " "))
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("y", "i")
    return re.sub(r"(.)\1+", r"\1", text)


# COARSE as `place_names` gives names (folded: "kenia", "iemen")
FOLDED_COARSE = frozenset(fold_place(n) for n in COARSE)


@lru_cache(maxsize=1 << 16)  # a corpus names the same places over and over
def place_names(location: str | None) -> tuple[str, ...]:
    """The names in a place phrase: "between Douentza and Gao" -> ("douentza", "gao");
    a comma or a possessive ends a name ("Kidal, Anefis", "Kenya's Mandera"). A
    direction stays with a country or region: "northern Mali" is not all of "Mali"."""
    if not location:
        return ()
    whole, location = _whole_names(_country_of_site(location).lower())
    direction = _DIRECTION.search(location)
    names: list[str] = []
    current: list[str] = []
    for word in _NAME_BREAK.sub(" , ", location).split():
        if word.startswith(_WHOLE):  # a joined name kept whole, in its place
            names.append(whole[int(word[1:])])
            continue
        if word in _PLACE_FILLER or word == ",":
            if current:
                names.append(" ".join(current))
                current = []
            continue
        current.append(word)
    if current:
        names.append(" ".join(current))
    if direction:
        side = _DIRECTION_EN.get(direction.group(1), direction.group(1))
        names = [f"{side} {n}" if n in COARSE else n for n in names]
    return tuple(fold_place(n) for n in names)


_ARTICLE = re.compile(r"^(?:the|la|le|les|l['’])\s*")


def _country_of_site(location: str) -> str:
    """A phrase that names a site of a country or a region ("a prison in Cameroon", "une
    prison du Cameroun": `geo.site_openings`) as that country's or region's name, which
    `resolve` gave as its place: its words read as names were two, "une prison" and
    "cameroun", and the country was dropped as an address's (`address_located`). A site
    of a town keeps its words ("the main market in Jolo"): the town names the place."""
    rest = site_place(location)
    name = _ARTICLE.sub("", rest.strip().lower())
    return rest if rest != location and name in COARSE else location


def _joined(name: str) -> bool:
    """Whether a country's or a region's name joins its words with a filler word that
    would cut it in two ("république démocratique du congo", "bosnia and herzegovina")."""
    words = name.split()
    cut, names = False, 0
    for word in words:
        if word in _PLACE_FILLER:
            cut = True
        elif cut or not names:
            names, cut = names + 1, False
    return names > 1


_WHOLE = "\x00"  # marks a joined name's place in a phrase read word by word
# countries and regions whose names a filler word would cut in two, longest first
_JOINED = re.compile(
    r"(?<![\w'’])(?:"
    + "|".join(re.escape(n) for n in sorted(filter(_joined, COARSE), key=len, reverse=True))
    + r")(?![\w'’])"
)


def _whole_names(lowered: str) -> tuple[tuple[str, ...], str]:
    """The names of countries and regions a lower-case phrase writes whole though a
    filler word joins their words (`_joined`: "République démocratique du Congo",
    "the Horn of Africa"), and the phrase without them: read word by word, the French
    name of DR Congo was two names, "république démocratique" and "congo", and
    neither the country the gazetteer gave (pr76: a Nord-Kivu village's toll and the
    same toll in "République démocratique du Congo" never met)."""
    found = tuple(m.group(0) for m in _JOINED.finditer(lowered))
    if not found:
        return (), lowered
    numbers = iter(range(len(found)))
    return found, _JOINED.sub(lambda _: f" , {_WHOLE}{next(numbers)} , ", lowered)


# A run of capitalised words: "Diani", "Giwa Barrack", "Port Harcourt"; a hyphen before a
# figure ends the name: a note's "Yakshari-12/02" (the village, then its day) names Yakshari
_NAME_WORD = r"[A-Z](?:[\w'’]|-(?!\d))+"
_CAPITALISED = re.compile(rf"\b{_NAME_WORD}(?:\s+{_NAME_WORD})*")
# The words that make a run of capitals an outlet's name, at its end ("Nasir FM", "Sudan
# Tribune", "Eye Radio") or, for a broadcaster, its start ("Radio Tamazuj", "Télé Tchad"):
# trial 70's blog posted by "Nasir FM newsroom" tied its Ulang strike to Nasir's fighting.
# Not "Times Square": an outlet's word opens no name but a broadcaster's.
_OUTLET_WORDS = frozenset(
    "fm am radio tv télé tele television news times post tribune herald journal review "
    "daily gazette observer monitor online broadcasting newsroom".split()
)
_BROADCASTERS = frozenset("radio tv télé tele television".split())


@lru_cache(maxsize=1 << 16)
def sentence_names(sentence: str) -> frozenset[str]:
    """The folded names a sentence writes with capitals, each run whole and each of
    its words: "enter Maiduguri at Polo and Giwa Barrack" -> maiduguri, polo, giwa
    barack, giwa, barack (and the sentence's first word, capitalised as any is); the
    places it names besides a claim's own (match.mentions). An outlet's name ("Nasir
    FM", `_OUTLET_WORDS`) names no place."""
    names: set[str] = set()
    for run in _CAPITALISED.findall(sentence):
        words = run.split()
        if len(words) > 1 and (
            words[-1].lower() in _OUTLET_WORDS or words[0].lower() in _BROADCASTERS
        ):
            continue  # an outlet's name, no place: "Nasir FM", "Radio Tamazuj"
        names.add(fold_place(run))
        names.update(fold_place(w) for w in words if len(words) > 1)
    return frozenset(names)


def skeletons(places: tuple[str, ...]) -> tuple[str, ...]:
    """A claim's blocking keys: each name's skeleton, and each word's of a name of
    several words, so that "islamic cairo" meets "cairo" (relate compares a name
    with the words of another)."""
    words = {w for p in places if " " in p for w in p.split()}
    return tuple(sorted({skeleton(p) for p in places} | {skeleton(w) for w in words}))


def skeleton(name: str) -> str:
    """A blocking key: the first letter and the next two consonants."""
    if not name:
        return ""
    consonants = [c for c in name[1:] if c.isalpha() and c not in "aeiouhw"]
    return name[0] + "".join(consonants[:2])


def finest_names(names: tuple[str, ...]) -> tuple[str, ...]:
    """A place phrase's names without its countries and regions where it names a finer
    place too ("Bois-Carré, Haiti", "Haiti's Artibonite"): a country both name says
    nothing of whether they are one place."""
    return tuple(n for n in names if n not in FOLDED_COARSE) or names


# rapidfuzz ratio of an address's first name and the place the gazetteer gave for it,
# at and above which that place is the one the name names ("pul i khumri", "pul e khumri")
_NAMED_ALIKE = 80


def address_located(
    located: tuple[Place, ...], named: tuple[str, ...], phrase: str | None = None
) -> tuple[Place, ...]:
    """The gazetteer's places for a claim, none where its place is an address none of
    whose finer names is the place the gazetteer gave ("Bois-Carré, Haiti" resolved to
    Haiti): matching then reads the names, as for any place the gazetteer lacks, and
    does not take a village for its whole country. "Haiti's Artibonite" and "Pul-i-Khumri,
    Baghlan province" keep theirs, and so does the place of a possessive `phrase` that
    is no country and no outer name names: the gazetteer found the last name under
    another spelling ("Syria's Azaz", GeoNames' I'zaz; "Syria's Qamishli", its
    Al-Qamishli District)."""
    if len(named) < 2 or not located:
        return located
    given = fold_place(located[0].name)
    if any(_names_place(given, name) for name in finest_names(named)):
        return located
    if _quarter_of_city(located[0], named, phrase or ""):
        return located  # "Kherson, Korabelnyi district": a quarter of the city, in it
    if not (phrase and _POSSESSIVE.search(phrase)) or located[0].kind is Kind.COUNTRY:
        return ()
    if any(_names_place(given, name) for name in named[:-1]):
        return ()  # "Borno's Kawuri" resolved to Borno
    return located  # "Syria's Azaz" is GeoNames' I'zaz: the last name spelt otherwise


_QUARTER = re.compile(
    r"\b(?:district|quarter|neighbou?rhood|ward|suburb|street|area|microdistrict)$"
)


def _quarter_of_city(place: Place, named: tuple[str, ...], phrase: str) -> bool:
    """Whether a phrase names a city the gazetteer knows, then one of its quarters it
    does not ("Kherson, Korabelnyi district", "Maiduguri, Gwange ward"): the city holds
    it, and the claim is no floating name that any big city of the country may hold
    (trial 73b: Kherson's 9 wounded agreed with Kharkiv's 9 at country level)."""
    return (
        place.kind is Kind.TOWN
        and place.population >= CITY_POPULATION
        and fold_place(place.name) == named[0]
        and bool(_QUARTER.search(phrase.lower()))
    )


def _names_place(given: str, name: str) -> bool:
    """Whether a folded name is the gazetteer's folded name of a place, spelt alike or
    with its kind ("kajuru lga" of Kajuru)."""
    return set(given.split()) <= set(name.split()) or fuzz.ratio(given, name) >= _NAMED_ALIKE


@lru_cache(maxsize=1 << 14)
def listed_with(lead: str, places: tuple[str, ...]) -> frozenset[str]:
    """The names (folded) a report's lead coordinates before one of a claim's `places`
    by "and" or "or" ("the fighting in Nasir and the air strike near Ulang": nasir, for
    a claim placed at Ulang): places told beside it, not the town it lies in (trial 70:
    OCHA's Ulang strike was tied to Nasir's fighting). "Nomzamo, Soweto" and "Mung Lai
    Hkyet camp and village near Laiza" list nothing."""
    text = fold_place(lead)
    found: set[str] = set()
    for place in places:
        if not place or place not in text:
            continue
        for name in sentence_names(lead):
            if name == place or name in place or place in name:
                continue
            one, other = re.escape(place), re.escape(name)
            # the other first: after "and", "village near Laiza" may say where the
            # place before lies ("Mung Lai Hkyet camp and village near Laiza")
            if re.search(
                rf"\b{other}\b[^.;:,]{{0,20}}?\b(?:and|or)\b[^.;:]{{0,40}}?\b{one}\b", text
            ):
                found.add(name)
    return frozenset(found)
