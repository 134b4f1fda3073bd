"""Who was killed, wounded or kidnapped: the victims a casualty predicate governs.

`claims.py` reads a sentence number by number. This module reads it predicate
by predicate, the way a coder reads an event note: find the words that say
someone died, was hurt or was taken, then read the list of victims the
grammar attaches to them, and make one claim per counted item:

- after an active verb or a nominal: "gunmen killed two policemen, a driver
  and four traders", "the death of 5 armed men", "leaving 3 fighters dead";
- before a passive or intransitive one: "an army captain and two soldiers were
  killed", "Twenty are dead", "three protesters died".

The lists themselves are read in `victim_lists.py`. Deaths told as the reason
for something else ("protests over the killing of two students"), deaths that
did not happen ("tried to kill", "would have been killed") and fates left open
("killed or kidnapped") give no claim.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import NamedTuple

from workbench.extract.claims import Cue, Reading, find_actor
from workbench.extract.lexicon import (
    CASUALTY_NOUNS,
    COMBATANTS,
    NOUN_CLASS,
    SINGULAR_CLASS,
    NounClass,
)
from workbench.extract.numbers import Quantity
from workbench.extract.victim_lists import JOIN, Item, parse_back, parse_list
from workbench.models import Category

K, W, A = Category.KILLED, Category.WOUNDED, Category.KIDNAPPED
# Verbs whose object is the victim: "killed two soldiers". Run over lower-cased text.
_ACTIVE: dict[Category, str] = {
    # nominals first: at "killing" the pattern is tried from there, not from "the"
    K: r"(?:the\s+)?(?:deaths?|killings?|murders?|assassinations?|lynchings?|executions?|"
    r"beheadings?|massacre|bod(?:y|ies)|remains|corpses?)\s+of|"
    r"kill(?:s|ed|ing)?|kil(?:ed|ing)|shot\s+(?:and\s+killed|dead)|gun(?:s|ned|ning)\s+down|"
    r"(?:hacked|stabbed|beaten|beat|burned|burnt|bludgeoned|stoned|clubbed|shot|axed|"
    r"strangled)\s+to\s+death|burn(?:ed|t)\s+alive|"
    r"shoot(?:s|ing)?\s+dead|"
    r"assassinat(?:e|es|ed|ing)|execut(?:e|es|ed|ing)|behead(?:s|ed|ing)?|"
    r"massacr(?:e|es|ed|ing)|slaughter(?:s|ed|ing)?|lynch(?:es|ed|ing)?|murder(?:s|ed|ing)?|"
    r"sl(?:ew|ay|ays|aying)|neutrali[sz](?:e|es|ed|ing)|eliminat(?:e|es|ed|ing)|"
    r"(?:claim(?:s|ed|ing)?|took|tak(?:e|es|ing))\s+the\s+li(?:ves|fe)\s+of|"
    r"(?:the\s+)?(?:dead|fatalities|killed)\s+includ(?:ed|e|es|ing)|"
    r"among\s+(?:the\s+)?(?:dead|killed|fatalities)\s+(?:were|was|are|is)",
    W: r"wound(?:s|ed|ing)?|injur(?:e|es|ed|ing)|maim(?:s|ed|ing)?|hurt(?:s|ing)?|"
    r"(?:the\s+)?injur(?:y|ies)\s+(?:of|to)",
    A: r"(?:the\s+)?(?:kidnapping|abduction)s?\s+of|kidnap(?:s|ped|ping)?|abduct(?:s|ed|ing)?|"
    r"seiz(?:e|es|ed|ing)|captur(?:e|es|ed|ing)",
}
# Participles and predicates said after the victims: "two soldiers were killed".
_PASSIVE: dict[Category, str] = {
    K: r"killed|shot\s+(?:dead|and\s+killed)|assassinated|executed|beheaded|massacred|"
    r"slaughtered|lynched|murdered|martyred|gunned\s+down|neutrali[sz]ed|"
    r"(?:burn(?:ed|t)|shot|hacked|stabbed|beaten|bludgeoned|stoned|axed|strangled|clubbed)\s+"
    r"to\s+death|"
    r"found\s+(?:shot|stabbed|hacked|beaten|burn(?:ed|t)|strangled|murdered|killed)\s+"
    r"(?:dead|to\s+death)|found\s+(?:murdered|slain|beheaded|executed|strangled)|burn(?:ed|t)\s+alive|found\s+dead|dead|died|die|dies|perished|"
    r"lost\s+(?:their|his|her)\s+li(?:ves|fe)|succ?umm?(?:bed|ed|bing|bs)|drowned",
    W: r"wounded|injured|injuried|hurt|maimed|(?:sustained|suffered)\s+(?:\w+\s+)?"
    r"(?:injuries|wounds)|stabbed|shot\s+(?:in|at)\s+the\s+(?:leg|arm|head|chest|back|"
    r"stomach|shoulder|hand|foot|neck)|hospitali[sz]ed|(?:rushed|taken|admitted)\s+to\s+"
    r"(?:the\s+|a\s+)?hospital",
    A: r"kidnapped|abducted|taken\s+(?:hostage|captive)|held\s+(?:hostage|captive)",
}
# "leaving three fighters dead and one wounded"
# Verbs whose victims come between them and the result: "leaving three fighters
# dead", "took four tourists hostage", "beat a suspect to death".
_RESULTATIVES: list[tuple[re.Pattern[str], dict[str, Category]]] = [
    (
        re.compile(r"(?<![a-z])(?:left|leaving|leave|leaves)\s+"),
        {"dead": K, "killed": K, "injured": W, "wounded": W, "hurt": W},
    ),
    (
        re.compile(r"(?<![a-z])(?:took|taking|take|takes|held|holding|hold|holds)\s+"),
        {"hostage": A, "captive": A},
    ),
    (
        re.compile(r"(?<![a-z])(?:forced|forcing|forces|force|compelled|driven|drove)\s+"),
        {"to flee": Category.DISPLACED, "from their homes": Category.DISPLACED},
    ),
    (
        re.compile(
            r"(?<![a-z])(?:beat|beating|beats|stabbed|stabbing|hacked|hacking|shot|shooting|"
            r"stoned|stoning|clubbed|bludgeoned|axed|strangled|burned|burnt|burning)\s+"
        ),
        {"to death": K, "alive": K},
    ),
]
_AUX = (
    r"(?:(?:were|was|are|is|be|been|being|have|has|had|got|get|reportedly|allegedly|all|also|"
    r"later|subsequently|both|each|then|now|left|"
    r"(?:believed|said|known|thought|reported|understood|feared)\s+to\s+have|"
    r"feared|presumed|believed|thought|confirmed|reported|seriously|critically|fatally|badly|"
    r"slightly|mortally|severely|[a-z]{3,}ly)\s+)*"
)


def _alternatives(table: dict[Category, str]) -> str:
    return "|".join(f"(?P<{c.name}>{p})" for c, p in table.items())


_ACTIVE_RE = re.compile(rf"(?<![a-z])(?:{_alternatives(_ACTIVE)})(?![a-z])\s+")
_PASSIVE_RE = re.compile(rf"(?<![a-z])(?:{_alternatives(_PASSIVE)})(?![a-z])")
_AUX_BEFORE = re.compile(rf"(?<![a-z]){_AUX}$")
_BE_BEFORE = re.compile(r"(?:were|was|been|being|are|is|be)\s+$")
# "leaving three fighters dead", "took four tourists hostage"
_RESULT_RE = re.compile(
    r"\s*,?\s*(dead|killed|injured|wounded|hurt|hostage|captive|to\s+death|alive|to\s+flee|"
    r"from\s+their\s+homes)(?![a-z])"
)
# A cheap first test on lower-cased sentences (pipeline.py's trigger).
EVENT_WORDS = (
    r"kill\w*|shot|shoot\w*|dead|died|die|dies|death\w*|assassinat\w*|execut\w*|behead\w*|"
    r"massacr\w*|slaughter\w*|lynch\w*|murder\w*|slew|slay\w*|neutrali\w*|eliminat\w*|kil+ed|"
    r"perished|succumbed|lives|life|wound\w*|injur\w*|maim\w*|hurt|kidnap\w*|abduct\w*|"
    r"taken|held|burn\w*|stabbed|hacked|beaten|missing|arrested|detained|gun\w*|martyred|"
    r"bod(?:y|ies)|remains|corpses?"
)
# Every predicate above begins with one of these: a clause with none is skipped.
_ANY_PREDICATE = re.compile(
    rf"(?<![a-z])(?:{EVENT_WORDS}|left|leav\w*|took|tak\w*|hold\w*|beat\w*|stab\w*|hack\w*|"
    r"ston\w*|club\w*|bludgeon\w*|ax\w*|strangl\w*|sustained|suffered|hospitali\w*|rushed|"
    r"admitted|critical|seiz\w*|captur\w*|among|fatalit\w*|deaths?|dead|killed|injur\w*|"
    r"wounded|succ?um\w*|found|discovered|recovered|exhumed|buried|dumped|retrieved|"
    r"claim\w*|lynch\w*|drown\w*|forc\w*|compelled|driven|drove|lost)(?![a-z])"
)
_ALONG = re.compile(r"\s+(?:\w+\s+){0,4}?(?:along|together)\s+with\s+")
# A clause that opens with ", and": a list of victims may have begun before it
# ("Tomas Ferrant, a teacher, and his son were abducted").
_AND_BEFORE = re.compile(r",\s+and\s+$")
# Words before "the killing of" that make it the reason for something else, not news.
_BACKGROUND = re.compile(
    r"(?<![a-z])(?:protest\w*|demonstrat\w*|riot\w*|rall\w*|march\w*|strike|against|over|"
    r"following|followed|after|condemn\w*|denounc\w*|demand\w*|justice|mourn\w*|funeral|"
    r"reprisal|revenge|retaliat\w*|response|avenge\w*|blamed|anger\w*|outrage\w*|sparked|"
    r"triggered|trial|convicted|sentenced|charged|accused|anniversary|"
    r"commemorat\w*|memory|since)(?![a-z])[^.;]*$"
)
# A sentence about a protest, and the words that make a death its reason:
# "youths took to the streets following the killing a pharmacist", "colleagues of a
# man beheaded by al-Shabaab protest", "protesters blocked roads after two were killed".
_PROTEST = re.compile(
    r"(?<![a-z])(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|riot\w*|took\s+to\s+the\s+streets|"
    r"sit-in|marched)(?![a-z])"
)
_REASON = re.compile(
    r"(?<![a-z])(?:following|after|over|against|demanding|colleagues\s+of|relatives\s+of|"
    r"families\s+of|friends\s+of)\s+(?:[a-z’'-]+\s+){0,5}$"
)
# A killing named as what someone is sought, tried or mourned for: told before.
_SOUGHT = re.compile(
    r"(?<![a-z])(?:arrest\w*\s+of|justice\s+for|charged\s+with|"
    r"convicted\s+of|sentenced\s+for|anniversary\s+of|in\s+memory\s+of|"
    r"protest\w*\s+(?:over|against)|(?:hours?|days?|weeks?|months?|years?)\s+after)\s+"
    r"(?:[a-z’'-]+\s+){0,4}$"
)
# Words before a verb that say the killing did not happen, or not yet.
_IRREALIS = re.compile(
    r"(?<![a-z])(?:to(?!\s+have\s)|nearly|almost|attempt\w*|tried|trying|plot\w*|threat\w*|"
    r"plan\w*|would|(?:could|might|(?<![0-9]\s)may)(?!\s+have\s)|not|never|no|failed|vow\w*|"
    r"intend\w*)\s+(?:[a-z]+\s+)?$"
)
_SHARED_SUBJECT = re.compile(
    r"(?<![a-z])(?:were|was|are|is|been)\s+(?:[a-z’'-]+,?\s+){1,10}?(?:and|or|then|before)\s+$"
)
# Before the victims of a passive: their deaths are the reason for what is told.
_EARLIER = re.compile(
    r"(?<![a-z])(?:protest\w*|retaliat\w*|response|revenge|reprisal|avenge\w*|condemn\w*|mourn\w*|"
    r"funeral|anniversary|commemorat\w*|memory|trial|convicted|sentenced|charged|accused|"
    r"(?:hours?|days?|weeks?|months?|years?)\s+(?:after|since))"
    r"(?![a-z])[^.;]*$"
)
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
_POSSESSED_BODY = re.compile(r"(?:his|her)\s+(?:\w+\s+)?body\b", re.IGNORECASE)
_BODIES = frozenset("body bodies corpse corpses remains".split())
_FOUND_RE = re.compile(r"(?:found|discovered|recovered|exhumed|buried|dumped|retrieved)(?![a-z])")
_FOUND_AUX = re.compile(r"(?<![a-z])(?:was|were|is|are|been|being|later|also)\s+$")
_OR_OTHER_FATE = re.compile(
    r"(?:,\s*[a-z]+)*,?\s+or\s+(?:kidnapped|abducted|injured|wounded|captured|missing|"
    r"arrested|killed|dead)(?![a-z])"
)
_OR_BEFORE = re.compile(
    r"(?:killed|dead|injured|wounded|kidnapped|abducted|captured|arrested|missing),?\s+or\s+$"
)
_EUPHEMISM = re.compile(r"neutrali|eliminat")
_UNCLEAR = re.compile(
    r"(?<![a-z])(?:unclear|not\s+clear|unknown|not\s+known|uncertain|unconfirmed|no\s+word)\s+"
    r"(?:if|whether)\b[^.;]*$"
)
# "would have been killed" did not happen; "may have died" is a hedged claim
_WOULD = re.compile(r"(?<![a-z])would\s+(?:not\s+)?(?:have\s+)?(?:been\s+)?$")


@dataclass(frozen=True)
class Refused:
    """Victims a predicate governs that are no casualty of this report: "tried to
    kill 5 soldiers", "three were killed, wounded or captured", "three days after
    Judge X was assassinated": `text[start:end]`."""

    start: int
    end: int


