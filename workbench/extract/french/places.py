"""Where, in French: "à Kidal", "au nord de Kidal", "près de Gao", "entre Douentza
et Gao", "dans la localité de Boni", "dans le cercle de Bourem", "au Tchad", "en
Côte d'Ivoire", "à 15 km de Tillabéri", "sur l'axe Bandiagara-Bankass", "dans le
nord-ouest du pays".

`find_places(text, start, end)` gives `places.PlaceMention` values, each a phrase
as the text words it; `geo.resolve` reads the French relation words as it reads
the English ones ("au nord de" is "north of", "près de" "near", "entre ... et"
"between"), so a French place and an English one meet in matching. A capitalised
word is a place only after a word that makes it one: "Selon Ali" names no place.

A place set off by a comma right after another narrows nothing: it says where the
first lies ("à Oïcha, la capitale du territoire de Beni, dans la province du
Nord-Kivu"; "Kizara, au Nigeria"), so it is kept as a mention that is not
`locative`, and the claim takes the first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from workbench.extract.casefold import fold
from workbench.extract.french.calendar_words import DAYS
from workbench.extract.french.countries import is_country
from workbench.extract.french.country_parts import (
    OF_THE_COUNTRY,
    REGIONS_OF,
    UNNAMED_CAPITAL,
)
from workbench.extract.french.dateline import dateline as dateline  # re-exported
from workbench.extract.french.first_letters import by_first_letter
from workbench.extract.french.institution_places import institution_towns
from workbench.extract.french.place_bare import bare
from workbench.extract.french.place_described import described_places
from workbench.extract.french.place_groups import group_tail, in_group
from workbench.extract.french.place_openings import (
    apposed_town,
    nearest_town,
    opening_a,
    opening_town,
    theatre_subject,
    town_after_that,
)
from workbench.extract.french.place_order import border_last, countries_last, narrowed
from workbench.extract.french.place_other_events import other_events
from workbench.extract.french.place_pointed import POINTED_HINTS, pointed_areas
from workbench.extract.french.place_roles import (
    ARMED_GROUP,
    NOT_HEADED,
    NOT_PLACE,
    role_before,
)
from workbench.extract.french.place_scene import parts_apart, people_of, scene_gives_way
from workbench.extract.french.place_titles import happened_there, title_places
from workbench.extract.french.place_words import (
    ACTOR,
    APPOSED_KIND,
    EVENT,
    NAME,
    RARE_HINTS,
    RARE_RELATION,
    RELATION,
    UPPER,
)
from workbench.extract.place_names import COMPASS_OF, COMPASS_WORDS
from workbench.extract.places import PlaceMention

# Names listed: "Boni et Hombori", "Mopti et de Ségou", "Diallassagou, Dianweli et
# Déguéssagou", "Djibo à Namsiguia" (a road's ends); `_mention` keeps the list only
# where its relation names several places.
# A name may be quoted: "à « Point Triple »" (the quotation marks left off its name).
_PHRASE = re.compile(
    rf"(?<![\w])(?P<rel>(?i:{RELATION})(?:[«“]\s*)?)(?P<name>{NAME}"
    rf"(?:(?:\s*,\s*{NAME})*\s+(?:et|à)\s+(?:de\s+|d[’']|du\s+)?{NAME})?)"
)
# The same with the relation words few sentences hold, read where one of their words is.
_RARE_PHRASE = re.compile(
    rf"(?<![\w])(?P<rel>(?i:{RARE_RELATION}))(?P<name>{NAME}"
    rf"(?:(?:\s*,\s*{NAME})*\s+(?:et|à)\s+(?:de\s+|d[’']|du\s+)?{NAME})?)"
)
_RARE_HINT = re.compile(by_first_letter("|".join(RARE_HINTS)))  # one of them, a letter first
# Where a `_PHRASE` may start, found in the lower-cased text first: the case-blind
# pattern tried at every character costs twice the scan and a try at each start.
_RELATION_START = re.compile(rf"(?<![\w])(?:{RELATION})")
# A border named by its adjective, and the Sahel's "zone des trois frontières".
_BORDER = re.compile(
    r"(?<![\w])(?:(?:à|sur|le\s+long\s+de|près\s+de)\s+)?(?P<name>la\s+frontière\s+"
    r"[a-zà-ÿ]+(?:aise|ienne|ine|ane|ale|oise|ique|ote|ite|ienne)"
    r"|(?:la\s+)?zone\s+(?:dite\s+)?des\s+trois\s+frontières)(?![\w])",
    re.IGNORECASE,
)
# An area named by who holds it: "dans la zone occupée par la Russie", "les régions sous
# contrôle ukrainien", "dans les zones contrôlées par les gangs"; the whole of it (not
# "des quartiers contrôlés par le régime", some quarters of the town named before).
_HELD = re.compile(
    r"(?<![\w])(?:(?:dans|à|sur|vers|de)\s+)?(?P<name>(?:la|les|l[’'])\s*"
    r"(?:zones?|régions?|territoires?|quartiers?|localités?|parties?|villes?|villages?|secteurs?)"
    r"\s+(?:(?:occupée?s?|contrôlée?s?|tenue?s?|administrée?s?)\s+par\s+"
    r"(?:la\s+|le\s+|les\s+|l[’']\s*|des\s+)?[\w’'-]+(?:\s+armée?s)?"
    r"|(?:sous|hors\s+du)\s+(?:le\s+)?contrôle\s+(?:(?:de\s+la|du|des|de\s+l[’']|d[’'])\s*)?"
    r"[\w’'-]+))(?![\w’'-])",
    re.IGNORECASE,
)
# The words without which a pattern cannot match, looked for first (a substring test
# costs far less than a case-blind pattern tried at every character).
_HINTED = (
    (
        OF_THE_COUNTRY,
        (
            "pays",
            "régions",
            "provinces",
            "zones",
            "localités",
            "parties",
            "villages",
            "nord",
            "sud",
            "ouest",
            "le centre",
            "du centre",
            "l'est",
            "l’est",
            "anglophone",
            "francophone",
            "arabophone",
        ),
    ),
    (_BORDER, ("frontière",)),
    (_HELD, ("occupé", "contrôl", "tenu", "administré")),
    (REGIONS_OF, ("régions", "provinces", "oblasts", "districts", "préfectures")),
)
# A plural area names all its places: "dans les villages de Yirgou et Barsalogho".
_PLURAL = re.compile(
    r"(?i:villages|villes|localités|communes|régions|provinces|territoires|districts|secteurs|"
    r"cercles|départements|arrondissements|préfectures|groupements|chefferies|quartiers|"
    r"camps|sites|zones|communautés)\s"
)
# Where a list of names is cut: at any join, at a road's "à" only (where its relation
# names several places), at neither for a road's ends ("reliant Djibo à Namsiguia").
_JOIN = re.compile(r"\s*,\s*|\s+(?:et|à)\s+")
_LIST_JOIN = re.compile(r"\s+à\s+")
_ROAD_JOIN = re.compile(r"(?!)")
_ROAD = re.compile(r"(?i:route|piste|nationale|axe|autoroute)\s")
_STREET = re.compile(r"(?i:rue|avenue|boulevard)\s+$")  # a relation naming a street
_HELD_BY = re.compile(r"(?i:bases?|positions?|fief|repaire|bastion)\s+des\s+$")
_APPOSED_HINTS = (", un", ", situ", " ville d", " est un")  # `apposed_town`'s words
_BETWEEN = re.compile(r"^(?:.*\s)?entre\s", re.IGNORECASE)
# A headline's place before a colon: "Haïti : 30 morts", "RDC: ..."; an event named by
# its place: "Massacre de Solhan : ...", "Attaque de Barsalogho : ...".
_HEADED = re.compile(rf"(?P<name>{NAME})\s*:\s")
_HEADED_EVENT = re.compile(rf"(?i:{EVENT})s?\s+(?:de\s+|d[’'])(?!{ACTOR})(?P<name>{NAME})\s*:\s")


def find_places(text: str, start: int, end: int, folded: str | None = None) -> list[PlaceMention]:
    """The places `text[start:end]` names, in order, each as its phrase ("au nord de
    Kidal"); `locative` unless it only says where the place before it lies. `folded`
    is `casefold.fold(text)` where the caller has it."""
    found: list[PlaceMention] = []
    headed = _HEADED_EVENT.match(text, start, end) or _HEADED.match(text, start, end)
    if headed is not None and not NOT_HEADED.match(headed.group("name")):
        found.append(PlaceMention(headed.start("name"), headed.end("name"), headed["name"], True))
    folded = fold(text) if folded is None else folded
    found += opening_a(text, start, end)
    for match in _phrases(text, folded, start, end):
        mention = _mention(text, folded, match)
        if mention is not None:
            found.append(mention)
    words = folded[start:end]
    if _RARE_HINT.search(words):  # "aux villages X et Y", "la rue X", "l'école X de Y"
        for match in _RARE_PHRASE.finditer(text, start, end):
            mention = _mention(text, folded, match)
            if mention is not None and not any(_overlap(p, mention) for p in found):
                found.append(mention)
    rare = [p for p, hint in _HINTED if any(h in words for h in hint)]  # most sentences: none
    for pattern in rare:
        for match in pattern.finditer(text, start, end):
            relation = text[match.start() : match.start("name")]
            if role_before(text, folded, match.start(), relation) == "backdrop":
                continue  # "pour l'indépendance des régions du Nord-Ouest": no scene
            if "islamique" in words and group_tail(text, match.start()):
                continue  # "l'État islamique en Afrique de l'Ouest": a group's name
            if not any(p.start <= match.start("name") < p.end for p in found):
                name = " ".join(match.group("name").split())
                found.append(PlaceMention(match.start(), match.end(), name, True))
    if any(h in words for h in POINTED_HINTS):
        found += pointed_areas(text, folded, start, end)
    if "capitale" in words:  # "dans la capitale": the claim's where its clause names no other
        found += [
            c for c in _capital(text, folded, start, end) if not any(_overlap(p, c) for p in found)
        ]
    if "qu" in words:  # "que Kolofata, ..., est visée"
        found += [
            t for t in town_after_that(text, start, end) if not any(_overlap(p, t) for p in found)
        ]
    if "théâtre" in words:  # "La province ... du Cabo Delgado, riche en gaz, est le théâtre"
        theatre = theatre_subject(text, start, end)
        if theatre is not None and not any(_overlap(p, theatre) for p in found):
            found.append(theatre)
    if any(h in words for h in _APPOSED_HINTS):  # "Kamako, un village du Kasaï": Kamako
        for town, stop in apposed_town(text, start, end):
            found = [replace(p, locative=False) if town.end < p.start < stop else p for p in found]
            found += [] if any(_overlap(p, town) for p in found) else [town]
    if "plus proche" in words:  # "la ville la plus proche est Tanguiéta"
        found += [
            t for t in nearest_town(text, start, end) if not any(_overlap(p, t) for p in found)
        ]
    opening = opening_town(text, start, end) if headed is None else None
    if opening is not None and not any(_overlap(p, opening) for p in found):
        found.append(opening)
    # "le maire de Mokolo": the place of a claim whose sentence names no other
    found += [
        t for t in title_places(text, folded, start, end) if not any(_overlap(p, t) for p in found)
    ]
    if "où" in words:  # "le maire de Kolofata, où l'attaque a eu lieu": where it happened
        found = happened_there(text, found)
    headed_at = start if headed is not None else -1
    found = [p for p in found if not (_told_to(folded, start, p) or _MEDIUM.match(p.name))]
    ordered = narrowed(text, sorted(found, key=lambda p: p.start))
    ordered = countries_last([border_last(p) for p in ordered], headed_at)
    found = parts_apart(text, start, end, scene_gives_way(text, start, ordered))
    found = other_events(text, start, end, found)  # "une semaine après l'attaque de X"
    found = institution_towns(text, start, end, found)  # "Centre hospitalier de X": X
    # "Neuf habitants de Fotokol ... à Kousseri"; "la capitale togolaise": Lomé
    return described_places(text, people_of(text, start, found))


def in_title(text: str, folded: str, place: PlaceMention) -> bool:
    """Whether `place` is named in an official's title: "le gouverneur de la région de
    Kherson", "le maire de la commune de Boni" (`place_roles.role_before`)."""
    relation = _OF_START.match(text, place.start)
    if relation is None:
        return False
    return role_before(text, folded, place.start, relation.group()) == "title"


# A broadcaster named where a place could stand: "Sur Antenne Réunion, la députée a
# confirmé" (french-k study), "sur Radio Okapi", "sur RFI" (not where anything happened).
_MEDIUM = re.compile(r"(?:Antenne|Radio|Télé|TV|RFI|RTB|RTS|RTI|ORTB|France\s+(?:24|Info))(?=\s|$)")

_OF_START = re.compile(r"(?i:de|du|des)\s|(?i:d)[’']")


def _told_to(folded: str, start: int, place: PlaceMention) -> bool:
    """Whether a place phrase names whom a statement was made to, not where anything
    happened: "confirmée à Bip Radio", "a déclaré à Radio Okapi" (an outlet, as "told
    Sahel Wire" in English), "ses condoléances au Royaume du Maroc"."""
    if not folded.startswith(("à ", "au ", "aux "), place.start):
        return False
    return _SAID_TO.search(folded, max(start, place.start - _SAID_REACH), place.start) is not None


def _capital(text: str, folded: str, start: int, end: int) -> list[PlaceMention]:
    """The country's capital `text[start:end]` names without its name ("dans la
    capitale", "la capitale somalienne"), not `locative`: a place of the story's
    country, too wide to be carried, given way to by any place named beside it."""
    found = []
    for match in UNNAMED_CAPITAL.finditer(text, start, end):
        relation = text[match.start() : match.start("name")]
        if role_before(text, folded, match.start(), relation) in ("title", "backdrop"):
            continue  # "le gouverneur de la capitale"
        name = " ".join(match.group("name").split())
        found.append(PlaceMention(match.start("name"), match.end("name"), name, False))
    return found


def _phrases(text: str, folded: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches `_PHRASE.finditer(text, start, end)` gives, tried only where a
    relation word starts in `folded` (the same offsets, lower-cased)."""
    pos = start
    while True:
        # a name opens with a capital at most `_LONGEST` characters after its relation's
        # start: the words before the next capital by more than that are skipped
        capital = _CAPITAL.search(text, pos, end)
        if capital is None:
            return
        pos = max(pos, capital.start() - _LONGEST)
        relation = _RELATION_START.search(folded, pos, end)
        if relation is None:
            return
        capital = _CAPITAL.search(text, relation.start(), end)
        if capital is None:
            return
        if capital.start() - relation.start() > _LONGEST:
            pos = relation.start() + 1
            continue
        match = _PHRASE.match(text, relation.start(), end)
        if match is None:
            pos = relation.start() + 1
            continue
        yield match
        # "aux ADF à Oicha": a group's name, then the place after it is read on its own;
        # so too "l'État islamique en Afrique centrale à Beni"
        armed = ARMED_GROUP.match(text, match.start("name")) or in_group(text, match.start())
        pos = match.start("name") + 1 if armed else match.end()


_CAPITAL = re.compile(rf"[{UPPER}]")
# An organisation named by its initials, whose venue a place names: "l'hôpital de MSF".
_ORGANISATION = re.compile(r"(?:l[’'])?[A-Z]{2,6}")
_APPOSED_KIND = re.compile(APPOSED_KIND, re.IGNORECASE)
# A day told between a verb of saying and where it was said: "a indiqué jeudi à Niamey"
_DAY = rf"(?:{DAYS}|hier)(?:\s+(?:matin|soir))?"
# A verb of saying right before "à X": X is whom it was said to (`_told_to`)
_SAID_TO = re.compile(
    # a verb of saying, not a word that holds one: "par des bandits à Kandi" is where
    r"(?<![\w])(?:déclar|confirm|indiqu|confi|expliqu|précis|annonc|affirm|rapport|racont|révél|"
    # not an adverb: "plus précisément à Guéné" is where
    r"assur|dit|dé?menti|souligné|renseign|signifi|témoign|rétorqu|répliqu)[a-zé]*(?<!ment)"
    rf"(?:-t-(?:il|elle))?(?:\s+{_DAY})?\s+$"
    # where a writer learnt it: "a appris APA jeudi à Kigali auprès de", "a-t-on appris à
    # Niamey de sources locales" (french-w study: Kigali taken for the scene)
    rf"|(?<![\w])appris(?:\s+(?!{_DAY})(?:l[’'])?[\w-]+)?(?:\s+{_DAY})?\s+$"
    # whom condolences go to: "présente ses condoléances au Royaume du Maroc" (trial 65)
    r"|(?<![\w])condoléances\s+$"
)
_SAID_REACH = 40
# A capital named by its country, then by its name set off by commas (`_mention`).
_CAPITAL_OF = re.compile(r"(?i:capitale)\s+(?:de\s+la\s+|de\s+l[’']|du\s+|de\s+|d[’'])\s*$")
_CAPITAL_NAMED = re.compile(rf"\s*,\s*(?P<name>{NAME})\s*,")
# An area "à" a locality may follow, within it (`_mention`).
_AREA_THEN_TOWN = re.compile(
    r"(?i:dans|en|sur)\s+(?:(?i:le|la|l[’'])\s*)?(?i:groupement|chefferie|secteur|territoire|"
    r"cercle|canton|arrondissement|district|collectivité)\s+(?:(?i:de|du|des)\s+|(?i:d)[’'])?$"
)
_LONGEST = 200  # characters of the longest relation ("à une vingtaine de kilomètres au ...")


def _mention(text: str, folded: str, match: re.Match[str]) -> PlaceMention | None:
    """The place one `_PHRASE` match names, None for a person or a medium."""
    name = match.group("name")
    if NOT_PLACE.match(name) or in_group(text, match.start()):
        return None  # "Selon Ali"; "l'État islamique au Grand Sahara" names a group
    compass = name.split(maxsplit=1)[0]
    if compass.lower().rsplit("'", 1)[-1].rsplit("’", 1)[-1] in COMPASS_WORDS and COMPASS_OF.match(
        text, match.start("name") + len(compass), len(text)
    ):
        return None  # "au Sud et à l'Ouest du chef-lieu": a bearing of the place after it
    relation = match.group("rel")
    if _BETWEEN.match(relation) and " et " not in name:
        return None  # "entre Israël et le Hezbollah": two sides, not two places
    several = _BETWEEN.match(relation) or _PLURAL.search(relation)
    joins = _ROAD_JOIN if _ROAD.search(relation) else _LIST_JOIN if several else _JOIN
    role = role_before(text, folded, match.start(), relation)
    cut = joins.search(name)
    if role == "actor" and cut is not None and cut.group().strip() == "à":
        # "opposé les Mouro aux Birgut à Tilegaye": one side of a clash, then where
        at = match.start("name") + cut.end()
        town = _JOIN.split(name[cut.end() :], maxsplit=1)[0]
        return PlaceMention(at - 2, at + len(town), town, True)
    if role in ("origin", "told", "backdrop", "actor", "destination"):
        # "venus de la province de Ngozi", "basé à Maiduguri", "évacués vers Maroua": not
        # where it happened
        return None
    # a place in a person's title, or a street ("sur l'avenue X à Kinshasa"), is the
    # claim's only where its sentence names no other
    street = _STREET.search(relation) is not None
    # a group's base, named by its people: "la base des Chen Mechan, à la Croix-des-Missions"
    here = role != "title" and not street and not _HELD_BY.search(relation)
    # an organisation's venue, then its town: "l'hôpital de l'ONG à Kunduz" is at Kunduz
    street = street or (
        cut is not None and _ORGANISATION.fullmatch(name[: cut.start()]) is not None
    )
    # an area, then a locality in it: "dans le groupement Bundingili à Zunguluka" is at
    # Zunguluka (not "du territoire de Beni à Lubero": from one to the other)
    street = street or (cut is not None and _AREA_THEN_TOWN.match(relation) is not None and here)
    if cut is not None and street and cut.group().strip() == "à":  # "l'avenue X à Goma": Goma
        at = match.start("name") + cut.end()
        town = _JOIN.split(name[cut.end() :], maxsplit=1)[0]
        return PlaceMention(at, at + len(town), town, role != "title")
    if cut is not None:  # "à Gao et à Kidal": the first place; "à Boni, Hombori": the first
        end = match.start("name") + cut.start()
        return PlaceMention(
            match.start(), end, bare(_words(text, match.start(), match.start("name"), end)), here
        )
    if _APPOSED_KIND.fullmatch(relation):  # "La capitale de la Somalie, Mogadiscio,"
        if role == "title":  # "le maire de la ville, Ali Kodo,": the official's name
            return None
        return PlaceMention(match.start(), match.end(), " ".join(name.split()), here)
    capital = _CAPITAL_NAMED.match(text, match.end()) if _CAPITAL_OF.search(relation) else None
    if capital is not None and is_country(name):  # "un quartier de la capitale d'Haïti,
        # Port-au-Prince,": the capital's name, as "la capitale de la Somalie, Mogadiscio,"
        return PlaceMention(match.start(), capital.end("name"), capital["name"], here)
    return PlaceMention(
        match.start(),
        match.end(),
        bare(_words(text, match.start(), match.start("name"), match.end())),
        here,
    )


def _words(text: str, start: int, name: int, end: int) -> str:
    """`text[start:end]` with its spaces made one and the quotation mark opening its
    name at `name` left off ("à « Point Triple" is "à Point Triple")."""
    relation = text[start:name]
    if relation.rstrip().endswith(("«", "“")):
        relation = relation.rstrip()[:-1]
    return " ".join((relation + text[name:end]).split())


def _overlap(a: PlaceMention, b: PlaceMention) -> bool:
    return a.start < b.end and b.start < a.end
