"""What a number in a sentence is when it is no quantity: a year, an age, a model's
name ("Boeing 737", "AK-47"), a list marker, a unit or a road named by its number
("battalion 101"), a number after "No." or "#", "no one" (nobody), the threshold of a
class of incidents ("shootings with four or more victims"). Split from
numbers.py, which asks `not_a_quantity` of each number it reads."""

from __future__ import annotations

import re

from workbench.extract.currencies import CURRENCY_BEFORE
from workbench.extract.dates import MONTH_NAMES_RE
from workbench.extract.lexicon import NOUN_CLASS, PEOPLE, PERSON_NOUNS
from workbench.extract.media_counts import media_count
from workbench.extract.number_words import NUMBER_WORDS, Number, parse_number_words
from workbench.extract.phone_numbers import phone_number
from workbench.extract.qualifiers import qualifier_before
from workbench.extract.sentences import opens_line
from workbench.extract.tails import TailPattern

_AGE_AFTER = re.compile(
    # "a 70+ year old driver", "a 70-plus-year-old man": an age's floor, still an age
    r"^(?:\+|-?plus)?(?:-|\s)(?:years?|yrs?)[\s-]old\b|^\s*years?\s+of\s+age\b"
    # a coder's short age: "31yo man", "a 14 yo civilian", "(60 y.o.)"
    r"|^[\s-]?y\.?o\b\.?",
    re.IGNORECASE,
)
AGE_BEFORE = TailPattern(
    re.compile(r"\b(?:aged|age|ages)(?:\s+(?:of|between|from))?\s*$", re.IGNORECASE),
    ("aged", "age", "ages", "of", "between", "from"),
    ignore_case=True,
)
# What follows a count, not an age: "aged 12 and 40 others were wounded".
_COUNT_GOES_ON = re.compile(r"\s+(?:others?|more)\b", re.IGNORECASE)
# The second age of a range or a pair: "between the ages of 3 and 14", "aged 9 to 16",
# "aged four and five" (a trial's children's ages were read as 3 and 14 killed).
_SECOND_AGE_BEFORE = TailPattern(
    re.compile(
        r"\b(?:aged|ages?)(?:\s+(?:of|between|from))?\s+[\w-]+\s*(?:to|-|–|(?P<pair>and|or))\s*$",
        re.IGNORECASE,
    ),
    ("to", "and", "or", "-", "–"),
    ignore_case=True,
)
_NAME_COMMA_BEFORE = TailPattern(re.compile(r"[A-Z][\w'’-]+,\s*$"), (",",))
# A full name before an age that closes the sentence: "..., Abu Naser, 45."
_FULL_NAME_COMMA = re.compile(r"(?<![\w-])[A-Z][\w'’-]+\s+[A-Z][\w'’-]+,\s*$")
_CLOSES = re.compile(r"^\s*[.;](?:\s|$)")
# One person's noun before an age set off by commas: "A boy, 14, was killed", "Third
# child, 9, dies" (pairs-news-k: the age was the toll), "Mother, 34, and son, 6, killed".
_PERSON_COMMA_BEFORE = re.compile(r"\b(?P<noun>[a-z]+),\s*$", re.IGNORECASE)
_OLDEST = 120  # no one is older: a larger figure after "boy," is no age
# A number in words before a bracket, which the figure in the bracket restates: "Two (2)
# clan militias were killed", "Five (05) SNA soldiers" (acled-n study: no claim, the "(2)"
# read as a list marker); `numbers.restated_in_brackets` makes them one figure.
_WORD_BEFORE_BRACKET = re.compile(rf"\b(?:{NUMBER_WORDS})\s*\($", re.IGNORECASE)
# A headline's verb or qualifier in title case is no model's name: "Car Bomb Kills 12",
# "Toll Rises To 9", "Kills At Least 12".
_HEADLINE_WORD = (
    r"(?:Kills?|Killed|Killing|Wounds?|Wounded|Injures?|Injured|Leaves?|Left|Claims?|Dies|Die|"
    r"Dead|Abducts?|Abducted|Kidnaps?|Kidnapped|Hits?|Reaches|Tops|Nears|Passes|Exceeds|Rises?|"
    r"Climbs?|Jumps?|Soars?|To|At|Of|Than|Over|Least|About|Some|Nearly|Almost|Around|Slay|Slays|"
    # a title-case headline's participle: "Airstrike Unleashes Havoc in Sanaa, Claiming 12
    # Lives" (pairs-news-m study: no claim), "..., Leaving 12 Dead"
    r"Leaving|Claiming|Costs?|Costing|Wounding|Injuring|Abducting|Kidnapping|Displaces?|"
    r"Displaced|Displacing|Forcing|Sending)"
)
# A month or a weekday is no model's name either: the number after a date the date
# patterns read whole counts ("On 24 July 5 civilians were killed", "Sunday 3 soldiers").
_CALENDAR_WORD = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)"
)
# A month glued to its year after a day: "27 September2019" (a coder's slip).
_GLUED_MONTH_AFTER = re.compile(rf"\s+(?:{MONTH_NAMES_RE})(?:19|20)\d\d\b")
# A day glued to a month's abbreviation and its stop: "arrested on Jun.5", "on Feb.16-17"
# (acled-w study: read as 5 troops and 16 others); not "12 Sep. 4 killed", a coder's
# date before a toll (acled-hoa)
_MONTH_STOP_BEFORE = re.compile(
    r"(?<![\w-])(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)\.$", re.IGNORECASE
)
_MODEL_BEFORE = re.compile(
    r"(?:\b[A-Z][A-Za-z]*-|(?<![.!?]\s)(?<!^)\b"
    rf"(?!(?:{_HEADLINE_WORD}|{_CALENDAR_WORD})\s)[A-Z][a-z]*[A-Z0-9]?[a-z]*\s)$"
)
_NOT_NUMBERS_BEFORE = TailPattern(
    re.compile(r"(?:\bNo\.|#|\bNumber|\bnumber)\s*$"), ("No.", "#", "Number", "number")
)
_NONE_BEFORE = re.compile(r"\b(?:[Nn]o|[Nn]ot)[\s-]$")  # "no one", "not one", "no-one"
# A health facility's level in its name: Kenya's "Nakuru Level Five Hospital", "a level 4
# hospital" (its facilities are graded by level, 1 to 6; trial 75: 5 read as a count)
_LEVEL_BEFORE = re.compile(r"\b[Ll]evel\s$")
_FACILITY_AFTER = re.compile(
    r"^\s+(?:[A-Za-z]+\s+)?(?:hospitals?|health|facility|facilities|referral|clinic)\b",
    re.IGNORECASE,
)
# A unit, a road or a place named by a number: "a captain from battalion 101", "km 40"
_LABELS = tuple(
    "battalion brigade regiment division unit platoon squadron company sector ward zone block "
    "camp route highway phase gate kilometre kilometer km checkpoint plot room flight "
    # a text named by its number: "resolution 1701" (re-trial 65: 1,701 troops)
    "resolution resolutions decree decrees article".split()
)
_LABEL_BEFORE = TailPattern(re.compile(rf"\b(?:{'|'.join(_LABELS)})\s$"), _LABELS)
# A military unit named by its number before its title-case name: "troops of 7 Division",
# "two soldiers of the 202 Battalion", "21 Armoured Brigade", "25 Task Force Brigade"
UNITS = ("Division", "Brigade", "Battalion", "Regiment", "Squadron", "Battery", "Platoon", "Corps")
_UNIT_AFTER = re.compile(
    rf"^\s+(?:[A-Z][a-z]+\s+){{0,2}}?(?:{'|'.join(UNITS)}|Task\s+Force)(?![\w-])"
)
# Armies' abbreviations of a unit, before or after its number: "LIB 123", "IB-289",
# "503 LIB", "LID 99", "22 Bde", "192 Bn" (Myanmar's Light Infantry Battalions and
# Divisions, Nigeria's brigades and battalions; acled-v study: "soldiers from LIB 123
# shot two motorbike drivers dead" read as 123 dead)
UNIT_ABBREVIATIONS = "LIB|IB|LID|LIR|MOC|ROC|TOC|Bn|BN|Bde|BDE|Div|Regt|Coy|Sqn"
_UNIT_ABBREVIATION_BEFORE = re.compile(
    rf"(?<![\w-])(?:{UNIT_ABBREVIATIONS})\)?(?:\s*No\.?)?(?:\s|-)$"
)
_UNIT_ABBREVIATION_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s(?:{UNIT_ABBREVIATIONS})(?![\w-])")
# A place's size is no figure of what happened: "for a population of nearly 12 million",
# "une population de 3 millions", "a town of 40,000 inhabitants".
_POPULATION_BEFORE = re.compile(
    r"\b(?:population|populations)\s+(?:of|de|d['’])\s*(?:(?:about|around|nearly|almost|some|"
    r"over|roughly|approximately|close\s+to|more\s+than|less\s+than|just\s+over|just\s+under|"
    r"près\s+de|plus\s+de|environ|quelque)\s+)?$",
    re.IGNORECASE,
)
_INHABITANTS_AFTER = re.compile(
    r"^(?:[\s,.\d]*(?:million|billion))?\s*inhabitants\b", re.IGNORECASE
)
# what a place's size follows ("a city of about", "home to"), not a fate ("displacing")
_SIZE_BEFORE = re.compile(
    r"\b(?:of|has|had|have|with|home\s+to)\s+(?:(?:about|around|nearly|almost|some|over|"
    r"roughly|more\s+than)\s+)?$",
    re.IGNORECASE,
)
# A number in a gang's name: "the gang 400 Mawozo", "the 400 Mawozo gang", "members of
# the 5 Segonn" (french-q study: "400 Mawozo" read as 400 people fleeing or arrested)
_GANG_BEFORE = re.compile(r"\b(?:gang|gangs|criminal\s+group|armed\s+gang)\s+$", re.IGNORECASE)
_GANG_NAME_AFTER = re.compile(r"^\s+[A-Z][\w'’-]+\s+gangs?\b")
_FIRST_WORD = re.compile(r"\s+([a-z]+)\b")
_COMMA_AFTER = re.compile(r"^\s*[,)]")
# "gunmen numbering about 30": the attackers' strength, no count of anyone harmed (not
# "the dead, numbering 30")
_NUMBERING_BEFORE = re.compile(
    r"(?<![a-z])(?:gunmen|attackers|assailants|bandits|militants|insurgents|raiders|herdsmen|"
    r"terrorists|fighters|invaders|hoodlums|thugs|they|who)(?![a-z])[^.;]{0,20}?"
    r"numbering\s+(?:about\s+|some\s+|over\s+|around\s+|more\s+than\s+|"
    r"up\s+to\s+|close\s+to\s+|nearly\s+|almost\s+|at\s+least\s+)?$",
    re.IGNORECASE,
)
# "members of one family", "five people from one household": the group they share,
# no count of its own
_GROUP_BEFORE = re.compile(r"\b(?:of|from)\s$")
_GROUP_AFTER = re.compile(r"^\s+(?:family|household|clan|compound|home|house)\b")
# One of a group after a person's noun: "an employee of one of the hotels", "the owner
# of one of the shops", "a guard at one of the clinics": the person is the count, the
# "one" names whose (session 78: "An Austrian tourist and an employee of one of the
# hotels were killed" read as one killed, the hotels its victims).
_PERSON_OF_BEFORE = re.compile(r"\b(?P<noun>[a-z][\w-]*)\s+(?:of|at|from|in)\s$")
_PARTITIVE_AFTER = re.compile(r"^\s+of\s+(?:the|its|their|his|her)\s", re.IGNORECASE)
_MARKER_AFTER = re.compile(r"^[.)]\s")
_SECTION_AFTER = re.compile(r"^\.?\s+[A-Z]")
# "one of the deadliest attacks", "one of the worst", "one of the most violent": a rank
_RANKED_AFTER = re.compile(
    r"^\s+of\s+the\s+(?:[a-z]+est|worst|most|largest|biggest|greatest)\b", re.IGNORECASE
)


