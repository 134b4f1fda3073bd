"""The words for persons a list of victims is made of: a word for a person ("leader",
"an Iraqi", "his body-guard": `is_person`, `title`), a plural (`is_plural`), and a verb
or gerund that ends a noun phrase (`is_verb`). Split from victim_nouns.py, which
re-exports them."""

from __future__ import annotations

import re

from workbench.extract.lexicon import PERSON_NOUNS
from workbench.extract.victim_list_words import ANIMALS, NOT_GERUNDS, VERBS
from workbench.extract.victim_typos import near_person

# Agent nouns and demonyms: "a commander", "an activist", "an Iraqi", "a Sudanese".
PERSON_SUFFIX = re.compile(r"(?:er|or|ist|ian|man|woman|person|ee|eer|ese|[^aeiou]i)$")
# Words the agent-noun suffix would take for people: things, and adverbs,
# adjectives and prepositions in -er or -or.
NOT_PERSONS = frozenset(
    "number newspaper paper member-state border river water tower power order matter corner "
    "quarter weather "
    "centre center chapter sector motor factor error terror prior later other "
    "another under over after ever never rather whether either neither together however "
    "former latter earlier further farther shelter quarter-hour container trailer computer "
    "cluster corridor interior exterior murder slaughter manslaughter disorder anger danger "
    "hunger fever cancer letter paper poster banner charter theater theatre headquarter "
    "helicopter tractor generator reactor radar calendar summer winter september october "
    "november december dinner cover silver copper chamber floor door horror "
    "rumor rumour tremor armor armour harbor harbour labor labour favor honor behavior taxi "
    "committee degree fee guarantee "
    # verbs in -er: "killed six thieves and recover(ed) the cattle"
    "recover discover uncover deliver consider remember gather enter offer suffer render "
    "surrender answer wander hover register lower alter filter bother murder".split()
)
DEMONYM = re.compile(
    r"(?:ian|ican|ean|ese|[^aeiou]i|[^aeiou]an|man|woman)$|"
    r"^(?:Kurd|Turk|Arab|Thai|Briton|Uzbek|Tajik|Kazakh|Pole|Swede|Dane|Scot|Greek|Somali)$"
)
# Two capitalised names joined by a hyphen name a road or a route, not a people:
# "Damaturu-Maiduguri Road" (not "al-Qaysi").
PLACE_PAIR = re.compile(r"[A-Z][a-z]+-[A-Z]")
# Police and civil ranks written as acronyms: "the DSP of X", "an ASI", "the SHO".
ACRONYM_TITLES = frozenset(
    "DSP SSP ASP SP SPO SHO ASI SI DIG IGP IG OC MLA MP MNA MPA DC SDM SDPO SDO BDO CO".split()
)
# Nouns for one person the lexicon lacks: "an army jawan", "a village sarpanch".
MORE_PERSONS = frozenset(
    "jawan sepoy havildar sarpanch inmate monarch convict criminal clerk tout orderly minor "
    "rustler bride groom beggar scholar executive salesboy houseboy gangster thug hawker surgeon "
    "paramedic medic detective mechanic relative representative operative fugitive boss "
    "colleague companion peasant stewardess host veteran fiance fiancee midwife chauffeur "
    "witch prophet priestess staff staffer academic cadet kingpin lad sultan chair pirate "
    "editor publisher professor lecturer shaykh shaikh sheikh sheik "
    # people in -ant and -ent, which the suffix test leaves out ("a restaurant", "an event")
    "aspirant claimant defendant dependant attendant participant immigrant emigrant "
    "adolescent inhabitant occupant resident applicant consultant accountant descendant "
    "entrant rival "
    # South Asian and Nigerian press words for one person: "a dacoit", "a hoodlum"
    "dacoit hoodlum miscreant guest "
    # coders' nouns for one person: "a civilian male", "a female", "the mukhtar of the
    # village" (an Iraqi or Syrian village head), "an explosive expert"
    "male female mukhtar muktar expert "
    # more the study halves lacked (session 57): "a court registrar", "an exile", "a
    # notable", "a dahalo" (Madagascar's cattle raiders, as ACLED's coders write them)
    "registrar exile dissident notable dahalo "
    # one of a place's people, in Nigerian English above all: "a native of Agatu", "an
    # indigene of Obodo community" (session 58)
    "native indigene "
    # a farm's worker, as Nigerian coders write it: "the village head's farmhand"
    "farmhand".split()
)

_PERSON_WORDS = PERSON_NOUNS | MORE_PERSONS


def title(word: str) -> bool:
    """A word for a person: "leader", "Councilman", "Indonesian" (a capitalised one
    only from the lexicon or as a demonym: "Blackwater", "Monitor" are no agent
    nouns)."""
    if word.islower():
        return is_person(word)
    return (
        word.lower() in PERSON_NOUNS
        or word.lower() in MORE_PERSONS  # "an Islamic Scholar", "the Editor"
        or word in ACRONYM_TITLES
        or (bool(DEMONYM.search(word)) and not PLACE_PAIR.search(word))
    )


def is_verb(word: str) -> bool:
    """Words that end a noun phrase: a casualty predicate or a gerund (not a compound
    adjective, "high-ranking", "long-serving")."""
    return word.lower() in VERBS or (
        word.endswith("ing") and word.islower() and word not in NOT_GERUNDS and "-" not in word
    )


def is_person(word: str) -> bool:
    """Whether a lower-case word names a person: the lexicon's, an agent noun or a
    demonym ("commander", "Iraqi"), an age ("14-year-old"); not an animal or a thing."""
    if word in ANIMALS or word in NOT_PERSONS:
        return False
    return (
        word in PERSON_NOUNS
        or word in MORE_PERSONS
        or (len(word) >= 5 and bool(PERSON_SUFFIX.search(word)))
        or word.endswith(("year-old", "years-old"))  # "a 14-year-old", "one five-year-old"
        or ("-" in word and word.replace("-", "") in PERSON_NOUNS)  # "his body-guard"
        # a compound ending in a word for a person: "a head-constable", "an ex-soldier"
        or ("-" in word and word.rsplit("-", 1)[1] in _PERSON_WORDS)
        or near_person(word) is not None  # a slip: "a vigiliante was killed"
    )


def is_plural(word: str) -> bool:
    """Whether a lower-case noun is plural: "-s", "-men" ("policemen"), and "people",
    "police", "children", ..."""
    return word.endswith(("s", "men")) or word in (
        "people",
        "police",
        "personnel",
        "men",
        "women",
        "children",
    )
