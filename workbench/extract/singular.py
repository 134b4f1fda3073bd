"""Named victims: "French journalist Jean Dupont was kidnapped" is a claim of one.

Victims counted by a number or by "a"/"the" and a noun are read in `victims.py`;
this module reads the ones named by a personal name before a passive verb.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.extract.claims import Reading
from workbench.extract.lexicon import NounClass
from workbench.extract.named_again import named_again
from workbench.extract.numbers import Quantity
from workbench.extract.one_missing import one_missing
from workbench.extract.person_words import title
from workbench.extract.victim_named import named_objects
from workbench.extract.victim_words import AND_LATER_DIED, LATER_DIED
from workbench.models import Category

_EVENTS = {
    "killed": Category.KILLED,
    "shot dead": Category.KILLED,
    "executed": Category.KILLED,
    "murdered": Category.KILLED,
    "assassinated": Category.KILLED,
    "beheaded": Category.KILLED,
    "decapitated": Category.KILLED,
    "found dead": Category.KILLED,
    "discovered dead": Category.KILLED,
    "gunned down": Category.KILLED,
    "stabbed to death": Category.KILLED,
    "hacked to death": Category.KILLED,
    "beaten to death": Category.KILLED,
    "lynched": Category.KILLED,
    "slain": Category.KILLED,
    "wounded": Category.WOUNDED,
    "injured": Category.WOUNDED,
    "kidnapped": Category.KIDNAPPED,
    "abducted": Category.KIDNAPPED,
    "taken hostage": Category.KIDNAPPED,
    "arrested": Category.ARRESTED,
    "detained": Category.ARRESTED,
    "missing": Category.MISSING,
}
_EVENT = "|".join(re.escape(e) for e in sorted(_EVENTS, key=len, reverse=True))
_BE = r"(?:was|has\s+been|had\s+been|got|is|remains|is\s+still)\s+(?:(?!nearly)\w+ly\s+)?"
# The harm before the event word: "was shot and killed", "was abducted and murdered".
_HARM_AND = r"(?:(?:shot|stabbed|beaten|attacked|ambushed|abducted|kidnapped|tortured)\s+and\s+)?"
# A wound told as what the person got: "Musa Bello, 35, sustained a bullet wound".
_HURT = (
    r"(?:(?!nearly)\w+ly\s+)?(?P<hurt>(?:sustained|suffered|received)\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:injuries|injury|wounds|wound|burns))"
)
# A name, its apposition or age ("Musa Bello, 35,", "Musa Bello (35)"), then its fate: a
# passive, or a death told by "died" ("Musa Bello, 35, died in hospital").
_NAMED = re.compile(
    rf"(?P<name>\b[A-Z][a-z]+(?:\s+(?:de\s+|van\s+|al-)?[A-Z][\w’'-]+){{1,3}})"
    rf"(?:,\s+(?:(?:a|an|the)\s+[^,]{{1,60}}|(?P<age>(?:aged\s+)?\d{{1,2}})),"
    rf"|\s*\((?:aged\s+)?\d{{1,2}}\),?)?"  # "Laibungjam Inao (27) was shot dead"
    rf"\s+(?P<fate>{_BE}{_HARM_AND}(?P<event>{_EVENT})|(?:later\s+)?(?P<died>died|succumbed)"
    rf"|{_HURT})\b"
)
_NOT_NAMES = re.compile(r"^(?:The|A|An|This|That|Mali|France|In|On|At)\b")
# Two or more people named in full, then their fate in the plural: "Musa Ali and Bala
# Sani were killed", "Musa Ali, Bala Sani and Ibrahim Umar were abducted". Each name of
# two to four capitalised words (not "Christians and Muslims were killed").
_FULL_NAME = r"[A-Z][a-z]+(?:\s+(?:de\s+|van\s+|al-)?[A-Z][\w’'-]+){1,3}"
_NAMED_MANY = re.compile(
    rf"(?P<name>{_FULL_NAME}(?:,\s+{_FULL_NAME})*,?\s+and\s+{_FULL_NAME})"
    rf"\s+(?P<fate>were\s+(?:(?!nearly)\w+ly\s+)?{_HARM_AND}(?P<event>{_EVENT}))\b"
)
_NAME_SPLIT = re.compile(r",?\s+and\s+|,\s+")
# The word before a name, or a hyphen: "of Jean-Claude Duvalier", "the newspaper El
# Comercio", "southern Helmand Province" may end a longer subject.
_WORD_BEFORE = re.compile(r"(?:(?<![\w-])([a-z]+)\s+|-)$")
_CLAUSE_OPENERS = frozenset(
    "and but while when as after before then where whereas that said says reported stated "
    "confirmed claimed announced added believed".split()
)
# A death told of a victim told before, by a pronoun or by name: "He died of his
# injuries", "She later died on 21 November", "Police intervened, but he died",
# "Bader was wounded in the attack and later died from his wounds" (one killed, not
# also one wounded).
# Found dead, or found killed ("He was found killed on 18 May", a coder's words).
_FOUND_DEAD = (
    r"(?:found|discovered)\s+(?:dead|killed|murdered|slain)|(?:declared|pronounced)\s+dead"
)
# "He was killed in the incident", "She was later found dead" (one told before).
_PASSIVE_DEATH = (
    r"(?:was|had\s+been|has\s+been)\s+(?:(?:later|then|subsequently|eventually|also)\s+)?"
    r"(?:killed|shot\s+dead|murdered|executed|beheaded|decapitated|assassinated|gunned\s+down|"
    rf"lynched|{_FOUND_DEAD}|(?:stabbed|hacked|beaten|burnt|burned)\s+to\s+death)"
)
# The pronoun opens the sentence, a clause of it ("..., but he died", "taken to hospital
# where she later died", "when he died") or what follows its semicolon ("; she died").
_PRONOUN_DIED = re.compile(
    rf"(?:\W*|[^.;]{{0,120}}?(?:,\s+|\s)(?:but|and|where|before|when|until)\s+|[^.;]{{0,120}}?;\s+)"
    rf"(?P<name>[Hh]e|[Ss]he)\s+"
    rf"(?:{LATER_DIED}|{_PASSIVE_DEATH})\b"
)
# One more death, the pronoun's, after a death told: "killing 4 other soldiers. He was
# also killed during the gunfight", "He was later found dead as well" (acled-w study:
# the shooter's own death, read as the four told again)
_ALSO = re.compile(r"\balso\b|\b(?:as\s+well|too)(?=\s*(?:[.,;]|$))")
# One person a harm befell, then "who" and their death: "The bullet struck a male
# civilian, who later died in hospital", "shot a trader who died on the way to the
# clinic" (not "relatives of a man who died" protesting).
_WHO_DIED = re.compile(
    rf"[^.;]{{0,120}}?(?<![a-z])(?:shot|struck|hit|stabbed|attacked|hacked|beat|beaten|"
    rf"macheted|injured|wounded|injuring|wounding|shooting|striking|hitting|"
    rf"shoots|strikes|hits|stabs|attacks|hacks|beats)\s+"
    rf"(?:and\s+[a-z]+\s+)?(?P<name>(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:[\w-]+\s+){{0,3}}?[a-z]+)"
    # where it befell them: "shot a farmer in Agatu, who died on the spot"
    rf"(?:\s+(?:in|at|near|outside)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?,?\s+"
    rf"who\s+(?:had\s+)?{LATER_DIED}\b"
)
# People told before, killed by a pronoun: "Gunmen locked eleven people inside a
# house. They then killed them.", "They were later executed."; or by the name of
# their state: "... abducted three farmers. They later shot and killed the abductees."
_THEM_KILLED = re.compile(
    r"(?:\W*|[^.;]{0,80}?\s)(?P<core>(?:killed|executed|murdered|beheaded|decapitated|shot\s+dead|"
    r"massacred)\s+(?:(?:all\s+(?:of\s+)?)?them(?![\w’'-])|(?:all\s+(?:of\s+)?)?(?:the|their)\s+"
    r"(?:abductees|hostages|captives)(?![\w’'-]))|(?P<they>[Tt]hey|[Bb]oth(?:\s+of\s+them)?|[Aa]ll\s+of\s+them)\s+were\s+(?:all\s+|later\s+|then\s+|"
    r"subsequently\s+|(?:shortly\s+|soon\s+)?afterwards\s+)*(?:(?:reported|said|believed|feared|confirmed)\s+to\s+have\s+been\s+)?"
    # "They were shot and killed by Seleka" (acled-w study: no claim)
    rf"(?:(?:shot|stabbed|hacked|beaten|tortured)\s+and\s+)?"
    rf"(?:killed|executed|murdered|beheaded|shot\s+dead|{_FOUND_DEAD})|"
    # "Their bodies were found ten days later", "The bodies of the six were discovered"
    r"(?:[Tt]heir\s+bod(?:y|ies)|[Tt]he\s+bodies\s+of\s+(?:the|all|all\s+the)\s+[a-z]+)\s+"
    r"(?:were|was|are|have\s+been|had\s+been)\s+(?:later\s+)?"
    r"(?:found|recovered|discovered|dumped|retrieved)|"
    # "They were taken to hospital, where they died"
    # "Both died on the spot", "both of whom later died", "All of them died"
    r"(?:(?P<they_died>[Tt]hey|[Bb]oth(?:\s+of\s+(?:them|whom))?|[Aa]ll\s+of\s+(?:them|whom))\s+"
    r"(?:all\s+|later\s+|then\s+|subsequently\s+|eventually\s+)*died))"
)
# The people told before, named again by their noun: "... kidnapped six teachers. The
# teachers were found dead", "The captured officers were later killed".
_THE_SAME_KILLED = re.compile(
    # "All militants were reportedly killed", "All the hostages were executed" too
    r"(?:\W*|[^.;]{0,80}?\s)(?P<core>(?:[Tt]he|[Aa]ll(?:\s+(?:of\s+)?the)?)\s+(?:[a-z-]+\s+)?"
    r"(?P<head>[a-z]+s)\s+(?:were|are|have\s+"
    r"been|had\s+been)\s+(?:all\s+|later\s+|then\s+|subsequently\s+|reportedly\s+|also\s+)*"
    rf"(?:killed|executed|murdered|beheaded|shot\s+dead|{_FOUND_DEAD}|reported\s+dead|dead))"
    r"(?![\w’'-])"
)
# Kin or staff killed along with one named: "X was shot dead along with his bodyguard".
_ALONG_KIN = re.compile(
    r"(?:\s+[\w’'-]+){0,4}?\s+(?P<along>(?:along|together)\s+with\s+(?:his|her)\s+(?:[a-z-]+\s+)?"
    r"(?:wife|husband|son|daughter|child|brother|sister|father|mother|nephew|niece|driver|"
    r"bodyguard|guard|aide|escort|companion|colleague|assistant|secretary))(?![\w’'-])"
)
# Whom a pronoun may stand for: people counted, taken or held, not yet dead.
_PEOPLE = frozenset(
    [NounClass.CIVILIAN, NounClass.MILITARY, NounClass.ARMED_GROUP, NounClass.PERSON, NounClass.MEN]
)
_NOT_YET_DEAD = frozenset(
    [Category.KIDNAPPED, Category.ARRESTED, Category.MISSING, Category.OTHER, Category.TROOPS]
)
_HURT_THEN_DIED = re.compile(
    rf"(?P<name>\b[A-Z][\w’'-]+(?:\s+(?:de\s+|van\s+|al-)?[A-Z][\w’'-]+){{0,3}})\s+{_BE}"
    rf"(?:wounded|injured|shot|hurt|stabbed|beaten|burned)\b{AND_LATER_DIED}\b"
)
_ANY_DIED = re.compile(
    r"died|dies|succumb|passed\s+away|dead|killed|murdered|executed|beheaded|decapitated|assassinated|"
    r"gunned|lynched|death|bodies|survive"
)
# Every match holds one of the event words as written: a span without any is
# passed over without trying the name pattern at each of its capitals.
_ANY_EVENT = re.compile(rf"{_EVENT}|died|dies|succumb|to death|sustained|suffered|received")


def find_singular(
    text: str,
    start: int,
    end: int,
    told_dead: bool = False,
    read: Sequence[Reading] = (),
    previous: Reading | None = None,
    listed: Sequence[Reading] = (),
) -> list[Reading]:
    """Readings of value one for each named person killed, wounded, kidnapped or held
    in `text[start:end]`: "Muhammad Aslam was killed"; and of a victim told before who
    died ("He died of his injuries"), unless the reading before this sentence was
    already a death (`told_dead`: "Gunmen shot dead a farmer. He died instantly") and
    the sentence says it is one more ("He was also killed").
    `listed` are the readings of the list `previous` ends ("abducted 4 aid workers and 1
    security worker"), whose figures "They were killed" sums.
    `read` are the sentence's readings found before: a name that ends a longer
    subject counts only where none of them told that subject's fate."""
    readings = one_missing(text, start, end)  # "Another is missing."
    if _ANY_DIED.search(text, start, end):  # most sentences tell no later death
        readings += [_one(m, Category.KILLED) for m in _HURT_THEN_DIED.finditer(text, start, end)]
        pronoun = _PRONOUN_DIED.match(text, start, end)
        if pronoun and told_dead and not _ALSO.search(text, pronoun.start("name"), end):
            pronoun = None  # "Gunmen shot dead a farmer. He died instantly": that farmer
        if pronoun:
            readings.append(_one(pronoun, Category.KILLED))
        elif (again := named_again(text, start, end)) is not None:
            readings.append(again)  # "identified as Malik Essa Khan. Khan was killed"
        who = _WHO_DIED.match(text, start, end)
        if who and not any(r.category is Category.KILLED for r in read):
            readings.append(_one(who, Category.KILLED))
        them = _them_killed(text, start, end, read, previous, listed)
        if them is not None:
            readings.append(them)
    readings += _counted_then_killed(text, end, read)
    if _ANY_EVENT.search(text, start, end) is None:
        return readings
    for verb, names_end, count, name in named_objects(text, start, end):
        quantity = Quantity(verb, names_end, count, count, count, "exact")
        readings.append(Reading(quantity, Category.KILLED, verb, names_end, name, None, None))
    readings += _named_many(text, start, end, read)
    died = {r.start for r in readings}
    for match in _NAMED.finditer(text, start, end):
        if match.start() not in died and _is_name(text, match, start, read):
            category = _fate(match)
            readings.append(_one(match, category))
            along = _ALONG_KIN.match(text, match.end(), end)
            if along and category is Category.KILLED:
                first, last = along.start("along"), along.end()
                one = Quantity(first, last, 1, 1, 1, "exact", words=True)
                readings.append(Reading(one, category, first, last, None, None, None))
    return readings


_PLACE_BEFORE = re.compile(r"(?<![\w-])(?:in|at|near|from|of|to|on|outside|around)\s+$", re.I)


def _named_many(text: str, start: int, end: int, read: Sequence[Reading]) -> list[Reading]:
    """One reading for the people named in full before a plural fate ("Musa Ali and
    Bala Sani were killed": two); a match that opens on no name ("In Kofa, Musa Ali
    and ...") is tried again from its next word."""
    found: list[Reading] = []
    pos = start
    while (match := _NAMED_MANY.search(text, pos, end)) is not None:
        placed = _PLACE_BEFORE.search(text, max(start, match.start() - 12), match.start())
        if placed or not _is_name(text, match, start, read):
            pos = match.start() + 1  # "In Kofa Town, Musa Ali and ...": a place first
            continue
        names = _NAME_SPLIT.split(match.group("name"))
        count = len(names)
        quantity = Quantity(match.start(), match.end(), count, count, count, "exact")
        found.append(
            Reading(quantity, _fate(match), match.start(), match.end(), names[0], None, None)
        )
        pos = match.end()
    return found


def _is_name(text: str, match: re.Match[str], start: int, read: Sequence[Reading]) -> bool:
    """Whether the match's "name" stands for the one the event befell. A name with
    nothing before it but punctuation, a clause's opener or a title ("Catholic priest
    John Smith") does. One that ends a longer subject ("an engineer working in
    southern Helmand Province was killed", "a critic of the government Jacob Juma")
    stands for that subject: it counts unless a reading before it in the sentence
    already counted that subject ("engineer")."""
    if _NOT_NAMES.match(match.group("name")):
        return False
    before = _WORD_BEFORE.search(text, max(start, match.start() - 30), match.start())
    word = before.group(1) if before else None
    if before is None or (word is not None and (word in _CLAUSE_OPENERS or title(word))):
        return True
    category = _fate(match)
    return not any(r.category is category and r.start < match.start() for r in read)


def _fate(match: re.Match[str]) -> Category:
    """The category of a named person's fate: its event word's, or killed for "died"."""
    event = match.group("event")
    if match.groupdict().get("hurt"):
        return Category.WOUNDED
    return _EVENTS[" ".join(event.lower().split())] if event else Category.KILLED


def _one(match: re.Match[str], category: Category) -> Reading:
    """A reading of one person, named by the match's group "name". Past an age ("Musa
    Bello, 35, died"), the span is the fate's alone: the age is no count of victims."""
    first = match.start("fate") if match.groupdict().get("age") else match.start("name")
    quantity = Quantity(first, match.end(), 1, 1, 1, "exact")
    return Reading(quantity, category, first, match.end(), match.group("name"), None, None)


def _them_killed(
    text: str,
    start: int,
    end: int,
    read: Sequence[Reading],
    previous: Reading | None,
    listed: Sequence[Reading] = (),
) -> Reading | None:
    """The people of the last claim before this sentence (`previous`), killed by a
    pronoun that stands for them ("... kidnapped 9 traders. They later killed them."):
    only people taken, held or counted, by an exact figure, and only where the
    sentence reads no death of its own."""
    if previous is None or previous.category not in _NOT_YET_DEAD or previous.noun not in _PEOPLE:
        return _both_killed(text, start, end, read)
    if previous.quantity.qualifier != "exact" or any(r.category is Category.KILLED for r in read):
        return None
    match = _THEM_KILLED.match(text, start, end) or _the_same(text, start, end, previous)
    if match is None:
        return None
    # "abducted 4 aid workers and 1 security worker. They were later killed": all five
    told = [r for r in listed if r.quantity.qualifier == "exact" and r.quantity.value]
    figure = (
        sum(r.quantity.value or 0 for r in told) if previous in told else previous.quantity.value
    )
    first, last = match.start("core"), match.end()
    quantity = Quantity(first, last, figure, figure, figure, "exact")
    return Reading(quantity, Category.KILLED, first, last, previous.subject, previous.noun, None)


def _both_killed(text: str, start: int, end: int, read: Sequence[Reading]) -> Reading | None:
    """Two people killed, told by "both" where no claim before counts them and the
    sentence counts no one ("Two men fired at officers. Both were killed in the
    gunfight": unseen-j study, no claim): "both" counts two, whoever they were."""
    if read:  # "carrying two traders, and both were killed": those two (`both_fates`)
        return None
    match = _THEM_KILLED.match(text, start, end)
    if match is None:
        return None
    pronoun = match.group("they") or match.group("they_died") or ""
    if not pronoun.lower().startswith("both"):
        return None
    first, last = match.start("core"), match.end()
    two = Quantity(first, last, 2, 2, 2, "exact", words=True)
    return Reading(two, Category.KILLED, first, last, None, NounClass.PERSON, None)


# The people a sentence counted, killed by their noun again later in it: "hit a vehicle
# with 5 IS militants onboard, killing the militants inside it", "targeted five
# fighters on motorcycles, killing all the fighters". Run over the text as written.
_KILLING_THE = re.compile(
    r"\b(?:killing|killed|executing|executed)\s+(?:all\s+(?:of\s+)?)?(?:the|those)\s+"
    r"(?P<head>[a-z]+(?:s|men)|people|police)(?![\w’'-])"
)


def _counted_then_killed(text: str, end: int, read: Sequence[Reading]) -> list[Reading]:
    """A death for each exact count of people not yet dead in `read` (this sentence's
    readings) whose noun a killing names again after it, where the sentence reads no
    death of its own (`_KILLING_THE`)."""
    if any(r.category is Category.KILLED for r in read):
        return []
    found = []
    for r in read:
        head = (r.subject or "").lower().split()[-1:]
        if r.category not in _NOT_YET_DEAD or r.quantity.qualifier != "exact" or not head:
            continue
        match = _KILLING_THE.search(text, r.end, end)
        if match is not None and match.group("head") == head[0]:
            figure = r.quantity.value
            quantity = Quantity(match.start(), match.end(), figure, figure, figure, "exact")
            found.append(
                Reading(
                    quantity, Category.KILLED, match.start(), match.end(), r.subject, r.noun, None
                )
            )
    return found


def _the_same(text: str, start: int, end: int, previous: Reading) -> re.Match[str] | None:
    """ "The teachers were found dead" after "kidnapped six teachers": the noun the
    last claim counted, named again with "the"."""
    match = _THE_SAME_KILLED.match(text, start, end)
    head = (previous.subject or "").split()[-1:]
    if match is None or not head or head[0].lower() != match.group("head"):
        return None
    # not the breakdown in a bracket of a figure told before ("injured three (two
    # officers and a civilian). The officers were killed ...")
    bracketed = text.rfind("(", 0, previous.start) > text.rfind(")", 0, previous.start)
    return None if bracketed else match