# A figure that bounds a class of incidents, not a count of one: "Of those shootings, 21
# involved five or more fatalities", "mass shootings with four or more victims killed",
# "defined as an attack in which four or more people are killed", "Six of them involved
# four or more fatalities".
# A number in a measure told as an adjective: "a nine-storey building", "a 12-seater bus",
# "a four-wheel-drive vehicle", "the 200-bed hospital" (trial 73b: "nine-story" read as 9
# mourners, and the sentence's own toll lost)
_MEASURE_AFTER = re.compile(
    r"^-(?:stor(?:e)?y|stor(?:e)?ys|stor(?:e)?ied|floors?|levels?|seater|seats?|wheel(?:ed|er|s)?"
    r"|beds?|bedded|lanes?|rooms?|roomed|bedrooms?|tonnes?|tons?|km|kilomet(?:re|er)s?|miles?"
    r"|met(?:re|er)s?|feet|foot|inch(?:es)?)\b",
    re.IGNORECASE,
)
_OR_MORE_AFTER = re.compile(r"^\s+or\s+more\b", re.IGNORECASE)
# A ratio's two figures: "nine in ten Gazans", "one in five", "3 out of 4" (trial 74c: 9 and
# 10 read as two counts, 10 of them displaced)
_RATIO_AFTER = re.compile(
    r"^\s+(?:in\s+(?:every\s+)?(?P<whole>\d+|two|three|four|five|six|seven|eight|nine|ten|twenty"
    r"|hundred|a\s+hundred)"
    # "out of" a base ten (not "five out of 32 people injured": a part of a count)
    r"|out\s+of\s+(?:every\s+)?(?P<base>10|100|ten|a\s+hundred|hundred))\b"
    r"(?!\s*(?:%|per\s*cent|percent))"
    # not a span or a number of places: "killed 3 in 10 minutes", "5 in 2 villages"
    r"(?!\s+(?:[a-z]+\s+)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|villages?"
    r"|towns?|attacks?|raids?|incidents?|places?|locations?|districts?|states?|provinces?|areas?)\b)",
    re.IGNORECASE,
)
_RATIO_BEFORE = re.compile(
    r"\b(?P<part>\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?P<join>in|out\s+of)\s+"
    r"(?:every\s+)?$",
    re.IGNORECASE,
)
# A sum restated in words with its scale in brackets after it: "Rs 8,00,000 (eight
# lakh)" (trial 74b: "eight" read as 8 troops; "24 (twenty-four) soldiers" keeps its noun)
_FIGURE_BRACKET_BEFORE = re.compile(r"\d[\d,.]*\s*\(\s*$")
_BRACKET_CLOSES = re.compile(
    r"^[\s-]+(?:lakhs?|crores?|thousand|million|billion|hundred)\s*\)", re.IGNORECASE
)
# "the zero point" of a border crossing, "ground zero": a place, no count
_ZERO_PLACE_AFTER = re.compile(r"^\s+(?:point|line)\b", re.IGNORECASE)
_CLASS_BEFORE = re.compile(
    r"(?:(?:\b(?:shootings|attacks|incidents|events|killings|massacres|bombings|cases)"
    r"|\bof\s+(?:them|these|those|which))\b[^.;:]{0,40}?"
    r"\b(?:involv(?:e|es|ed|ing)|with|having|had|saw|in\s+which|where)|\bdefined\s+as(?:\s+an?"
    r"\s+[\w-]+(?:\s+[\w-]+)?\s+(?:in\s+which|where|with|involving))?)\s+$",
    re.IGNORECASE,
)


