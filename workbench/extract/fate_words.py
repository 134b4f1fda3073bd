"""The words of fates that are no death or wound: refugees, the displaced, the
kidnapped and the missing (lexicon.py's cues take them from here), the peoples a
count may name ("18,000 Sudanese", "30,000 Rohingyas"), and the rule that tells a
refugee from a displaced person.

Refugee or displaced: UNHCR's definitions. A refugee has fled *outside* their
country (the 1951 Convention, art. 1A(2)); an internally displaced person has fled
but stays *within* it (the Guiding Principles on Internal Displacement, 1998,
para. 2). So a flight is `refugees` where the text says a border was crossed: into
or to a country by its name ("fled to Chad", "sought refuge in neighbouring
Kenya"), "across the border", "abroad", a people counted on arrival in a country or
its camps ("30,000 Rohingyas have arrived", "had been pre-registered"); and
`displaced` where it names a place inside ("fled to Bunia", "moved to X village to
escape"), or no place, or people still waiting to cross ("attempting to flee").
"""

from __future__ import annotations

import re
from collections.abc import Collection

from workbench.extract.gazetteer import COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME
from workbench.models import Category

# Demonyms whose plural is the same word, and peoples named the same way: "18,000
# Sudanese", "5,000 Rohingya". As adjectives they modify a noun ("Sudanese
# soldiers"), so the noun counted is the next one where one follows (claims.py).
_SAME_PLURAL = re.compile(r"(?:ese|ss|sh|ch|ch)$")
ADJECTIVAL_PEOPLES = frozenset(
    {d for d in COUNTRY_BY_DEMONYM if d.endswith("ese")} | {"rohingya", "masalit", "zaghawa"}
)
PEOPLES = ADJECTIVAL_PEOPLES | frozenset(
    {
        f"{d}s"
        for d in COUNTRY_BY_DEMONYM
        if not _SAME_PLURAL.search(d)
        and d[-1] not in "yh"
        and d not in ("swiss", "french")
        and f"{d}s" not in COUNTRY_BY_NAME  # "Philippines": a country
    }
    | set(
        "rohingyas kurds yazidis uyghurs hazaras tigrayans darfuris tamils pashtuns "
        "amharas oromos".split()
    )
)
# Any word of a people, one or many: before a noun it is the noun's modifier ("one
# Moroccan peacekeeper", "5,000 Rohingya Muslims").
PEOPLE_MODIFIERS = PEOPLES | frozenset(COUNTRY_BY_DEMONYM) | {"rohingya"}


def people_modifier(
    key: str, following: list[str], classes: Collection[str], stop: Collection[str]
) -> bool:
    """Whether the people's word `key` modifies the words `following` it (the next
    one or two), the counted noun's: "5,000 Rohingya Muslims", "Eleven Chinese
    construction workers" (not "18,000 Sudanese have crossed")."""
    if key not in PEOPLES or not following:
        return False
    words = [w.lower() for w in following]
    if words[0] in classes:
        return True
    return len(words) > 1 and words[0] not in stop and words[1] in classes


