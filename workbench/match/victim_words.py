"""Nouns of the victim families that the extraction lexicon leaves without one.

The lexicon (extract/lexicon.py) puts the commonest nouns of people in a family;
reports name their dead by many more: trades ("truckers", "shepherds"), gatherings
("spectators", "wedding guests"), ages ("teenagers"), public offices ("councillors"),
a country's people by a noun of their own, civilians as "nationals" are ("a Briton",
"two Frenchmen"), ranks of a force ("sergeants", "paratroopers"), and the words of a
region ("jawans", "sepoys", "askaris"). A noun the lexicon knows keeps its family; these fill the
rest, in the plural and the singular (`singular`). A noun whose family the text
must tell (hostages, prisoners, detainees, commanders, bodyguards, vigilantes,
"members") is in none.
"""

from __future__ import annotations

from workbench.extract.lexicon import NounClass

_CIVILIAN = """
worshipers passersby passers-by onlookers herdsmen hunters locals truckers shepherds
pastoralists nomads guests diners spectators fans voters politicians lawmakers
legislators councillors councilors candidates youths teenagers adolescents toddlers
schoolchildren schoolgirls schoolboys parishioners congregants churchgoers devotees
farmhands loggers woodcutters fishers motorists cyclists pedestrians motorcyclists
hikers campers picnickers revellers revelers partygoers attendees merchants
shopkeepers businessmen businesswomen bankers lawyers judges prosecutors
magistrates clerks medics paramedics surgeons vaccinators humanitarians
missionaries pastors preachers clergymen sheikhs headmen holidaymakers visitors
foreigners expatriates migrants refugees builders peasants cultivators quarrymen
lecturers professors academics scholars researchers scientists technicians
electricians mechanics chauffeurs travelers reporters cameramen photographers
bloggers activists kids pensioners dwellers townspeople citizens nationals
settlers neighbours neighbors students pupils executives managers shopowners
"""
# a country's people by a noun of their own, no person's name though capitalised
_PEOPLE_OF = (
    "britons frenchmen frenchwomen englishmen englishwomen scotsmen irishmen dutchmen welshmen"
)
_MILITARY = """
jawans constables inspectors sub-inspectors troopers sepoys havildars guardsmen
paramilitaries rangers cadets servicemen servicemembers reservists carabinieri
legionnaires paratroopers infantrymen riflemen askaris sergeants corporals
lieutenants captains majors colonels generals policewomen patrolmen enforcers
soliders solders
"""  # the last two: coders' misspellings ("212 soliders killed", "three solders")
_ARMED_GROUP = """
hijackers abductors jihadis extremists separatists guerrillas guerillas bandits
kidnappers raiders infiltrators mujahideen fedayeen maoists naxals naxalites taliban
"""
_IRREGULAR = {"passersby": "passerby", "passers-by": "passer-by"}


def singular(plural: str) -> str:
    """The singular of a plural noun of people: "-men" to "-man", "-ies" to "-y",
    "-es" after a hissing sound, else less its "s" ("truckers" to "trucker")."""
    if plural in _IRREGULAR:
        return _IRREGULAR[plural]
    if plural.endswith("men"):
        return plural[:-3] + "man"
    if plural.endswith("ies"):
        return plural[:-3] + "y"
    if plural.endswith(("ches", "shes", "sses", "xes")):
        return plural[:-2]
    return plural.removesuffix("s")


def _both(words: str, family: NounClass) -> dict[str, NounClass]:
    plurals = words.split()
    return {form: family for word in plurals for form in (word, singular(word))}


MORE_FAMILY_WORDS: dict[str, NounClass] = {
    **_both(_CIVILIAN, NounClass.CIVILIAN),
    **_both(_PEOPLE_OF, NounClass.CIVILIAN),
    **_both(_MILITARY, NounClass.MILITARY),
    **_both(_ARMED_GROUP, NounClass.ARMED_GROUP),
}

# "A Briton", "two Frenchmen": nouns of people, never a person's name (victims.named_person)
PEOPLE_OF_COUNTRIES = frozenset(_both(_PEOPLE_OF, NounClass.CIVILIAN))
