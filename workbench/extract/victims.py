"""Who was killed, wounded or kidnapped: the victims a casualty predicate governs.

`claims.py` reads a sentence number by number. This module reads it predicate
by predicate, the way a coder reads an event note: find the words that say
someone died, was hurt or was taken, then read the list of victims the
grammar attaches to them, and make one claim per counted item:

- after an active verb or a nominal: "gunmen killed two policemen, a driver
  and four traders", "the death of 5 armed men", "leaving 3 fighters dead";
- before a passive or intransitive one: "an army captain and two soldiers were
  killed", "Twenty are dead", "three protesters died".

An item is counted by a number ("45 others", "at least 12 suspected
militants", "six" with no noun) or by a singular determiner and a noun for a
person ("a village chief", "the deputy mayor", "his wife"); "including ..."
names a part of the list, not more victims, and ends it. A verb ends the list:
"killed four herders, kidnapped one" is 4 killed and 1 kidnapped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from workbench.extract.claims import Cue, Reading, find_actor
from workbench.extract.lexicon import (
    COMBATANTS,
    NOUN_CLASS,
    PERSON_NOUNS,
    SINGULAR_CLASS,
    NounClass,
)
from workbench.extract.numbers import Quantity
from workbench.models import Category

K, W, A = Category.KILLED, Category.WOUNDED, Category.KIDNAPPED

# Verbs whose object is the victim: "killed two soldiers". Run over lower-cased text.
_ACTIVE: dict[Category, str] = {
    K: r"kill(?:s|ed|ing)?|shot\s+(?:and\s+killed|dead)|gun(?:s|ned|ning)\s+down|"
    r"shoot(?:s|ing)?\s+dead|"
    r"assassinat(?:e|es|ed|ing)|execut(?:e|es|ed|ing)|behead(?:s|ed|ing)?|"
    r"massacr(?:e|es|ed|ing)|slaughter(?:s|ed|ing)?|lynch(?:es|ed|ing)?|murder(?:s|ed|ing)?|"
    r"sl(?:ew|ay|ays|aying)|neutrali[sz](?:e|es|ed|ing)|eliminat(?:e|es|ed|ing)|"
    r"(?:claim(?:s|ed|ing)?|took|tak(?:e|es|ing))\s+the\s+li(?:ves|fe)\s+of|"
    r"(?:the\s+)?(?:deaths?|killings?|murders?|assassinations?|lynchings?|executions?|"
    r"beheadings?|massacre|bod(?:y|ies)|remains|corpses?)\s+of|"
    r"(?:the\s+)?(?:dead|fatalities|killed)\s+includ(?:ed|e|es|ing)|"
    r"among\s+(?:the\s+)?(?:dead|killed|fatalities)\s+(?:were|was|are|is)",
    W: r"wound(?:s|ed|ing)?|injur(?:e|es|ed|ing)|maim(?:s|ed|ing)?|hurt(?:s|ing)?",
    A: r"kidnap(?:s|ped|ping)?|abduct(?:s|ed|ing)?|(?:the\s+)?(?:kidnapping|abduction)s?\s+of|"
    r"seiz(?:e|es|ed|ing)|captur(?:e|es|ed|ing)",
}
# Participles and predicates said after the victims: "two soldiers were killed".
_PASSIVE: dict[Category, str] = {
    K: r"killed|shot\s+(?:dead|and\s+killed)|assassinated|executed|beheaded|massacred|"
    r"slaughtered|lynched|murdered|martyred|gunned\s+down|neutrali[sz]ed|"
    r"(?:burn(?:ed|t)|shot|hacked|stabbed|beaten|bludgeoned)\s+to\s+death|"
    r"found\s+(?:shot|stabbed|hacked|beaten|burn(?:ed|t)|strangled|murdered|killed)\s+"
    r"(?:dead|to\s+death)|burn(?:ed|t)\s+alive|found\s+dead|dead|died|die|dies|perished|"
    r"lost\s+(?:their|his|her)\s+li(?:ves|fe)|succumbed",
    W: r"wounded|injured|hurt|maimed|sustained\s+(?:\w+\s+)?(?:injuries|wounds)",
    A: r"kidnapped|abducted|taken\s+(?:hostage|captive)|held\s+(?:hostage|captive)",
}
# "leaving three fighters dead and one wounded"
_RESULT = {
    "dead": K,
    "killed": K,
    "injured": W,
    "wounded": W,
    "hurt": W,
    "hostage": A,
    "captive": A,
}
_AUX = (
    r"(?:(?:were|was|are|is|be|been|being|have|has|had|got|get|reportedly|allegedly|all|also|"
    r"later|subsequently|both|each|then|now|believed\s+to\s+have|said\s+to\s+have|"
    r"feared|presumed|believed|thought|confirmed|reported|seriously|critically|fatally|badly|"
    r"slightly|mortally|severely|[a-z]{3,}ly)\s+)*"
)


def _alternatives(table: dict[Category, str]) -> str:
    return "|".join(f"(?P<{c.name}>{p})" for c, p in table.items())


_ACTIVE_RE = re.compile(rf"(?<![a-z])(?:{_alternatives(_ACTIVE)})(?![a-z])\s+")
_PASSIVE_RE = re.compile(rf"(?<![a-z]){_AUX}(?:{_alternatives(_PASSIVE)})(?![a-z])")
# "leaving three fighters dead", "took four tourists hostage"
_LEAVE_RE = re.compile(
    r"(?<![a-z])(?:left|leaving|leave|leaves|took|taking|take|takes|held|holding|hold|holds)\s+"
)
_RESULT_RE = re.compile(r"\s*,?\s*(dead|killed|injured|wounded|hurt|hostage|captive)(?![a-z])")
# A cheap first test on lower-cased sentences (pipeline.py's trigger).
EVENT_WORDS = (
    r"kill\w*|shot|shoot\w*|dead|died|die|dies|death\w*|assassinat\w*|execut\w*|behead\w*|"
    r"massacr\w*|slaughter\w*|lynch\w*|murder\w*|slew|slay\w*|neutrali\w*|eliminat\w*|"
    r"perished|succumbed|lives|life|wound\w*|injur\w*|maim\w*|hurt|kidnap\w*|abduct\w*|"
    r"taken|held|burn\w*|stabbed|hacked|beaten|missing|arrested|detained|gun\w*|martyred|"
    r"bod(?:y|ies)|remains|corpses?"
)

# Words before "the killing of" that make it the reason for something else, not news.
_BACKGROUND = re.compile(
    r"(?<![a-z])(?:protest\w*|demonstrat\w*|riot\w*|rall\w*|march\w*|strike|against|over|"
    r"following|followed|after|condemn\w*|denounc\w*|demand\w*|justice|mourn\w*|funeral|"
    r"reprisal|revenge|retaliat\w*|avenge\w*|blamed|anger\w*|outrage\w*|sparked|"
    r"triggered|trial|convicted|sentenced|charged|accused|anniversary|"
    r"commemorat\w*|memory|since)(?![a-z])[^.;]*$"
)
# Words before a verb that say the killing did not happen, or not yet.
_IRREALIS = re.compile(
    r"(?<![a-z])(?:to|nearly|almost|attempt\w*|tried|trying|plot\w*|threat\w*|plan\w*|"
    r"would|could|might|may|not|never|no|failed|vow\w*|intend\w*)\s+(?:[a-z]+\s+)?$"
)
_SHARED_SUBJECT = re.compile(
    r"(?<![a-z])(?:were|was|are|is|been)\s+(?:[a-z]+,?\s+){1,4}?(?:and|or|then|before)\s+$"
)
_TOKEN = re.compile(r"[\w’'-]+|\S")
# Words that join two items of one list.
_JOIN = re.compile(
    r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+|plus\s+)?|and\s+|as\s+well\s+as\s+|"
    r"plus\s+|along\s+with\s+|together\s+with\s+)"
)
_SUBSET = re.compile(
    r",?\s*(?:including|among\s+(?:them|whom)|of\s+whom|mostly|mainly|most\s+of\s+them)\s+",
    re.IGNORECASE,
)
_NAME = re.compile(r"^[A-Z][a-z]|-[A-Z]")  # "Dulaimi", "al-Dulaimi"
_NAME_THEN_TITLE = re.compile(
    r"((?:[A-Z][a-z][\w’'-]*\s+){1,3}[A-Z][a-z][\w’'-]*),\s+(?:a|an|the)\s"
)
_STATES = frozenset("wounded injured dead hostages captives abductees victims".split())
_PREPOSITION = re.compile(r"\s+(?:more\s+)?(?:in|at|near|on|outside|around)\s+[A-Z]")
_PLACE_PHRASE = re.compile(
    r"\s+(?:in|at|near|on|outside|around)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
)
_DETERMINER_BEFORE = re.compile(r"(?<![a-z])(?:the|of)\s+$")
_TAKEN_IN_BATTLE = re.compile(r"captur|seiz")
# A coder's field: "Fatalities: 10 people.", "Injuries = 3".
_CODED = re.compile(
    r"(?<![a-z])(?:(?P<KILLED>fatalities|deaths|dead|killed|death\s+toll)|"
    r"(?P<WOUNDED>injuries|injured|wounded))\s*[:=]\s*"
)
_NO_BEFORE = re.compile(r"(?<![A-Za-z])[Nn]o\s+$")
_LEAD = re.compile(
    r"(?:an?\s+(?:additional|further|total\s+of|estimated)|another|the\s+other|all|"
    r"a\s+number\s+of)\s+",
    re.IGNORECASE,
)
_ANOTHER = re.compile(
    r"(another|one\s+other|the\s+other)(?=\s*(?:[,.;:)]|and\b|in\b|at\b|$))", re.IGNORECASE
)
_BODIES = frozenset("body bodies corpse corpses remains".split())
_FOUND_RE = re.compile(
    r"(?<![a-z])(?:(?:was|were|is|are|been|being|have|has|had|later|also)\s+)+"
    r"(?:found|discovered|recovered|exhumed|buried|dumped|retrieved)(?![a-z])"
)
_NAME_COMMA = re.compile(r"((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]+),\s*$")
# "two brothers who worked with the army were found dead"
_RELATIVE = re.compile(r"\s+(?:who|that)\s+(?![^,;]*?(?:kill|dead|died|wound|injur))[^,;]{1,100}?")
_OR_OTHER_FATE = re.compile(
    r"(?:,\s*[a-z]+)*,?\s+or\s+(?:kidnapped|abducted|injured|wounded|captured|missing|"
    r"arrested|killed|dead)(?![a-z])"
)
_OR_BEFORE = re.compile(
    r"(?:killed|dead|injured|wounded|kidnapped|abducted|captured|arrested|missing),?\s+or\s+$"
)
_NAME_DESCRIBED = re.compile(
    r"(?<![\w’'-])((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]+),\s+"
    r"(?:an?|the|(?!(?:which|who|whose|where|when|that)\s)[a-z][\w-]*)\s"
    r"[^;:]{0,150}?,\s*$"
)
_ONE_PRONOUN = frozenset("him her himself herself".split())
_SINGLE = frozenset("a an one another his her their its our my the this that".split())
_NOT_MODIFIERS = frozenset(
    "the a an in at on from to for with by of and or but nor were was are is have has had be "
    "been being will would could may might must can who that which as than when while after "
    "before during since into across over under near this these those its their his her our "
    "them they it he she we i you said says say told there here so if not no including "
    "among amongst along together respectively plus each both while whom whose where around "
    "inside outside behind beside besides between toward towards through throughout amid "
    "amidst within without against about upon off out via per onto past despite near".split()
)
_ANIMALS = frozenset(
    "goat goats cow cows ox oxen bull bulls camel camels dog dogs donkey donkeys horse horses "
    "sheep cattle livestock mule mules pig pigs chicken chickens elephant elephants lion lions "
    "animal animals calf calves hippo hippos rhino rhinos birds bird".split()
)
# Agent nouns and demonyms: "a commander", "an activist", "an Iraqi", "a Sudanese".
_PERSON_SUFFIX = re.compile(r"(?:er|or|ist|ian|man|woman|person|ee|eer|ese|[^aeiou]i)$")
_NOT_PERSONS = frozenset(
    "number member-state border river water tower power order matter corner quarter weather "
    "centre center chapter sector motor factor error terror minor".split()
)
_MAX_MODIFIERS = 5
_MAX_BACK = 24  # tokens searched back for the victims of a passive


@dataclass(frozen=True)
class _Item:
    """One counted item of a list of victims: `text[start:end]`."""

    start: int
    end: int
    quantity: Quantity | None
    subject: str | None
    noun: NounClass | None
    single: bool = False  # counted by "a"/"the" and a singular noun


def find_victims(
    text: str,
    folded: str,
    start: int,
    end: int,
    clauses: list[tuple[int, int]],
    quantities: list[Quantity],
) -> list[Reading]:
    """One reading for each counted victim of a casualty predicate in `text[start:end]`.

    `folded` is `casefold.fold(text)`; `quantities` are the sentence's quantities,
    which the victims' counts are taken from. Readings are in text order.
    """
    by_start = {q.start: q for q in quantities}
    readings: dict[int, Reading] = {}
    for coded in _CODED.finditer(folded, start, end):  # "Fatalities: 10 people."
        category = Category[coded.lastgroup or ""]
        cue = Cue(coded.start(), coded.end(), category)
        items = _parse_list(text, coded.end(), end, by_start)
        for reading in _readings(text, items, category, (start, end), cue, None):
            readings.setdefault(reading.quantity.start, reading)
    for clause in clauses:
        for reading in _clause_victims(text, folded, clause, by_start):
            readings.setdefault(reading.quantity.start, reading)  # one predicate a victim
    return _carry_subjects(sorted(readings.values(), key=lambda r: r.start))


def _carry_subjects(readings: list[Reading]) -> list[Reading]:
    """A bare number counts what the number before it counted: in "three police
    officers were killed and eleven wounded", eleven police officers."""
    carried: list[Reading] = []
    last: Reading | None = None
    for reading in readings:
        if reading.subject is None and last is not None:
            reading = replace(reading, subject=last.subject, noun=last.noun)
        elif reading.subject is not None and reading.quantity.value != 1:
            last = reading
        carried.append(reading)
    return carried


