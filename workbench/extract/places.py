"""Places in a sentence, and which one a claim is tied to.

A place is found after a locative preposition ("in Gossi", "north of Kidal",
"between Douentza and Gao", "along the road linking Kidal, Anefis and North
Darane", "in the village of Tamsu"), named by what was done to it or by what it
is ("the attack on Kwatalo", "the town of Bokolo", "Kukawa district", "Gwoza LGA",
"Zamzam, the largest camp in Sudan"), as a name the gazetteer knows ("Mali's
military"), as a reference the document resolves ("in the country", "in the
capital", "on Malian soil"), or by a dateline ("GAO, Mali —"). Origins ("troops
from Chad", "Rwanda-backed rebels", "Guinean peacekeepers"), armed groups, peoples
and people are not where a thing happened (`not_places.py`, checked name by name in
`place_names.py`). The patterns are in `place_patterns.py`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from workbench.extract.country_roles import community_named
from workbench.extract.dateline_patterns import DATELINE, NOT_DATELINE
from workbench.extract.described_places import CONTINENTAL, described_country, owned_kind
from workbench.extract.gazetteer import (
    COUNTRIES,
    COUNTRY_BY_DEMONYM,
    COUNTRY_BY_NAME,
    COUNTRY_OF_PLACE,
    PLACE_NAMES,
    REGIONS,
    Country,
)
from workbench.extract.known_names import gazetteer_hits
from workbench.extract.not_place_words import ARMED_GROUPS
from workbench.extract.not_places import (
    ACRONYM,
    actor_name,
    beyond_before,
    border_follows,
    not_a_place,
    trim_common,
)
from workbench.extract.place_events import (
    EVENT_WORDS,
    RESIDENT_WORDS,
    STRUCK_WORDS,
    event_follows,
    event_places,
)
from workbench.extract.place_locatives import ATTRIBUTE_WORDS, locatives
from workbench.extract.place_mention import PlaceMention as PlaceMention
from workbench.extract.place_mention import is_border as is_border
from workbench.extract.place_names import POSSESSIVE, refused_name, strip_name
from workbench.extract.place_patterns import (
    APPOSITION,
    ATTRIBUTIVE,
    ATTRIBUTIVE_FIRST,
    CALLED_WORDS,
    LISTED_BEFORE,
    MAY_BE_APPOSITION,
    NAME_A_KIND_WORDS,
    OF_PLACE,
    OF_PLACE_CALLED_FIRST,
    OF_PLACE_FIRST,
    ORG_AFTER,
    ORG_TAIL,
    ORIGIN,
    OWNED_PLACE,
    PLURAL_AFTER,
    SUFFIX_WORDS,
    SUFFIXED,
)
from workbench.extract.place_patterns import literal_names as _literal_names
from workbench.extract.place_ranks import division_rank, landmark_in_town
from workbench.extract.wordindex import WordIndex

# Every place this module finds has a capital letter or says "the country" or "the capital".
_MAY_HOLD_PLACE = re.compile(r"[A-Z]|the (?:country|capital)")
# Place words a country's name only qualifies: "Nigeria village raids" (not "Niger state")
_AFTER_ORG = 60  # characters an organisation's name is looked for after a place name
# A police force named by its state or region: "the Benue State Police Command" polices
# Benue State, the place of what it tells where the sentence names no other.
_POLICE_AFTER = re.compile(r"\s+Police(?:\s+(?:Command|Force|Service|Department))?\b")
_LIST_REACH = 120  # characters a list of names before a plural place word is read back
_KNOWN_PLACES: dict[str, str] = {
    n: n
    for n in [
        *(c.name for c in COUNTRIES),
        *(a for c in COUNTRIES for a in c.aliases),
        *(c.capital for c in COUNTRIES),
        *REGIONS,
    ]
}
COUNTRY_WORDS: dict[str, Country] = {
    **{n: c for c in COUNTRIES for n in (c.name, *c.aliases)},
    **{d: c for c in COUNTRIES for d in c.demonyms},
}
_COUNTRY_PATTERN = _literal_names(COUNTRY_WORDS)
_SPELLING = {n.lower(): n for n in _KNOWN_PLACES}
_PLACE_PATTERN = _literal_names(_KNOWN_PLACES)
_COUNTRY_OR_CAPITAL = {
    **COUNTRY_WORDS,
    **{c.capital: c for c in COUNTRIES},
    **COUNTRY_OF_PLACE,
}
_COUNTRY_OR_CAPITAL_PATTERN = _literal_names(_COUNTRY_OR_CAPITAL)


@lru_cache(maxsize=4096)  # a document names its few places again and again
def country_in(text: str) -> Country | None:
    """The country a place phrase names ("northern Mali", "near Bamako", "on Malian soil",
    "Idlib Province", "Gao, Mali")."""
    hits = gazetteer_hits(text, 0, len(text), _COUNTRY_OR_CAPITAL_PATTERN, _COUNTRY_OR_CAPITAL)
    hits = [hit for hit in hits if not community_named(text, hit[1])]  # "Greek Orthodox Church"
    return hits[0][2] if hits else None


def find_places(
    text: str,
    start: int,
    end: int,
    home: Callable[[], Country | None],
    exclude: list[tuple[int, int]],
    words: WordIndex | None = None,
) -> list[PlaceMention]:
    """The places in `text[start:end]`, in order, outside the `exclude` spans;
    `words` is the span's index where the caller has it."""
    if not _MAY_HOLD_PLACE.search(text, start, end):
        return []
    found: list[PlaceMention] = []
    taken: list[tuple[int, int]] = list(exclude)
    words = words or WordIndex(text, start, end)
    origins = words.matches(ORIGIN, ("from",))  # "from Kabul", not "from Azaz car bomb"
    taken += [(m.start(), m.end()) for m in origins if not event_follows(text, m.end())]
    heads = _appositions(text, start, end)
    taken += [(h.end, tail) for h, tail in heads]  # "the largest camp in Sudan" is no place
    dateline = read_dateline(text, start, end, home) if _at_line_start(text, start) else None
    if dateline is not None:
        found.append(dateline)
        taken.append((dateline.start, dateline.end))
    named = _named(text, start, end, words)
    for mention in [*locatives(text, end, home, words), *(h for h, _ in heads), *named]:
        if not _overlaps(mention.start, mention.end, taken):
            found.append(mention)
            taken.append((mention.start, mention.end))
    previous = -1  # where the gazetteer's last hit ended
    for first, last, name in gazetteer_hits(text, start, end, _PLACE_PATTERN, _KNOWN_PLACES):
        glossed = previous >= 0 and _GLOSS_OPEN.fullmatch(text, previous, first) is not None
        glossed = glossed and text.startswith(")", last)
        previous = last
        if glossed:
            continue  # "the Democratic Republic of the Congo (DRC)": one mention, as read
        if _overlaps(first, last, taken) or refused_name(name, text, first, last, end):
            continue
        if not (border_follows(text, last, end) or beyond_before(text, first)):
            owned = OWNED_PLACE.match(text, last, end)  # "Ukraine's Kramatorsk station"
            kind = None if owned else owned_kind(text, last, end)
            if owned and not not_a_place(owned.group(1)):
                last, name = owned.end(1), text[first : owned.end(1)]
            elif kind is not None:  # "Ukraine's eastern city of Kharkiv"
                name, last = f"{name}'s {kind[0]}", kind[1]
            found.append(PlaceMention(first, last, name, locative=False))  # not "the X border"
    kept = [p for p in found if not described_country(text, p, end)]
    return _without_addresses(text, sorted(kept, key=lambda p: p.start))