def _owner_of_one(before: str, after: str) -> bool:
    """Whether "one" stands in "<person> of one of the <group>" ("an employee of one of
    the hotels", "a relative of one of the victims"): whose the person is, no count."""
    if not _PARTITIVE_AFTER.match(after):
        return False
    person = _PERSON_OF_BEFORE.search(before[-40:])
    return person is not None and person.group("noun").lower() in PERSON_NOUNS


def _model_before(before: str) -> bool:
    """`_MODEL_BEFORE.search(before)`, searched only where `before` ends with a
    hyphen, or with a word of letters and digits that opens with a capital and one
    white space ("Boeing ", "AK-")."""
    if before.endswith("-"):
        return bool(_MODEL_BEFORE.search(before))
    if not before or not before[-1].isspace():
        return False
    first = len(before) - 1
    while first and (before[first - 1].isalnum() or before[first - 1] == "_"):
        first -= 1  # back over the word: \w, the characters a word boundary stands between
    if first == len(before) - 1 or not "A" <= before[first] <= "Z":
        return False
    return bool(_MODEL_BEFORE.search(before))


def _counts_people(after: str) -> bool:
    """Whether the words after a number open with a plural noun for people
    (`lexicon.NOUN_CLASS`): then a capitalised word before it is a name the number
    follows, not a model's ("told Reuters 10 people were killed"; "Boeing 737 crashed")."""
    word = _FIRST_WORD.match(after)
    return word is not None and NOUN_CLASS.get(word.group(1).lower()) in PEOPLE