def _clause_victims(
    text: str, folded: str, clause: tuple[int, int], quantities: dict[int, Quantity]
) -> Iterator[Reading]:
    lo, hi = clause
    for match in _ACTIVE_RE.finditer(folded, lo, hi):
        category = Category[match.lastgroup or ""]
        if match.group(0).rstrip().endswith(" of") and _BACKGROUND.search(
            folded, max(lo, match.start() - 80), match.start()
        ):
            continue  # "protested against the killing of two students": an earlier death
        nominal = match.group(0).rstrip().endswith(" of")
        if not nominal and _IRREALIS.search(folded, max(lo, match.start() - 40), match.start()):
            continue  # "tried to kill the governor", "nearly killed a thief"
        items = _parse_list(text, match.end(), hi, quantities)
        if items and not _passive_use(folded, match, items):
            cue = Cue(match.start(), match.end(), category, match.group(0).split()[0])
            yield from _readings(text, items, category, clause, cue, None)
    for match in _FOUND_RE.finditer(folded, lo, hi):  # "a body was found"
        items = _parse_back(text, folded, lo, match.start(), quantities)
        bodies = [i for i in items if _new_body(text, i)]
        cue = Cue(match.start(), match.end(), K)
        yield from _readings(text, bodies, K, clause, None, cue)
    for match in _LEAVE_RE.finditer(folded, lo, hi):
        items = _parse_list(text, match.end(), hi, quantities)
        result = _RESULT_RE.match(folded, items[-1].end, hi) if items else None
        if result:
            cue = Cue(match.start(), result.end(), _RESULT[result.group(1)])
            yield from _readings(text, items, cue.category, clause, cue, None)
    for match in _PASSIVE_RE.finditer(folded, lo, hi):
        category = Category[match.lastgroup or ""]
        if _DETERMINER_BEFORE.search(folded, max(lo, match.start() - 8), match.start()):
            continue  # "two of the wounded": a noun, not a verb
        if _OR_OTHER_FATE.match(folded, match.end(), hi) or _OR_BEFORE.search(
            folded, max(lo, match.start() - 30), match.start()
        ):
            continue  # "killed, injured or captured": the fate of each is unknown
        if any(i.quantity or i.single for i in _parse_list(text, match.end(), hi, quantities)):
            continue  # "three gunmen shot dead two men": active, read above
        stop = match.start()
        shared = _SHARED_SUBJECT.search(folded, max(lo, stop - 60), stop)
        if shared:  # "was abducted, tortured and beheaded": the subject of the first
            stop = shared.start()
        items = _parse_back(text, folded, lo, stop, quantities)
        if items:
            cue = Cue(match.start(), match.end(), category)
            yield from _readings(text, items, category, clause, None, cue)
            yield from _readings(
                text, _gapped(text, match.end(), hi, quantities), category, clause, None, None
            )