# The plural nouns of people a fate befalls: "villagers", "pupils", "worshippers".
PEOPLE_WORDS = (
    r"(?:people|persons|individuals|civilians|residents|villagers|inhabitants|families|"
    r"households|children|women|men|students|pupils|schoolchildren|schoolgirls|schoolboys|staff|"
    r"girls|boys|farmers|travell?ers|passengers|worshippers|workers|youths|refugees|migrants|"
    r"soldiers|troops|personnel|policemen|officers|fighters|militants|rebels|insurgents)"
)
# The same words as a set, for a sentence's word index (`wordindex.WordIndex`)
PEOPLE_SET = frozenset(
    PEOPLE_WORDS.removeprefix("(?:")
    .removesuffix(")")
    .replace("travell?ers", "travelers|travellers")
    .split("|")
)
# Flight, said after the people counted: "have crossed over into Chad", "sought
# refuge in", "fled to", "prompting 13,000 people to flee". `flight_category`
# decides refugees or displaced by what follows.
FLIGHT = (
    # not "one victim escaped" (from captors): escaped somewhere
    # not "fled the scene": attackers getting away
    r"(?:fled|flee(?:ing)?|to\s+flee)(?!\s+the\s+scene)|escaped(?=\s+(?:to|into|across)\b)|"
    r"cross(?:ed|ing)\s+(?:over\s+)?(?:into|to|the\s+(?:border|frontier))|"
    # "have crossed since April": the border left unsaid
    r"crossed(?=\s*[,.;]|\s+(?:since|in\s+(?:the\s+)?(?:past|last|recent)|over\s+the\s+past|"
    r"last|this|during|so\s+far)\b)|"
    r"sheltering|(?:driven|chased|forced)\s+(?:from|out\s+of)\s+their\s+(?:homes|villages)|"
    r"(?:sought|seeking|seek|found|took|taken|taking)\s+(?:refuge|asylum|shelter|sanctuary)|"
    r"(?:attempting|trying|waiting|seeking)\s+to\s+(?:flee|cross)|"
    r"(?:pre-?)?registered|"
    r"left(?=\s+(?:the|their)\s+(?:own\s+)?country)|left\s+their\s+(?:homes|villages)|homeless|"
    # "about 1,800 people have left the neighbourhood" (trial 62: a count of no fate)
    r"left\s+(?:the|their)\s+(?:neighbou?rhoods?|villages?|localit(?:y|ies)|quarters?|"
    r"districts?|communes?)(?![\w-])|"
    # a town left since or after the attack: "More than a thousand people have left
    # Kolofata since the attack" (re-trial 63: a count of no fate)
    r"left\s+(?:the\s+(?:town|city|camp|area)|(?-i:[A-Z][a-z][\w'’-]*))"
    r"(?=\s+(?:since|after|following)\s+(?:the\s+)?(?:attacks?|raids?|violence|fighting|"
    r"clashes|killings?|massacres?|assaults?|shelling|bombings?|air\s?strikes?)\b)|"
    r"(?:now\s+)?living\s+in\s+(?:makeshift\s+|temporary\s+|displacement\s+)?(?:camps|shelters|tents)|"
    r"(?:arrived|arriving|entered|entering|come|came|coming|moved|relocated|"
    r"(?:poured|streamed|flooded|spilled|trekked|flocked|headed|landed|reached|made\s+their\s+way)"
    r"(?=\s+(?:across|into|to|towards?|in|at)\b|\s+[A-Z]))"
)
# Taken away, said after the people counted: "were hauled away", "snatched".
TAKEN = (
    r"hauled\s+(?:away|off)|carted\s+(?:away|off)|snatched|dragged\s+away|led\s+away|"
    r"taken\s+away|marched\s+(?:away|off)|in\s+captivity|held\s+for\s+ransom|"
    r"(?:in\s+the\s+hands\s+of|held\s+by)\s+(?:the\s+|their\s+)?(?:kidnappers|abductors|captors)|"
    # "265 pupils are still with the terrorists": held, a count of the kidnapped
    r"(?:still|remain(?:s|ed)?)\s+with\s+(?:the\s+|their\s+)?(?:kidnappers|abductors|captors|"
    r"terrorists|bandits|gunmen|militants|jihadists|insurgents)|"
    r"taken(?=\s+by\s+(?:the\s+|armed\s+|unknown\s+|unidentified\s+|suspected\s+)?"
    r"(?:gunmen|men|militants|bandits|kidnappers|abductors|rebels|assailants|attackers|insurgents|"
    r"jihadists|terrorists|fighters|militia|militiamen|gang|gangs|pirates)\b)"
)
TAKEN_BEFORE = (
    r"snatched|snatching|snatch|"
    r"(?:hauled|hauling|carted|carting|carried|carrying|took|taking|led|leading)\s+(?:away|off)"
)
# Displacement told as a noun before the count: "the displacement of 54,534 people",
# "the evacuation of 136,000 people".
DISPLACEMENT_OF = r"(?:displacement|flight|exodus|evacuation|relocation)\s+of"
# Refugees told before the count: "an influx of 20,000 people", "the number of
# refugees in Chad has risen to 120,000".
REFUGEES_BEFORE = (
    r"\b(?:influx|inflow)\s+of|"
    r"\b(?:number|total)\s+of\s+(?:[\w’'-]+\s+)?(?:refugees|asylum[\s-]seekers)"
    r"(?:\s+[\w’'-]+){0,6}?\s+(?:(?:has|have|had)\s+)?(?:risen|rose|climbed|grown|grew|reached|"
    r"increased|jumped|swelled|stands|stood|is|was)(?:\s+(?:to|at))?"
)
# Missing, said after the people counted: "had gone missing", "are said to be still missing".
GONE = (
    r"(?:gone|went|go|going)\s+missing|"
    r"(?:(?:said|believed|thought|reported|feared|presumed|understood)\s+to\s+be\s+)"
    r"(?:still\s+)?(?:missing|unaccounted\s+for)"
)