class Victims(NamedTuple):
    """A sentence's victims: `readings` in text order, and the spans `refused`
    (no other rule may read a casualty there)."""

    readings: list[Reading]
    refused: list[tuple[int, int]]

    def refuses(self, start: int, end: int) -> bool:
        """Whether `text[start:end]` overlaps a refused span."""
        return any(s < end and start < e for s, e in self.refused)


def find_victims(
    text: str,
    folded: str,
    start: int,
    end: int,
    clauses: list[tuple[int, int]],
    quantities: list[Quantity],
) -> Victims:
    """One reading for each counted victim of a casualty predicate in `text[start:end]`.

    `folded` is `casefold.fold(text)`; `quantities` are the sentence's quantities,
    which the victims' counts are taken from.
    """
    by_start = {q.start: q for q in quantities}
    readings: dict[tuple[int, Category], Reading] = {}
    refused: list[tuple[int, int]] = []
    for coded in _CODED.finditer(folded, start, end):  # "Fatalities: 10 people."
        category = Category[coded.lastgroup or ""]
        cue = Cue(coded.start(), coded.end(), category)
        items = parse_list(text, coded.end(), end, by_start)
        _collect(_readings(text, items, category, (start, end), cue, None), readings, refused)
    for clause in clauses:
        triggers = [m.start() for m in _ANY_PREDICATE.finditer(folded, clause[0], clause[1])]
        if triggers:  # most clauses name no casualty at all
            found = _clause_victims(text, folded, clause, by_start, start, triggers)
            _collect(found, readings, refused)
    ordered = _told_bodies(sorted(readings.values(), key=lambda r: r.start), text)
    if _PROTEST.search(folded, start, end):  # deaths a protest is about are told before
        told = [r for r in ordered if _REASON.search(folded, max(start, r.start - 50), r.start)]
        refused.extend((r.start, r.end) for r in told)
        ordered = [r for r in ordered if r not in told]
    taken = {r.quantity.start for r in ordered}
    return Victims(_carry_subjects(ordered), [s for s in refused if s[0] not in taken])