def _gapped(text: str, pos: int, end: int, quantities: dict[int, Quantity]) -> list[_Item]:
    """The counts that share a predicate said once: "30 died in Kaya and 11 in Dori",
    "12 were killed in A, 5 in B and 3 in C"."""
    items: list[_Item] = []
    place = _PLACE_PHRASE.match(text, pos, end)
    while place:
        join = _JOIN.match(text, place.end(), end)
        quantity = quantities.get(join.end()) if join else None
        if quantity is None or quantity.unit or not _PREPOSITION.match(text, quantity.end, end):
            break
        items.append(_Item(quantity.start, quantity.end, quantity, None, None))
        place = _PLACE_PHRASE.match(text, quantity.end, end)
    return items


def _new_body(text: str, item: _Item) -> bool:
    """ "a body", "two bodies": a death not told before. "his body", "the body" and
    "the body of a man" speak of a victim counted elsewhere."""
    words = text[item.start : item.end].lower().split()
    return (
        bool(item.subject)
        and words[-1] in _BODIES
        and (item.quantity is not None or words[0] in ("a", "an", "one"))
    )


def _passive_use(folded: str, match: re.Match[str], items: list[_Item]) -> bool:
    """ "two soldiers killed a man": active. "killed" right after a counted noun
    with no auxiliary reads as passive only where nothing counted follows; here
    something does, so the active reading stands (False) unless the verb is a
    participle after "were"/"was", read by the passive rule instead."""
    before = folded[max(0, match.start() - 12) : match.start()]
    return bool(re.search(r"(?:were|was|been|being|are|is|be)\s+$", before))


