"""What happened and who did it: the words around a figure that say so.

`claims.py` decides what each quantity of a sentence counts; this module reads
the cues it decides with: the predicate said after a figure ("were killed",
"have fled Mali", `post_cue`) or before it ("killed twenty-four", "attack on",
`pre_cue`), and the actor a cue names ("killed by gunmen", "militants attacked",
`find_actor`). `victims.py` reads its victims' actors here too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.extract.dateline import dateline_end
from workbench.extract.fate_words import flight_category, hurt_set_off, taken_for_care
from workbench.extract.group_acronyms import STAND_IN
from workbench.extract.lexicon import ACTOR_NOUNS, POST_CUES, PRE_CUE_LAST, PRE_CUES
from workbench.extract.numbers import Quantity
from workbench.extract.sentences import abbreviation_stops_blanked
from workbench.extract.victim_list_words import ANIMALS
from workbench.extract.victim_nouns import held_modifier
from workbench.extract.voices import gives_toll
from workbench.models import Category

# A word or a punctuation mark; Markdown emphasis (**24** soldiers) is passed over.
TOKEN = re.compile(r"[\s*_]*([A-Za-z][\w'’-]*|\S)")
STOP = frozenset(
    "the a an in at on from to for with by of and or but nor were was are is have has had be been "
    "being will would could may might must can who that which as than when while after before "
    "during since into across over under near this these those its their his her our your my "
    "them they it he she we i you last next said says say told there here such so if not no "
    "all each every both either some any many much most other another per including".split()
)
_FLIGHTS = (Category.REFUGEES, Category.DISPLACED)
_BY_AGENT = re.compile(
    # not a time ("buried by Saturday", "by nightfall", "by the end of the week")
    r"\s+by\s+(?!(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|"
    r"february|march|april|may|june|july|august|september|october|november|december|then|"
    r"now|noon|midday|midnight|dawn|dusk|nightfall|morning|evening|tonight|tomorrow|"
    r"yesterday|the\s+(?:end|time|evening|morning|weekend|afternoon))\b|\d)"
    r"((?:[\w’'-]+\s+){0,4}?[\w’'-]+)(?=[,.;:]|\s+(?:in|at|on|near|during|after|when|who|which)\b|$)"
)
# An armed group's acronym, and the stand-in for the Islamic State's "IS" (group_acronyms.py)
_ACRONYM = re.compile(rf"\b(?:[A-Z]{{3,6}}|{STAND_IN})\b")
_ACTOR_MODIFIERS = frozenset(
    "armed unidentified suspected separatist islamist jihadist rebel militant unknown masked "
    "government pro-government state".split()
)
_WORD_BEFORE = re.compile(r"([A-Za-z][\w’'-]*)\s+$")
_ATTACKERS_IN_CUE = re.compile(r"\bby\s+(.+?)\s+(?:on|against)\s*$")
CASUALTY_CATEGORIES = frozenset(
    {
        Category.KILLED,
        Category.WOUNDED,
        Category.MISSING,
        Category.KIDNAPPED,
        Category.ARRESTED,
        Category.DISPLACED,
        Category.REFUGEES,
    }
)


@dataclass(frozen=True)
class Cue:
    """Words that say what happened: `text[start:end]`, and the category they give."""

    start: int
    end: int
    category: Category
    word: str = ""


def modifiers_before(text: str, start: int, limit: int) -> int:
    """Where a noun starting at `start` begins with the capitalised or known modifiers
    before it ("suspected Boko Haram militants"), not before `limit`."""
    while True:
        match = _WORD_BEFORE.search(text, max(limit, start - 80), start)
        if not match:
            return start
        word = match.group(1)
        if not (word[0].isupper() or word.lower() in _ACTOR_MODIFIERS) or word.lower() in STOP:
            return start
        start = match.start(1)


_HELD_FATES = (Category.KIDNAPPED, Category.ARRESTED)
# A participle right after a figure, and the word after it: "6 abducted farmers".
_HELD_BEFORE_PERSON = re.compile(r"\s+([a-z]+)\s+([a-z][\w’'-]*)(?:\s+([a-z][\w’'-]*))?")


def post_cue(text: str, start: int, end: int) -> Cue | None:
    """The predicate that opens `text[start:end]` after a figure ("were killed", "fled
    to Chad"), read up to 120 characters; None where none does."""
    match = POST_CUES.match(text, start, min(end, start + 120))
    if (match is None or match.lastgroup == "TROOPS") and (
        between := _PLACE_BEFORE_VERB.match(text, start, end)
    ):  # "6,110 persons from Butig and Lumbayanague have been displaced" (trial 73: other)
        later = POST_CUES.match(text, between.end(), min(end, between.end() + 120))
        match = later if later is not None and later.lastgroup != "TROOPS" else match
    if match is None or _ACTIVE_RELATIVE.match(text, start, match.end()):
        return None  # "dozens of gunmen who killed 12": the doers, no victims
    category = Category[match.lastgroup or ""]
    if category in _HELD_FATES:
        held = _HELD_BEFORE_PERSON.match(text, start, min(len(text), match.end() + 40))
        if held and held_modifier(held.group(1), [(w, 0, 0) for w in held.groups()[1:] if w]):
            return None  # "killed 6 abducted farmers": the farmers' modifier, no predicate
    word = match.group(match.lastgroup or 0).split()[0].lower()
    if word.startswith("evacuat") and (
        taken_for_care(text, match.end()) or hurt_set_off(text, start)
    ):
        return Cue(start, match.end(), Category.WOUNDED, word)  # "evacuated to hospital"
    if category in _FLIGHTS:  # refugees or displaced: UNHCR's rule (fate_words.py)
        refined = flight_category(
            text, start, match.end(), match.group(match.lastgroup or 0), category
        )
        if refined is None:
            return None
        category = refined
    return Cue(start, match.end(), category, word)


# Where the people counted are from, between them and a verb with its auxiliary: "persons
# from Butig and Lumbayanague (have been displaced)", "families in Datu Piang (have fled)".
_PLACE_BEFORE_VERB = re.compile(
    r"\s+(?:from|in|of)\s+(?:the\s+)?(?:[A-Z][\w’'-]*(?:\s+and\s+|,\s+|\s+)){0,5}?[A-Z][\w’'-]*"
    # the places' kind after their names: "from Kayin and Mon states", "in the Bekaa
    # and Akkar districts" (trial 77k: "in X and Y provinces have fled", other)
    r"(?:\s+(?:provinces?|states?|districts?|regions?|count(?:y|ies)|prefectures?|"
    r"departments?|governorates?|municipalities|municipality|areas?|villages?|towns?))?"
    r"(?=\s+(?:have|has|had|were|was|are|is)\s)"
)
_LAST_WORD = re.compile(r"[A-Za-z]+$")
# A relative clause whose verb is active: its noun did the harm, it did not suffer it
# ("assailants who killed", "men who had wounded"; not "17 who were killed").
_ACTIVE_RELATIVE = re.compile(
    r"\s*\[?(?:who|that|which)\]?\s+(?:(?:had|have|has|reportedly|allegedly|also|then|later)\s+)*"
    r"(?:killed|massacred|executed|murdered|beheaded|decapitated|shot\s+(?:dead|and\s+killed)|"
    r"wounded|injured|maimed)"
    r"\b",
    re.IGNORECASE,
)


def may_end_a_cue(window: str) -> bool:
    """Whether `window` ends with the last word or sign of a pre-cue (`PRE_CUE_LAST`)."""
    end = window.rstrip()
    if end[-1:] in (":", "="):
        return True
    word = _LAST_WORD.search(end, max(0, len(end) - 20))
    return word is not None and word.group(0).lower() in PRE_CUE_LAST


def pre_cue(text: str, quantity: Quantity, clause_start: int) -> Cue | None:
    """The cue that ends right before `quantity` ("killed", "attack on", "Deaths:"),
    read back at most 60 characters, not before `clause_start`; None where none does."""
    begin = max(clause_start, quantity.start - 60)
    window = text[begin : quantity.start]
    if not may_end_a_cue(window):
        return None
    match = PRE_CUES.search(window)
    if match is None:
        return _long_toll(text, quantity)
    words = match.group(0).split()
    category = Category[match.lastgroup or ""]
    return Cue(
        begin + match.start(), begin + match.end(), category, words[0].lower() if words else ""
    )


def _long_toll(text: str, quantity: Quantity) -> Cue | None:
    """A toll whose subject runs long before its verb: "The death toll from Saturday
    night's attack on Pulka in Gwoza local government area of Borno State has risen to
    21", "the number of Afghan soldiers killed in the assault on the base has climbed
    to 30" (the subject up to 240 characters back, past `pre_cue`'s window), within the
    sentence; the cue is the verb's words ("risen to"), its category the toll's (a
    number of people injured is a wounded toll)."""
    verb = _TOLL_VERB_END.search(text, max(0, quantity.start - 45), quantity.start)
    if verb is None:
        put = _PUT_TOLL.search(text, max(0, quantity.start - _TOLL_REACH), quantity.start)
        if put is None:
            return None
        return Cue(put.start(), put.end(), Category.KILLED, "toll")
    # "killed in Russia's Nov. 24 missile strike ... has risen to 16": past the stop
    before = abbreviation_stops_blanked(text[max(0, verb.start() - _TOLL_REACH) : verb.start()])
    subject = _TOLL_SUBJECT.search(before)
    if subject is None or ANIMALS.intersection(subject.group(0).lower().split()[:6]):
        return None  # "the number of cattle killed was 40": no people
    category = Category[subject.lastgroup or ""]
    return Cue(verb.start(), verb.end(), category, "toll")


_TOLL_VERB_END = re.compile(
    r"\b(?:has\s+|had\s+|have\s+)?(?:rose|risen|rises|climbed|climbs|increased|increases|"
    r"jumped|reached|reaches|soared|surged|went\s+up|gone\s+up|goes\s+up)\s+"
    # a day between: "rose on Tuesday to 19" (trial 71: a long subject, read as other)
    r"(?:(?:on\s+)?(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|"
    r"today|overnight|again|further)\s+)?(?:to|at)\s+$"
    # "the number of inmates killed in ... was at least 79": a copula, the toll's size
    # (not an aside's: "The death toll, which stood at nine on Friday, rose to 14")
    r"|\b(?<!which\s)(?<!that\s)(?:was|is|were|are|stood|stands|remained|remains)\s+(?:at\s+)?$"
)
# A toll revised by its teller, its words long: "police have revised the death toll in
# a massacre in the country's highlands to 26".
_PUT_TOLL = re.compile(
    r"\b(?:revised|raised|lowered|updated|upped|reduced|put|brought|placed)\s+"
    r"(?:the|its|their|his|her)\s+(?:death|casualty)\s+toll\b"
    # not past another count: "placed the death toll at four and the number of wounded at
    # 21" (trial 73: the 21 read as killed)
    r"(?:(?!\bnumber\s+of\b)[^.;:!?,\n\d]){0,200}?\s(?:to|at)\s+$",
    re.IGNORECASE,
)
# "the death toll" and what it is of, up to its verb, within one sentence; or a number
# of people a casualty word qualifies ("the number of Nigerien soldiers killed in ...",
# "the number of people injured", "the number of people displaced"), a few words
# between "number of" and that word.
_NUMBER_OF = r"\bnumber\s+of\s+(?:[\w’'-]+\s+){0,3}?"
_TOLL_SUBJECT = re.compile(
    r"(?:(?P<KILLED>\b(?:death|casualty)\s+toll\b|"
    # "the number of soldiers who were martyred ... had risen to nine" (state media's
    # word for their own dead: trial 71b, read as troops)
    # "the number of officers who lost their lives in Monday's attack has risen to six"
    rf"{_NUMBER_OF}(?:killed|slain|dead|deaths|fatalities|martyrs|martyred|who\s+"
    r"(?:(?:have\s+|had\s+)?(?:died|perished|lost\s+their\s+lives)|"
    r"were\s+(?:killed|martyred)|have\s+been\s+(?:killed|martyred)))\b)|"
    # not "the number of casualties and injured" (the dead and the hurt together)
    r"(?P<WOUNDED>\bnumber\s+of\s+(?:(?!casualt|dead|deaths|killed)[\w’'-]+\s+){0,3}?"
    r"(?:wounded|injured|hurt|injuries)\b)|"
    rf"(?P<KIDNAPPED>{_NUMBER_OF}(?:kidnapped|abducted)\b)|"
    # "the number of people displaced by the violence now stands at 5,600" (people: not
    # "the number of camps for the displaced"; not those who went home)
    r"(?P<DISPLACED>\bnumber\s+of\s+(?:(?:the|those|people|persons|civilians|residents|"
    r"villagers|families|households|children|women|internally)\s+){0,3}?"
    r"(?:displaced|uprooted|who\s+(?:have\s+|had\s+)?fled)\b(?![^.;:!?\n]*\breturn)))"
    r"[^.;:!?\n]*$",
    re.IGNORECASE,
)
_TOLL_REACH = 240  # characters between the toll's subject and its verb at most


def find_actor(
    text: str, clause: tuple[int, int], pre: Cue | None, post: Cue | None, category: Category
) -> str | None:
    """Who did it: the agent after "by" a `post` cue, or the first armed actor before a
    `pre` cue (an active verb) in the clause; None for other categories."""
    if category not in CASUALTY_CATEGORIES and category is not Category.ATTACKS:
        return None
    if post is not None:
        agent = _BY_AGENT.match(text, post.end, clause[1])
        return " ".join(agent.group(1).split()) if agent else None
    if pre is None:
        return None
    attackers = _ATTACKERS_IN_CUE.search(text, pre.start, pre.end)
    if attackers:
        return " ".join(attackers.group(1).split())
    if gives_toll(text, clause[0], pre.end):  # "the army put the death toll at 12"
        return None
    opening = dateline_end(text, clause[0], pre.start)
    by = _ATTACK_BY.search(text, opening, pre.start)
    if by:  # "An attack by Boko Haram on the Chadian army killed": Boko Haram
        return " ".join(_LEADING_THE.sub("", by.group("by")).split())
    for match in TOKEN.finditer(text, opening, pre.start):
        word = match.group(1)
        if word.lower() in ACTOR_NOUNS or _ACRONYM.fullmatch(word):
            begin = modifiers_before(text, match.start(1), clause[0])
            if _TARGET_BEFORE.search(text, opening, begin):
                continue  # "an attack on the army killed 12": the army was attacked
            return " ".join(text[begin : match.end(1)].split())
    return None


# An attack and who carried it out: "an attack by Boko Haram on the army", "a raid
# carried out by suspected jihadists against a village".
_ATTACK_BY = re.compile(
    r"\b(?i:attacks?|assaults?|ambush(?:es)?|raids?|offensive|bombings?|strikes?|incursions?|"
    r"onslaught)\s+(?:(?i:carried\s+out|launched|staged|mounted)\s+)?by\s+"
    r"(?P<by>(?:[\w’'-]+\s+){0,4}?[\w’'-]+)(?=\s+(?i:on|against|in|at|near|targeting|that|which|"
    r"who|killed|left|claimed)\b|\s*[,;])"
)
_LEADING_THE = re.compile(r"^(?i:the)\s+")
# What an attack was made on, right before an actor's words: "an attack on the Chadian
# army", "an ambush against a police patrol", "targeting soldiers".
_TARGET_BEFORE = re.compile(
    r"\b(?i:on|against|targeting|targeted|upon)\s+(?:(?i:the|a|an|its|their)\s+)?"
    r"(?:(?!(?i:by)\s)[\w’'-]+\s+){0,2}$"
)