# Between a place and its acronym in brackets: "the Central African Republic (".
_GLOSS_OPEN = re.compile(r"\s*\(\s*")


# Between a place and the coarser one that gives its address: "Dnipro in central
# Ukraine", "Bamenda in the unrest-ridden northwest of Cameroon", "el-Fasher, Darfur
# state", "Ngoshe, in Gwoza LGA of Borno State" (up to two lower-case words between).
_ADDRESS_BETWEEN = re.compile(
    # a police station's or a block's jurisdiction between a village and its district, as
    # South Asia's police write an address: "Pidia village under Gangaloor Police Station
    # limits in Bijapur District" (trial 74b: the village placed in another district)
    r"\s*(?:,\s*)?(?:under\s+(?:the\s+)?(?:jurisdiction\s+of\s+(?:the\s+)?)?(?:[A-Z][\w'’-]*\s+){1,3}"
    r"(?i:police\s+station|police\s+post|thana|block|tehsil|mandal)(?:\s+(?:limits|area|jurisdiction))?"
    r"\s*,?\s+)?"
    r"(?:in\s+)?(?:the\s+)?(?:(?!(?:and|or|but|near|to|from|then)\s)[a-z][\w-]*\s+){0,2}"
)
# A town's outskirts named after a place set off by a comma: its address.
_OUTSKIRTS = re.compile(r"(?i:(?:on|in)\s+the\s+outskirts\s+of|on\s+the\s+edge\s+of)\s")
# A named area, which a division named after it holds: "Gangaloor area of Bijapur district"
_AREA = re.compile(r"\s(?i:area)$")
# A place named beside another, not around it
_BESIDE = re.compile(r"(?i:near|outside|around|close\s+to|between|along|off)\s")
# A division below a district that gives a village's address: "Thayet Kan village, Kani
# Township" (trial 70b), "Ukhia Upazila", "Hangu Tehsil"; finer than the districts and
# regions `coarse` reads, so that "In Rakhine State, 3,000 fled clashes in Kyauktaw
# Township" keeps the township.
_SUBDIVISION = re.compile(r"\b(?i:township|tehsil|upazila)$")
# Words that end a division's name: an address's last part ("Borno State", "Gwoza LGA")
_DIVISION_WORDS = frozenset(
    "region province district state county department prefecture governorate oblast lga "
    "woreda zone territory island".split()
)