def _readings(
    text: str,
    items: list[_Item],
    category: Category,
    clause: tuple[int, int],
    pre: Cue | None,
    post: Cue | None,
) -> Iterator[Reading]:
    actor = find_actor(text, clause, pre, post, category)
    taken = category is A and pre is not None and _TAKEN_IN_BATTLE.match(pre.word)
    for item in items:
        quantity = item.quantity or Quantity(item.start, item.end, 1, 1, 1, "exact", words=True)
        if item.quantity is None and not item.single:
            continue
        start, end = item.start, item.end
        if pre is not None and pre.end - pre.start < 40 and pre.end <= start:
            start = pre.start
        if post is not None and post.start >= end and post.start - end <= 40:
            end = post.end
        if taken and item.noun in COMBATANTS:  # fighters captured in battle: prisoners
            yield Reading(quantity, Category.ARRESTED, start, end, item.subject, item.noun, actor)
            continue
        if taken and item.noun is NounClass.THING:
            continue
        yield Reading(quantity, category, start, end, item.subject, item.noun, actor)


def _tokens(text: str, pos: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text, pos, end)]


def _parse_list(text: str, pos: int, end: int, quantities: dict[int, Quantity]) -> list[_Item]:
    """The items of a list of victims starting at `pos`, up to the first word that
    is not part of it. Uncounted items ("civilians") are kept so the list goes on."""
    items: list[_Item] = []
    while True:
        item = _parse_item(text, pos, end, quantities, items[-1] if items else None)
        if item is None:
            return items
        subset = _SUBSET.match(text, item.end, end)
        if subset:  # "30 people, including a dozen soldiers": a part, not more victims
            part = _parse_list(text, subset.end(), end, quantities)
            if part:
                item = _Item(
                    item.start, part[-1].end, item.quantity, item.subject, item.noun, item.single
                )
        if (
            items
            and items[-1].single
            and item.single
            and _is_name(text, item)
            and (text[items[-1].end : item.start].strip() == ",")
        ):  # "a Shiite cleric, Sheikh Ahmed Rahman": one person, named after a comma
            item = replace(items.pop(), end=item.end)
        items.append(item)
        join = _JOIN.match(text, item.end, end)
        if join is None:
            return items
        pos = join.end()