_COMBATANT_HEADS = frozenset(
    "soldiers troops servicemen officers policemen police gendarmes peacekeepers marines "
    "men personnel fighters militants rebels insurgents gunmen jihadists forces guards "
    "commandos recruits mercenaries militiamen".split()
)
_MIGRANTS = frozenset({"migrants", "immigrants", "smugglers", "traffickers"})
_ATTACKER_HEADS = frozenset(
    "gunmen attackers assailants bandits militants insurgents jihadists terrorists raiders "
    "kidnappers abductors robbers hoodlums thugs".split()
)
_ARRIVALS = re.compile(
    r"arriv|enter|com|came|moved|relocat|poured|streamed|flooded|spilled|trekked|flocked|headed|"
    r"landed|reached|made"
)
# Where a flight ended, told further on: "fleeing the fighting have reached Chad".
_REACHED = re.compile(
    r"[^.;]{0,100}?\b(?:reached|arrived\s+in|entered|crossed\s+(?:over\s+)?into|(?:fled|fleeing|"
    r"escaped)\s+(?:in)?to)(?=\s)"
)
_CROSSED = re.compile(r"cross")
_REGISTERED = re.compile(r"(?:pre-?)?registered$")
# Nouns that count deaths, not people: no flight or registration is theirs.
_DEATH_HEADS = frozenset(
    "deaths fatalities casualties killings murders homicides dead bodies corpses cadavers".split()
)
_ABROAD = re.compile(
    r"\s+(?:(?:over|out)\s+)?(?:(?:from\s+|out\s+of\s+)?(?:the|their)\s+(?:own\s+)?country|abroad|"
    r"overseas|across\s+(?:the\s+)?(?:border|frontier)|"
    r"(?:to|into|in|across|for|towards?|at)\s+(?:the\s+)?(?:neighbo(?:u)?ring|nearby)\s+"
    r"(?!(?:villages?|towns?|districts?|areas?|provinces?|states?|regions?|counties|county)\b)"
    r"(?:[A-Z]|countr(?:y|ies)\b|nations?\b)|"
    r"(?:to|into|in)\s+(?:other\s+|several\s+|various\s+)?(?:neighbo(?:u)?ring\s+)?"
    r"countries\b)",
)
_DESTINATION = re.compile(
    r"\s+(?:(?:over|out)\s+)?(?:(?:(?P<from>from)|to|into|across|for|towards?)\s+)?(?:the\s+)?"
    # "into eastern Chad", "to far northern Uganda"
    r"(?P<side>(?:far\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
    r"(?:ern)?\s+|central\s+)?"
    r"(?P<place>[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*){0,4})"
)
# Where people came to rest, not where they were: "sought refuge in Chad", "arrived
# in Uganda" (not "displaced in Sudan").
_RESTING_IN = re.compile(r"\s+(?:in|at)\s+(?=(?:the\s+)?[A-Z])")
_RESTING = re.compile(
    r"(?:sought|seeking|seek|found|took|taken|taking)\s|arriv|enter|com|came|regist|landed|made"
)
_CAMP = re.compile(
    r"\s+(?:to|into|in|at)\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,3}?(?:refugee\s+)?camps?\b|"
    r"\s+as\s+(?:new\s+)?(?:arrivals|refugees|asylum[\s-]seekers)"
)
_AS_DISPLACED = re.compile(r"\s+as\s+(?:internally\s+)?displaced|\s+as\s+idps", re.IGNORECASE)
_ESCAPING = re.compile(
    r"[^.;]{0,80}?\b(?:(?:in\s+order\s+)?to\s+escape\w*|escaping|fleeing|for\s+(?:their\s+)?safety|"
    r"to\s+avoid)\b",
    re.IGNORECASE,
)
_LAST_WORD = re.compile(r"([A-Za-z][\w’'-]*)\W*$")


# Countries, and lands abroad, the gazetteer does not name so: a flight there
# crosses a border.
_ABROAD_NAMES = frozenset(
    {
        *"congo europe slovakia somaliland".split(),
        *("republic of congo", "dominican republic", "cote d'ivoire", "côte d'ivoire"),
        "côte d’ivoire",
    }
)