def _collect(
    found: Iterator[Reading | Refused],
    readings: dict[tuple[int, Category], Reading],
    refused: list[tuple[int, int]],
) -> None:
    for one in found:
        if isinstance(one, Refused):
            refused.append((one.start, one.end))
        else:
            _add(readings, one)


def _add(readings: dict[tuple[int, Category], Reading], reading: Reading) -> None:
    """Keep the first predicate's reading of a victim; a second fate only where one
    follows the other ("was kidnapped and killed" is both)."""
    start = reading.quantity.start
    taken = {category for s, category in readings if s == start}
    if not taken or (taken == {Category.KIDNAPPED} and reading.category is Category.KILLED):
        readings.setdefault((start, reading.category), reading)


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
    text: str,
    folded: str,
    clause: tuple[int, int],
    quantities: dict[int, Quantity],
    sentence_start: int,
    triggers: list[int],
) -> Iterator[Reading | Refused]:
    """Every predicate of the clause, tried only where a trigger word starts: one scan
    of the clause finds those, and each pattern is matched there, not searched."""
    yield from _active(text, folded, clause, quantities, sentence_start, triggers)
    yield from _found_bodies(text, folded, clause, quantities, triggers)
    yield from _resulting(text, folded, clause, quantities, triggers)
    yield from _passive(text, folded, clause, quantities, sentence_start, triggers)