def _is_name(text: str, item: _Item) -> bool:
    words = text[item.start : item.end].split()
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def _parse_item(
    text: str, pos: int, end: int, quantities: dict[int, Quantity], previous: _Item | None
) -> _Item | None:
    while pos < end and text[pos].isspace():
        pos += 1
    lead = _LEAD.match(text, pos, end)
    if lead and lead.end() in quantities:  # "an additional 15", "a total of 68"
        counted = _parse_item(text, lead.end(), end, quantities, previous)
        return replace(counted, start=pos) if counted else None
    another = _ANOTHER.match(text, pos, end)
    if another:  # "beheaded one person and shot dead another"
        return _Item(pos, another.end(1), None, "another", NounClass.PERSON, single=True)
    quantity = quantities.get(pos)
    if quantity is not None:
        if quantity.unit is not None or _NO_BEFORE.search(text, max(0, pos - 4), pos):
            return None  # "no one was killed"
        return _counted(text, pos, quantity.end, end, quantity)
    tokens = _tokens(text, pos, min(end, pos + 120))
    if not tokens:
        return None
    word = tokens[0][0].lower()
    if word in _ONE_PRONOUN:  # "killing himself and seven policemen", "killing him"
        return _Item(tokens[0][1], tokens[0][2], None, word, NounClass.PERSON, single=True)
    if word in _SINGLE:
        inner = quantities.get(_skip_space(text, tokens[0][2], end))
        if inner is not None and word not in ("a", "an", "one", "another"):
            return _counted(text, pos, inner.end, end, inner)  # "the two men"
        return _single(text, tokens, 1, pos)
    name = _NAME_THEN_TITLE.match(text, pos)
    if name:  # "killed Nicolas Ramirez, a councilor": one person, named and described
        title = _single(text, _tokens(text, name.end(), min(end, name.end() + 120)), 0, pos)
        stop = title.end if title and title.single else name.end(1)
        return _Item(pos, stop, None, name.group(1), NounClass.PERSON, single=True)
    carried = previous is not None and previous.single and len(_modifiers(tokens)) >= 2
    if carried or _named(tokens):
        return _single(text, tokens, 0, pos)  # "a boy and middle-aged man", "kills village head"
    if word.isalpha() and word not in _NOT_MODIFIERS and not _is_verb(word):
        return _uncounted(text, tokens, pos)
    return None


