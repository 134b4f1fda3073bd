"""Places after a locative preposition ("in Gossi", "north of Kidal", "between Douentza
and Gao", "along the road linking Kidal and Anefis"), the references a document resolves
("in the country", "in the capital", "on Malian soil"): the `LOCATIVE` pattern of
`locative_patterns.py` and the `REFERENCE` and `SOIL` patterns of `place_patterns.py`
read into mentions, for `places.find_places`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from workbench.extract.described_places import owned_after
from workbench.extract.gazetteer import COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME, PLACE_NAMES, Country
from workbench.extract.locative_patterns import (
    CENTRE_OF,
    DISTANCE_FROM,
    LOCATIVE,
    LOCATIVE_FIRST,
    PLAIN_PREPOSITIONS,
)
from workbench.extract.not_places import not_a_place
from workbench.extract.place_mention import PlaceMention
from workbench.extract.place_names import POSSESSIVE, refused_name, strip_name
from workbench.extract.place_patterns import (
    AND_TAIL,
    NAME,
    OF_TAIL,
    REFERENCE,
    REFERENCE_FIRST,
    SOIL,
    SUFFIX_OWNED,
)
from workbench.extract.wordindex import WordIndex

# Place words a country's name only qualifies: "Nigeria village raids" (not "Niger state")
ATTRIBUTE_WORDS = ("village", "town", "city", "camp", "area", "settlement", "villages", "towns")
_BORDER_NEXT = re.compile(
    r"(?:\s*\([A-Z]{2,6}\))?"
    # possessed: "near Nigeria's border", "along Chad’s eastern frontier"
    r"(?:['’]s?)?(?:\s+(?i:northern|southern|eastern|western|north-?eastern|north-?western|"
    r"south-?eastern|south-?western))?"
    r"\s+(border|frontier)\b"
)


def locatives(
    text: str, end: int, home: Callable[[], Country | None], words: WordIndex
) -> list[PlaceMention]:
    """The places the sentence's `words` name after a preposition or as a reference
    ("in the country", "on Malian soil"), up to `end`; `home` the document's country."""
    mentions = []
    references = words.has(("country", "capital"))
    for match in words.matches(REFERENCE, REFERENCE_FIRST) if references else ():
        country = _referred(match, home)
        if country is not None:
            name = country.capital if match.group("ref") == "capital" else country.name
            first = match.start("owner") if match.group("owner") else match.start("ref")
            first = match.start("bare") if match.group("bare") else first
            mentions.append(PlaceMention(first, match.end(), name, locative=True))
    soil = words.has(("soil", "territory"))
    for match in words.matches(SOIL, ("on", "in", "into", "onto")) if soil else ():
        country = COUNTRY_BY_DEMONYM.get(match.group("dem").lower())
        if country is not None:
            mentions.append(
                PlaceMention(match.start("dem"), match.end(), country.name, locative=True)
            )
    for match in words.matches(LOCATIVE, LOCATIVE_FIRST):
        mention = _from_locative(match, text, end)
        if mention is not None:
            mentions.append(mention)
    return mentions


def _referred(match: re.Match[str], home: Callable[[], Country | None]) -> Country | None:
    """The country a REFERENCE match speaks of: the one its nationality or its owner
    names ("the Kenyan capital", "Bangladesh's capital", a headline's "Syrian capital",
    "the capital of Somalia"), else the document's; None for a name of no country
    ("the capital of Borno State"), nor for a city named after it ("the Burundian
    capital of Bujumbura": that city, read as a place of its own)."""
    demonym, owner = match.group("dem") or match.group("bare"), match.group("owner")
    named = match.group("ofc")
    if named and named.lower() not in COUNTRY_BY_NAME:
        return None
    if demonym:
        return COUNTRY_BY_DEMONYM.get(demonym.lower())
    owner = owner or match.group("ofc")  # "the capital of Somalia"
    return COUNTRY_BY_NAME.get(owner.lower()) if owner else home()


