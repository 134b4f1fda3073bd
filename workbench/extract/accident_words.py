"""Deaths that are no casualties of violence: a road accident ("crushed to death by a
lorry") or an illness or want ("died of cholera"), unless a weapon or an attack stands
near (read by victim_background.py). Split from victim_reasons.py."""

from __future__ import annotations

import re

# A road accident that a death is told with: no casualty of violence, which the
# coders of every ACLED set code none of ("a student crushed to death by a lorry",
# "a bus ran over one of them, killing him", "died in a road accident", "a head-on
# collision"), and which is mostly told as what a protest or a riot is about. Not
# "accidentally shot" (a shooting), nor a vehicle that ran over a mine (`WEAPON`).
_VEHICLE = (
    r"(?:cars?|bus(?:es)?|lorr(?:y|ies)|trucks?|vehicles?|trains?|matatus?|motorists?|"
    r"tankers?|trailers?)"
)
ROAD_ACCIDENT = re.compile(
    # not a hospital's name or ward: "Abu Salim Accident Hospital", "accident and emergency"
    # (trial 74d: the hospital's 40 wounded read as a road accident's)
    r"(?<![a-z])(?:accidents?(?!\s+(?:(?:and|&)\s+emergency|hospital|ward|department|unit|centre"
    r"|center|clinic)\b)|collisions?|collid(?:e|es|ed|ing)|head-on|"
    r"(?:ran|run|runs|running)\s+over|"
    rf"(?:crushed|knocked\s+down|hit|struck|run\s+over)\s+(?:to\s+death\s+)?(?:by|under)\s+"
    rf"(?:an?|the|their|his|her)\s+(?:[\w’'-]+\s+){{0,3}}?{_VEHICLE}|"
    rf"{_VEHICLE}\s+(?:[\w’'-]+\s+){{0,6}}?(?:hit|struck|crushed|knocked)|{_VEHICLE}\s+kill(?:ed|s))"
    r"(?![a-z])"
)
# An illness or want that a death is told with: no casualty of violence either ("two
# people died of cholera in the camp", "died from hunger"), unless a weapon or an attack
# stands near (`WEAPON`).
ILLNESS = re.compile(
    r"(?<![a-z])(?:died|dying|die|dies|deaths?)\s+(?:[a-z]+\s+){0,2}?(?:of|from)\s+"
    r"(?:(?:an?|the)\s+)?(?:suspected\s+)?(?:cholera|malaria|measles|meningitis|"
    r"covid(?:-19)?|coronavirus|ebola|lassa|illness|disease|sickness|hunger|starvation|"
    r"malnutrition|thirst|exhaustion|heat(?:stroke)?|cold|exposure|snakebites?|"
    r"natural\s+causes|old\s+age|heart\s+attack|stroke)(?![a-z])"
)
# A weapon or an attack near the accident: the vehicle is its scene or its means ("their
# truck ran over an IED", "petrol bombs hurled at a bus led to a road accident", "the
# accident was caused by rebels").
WEAPON = re.compile(
    r"(?<![a-z])(?:ieds?|mines?|landmines?|bomb\w*|explosi\w*|grenades?|guns?|gunm[ae]n|shot|"
    r"shoot\w*|fired|firing|rifles?|bullets?|petrol|stabb\w*|machetes?|attack\w*|ambush\w*|"
    r"raid\w*|rammed|ploughed|plowed|sabotag\w*|derail\w*|caused\s+by|blamed\s+on|suicide|"
    r"blasts?|fire\s+(?:on|at)|gunfire|militants?|insurgents?|bandits?|rebels?|fighters?|"
    r"terrorists?|jihadists?|assailants?|attackers?|"
    # an air war's weapons: "an air strike on a bus killed 19"
    r"(?:air\s?|drone\s+)?strikes?|drones?|shell\w*|missiles?|rockets?|mortars?|"
    # a vehicle of the security forces: "a police truck ran over a protester"
    rf"(?:police|military|army|security|armou?red|patrol)\s+(?:[\w’'-]+\s+){{0,2}}?{_VEHICLE})(?![a-z])"
)