def _at(
    pattern: re.Pattern[str], folded: str, triggers: list[int], end: int
) -> Iterator[re.Match[str]]:
    """The non-overlapping matches of `pattern` that start at a trigger."""
    after = -1
    for pos in triggers:
        if pos < after:
            continue
        match = pattern.match(folded, pos, end)
        if match:
            after = match.end()
            yield match


def _refuse(items: list[Item]) -> Iterator[Refused]:
    return (Refused(i.start, i.end) for i in items)


def _active(
    text: str,
    folded: str,
    clause: tuple[int, int],
    quantities: dict[int, Quantity],
    sentence_start: int,
    triggers: list[int],
) -> Iterator[Reading | Refused]:
    """Victims after an active verb or a nominal: "killed two soldiers", "the death of"."""
    lo, hi = clause
    for match in _at(_ACTIVE_RE, folded, triggers, hi):
        nominal = match.group(0).rstrip().endswith(" of")
        items = parse_list(text, match.end(), hi, quantities)
        before = max(sentence_start, match.start() - 200)  # a reason may open the sentence
        if (
            (nominal and _BACKGROUND.search(folded, before, match.start()))
            or _SOUGHT.search(folded, before, match.start())
            or (
                not nominal and _IRREALIS.search(folded, max(lo, match.start() - 40), match.start())
            )
        ):
            # "protested against the killing of two students": an earlier death;
            # "tried to kill the governor", "nearly killed a thief": none
            yield from _refuse(items)
            continue
        if items and not _after_auxiliary(folded, match):
            category = Category[match.lastgroup or ""]
            cue = Cue(match.start(), match.end(), category, match.group(0).split()[0])
            yield from _readings(text, items, category, clause, cue, None)