def _is_country(place: str) -> bool:
    words = re.sub(r"[’']s$", "", place.split()[0]).split() + place.split()[1:]
    if words[0] != place.split()[0]:  # "Sudan's Darfur region": left Sudan
        words = words[:1]
    return any(
        " ".join(words[:n]).lower() in COUNTRY_BY_NAME
        or " ".join(words[:n]).lower() in _ABROAD_NAMES
        for n in range(len(words), 0, -1)
    ) or place.lower().startswith("democratic republic of")


def abroad(text: str, pos: int, resting: bool = False) -> bool | None:
    """Whether the words at `pos` take a flight across a border (True), name a place
    inside a country (False), or name no place (None); `resting`: the cue says where
    people came to rest, and "in Chad" names where they went."""
    if _ABROAD.match(text, pos):
        return True
    if resting and (at := _RESTING_IN.match(text, pos)):
        pos = at.end() - 1
    destination = _DESTINATION.match(text, pos)
    if destination is None:
        return None
    if destination.group("from") and destination.group("side"):
        # "displaced from southern Lebanon": a part of the country, not all of it; unless
        # a border is crossed next ("from northern Mozambique to Malawi")
        return bool(abroad(text, destination.end()))
    return _is_country(destination.group("place"))


def flight_category(
    text: str, start: int, cue_end: int, words: str, category: Category
) -> Category | None:
    """The category of a flight or arrival cue `words` that ends at `cue_end`, said
    after the people counted (their noun ends at `start`): refugees or displaced by
    UNHCR's rule (the module's docstring); troops for fighters who arrive or enter;
    None for an arrival that names neither a country nor a people from abroad."""
    head = _LAST_WORD.search(text, max(0, start - 40), start)
    noun = head.group(1).lower() if head else ""
    if noun in _DEATH_HEADS:
        return None  # "52 deaths registered in Ecuador": counted deaths, no one who fled
    if noun in _ATTACKER_HEADS:
        return None  # "Twenty gunmen fled the village": attackers getting away, no refuge
    lowered = " ".join(words.lower().split())
    crossing = abroad(text, cue_end, bool(_RESTING.match(lowered)))
    if _REGISTERED.search(lowered):
        if _AS_DISPLACED.match(text, cue_end):
            return Category.DISPLACED
        if "pre" in lowered or _CAMP.match(text, cue_end) or crossing:
            return Category.REFUGEES
        return None
    if _ARRIVALS.match(lowered):
        if noun in _COMBATANT_HEADS:
            return Category.TROOPS if lowered.startswith("arriv") else None
        if noun in _MIGRANTS:
            return None  # "250 migrants who entered Turkey illegally": no refuge told
        if lowered.startswith(("moved", "relocated")):
            if not _ESCAPING.match(text, cue_end):
                return None
            return Category.REFUGEES if crossing else Category.DISPLACED
        if crossing or _CAMP.match(text, cue_end):
            return Category.REFUGEES
        if crossing is None and noun in PEOPLES:
            return Category.REFUGEES  # "30,000 Rohingyas have arrived": counted where they land
        return Category.TROOPS if lowered.startswith("arriv") else None
    if _CROSSED.match(lowered) or "asylum" in lowered or noun == "refugees":
        return Category.REFUGEES  # "8,000 Congolese Refugees Flee To Uganda": named so
    if lowered.startswith(("attempting", "trying", "waiting", "seeking to")):
        return Category.DISPLACED  # not across yet
    if lowered.startswith("evacuat"):
        return category  # evacuated abroad: no refugee, and no one displaced there
    if crossing or (crossing is None and _reached_abroad(text, cue_end, lowered)):
        return Category.REFUGEES
    if category is Category.REFUGEES:
        return Category.DISPLACED
    return category


def _reached_abroad(text: str, pos: int, words: str) -> bool:
    """Whether a flight (`words`, "fled", "fleeing") is told, further in its clause,
    to have ended in a country: "fleeing the fighting have reached Chad"."""
    if not words.startswith(("fle", "escap")):
        return False
    reached = _REACHED.match(text, pos)
    return reached is not None and bool(abroad(text, reached.end(), resting=True))