# Nouns of what two parties do together: "talks between Ruto and Abiy", "clashes
# between Fulani and Bachama" name the parties, not two places
_DEALINGS = re.compile(
    r"(?i:talks|meeting|meetings|summit|deal|agreement|accord|call|dispute|rivalry|relations"
    r"|clash(?:es)?|fighting|feud|war|conflict|tensions?|battles?|hostilities|negotiations"
    r"|truce|ceasefire|exchange|handshake|duel|gunfight|shootout|firefight|fight|skirmish(?:es)?"
    r"|confrontation|encounter|standoff)\s+$"
)


def _parties(match: re.Match[str], text: str) -> bool:
    """Whether "between A and B" after a noun of dealings names two parties: neither
    end is a place the gazetteer knows."""
    if not _DEALINGS.search(text, max(0, match.start() - 20), match.start()):
        return False
    ends = _clean(match.group("between")).split(maxsplit=1)[-1].split(" and ")
    return not any(strip_name(end).lower() in PLACE_NAMES for end in ends)


def _armed_party(match: re.Match[str]) -> bool:
    """Whether one end of "between A and B" is an armed group or a people, whatever
    noun comes before: "a gun duel between Boko Haram and JTF" names two sides."""
    ends = _clean(match.group("between")).split(maxsplit=1)[-1].split(" and ")
    return any(not_a_place(strip_name(end)) for end in ends)


def _from_locative(match: re.Match[str], text: str, limit: int) -> PlaceMention | None:
    if match.group("between"):
        if _parties(match, text) or _armed_party(match):
            return None
        return PlaceMention(match.start(), match.end(), _clean(match.group("between")), True)
    if match.group("route"):
        return PlaceMention(match.start("route"), match.end(), _clean(match.group("route")), True)
    if match.group("ends"):
        return PlaceMention(match.start("ends"), match.end(), match.group("ends"), True)
    counted = "cname" if match.group("cname") else "ename" if match.group("ename") else None
    if counted:  # "in three Zamfara villages", "in fresh Sulu clash": in Zamfara, in Sulu
        name = strip_name(match.group(counted))
        if refused_name(name, text, match.start(counted), match.end(counted), limit):
            return None
        return PlaceMention(match.start(counted), match.end(counted), name, True)
    if match.group("fled"):
        name = strip_name(match.group("fname"))
        if name.lower() not in PLACE_NAMES:
            return None
        return PlaceMention(match.start("fname"), match.end(), name, True)
    name = strip_name(match.group("name"))
    suffix = (match.group("suffix") or "").strip()
    prep = " ".join(match.group("prep").split())
    if prep.lower().startswith("on the border"):  # "on the border with Somalia": beside it
        refused = not_a_place(name)
    else:
        refused = refused_name(name, text, match.start("name"), match.end("name"), limit)
    if refused and not (
        suffix and name.lower() in COUNTRY_BY_DEMONYM and suffix.lower() in ("region", "state")
    ):
        return None
    if suffix in ATTRIBUTE_WORDS and name.lower() in COUNTRY_BY_NAME:
        suffix = ""  # "in Nigeria village raids" is in Nigeria
    end = match.end("name") if not suffix and match.group("suffix") else match.end()
    owned = _owned_kind_of(match, text, limit)
    if owned is not None:  # "Yemen's southern province of Lahj", "Yemen's city of Taiz"
        name, end, suffix = f"{name}'s {owned[0]}", owned[1], ""
    elif (held := _suffix_owned(match, text, limit, suffix)) is not None:
        name, end, suffix = f"{name} {suffix}'s {held[0]}", held[1], ""
    whole = None if suffix else OF_TAIL.match(text, end, limit)
    if whole and " ".join(f"{name}{whole.group(0)}".split()).lower() in PLACE_NAMES:
        name, end = " ".join(f"{name}{whole.group(0)}".split()), whole.end()
    joined = None if suffix else AND_TAIL.match(text, end, limit)
    if joined and f"{name} and {joined.group('rest')}".lower() in PLACE_NAMES:
        name, end = " ".join(f"{name}{joined.group(0)}".split()), joined.end()
    border = None if suffix else _BORDER_NEXT.match(text, end, limit)
    if border:  # "near the Iraq-Syria border": beside the countries, in neither
        suffix = border.group(1)
    shown = " ".join(filter(None, [(match.group("dir") or "").strip(), name, suffix]))
    if DISTANCE_FROM.fullmatch(prep):
        prep = "near"  # "40 km from Maiduguri": `geo.resolve` reads "near" the place
    elif CENTRE_OF.fullmatch(prep):
        prep = "in"  # "in the heart of Goma" is in Goma
    if prep.lower() not in PLAIN_PREPOSITIONS:
        shown = f"{prep} {shown}"
    return PlaceMention(match.start(), border.end() if border else end, _clean(shown), True)