def _named(tokens: list[tuple[str, int, int]]) -> bool:
    """A singular person with no determiner: "local leader Naim al-Dulaimi",
    "Catholic priest", "village head" (a headline's style)."""
    words = _modifiers(tokens)
    if not words:
        return False
    head = words[-1][0]
    if _NAME.search(head) and any(w[0].islower() and _is_person(w[0]) for w in words[:-1]):
        return True
    return _is_person(head.lower()) and not _is_plural(head.lower())


def _skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def _counted(text: str, start: int, pos: int, end: int, quantity: Quantity) -> _Item | None:
    """A number and the words it counts: "45 others", "5 unidentified armed men", "six"."""
    tokens = _tokens(text, pos, min(end, pos + 160))
    index = 0
    if tokens and tokens[0][0].lower() == "of":  # "two of the attackers"
        index = 2 if len(tokens) > 1 and tokens[1][0].lower() in _SINGLE else 1
        if len(tokens) > index and tokens[index][0].lower() in _STATES:  # "two of the wounded"
            head = tokens[index]
            return _Item(start, head[2], quantity, head[0], NounClass.CASUALTY)
    first = next((t[0].lower() for t in tokens if not t[0].lower().endswith("ly")), "")
    if _is_verb(first) and not first.endswith("ing"):
        return None  # "and 1 captured", "a dozen critically wounded": another predicate's
    words = _modifiers(tokens[index:])
    if not words:
        return _Item(start, quantity.end, quantity, None, None)
    head = words[-1][0].lower()
    if head in _ANIMALS or NOUN_CLASS.get(head) in (NounClass.THING, NounClass.ATTACK):
        return None
    subject = " ".join(text[words[0][1] : words[-1][2]].split())
    noun = NOUN_CLASS.get(head) or SINGULAR_CLASS.get(head) or NounClass.PERSON
    return _Item(start, _tail(text, words[-1][2], end), quantity, subject, noun)