# A soldier's death told as a fall: "the 24 soldiers who fell in battle", "two fell in
# the line of duty" (not "fell ill", "fell in line", "prices fell in March").
FELL_IN_BATTLE = (
    r"f[ae]ll(?:en)?\s+(?:in\s+(?:battle|combat|action|the\s+line\s+of\s+duty)|"
    r"on\s+the\s+(?:battlefield|front(?:\s*lines?)?))"
)


# A range of severity told before a wound noun: "11 others sustained various degrees of
# injuries", "suffered varying degrees of burns" (acled-nigeria study: read as "other").
SEVERITY_RANGE = r"(?:(?:various|varying|different)\s+(?:degrees?|levels?)\s+of\s+)?"


# The events whose "claim" counts the dead it took: "the blast claimed 12 civilians",
# "two attacks have claimed 40 soldiers" (not "the group claimed 12 attacks", nor "the
# rebels claimed 40 soldiers were killed": a figure told, `claims.py` reads it).
CLAIMING_EVENTS = (
    "attack attacks clash clashes violence fighting fight fights blast blasts explosion "
    "explosions bombing bombings ambush ambushes raid raids assault assaults offensive "
    "battle battles incident incidents massacre insurgency conflict war strike strikes "
    "struggle crisis unrest rebellion uprising riots"
).split()
EVENT_CLAIMS = (
    "(?:"
    + "|".join(
        f"(?<={event}\\s{aux})" for event in CLAIMING_EVENTS for aux in ("", "have\\s", "has\\s")
    )
    + r")claim(?:s|ed)?(?=\s+(?:at\s+least\s+|about\s+|some\s+|nearly\s+|over\s+|around\s+|"
    r"more\s+than\s+|another\s+|(?:the\s+)?(?:lives\s+of\s+)?)?(?:\d|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|a\s+(?:dozen|hundred)|dozens|scores|hundreds|"
    r"several)(?![a-z]))"
)


# Where the hurt are taken for care, in either language: "evacuated to hospital",
# "évacués à l'hôpital Hamed", "évacuées vers un centre de santé"; or how they are flown
# out ("par hélicoptère").
_TO_CARE = re.compile(
    # flown out, as only the hurt are from an attack: "dont cinq ont été évacués par
    # hélicoptère vers N'Djamena", "airlifted by helicopter" (trial 64: five displaced)
    r"\s+(?:par|by)\s+(?:hélicoptères?|hélicos?|avions?|voie\s+aérienne|helicopters?|air|plane)"
    r"(?![\w’'-])|"
    r"(?:\s+(?:by|par)\s+[\w’'-]+(?:\s+[\w’'-]+)?)?"
    r"\s+(?:to|into|vers|à|au|aux|dans)\s+(?:[\w’'-]+\s+){0,5}?"
    r"(?:hospitals?|clinics?|health\s+(?:centres?|centers?|facilit(?:y|ies)|posts?)|"
    r"medical\s+(?:centres?|centers?|facilit(?:y|ies))|"
    r"l[’']\s*hôpital|hôpita(?:l|ux)|centres?\s+(?:de\s+santé|hospitaliers?|médicaux|médical)|"
    r"structures?\s+(?:sanitaires?|hospitalières?|de\s+santé)|formations?\s+sanitaires?|"
    r"CHU|dispensaires?|infirmerie)\b",
    re.IGNORECASE,
)


# The hurt named before their figure, set off by commas: "The wounded, about forty,
# were evacuated to Abéché", "Les blessés, une trentaine, ont été évacués vers Mongo"
# (trial 75b: forty displaced).
_HURT_SET_OFF = re.compile(
    r"\b(?:the|les)\s+(?:wounded|injured|blessé(?:e)?s)\s*,\s*[^,.;:()]{1,30}$", re.IGNORECASE
)


def hurt_set_off(text: str, figure_end: int) -> bool:
    """Whether the figure ending at `figure_end` stands set off after the hurt ("The
    wounded, about forty, were evacuated"): those evacuated are the wounded, whatever
    the place they were taken to."""
    return _HURT_SET_OFF.search(text, max(0, figure_end - 60), figure_end) is not None


def taken_for_care(text: str, cue_end: int) -> bool:
    """Whether the people an evacuation cue ending at `cue_end` counts were taken to
    be treated ("Nine others were evacuated to hospital", "neuf autres ont été évacués
    à l'hôpital Hamed"): the hurt of the incident, not people displaced (french-m
    study: counted as displaced)."""
    return _TO_CARE.match(text, cue_end, min(len(text), cue_end + 90)) is not None