def _found_bodies(
    text: str,
    folded: str,
    clause: tuple[int, int],
    quantities: dict[int, Quantity],
    triggers: list[int],
) -> Iterator[Reading | Refused]:
    """ "a body was found", "two bodies were recovered"."""
    lo, hi = clause
    for match in _at(_FOUND_RE, folded, triggers, hi):
        if not _FOUND_AUX.search(folded, max(lo, match.start() - 12), match.start()):
            continue  # "police found the body": active, its victim told elsewhere
        aux = _auxiliaries_start(folded, lo, match.start())
        items = parse_back(text, folded, lo, aux, quantities)
        bodies = [i for i in items if _new_body(text, i)]
        yield from _readings(text, bodies, K, clause, None, Cue(aux, match.end(), K))


def _resulting(
    text: str,
    folded: str,
    clause: tuple[int, int],
    quantities: dict[int, Quantity],
    triggers: list[int],
) -> Iterator[Reading | Refused]:
    """ "leaving three fighters dead", "took four tourists hostage"."""
    hi = clause[1]
    for verbs, results in _RESULTATIVES:
        for match in _at(verbs, folded, triggers, hi):
            items = parse_list(text, match.end(), hi, quantities)
            result = _RESULT_RE.match(folded, items[-1].end, hi) if items else None
            category = results.get(" ".join(result.group(1).split())) if result else None
            if result and category:
                cue = Cue(match.start(), result.end(), category)
                yield from _readings(text, items, category, clause, cue, None)