def _single(text: str, tokens: list[tuple[str, int, int]], index: int, start: int) -> _Item | None:
    """One person: "a village chief", "the deputy mayor", "his wife"."""
    words = _modifiers(tokens[index:])
    if not words:
        return None
    head = words[-1][0].lower()
    if not (_is_person(head) or head in ("body", "corpse") or _named(tokens[index:])):
        return _uncounted(text, tokens[index:], start) if _is_plural(head) else None
    subject = " ".join(text[words[0][1] : words[-1][2]].split())
    noun = SINGULAR_CLASS.get(head, NounClass.PERSON)
    end = _tail(text, words[-1][2], tokens[-1][2])
    return _Item(start, end, None, subject, noun, single=True)


def _uncounted(text: str, tokens: list[tuple[str, int, int]], start: int) -> _Item | None:
    """ "civilians", "the villagers": part of the list, but no count."""
    words = _modifiers(tokens)
    if not words or not _is_plural(words[-1][0].lower()):
        return None
    return _Item(start, words[-1][2], None, None, None)


def _modifiers(tokens: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The words of a noun phrase up to its head, at most a few."""
    words: list[tuple[str, int, int]] = []
    for word, start, end in tokens[: _MAX_MODIFIERS + 1]:
        lowered = word.lower()
        if (
            not (word[0].isalpha() or _HYPHENATED.match(word))
            or lowered in _NOT_MODIFIERS
            or (_is_verb(word))
        ):
            break
        if lowered.endswith("ly") and lowered not in _LY_NOUNS:
            break  # "a dozen critically wounded"
        if words and lowered in ("hostage", "captive"):
            break  # "took four tourists hostage"
        words.append((word, start, end))
    return words[:_MAX_MODIFIERS]


def _tail(text: str, pos: int, end: int) -> int:
    """The end of what may follow a head inside its noun phrase: "of" and a few words
    ("members of the special forces"), a bracket ("(BCL)")."""
    while True:
        bracket = _BRACKET.match(text, pos, end)
        if bracket:
            pos = bracket.end()
            continue
        of = _OF.match(text, pos, end)
        words = _modifiers(_tokens(text, of.end(), min(end, of.end() + 80))) if of else []
        if not words:
            return pos
        pos = words[-1][2]


_BRACKET = re.compile(r"\s*\([^()]{1,60}\)")
_OF = re.compile(r"\s+of\s+(?:the\s+|an?\s+)?")
# ", 45," or ", a student leader," between the victims and their verb
_APPOSITION = re.compile(r"\s*,(?:[^,;]{1,60},)?\s*")
_HYPHENATED = re.compile(r"\d+-[a-z]")  # "14-year-old"
# What may stand between the victims and a passive verb: no clause, no number.
_GAP = re.compile(
    r"(?:\s+(?!(?:when|where|which|who|whom|that|while|after|before|because|as|and|but|or|said|"
    r"says|say|told|reported|claimed|were|was|are|is)\b)[\w’'-]+){1,8}\s*",
    re.IGNORECASE,
)
_LY_NOUNS = frozenset("elderly family ally rally italy".split())


def _is_verb(word: str) -> bool:
    """Words that end a noun phrase: a casualty predicate or a gerund."""
    return word.lower() in _VERBS or (
        word.endswith("ing") and word.islower() and word not in ("ring", "king", "viking")
    )


_VERBS = frozenset(
    "killed dead died wounded injured hurt kidnapped abducted captured arrested detained seized "
    "missing executed murdered shot taken held fled escaped survived remain remained remains left "
    "kill kills wound wounds injure injures kidnap kidnaps abduct abducts arrest arrests "
    "were was are is".split()
)


def _is_person(word: str) -> bool:
    if word in _ANIMALS or word in _NOT_PERSONS:
        return False
    return word in PERSON_NOUNS or (len(word) >= 5 and bool(_PERSON_SUFFIX.search(word)))


def _is_plural(word: str) -> bool:
    return word.endswith("s") or word in (
        "people",
        "police",
        "personnel",
        "men",
        "women",
        "children",
    )


def _parse_back(
    text: str, folded: str, lo: int, stop: int, quantities: dict[int, Quantity]
) -> list[_Item]:
    """The list of victims ending at `stop`: the earliest start whose list reaches it."""
    tokens = _tokens(text, lo, stop)[-_MAX_BACK:]
    target = stop
    while target > lo and text[target - 1].isspace():
        target -= 1
    described = _NAME_DESCRIBED.search(text, max(lo, target - 200), target)
    if described:  # "Nityaranjan Pande, a worker at a monastery in X, was hacked to death"
        name = described.group(1)
        return [_Item(described.start(), target, None, name, NounClass.PERSON, single=True)]
    counted = [t for t in tokens if t[1] in quantities or t[0].lower() in _SINGLE]
    for _, start, _ in counted + tokens:  # a number or "a"/"the" first, a name after
        if start not in quantities and folded[start : start + 1].isdigit():
            continue
        items = _parse_list(text, start, target, quantities)
        if (
            items
            and any(i.quantity or i.single for i in items)
            and (
                items[-1].end == target
                or _APPOSITION.fullmatch(text, items[-1].end, target)
                or _RELATIVE.fullmatch(text, items[-1].end, target)
            )
        ):
            return _named_subject(text, lo, items)
    return _loose_back(text, tokens, target, quantities)


def _named_subject(text: str, lo: int, items: list[_Item]) -> list[_Item]:
    """ "Jose Escalante, a city councilman and journalist, was shot": the list after
    the comma describes the person named before it, who is the one victim."""
    name = _NAME_COMMA.search(text, max(lo, items[0].start - 60), items[0].start)
    if name is None or any(i.quantity for i in items):
        return items
    return [_Item(name.start(), items[-1].end, None, name.group(1), NounClass.PERSON, True)]


def _loose_back(
    text: str, tokens: list[tuple[str, int, int]], target: int, quantities: dict[int, Quantity]
) -> list[_Item]:
    """The victims of a passive separated from it by a short modifier: "two British
    citizens travelling near the border were killed", "a pastor in X was killed"."""
    for word, start, _ in reversed(tokens):
        if start not in quantities and word.lower() not in ("a", "an", "one", "the"):
            continue
        items = _parse_list(text, start, target, quantities)
        if items and any(i.quantity or i.single for i in items):
            return items if _GAP.fullmatch(text, items[-1].end, target) else []
    return []