def _ratio(after: str, value: Number) -> bool:
    """Whether a figure is a ratio's first, smaller one: "nine in ten people", "3 out of
    4" (not "killed 12 in ten minutes", "5 in 2 villages")."""
    ratio = _RATIO_AFTER.match(after)
    if ratio is None:
        return False
    return value < _figure(ratio.group("whole") or ratio.group("base"))


def _ratio_whole(before: str, value: Number) -> bool:
    """Whether a figure is a ratio's second, its base: "nine in ten", "3 out of 10" (not
    "five out of 32 people injured": the whole a part is counted from)."""
    ratio = _RATIO_BEFORE.search(before[-25:])
    if ratio is None:
        return False
    if ratio.group("join").lower() != "in":
        return value in (10, 100)
    return _figure(ratio.group("part")) < value


def _figure(words: str) -> Number:
    """A ratio's figure, in digits or words ("10", "ten", "a hundred")."""
    folded = " ".join(words.lower().split())
    return int(folded) if folded.isdigit() else parse_number_words(folded) or 0


def looks_like_year(digits: str) -> bool:
    """Four digits from 1800 to 2100: a year, not a count."""
    return len(digits) == 4 and digits.isdigit() and 1800 <= int(digits) <= 2100


def _aged_person(before: str, value: Number) -> bool:
    """Whether the figure after `before` is the age of the one person `before` ends
    with, set off by commas ("A boy, 14,"): a singular noun for a person."""
    person = _PERSON_COMMA_BEFORE.search(before[-30:])
    if person is None or not 0 < value <= _OLDEST:
        return False
    noun = person.group("noun").lower()
    return noun in PERSON_NOUNS and not noun.endswith("s")