def _passive(
    text: str,
    folded: str,
    clause: tuple[int, int],
    quantities: dict[int, Quantity],
    sentence_start: int,
    triggers: list[int],
) -> Iterator[Reading | Refused]:
    """Victims before a passive or intransitive predicate: "two soldiers were killed"."""
    lo, hi = clause
    for match in _at(_PASSIVE_RE, folded, triggers, hi):
        aux = stop = _auxiliaries_start(folded, lo, match.start())
        if _DETERMINER_BEFORE.search(folded, max(lo, aux - 8), aux):
            continue  # "two of the wounded": a noun, not a predicate
        if _active_after(text, match.end(), hi, quantities):
            # "three gunmen shot dead two men": active, read above; the gunmen are none
            yield from _refuse(parse_back(text, folded, lo, aux, quantities))
            continue
        if _not_a_death(folded, (lo, hi), aux, match.end()):
            yield from _refuse(parse_back(text, folded, lo, aux, quantities))
            continue
        # "was abducted, tortured and beheaded": the subject of the first participle,
        # whichever clause of the sentence it stands in
        subject_lo = sentence_start if _AND_BEFORE.search(folded, sentence_start, lo) else lo
        shared = _SHARED_SUBJECT.search(folded, max(sentence_start, stop - 60), stop)
        if shared:
            stop, subject_lo = shared.start(), sentence_start
        items = parse_back(text, folded, subject_lo, stop, quantities)
        if items and _EARLIER.search(folded, max(lo, items[0].start - 200), items[0].start):
            yield from _refuse(items)  # "in retaliation for the death of a girl, killed ..."
            continue
        category = Category[match.lastgroup or ""]
        cue = Cue(aux, match.end(), category)
        yield from _readings(text, items, category, clause, None, cue)
        gapped = _gapped(text, match.end(), hi, quantities)
        yield from _readings(text, gapped, category, clause, None, None)
        along = _ALONG.match(folded, match.end(), hi)  # "was killed along with his driver"
        if along:
            companions = parse_list(text, along.end(), hi, quantities)
            yield from _readings(text, companions, category, clause, None, None)


def _auxiliaries_start(folded: str, lo: int, pos: int) -> int:
    """Where the auxiliaries and adverbs before a participle begin: "were reportedly"."""
    aux = _AUX_BEFORE.search(folded, max(lo, pos - 60), pos)
    return aux.start() if aux else pos


def _active_after(text: str, end: int, hi: int, quantities: dict[int, Quantity]) -> bool:
    """Whether counted victims follow the participle: an active verb after all."""
    return any(i.quantity or i.single for i in parse_list(text, end, hi, quantities))