def _owned_kind_of(match: re.Match[str], text: str, limit: int) -> tuple[str, int] | None:
    """Where a LOCATIVE name is an owner's ("in Yemen's southern province of Lahj",
    "in Mozambique's city of Pemba"), the place named after it as a kind of the
    owner's, with where it ends; else None."""
    if not POSSESSIVE.search(match.group("name")):
        return None
    return owned_after(text, match.end("name"), limit)  # "in Nigeria's northeastern Borno state"


def _suffix_owned(
    match: re.Match[str], text: str, limit: int, suffix: str
) -> tuple[str, int] | None:
    """The place a suffixed LOCATIVE name owns ("in Borno state's Gwoza local government
    area": Gwoza, shown as "Borno state's Gwoza"), with where it ends; else None."""
    owned = SUFFIX_OWNED.match(text, match.end(), limit) if suffix else None
    if owned is None:
        return None
    name = POSSESSIVE.sub("", owned.group("name"))
    if not name or refused_name(name, text, owned.start("name"), owned.end("name"), limit):
        return None
    return name, owned.end("name")


def _clean(text: str) -> str:
    return re.sub(r"\(\d{1,2}\)\s*", "", " ".join(text.split())).rstrip(".,")


# An official whose title names the area they answer for: "the governor of Norte de
# Santander", "the mayor of Bakhmut", "the district commissioner of Kilifi", "the
# military administrator for Lubero" (a trial's toll took a region named before) (not a
# chairman's or a commissioner's, whose "of" names a body as often as a place)
_TITLE_OF = re.compile(
    r"\b(?i:governor|deputy\s+governor|mayor|deputy\s+mayor|prefect|sub-prefect|"
    r"(?:district|county|regional|territorial|military)\s+(?:commissioner|officer)|"
    r"(?:(?:district|county|regional|territorial|territory|military|provincial|chief)\s+)?"
    r"administrator|"
    # "the village chief of Zamai", not "the bureau chief of the Star", "Chief of Staff"
    r"(?:village|traditional|ward)\s+(?:chief|head|headman))\s+(?:of|for)\s+(?:the\s+)?"
    rf"(?P<name>{NAME}(?:\s+(?i:territory|district|county|province|region|state|LGA)(?![\w-]))?)"
)


def title_places(text: str, start: int, end: int) -> list[PlaceMention]:
    """The areas the officials' titles in `text[start:end]` name ("The governor of Norte
    de Santander, William Villamizar, said ..."): the place of a toll whose sentence
    names none other. Not locative."""
    found = []
    for match in _TITLE_OF.finditer(text, start, end):
        first, last = match.start("name"), _before_holder(text, match.end("name"))
        name = strip_name(text[first:last])
        if not refused_name(name, text, first, last, end):
            found.append(PlaceMention(first, last, name, False))
    return found


# The holder's own name run on after the title's place, then their word: "Metro Mayor of
# Liverpool Steve Rotheram said" (pairs-news-k study: the place "Liverpool Steve
# Rotheram"), "the Governor of Borno Babagana Zulum told reporters".
_HOLDER_SAYS = re.compile(
    r"\s+(?!(?:State|Province|Region|District|County|Territory|City|Town)\b)[A-Z][\w’'-]+\s+"
    r"(?!(?:State|Province|Region|District|County|Territory|City|Town|LGA)\b)[A-Z][\w’'-]+\s+"
    r"(?:said|says|told|added|stated)\b"
)


def _before_holder(text: str, end: int) -> int:
    """Where a title's place ending at `end` ends once the two words of its holder's
    name run on after it are taken off, where a word of saying follows them."""
    words = list(re.finditer(r"[\w’'-]+", text[max(0, end - 80) : end]))
    if len(words) < 3:
        return end
    cut = max(0, end - 80) + words[-2].start()
    if _HOLDER_SAYS.match(text, cut - 1):
        return cut - 1
    return end