# A scale word standing alone, and digits glued to letters before it ("R3.5", "M23"),
# which the number pattern does not read as a figure: the scale word is theirs, not "a
# million" of its own (trial 77k's "R3.5 million" was read as 1,000,000).
_SCALE_ALONE = re.compile(r"(?i)(?:hundred|thousand|million|billion|trillion)s?")
_GLUED_DIGITS = re.compile(r"[A-Za-z][\d.,]*\d\s+$")


def not_a_quantity(text: str, match: re.Match[str], before: str, after: str, value: Number) -> bool:
    """Years, ages, model numbers, list markers and the like."""
    digits = match.group("digits")
    if digits:
        if looks_like_year(digits) and not CURRENCY_BEFORE.search(before):
            # a count all the same where people follow it ("2000 people have fled") or a
            # qualifier bounds it ("more than 1900"): no year is "more than" one
            return not (_counts_people(after) or qualifier_before(before))
        if (
            before.endswith("(")
            and after.startswith(")")
            and not _WORD_BEFORE_BRACKET.search(before)
        ):
            return True  # list marker "(1)"; not "Two (2) clan militias" (a restatement)
        if before.endswith("[") and after.startswith("]"):
            return True  # a footnote mark "[74]"
        if (
            _model_before(before)
            and not qualifier_before(before)
            and not _counts_people(after)
            and not CURRENCY_BEFORE.search(before)  # "get Rs 500,000", "PKR 2m"
        ):
            return True  # Boeing 737, AK-47, Resolution 2100
        if _NAME_COMMA_BEFORE.search(before) and _COMMA_AFTER.match(after):
            return True  # "Tore Bech, 58,"
        if 0 < value <= _OLDEST and _FULL_NAME_COMMA.search(before) and _CLOSES.match(after):
            return True  # "the death of a driver, Abu Naser, 45." (acled-o study: 45 dead)
        if _COMMA_AFTER.match(after) and _aged_person(before, value):
            return True  # "A boy, 14, was killed"
        if opens_line(text, match.start()) and _MARKER_AFTER.match(after):
            return True  # list marker "1."
        if "." in digits and opens_line(text, match.start()) and _SECTION_AFTER.match(after):
            return True  # a section's number: "2.4 Villagers said ..." (trial 74b: 2.4)
        if _LABEL_BEFORE.search(before) or _UNIT_AFTER.match(after):
            return True  # "battalion 101", "7 Division"
        if _UNIT_ABBREVIATION_BEFORE.search(before[-12:]) or _UNIT_ABBREVIATION_AFTER.match(after):
            return True  # "LIB 123", "503 LIB"
        if _GANG_BEFORE.search(before[-30:]) or _GANG_NAME_AFTER.match(after):
            return True  # "the gang 400 Mawozo", "the 400 Mawozo gang": a name
        if phone_number(before):
            return True  # "emergency numbers 191 and 18555", "call 112"
    if media_count(after):
        return True  # "21 photos showing captured rifles": pictures, no claim
    if _AGE_AFTER.match(after) or AGE_BEFORE.search(before):
        return True
    if after.startswith("-") and _MEASURE_AFTER.match(after):
        return True  # "a nine-storey building", "a 12-seater bus": a measure
    if digits and _MONTH_STOP_BEFORE.search(before[-6:]):
        return True  # "on Jun.5": a day
    if _GLUED_MONTH_AFTER.match(after):
        return True  # "On 27 September2019": a day, its month glued to the year
    second = _SECOND_AGE_BEFORE.search(before)
    if second and not (
        second.group("pair") and (_counts_people(after) or _COUNT_GOES_ON.match(after))
    ):
        return True  # "aged 9 to 16"; not "aged 12 and 40 others were wounded"
    if value == 1 and not digits and _NONE_BEFORE.search(before[-8:]):
        return True  # "left no one dead", "not one soldier": nobody
    if _NUMBERING_BEFORE.search(before[-40:]):
        return True  # "gunmen numbering about 30"
    if _POPULATION_BEFORE.search(before[-60:]) or (
        _INHABITANTS_AFTER.match(after) and _SIZE_BEFORE.search(before[-30:])
    ):
        return True  # "a population of nearly 12 million", "a city of 2 million inhabitants"
    if value == 1 and _GROUP_AFTER.match(after) and _GROUP_BEFORE.search(before[-6:]):
        return True  # "five members of one family"
    if value == 1 and not digits and _owner_of_one(before, after):
        return True  # "an employee of one of the hotels": the employee is counted
    if value == 1 and not digits and _RANKED_AFTER.match(after):
        return True  # "one of the biggest losses of civilian life": a rank, no count
    if _ratio(after, value) or _ratio_whole(before, value):
        return True  # "nine in ten people", "one out of five": a share, no count
    if not digits and _FIGURE_BRACKET_BEFORE.search(before[-30:]) and _BRACKET_CLOSES.match(after):
        return True  # "Rs 8,00,000 (eight lakh)": the figure before, in words again
    if value == 0 and _ZERO_PLACE_AFTER.match(after):
        return True  # "at the zero point of Torkham"
    if _LEVEL_BEFORE.search(before[-8:]) and _FACILITY_AFTER.match(after):
        return True  # "Nakuru Level Five Hospital": a facility's grade
    if _OR_MORE_AFTER.match(after) and _CLASS_BEFORE.search(before[-90:]):
        return True  # "shootings with four or more victims": a class's threshold
    if not digits and _SCALE_ALONE.fullmatch(match.group(0)) and _GLUED_DIGITS.search(before):
        return True  # "R3.5 million", "the M23 million": the scale of digits glued to letters
    return bool(_NOT_NUMBERS_BEFORE.search(before))