def _not_a_death(folded: str, clause: tuple[int, int], start: int, end: int) -> bool:
    """A counterfactual ("would have been killed"), an open question ("it is
    unclear whether the guard was killed") or an open fate ("killed or kidnapped")."""
    lo, hi = clause
    return bool(
        _WOULD.search(folded, max(lo, start - 30), start)
        or _UNCLEAR.search(folded, max(lo, start - 80), start)
        or _OR_OTHER_FATE.match(folded, end, hi)
        or _OR_BEFORE.search(folded, max(lo, start - 30), start)
    )


def _gapped(text: str, pos: int, end: int, quantities: dict[int, Quantity]) -> list[Item]:
    """The counts that share a predicate said once: "30 died in Kaya and 11 in Dori",
    "12 were killed in A, 5 in B and 3 in C"."""
    items: list[Item] = []
    place = _PLACE_PHRASE.match(text, pos, end)
    while place:
        join = JOIN.match(text, place.end(), end)
        quantity = quantities.get(join.end()) if join else None
        if quantity is None or quantity.unit or not _PREPOSITION.match(text, quantity.end, end):
            break
        items.append(Item(quantity.start, quantity.end, quantity, None, None))
        place = _PLACE_PHRASE.match(text, quantity.end, end)
    return items


def _new_body(text: str, item: Item) -> bool:
    """ "a body", "two bodies", "his body" (of a man told kidnapped before): a death.
    "The body" and "the body of a man" speak of a victim counted elsewhere, and
    "his body" too where the sentence counts a death already (`_told_bodies`)."""
    words = text[item.start : item.end].lower().split()
    return (
        bool(item.subject)
        and words[-1] in _BODIES
        and (item.quantity is not None or words[0] in ("a", "an", "one", "his", "her"))
    )


def _told_bodies(readings: list[Reading], text: str) -> list[Reading]:
    """Drop "his body was found" where the sentence tells the death already ("a man
    was killed and his body was found")."""
    theirs = [r for r in readings if _POSSESSED_BODY.match(text, r.start)]
    others = [r for r in readings if r.category is K and r not in theirs]
    return [r for r in readings if r not in theirs] if others else readings


def _after_auxiliary(folded: str, match: re.Match[str]) -> bool:
    """ "were killed": a participle after an auxiliary, read by the passive rule."""
    return bool(_BE_BEFORE.search(folded, max(0, match.start() - 12), match.start()))


def _readings(
    text: str,
    items: list[Item],
    category: Category,
    clause: tuple[int, int],
    pre: Cue | None,
    post: Cue | None,
) -> Iterator[Reading | Refused]:
    actor = find_actor(text, clause, pre, post, category)
    taken = category is A and pre is not None and _TAKEN_IN_BATTLE.match(pre.word)
    euphemism = pre is not None and _EUPHEMISM.match(pre.word)
    for item in items:
        yield from (Refused(*span) for span in item.parts)  # "including five women"
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
        if euphemism and not _known_people(item):
            continue  # "neutralised three explosive devices"
        if _other_fate(item, category):
            continue  # "the death of one person, and ten injuries": the injuries' own
        yield Reading(quantity, category, start, end, item.subject, item.noun, actor)


def _other_fate(item: Item, category: Category) -> bool:
    """Whether the item's noun names another fate than the predicate's ("injuries")."""
    head = item.subject.split()[-1].lower() if item.subject else ""
    fate = CASUALTY_NOUNS.get(head)  # hostages and refugees are who, not what befell them
    return fate in (Category.KILLED, Category.WOUNDED) and fate is not category


def _known_people(item: Item) -> bool:
    """Whether an item's head is a lexicon word for people (or no noun: "neutralised 12")."""
    if item.subject is None:
        return True
    head = item.subject.split()[-1].lower()
    cls = NOUN_CLASS.get(head) or SINGULAR_CLASS.get(head)
    return cls in COMBATANTS or cls in (NounClass.PERSON, NounClass.CIVILIAN)