def _without_addresses(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """The mentions, each that only gives the address of the place named just before
    it (a country or a division after a finer place) joined to that place: "in the
    city of Dnipro in central Ukraine" is "Dnipro, central Ukraine", "in Ngoshe, in
    Gwoza LGA of Borno State" is "Ngoshe, Gwoza LGA of Borno State". The finer place
    is where it happened, whichever the claim stands nearer, and its address says
    which of its namesakes (`geo.resolve` reads an address outermost first)."""
    kept: list[PlaceMention] = []
    for mention in found:
        before = kept[-1] if kept else None
        if before is not None and _address_of(text, before, mention):
            kept[-1] = replace(before, end=mention.end, name=f"{before.name}, {mention.name}")
            continue
        kept.append(mention)
    return kept


def _address_of(text: str, place: PlaceMention, after: PlaceMention) -> bool:
    if _BESIDE.match(after.name):  # "central Baghdad, near the Green Zone": no address
        return False
    between = _ADDRESS_BETWEEN.fullmatch(text, place.end, after.start)
    if between is None:
        return False
    if _SUBDIVISION.search(after.name) and between.group(0).strip() in (",", ", in"):
        return True  # "Thayet Kan village, Kani Township": the village's township
    if _AREA.search(place.name) and division_rank(after.name) > 0:
        return True  # "Gangaloor area of Bijapur district": the area's district
    if not coarse(after.name):  # "the Hayat Hotel in Mogadishu": a building's town;
        # "in Dweil'a, on the outskirts of Damascus": the town a suburb lies by
        outskirts = _OUTSKIRTS.match(after.name) is not None and between.group(0).strip() == ","
        return outskirts or landmark_in_town(text, place.name, place.end, (after.start, after.end))
    # "West Wollega Zone, Oromia Region": a larger division is a division's address too
    if not coarse(place.name):
        return True
    inner, outer = division_rank(place.name.rsplit(",", 1)[-1]), division_rank(after.name)
    return 0 < inner < outer  # a country after a division stays a place of its own


@lru_cache(maxsize=4096)  # a claim's place, asked of each claim that has it
def coarse(name: str) -> bool:
    """Whether a place's name is a country's (with a side: "northwest of Cameroon") or
    a division's ("Darfur state", "Gwoza LGA of Borno State")."""
    words = name.lower().split()
    if words and words[-1] in _DIVISION_WORDS:
        return True
    return bool(gazetteer_hits(name, 0, len(name), _COUNTRY_PATTERN, COUNTRY_WORDS))


# the words that name a part of a country by its side: "northeastern Nigeria", "the far
# north of Cameroon", "central Mali"
_SIDE_WORDS = re.compile(
    r"(?:(?:the|of|in|far|extreme|upper|lower|central|(?:north|south)?-?(?:east|west)?(?:ern)?"
    r"|north(?:ern)?|south(?:ern)?)\s+)*",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)  # a claim's place, asked of each claim that has it
def country_wide(name: str) -> bool:
    """Whether a place's name is a country's, or a side of one ("northeastern
    Nigeria", "the north of Cameroon"): no finer place, nor a division's ("Borno
    state")."""
    hits = gazetteer_hits(name, 0, len(name), _COUNTRY_PATTERN, COUNTRY_WORDS)
    if len(hits) != 1:
        return False
    start, end, _ = hits[0]
    side = _SIDE_WORDS.match(name)
    return side is not None and side.end() == start and not name[end:].strip(" .,")


def dateline_place(
    text: str,
    first_block_start: int,
    first_block_end: int,
    home: Callable[[], Country | None] = lambda: None,
) -> PlaceMention | None:
    """The place of the dateline the first body block opens with ("GAO, Mali —" gives
    "Gao, Mali"; "KABUL (Reuters) -" gives "Kabul"; "MAIDUGURI, Nigeria, June 3 (AFP) -"
    gives "Maiduguri, Nigeria"), or None. Where `home()` names a country, a dateline in
    another (a Somalia story filed from NAIROBI) gives None: it says where the reporter
    was. `home` is asked only of a dateline whose country is known."""
    return read_dateline(text, first_block_start, first_block_end, home)


def _at_line_start(text: str, start: int) -> bool:
    return start == 0 or text[start - 1] == "\n"


def read_dateline(
    text: str, start: int, end: int, home: Callable[[], Country | None]
) -> PlaceMention | None:
    match = DATELINE.match(text, start, end)
    if match is None:
        return None
    city, region, sep = match.group("city"), match.group("region"), match.group("sep")
    capitals = city.isupper()
    if not capitals and not (match.group("agency") or match.group("date") or _known(region)):
        return None  # "Officials, Mali -" is no dateline; "Gao, Mali -" is
    if not _known(city) and (
        any(w in NOT_DATELINE for w in city.split())
        or not_a_place(city, suffixed=True)
        or not_a_place(city.title(), suffixed=True)
    ):
        return None  # "UPDATE —", "ISWAP —"
    if sep == "." and (region or not _known(city)):
        return None  # "LEBANON." opens a story; "FILE." does not
    name = ", ".join(_canonical(n) for n in (city, region) if n)
    if abroad(name, home):
        return None
    return PlaceMention(match.start("city"), match.end("city"), name, locative=False)


def abroad(name: str, home: Callable[[], Country | None]) -> bool:
    """Whether a place where a story was filed or a statement issued lies in another
    country than `home()`, the document's (a Somalia story filed from NAIROBI says
    where the reporter was). `home` is asked only of a place whose country is known:
    working it out reads the whole document."""
    country = country_in(name)
    return country is not None and (known := home()) is not None and country != known


def _known(name: str | None) -> bool:
    return name is not None and name.lower() in PLACE_NAMES


def _canonical(name: str) -> str:
    """A dateline's name as the gazetteer spells it, else in title case: "NEW DELHI"
    is New Delhi, "N'DJAMENA" N'Djamena, "MAIDUGURI" Maiduguri."""
    return _SPELLING.get(name.lower()) or (name.title() if name.isupper() else name)


def _appositions(text: str, start: int, end: int) -> list[tuple[PlaceMention, int]]:
    """Names a place apposition describes, each with where its description ends:
    "Zamzam, the largest camp in Sudan" is Zamzam."""
    if not MAY_BE_APPOSITION.search(text, start, end):
        return []
    heads = []
    for match in APPOSITION.finditer(text, start, end):
        name = strip_name(match.group("name"))
        if not refused_name(name, text, match.start("name"), match.end("name"), end):
            heads.append((PlaceMention(match.start(), match.end("name"), name, True), match.end()))
    return heads


# The groups of OF_PLACE that hold a place's name, one of them matched.
_OF_PLACE_GROUPS = ("kname", "tname", "name", "mname", "vname", "vlong", "vkind", "hname", "cname")


def _named(text: str, start: int, end: int, words: WordIndex) -> list[PlaceMention]:
    """Places named without a preposition: "the village of Tamsu", "the attack on
    Kwatalo", "the Kukawa attack", "Kukawa district", "Gwoza LGA", "Kano State"."""
    mentions, phrases = [], []
    if words.has(NAME_A_KIND_WORDS):
        first = OF_PLACE_CALLED_FIRST if words.has(CALLED_WORDS) else OF_PLACE_FIRST
        for match in words.matches(OF_PLACE, first):
            group = next(g for g in _OF_PLACE_GROUPS if match.group(g))
            name = strip_name(match.group(group))
            phrases.append((match.start(), match.end()))  # "the Indian state of" names none
            if not refused_name(name, text, match.start(group), match.end(group), end):
                mentions.append(PlaceMention(match.start(group), match.end(group), name, True))
    for match in words.matches(ATTRIBUTIVE, ATTRIBUTIVE_FIRST):
        name = strip_name(match.group("name"))
        if not name:
            continue  # a name of marks only: an export's garbled characters
        start_name, end_name = match.start("name"), match.start("name") + len(name)
        # "a QSD checkpoint", "a Civilian JTF checkpoint": a group's, not a place's
        acronym = ACRONYM.fullmatch(name.split()[-1]) and name.lower() not in PLACE_NAMES
        if not acronym and not refused_name(name, text, start_name, end_name, end):
            mentions.append(PlaceMention(start_name, end_name, name, True))
    if words.has(EVENT_WORDS) or words.has(RESIDENT_WORDS) or words.has(STRUCK_WORDS):
        mentions += event_places(text, end, words)
    if words.has(SUFFIX_WORDS):
        for match in words.ending_near(SUFFIXED, SUFFIX_WORDS):
            mention = _suffixed(match, text, end)
            if mention is not None and not _overlaps(mention.start, mention.end, phrases):
                mentions.append(mention)
    return mentions


_THE_BEFORE = re.compile(r"(?i:\bthe)\s+$")


def _suffixed(match: re.Match[str], text: str, limit: int) -> PlaceMention | None:
    """ "Kukawa district", "Shan State", "Somali region"; not "Police district", "Islamic
    State" or "Boko Haram camp"."""
    head, word = strip_name(match.group("head")), " ".join(match.group("word").split())
    if POSSESSIVE.search(match.group("head")) and head.lower() not in PLACE_NAMES:
        return None  # "NRC's area manager": whose area, not one named so
    if " of " in head and head.lower() not in PLACE_NAMES:
        head = head.rsplit(" of ", 1)[1]  # "Convener of Boraigram municipality"
    head = trim_common(head)
    # a people names a place only as "Shan State"; a nationality also as "Somali region"
    nation = word.lower() in ("region", "state", "zone") and (
        word[0].isupper() or head.lower() in COUNTRY_BY_DEMONYM
    )
    if not head or ORG_TAIL.search(head) or not_a_place(head, suffixed=nation):
        return None
    if head.split()[-1] in CONTINENTAL:  # "the East African state": a country, described
        return None
    if (
        word == "state"
        and head.lower() in COUNTRY_BY_DEMONYM
        and _THE_BEFORE.search(text, max(0, match.start("head") - 5), match.start("head"))
    ):  # "between the Senegalese state and the MFDC": the polity (trial 78), no place
        return None
    whole = f"{head} {word}"
    if whole in ARMED_GROUPS or actor_name(head, text, match.end(), limit):
        return None
    first = text.find(head, match.start("head"), match.end("head"))
    if ORG_AFTER.match(text, match.end(), min(limit, match.end() + _AFTER_ORG)):
        if _POLICE_AFTER.match(text, match.end(), limit):  # its jurisdiction, named weakly
            return PlaceMention(max(first, match.start()), match.end(), whole, False)
        return None  # "the Donetsk Oblast State Administration"
    if head.lower() in COUNTRY_BY_NAME and word in ATTRIBUTE_WORDS:  # "Nigeria village raids"
        return PlaceMention(first, first + len(head), head, False)
    if PLURAL_AFTER.match(text, match.end()):  # "Kanam and Wase districts"; "Gao regions" none
        return _listed_first(text, match.start("head"), match.end())
    return PlaceMention(max(first, match.start()), match.end(), whole, True)


def _listed_first(text: str, head_start: int, word_end: int) -> PlaceMention | None:
    """Where a plural place word (`PLURAL_AFTER` follows `word_end`) ends a list of
    names ("in Kanam and Wase local government areas", "Hangu, Kohat and Karak
    districts"), the list's first name, as a locative name would give it ("in Kanam
    and Wase" is Kanam), spanning the list; else None. `head_start` is where the last
    name starts, `word_end` where its place word ends."""
    listed = LISTED_BEFORE.search(text, max(0, head_start - _LIST_REACH), head_start)
    if listed is None:
        return None
    name = strip_name(trim_common(listed.group("first")))
    if not name or refused_name(name, text, listed.start(), head_start, word_end):
        return None
    return PlaceMention(listed.start(), word_end, name, True)


def _overlaps(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < e and s < b for s, e in spans)
