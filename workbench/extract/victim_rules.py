"""The rules that read the victims of one clause's casualty predicates.

`victims.py` finds the clauses worth reading and gathers what they give; each rule
here reads one shape of predicate, tried only where a predicate's first word
starts (`Clause.triggers`): an active verb or a nominal before its victims
(`_active`), bodies found (`_found_bodies`), a result after them ("leaving three
dead", `_resulting`), and a passive or intransitive one after them (`victim_passive.passive`).
A rule yields a `Reading` for each counted victim and a `Refused` span for the
victims it reads but that are no casualty of this report.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.extract.account_calls import called_to_account
from workbench.extract.claims import Reading
from workbench.extract.cues import Cue
from workbench.extract.lexicon import NounClass
from workbench.extract.open_fates import and_after, and_before, figure_told, open_counts
from workbench.extract.person_words import is_person
from workbench.extract.revisions import revised_tolls
from workbench.extract.toll_figures import toll_figures
from workbench.extract.victim_attach import (
    first_no_victim,
    fronted_objects,
)
from workbench.extract.victim_backs import (
    antecedents,
    new_body,
    parse_back,
    subject_of,
)
from workbench.extract.victim_clause import (
    Clause,
    at,
    auxiliaries_start,
    plus_people_after,
    refuse,
)
from workbench.extract.victim_gaps import gapped
from workbench.extract.victim_items import Item
from workbench.extract.victim_list_words import (
    THE_BEFORE,
    THEM,
)
from workbench.extract.victim_lists import parse_list
from workbench.extract.victim_passive import companions_after, passive
from workbench.extract.victim_readings import Refused, item_readings
from workbench.extract.victim_reasons import (
    REPRISAL_FOR,
    SETS_OFF,
    SOUGHT,
    background,
    intended,
    not_yet,
    unrealised,
    unrealised_result,
)
from workbench.extract.victim_verbs import ACTIVE_RE
from workbench.extract.victim_words import (
    ABDUCTORS,
    BE_BEFORE,
    BODY,
    DIED_NEXT,
    FINDING,
    FOUND_AUX,
    FOUND_RE,
    LIST_GOES_ON,
    OR_BEFORE,
    OR_OTHER_FATE,
    RESULT_RE,
    RESULT_WITH_HURT,
    RESULTATIVES,
    K,
)
from workbench.models import Category


def clause_victims(c: Clause) -> Iterator[Reading | Refused]:
    """Every predicate of the clause, tried only where a trigger word starts: one scan
    of the clause finds those, and each pattern is matched there, not searched."""
    yield from revised_tolls(c.folded, c.lo, c.hi, c.triggers, c.quantities)
    yield from toll_figures(c)
    yield from open_counts(c)
    yield from _active(c)
    yield from _found_bodies(c)
    yield from _resulting(c)
    yield from _own_death(c)
    yield from passive(c)


# A strike right before a verb that takes lives (read as a nominal by its "of") is an
# attack, not a labour strike over a killing: "The strike claimed the lives of 20".
_STRIKE_TOOK_LIVES = re.compile(
    # its day or place between: "a missile strike on Palm Sunday claimed the lives of"
    r"(?<![a-z])strikes?(?:\s+(?:on|in|at|near)\s+[a-z0-9’' -]{1,30}?)?"
    # a relative clause too: "this strike on the city, which claimed the lives of 11
    # people" (pairs-news-n study: no death read)
    r"(?:\s*,)?(?:\s+(?:which|that))?(?:\s+(?:also|reportedly))?\s+"
    r"(?:claim|cost|took|tak)[a-z]*\s+(?:the\s+)?lives"
)


# A participle in -ing naming a kind of event or its doers before their noun, not an act
# on a victim: "the killing spree", "the killing fields", "killing squads".
_ATTRIBUTIVE = re.compile(
    r"[a-z]+ing\s+(?:sprees?|fields?|zones?|machines?|squads?|frenz(?:y|ies)|rampages?)(?![a-z])"
)


# A participle after "each" or "every" describes anyone of a kind, no one counted: "Rs1
# million for the family of each martyred police constable" (trial 72b: one killed).
_EACH_BEFORE = re.compile(r"(?<![a-z])(?:each|every)\s+$")


# An adjective of hurt after its determiner, and the death of its noun after: "The
# driver and the wounded soldier died" tells the soldier's death, not a wound.
_DETERMINED = re.compile(r"(?<![a-z])(?:the|a|an|this|that|his|her|their)\s+$")


def _active(c: Clause) -> Iterator[Reading | Refused]:
    """Victims after an active verb or a nominal: "killed two soldiers", "the death of"."""
    text, folded, triggers = c.text, c.folded, c.triggers
    clause = lo, hi = c.lo, c.hi
    for match in at(ACTIVE_RE, folded, triggers, hi):
        if _ATTRIBUTIVE.match(folded, match.start()):
            continue  # "the killing spree", "killing fields": a kind of event, no victim
        if _EACH_BEFORE.search(folded, max(lo, match.start() - 8), match.start()):
            continue  # "for the family of each martyred police constable": anyone's
        nominal = match.group(0).rstrip().endswith(" of")
        before = max(c.sentence_start, match.start() - 200)  # a reason may open the sentence
        # "the strike claimed the lives of": an attack, its subject, no labour strike
        reason = nominal and not _STRIKE_TOOK_LIVES.search(
            folded, max(lo, match.start() - 45), match.end()
        )
        # "an investigation into the killing of six ... on November 17": the news
        news = nominal and called_to_account(folded, match.start(), match.end(), c.sentence_end)
        refused = (
            (
                reason
                and not news
                and background(folded, before, match.start(), _found_body(c, match))
            )
            or (nominal and _untold_body(c, match))
            or (nominal and unrealised_result(folded, lo, match.start()))
            or (not news and SOUGHT.search(folded, before, match.start()))
            or (not nominal and unrealised(folded, lo, match.start()))
            # "killed or injured 30 people": which befell whom, unsaid
            or (not nominal and _open_fate(folded, lo, match.start()))
            or (not nominal and REPRISAL_FOR.search(folded, before, match.start()))
            or (not nominal and intended(folded, lo, match))
            or (not nominal and not_yet(folded, lo, match))
        )
        if not refused and _after_auxiliary(folded, match):
            continue  # "were killed": the passive rule's, its victims read there
        items = fronted_objects(text, c.sentence_start, match.start(), _victims_after(c, match))
        if (
            items
            and DIED_NEXT.match(folded, items[-1].end)
            and _DETERMINED.search(folded, max(lo, match.start() - 8), match.start())
        ):
            continue  # "the wounded soldier died": the death, read by the passive rule
        if nominal and items and SETS_OFF.match(folded, items[-1].end, c.sentence_end):
            refused = True  # "The death of a student ... sparked protests": their reason
        word = match.group(0).split()[0]
        both = not nominal and and_before(folded, lo, match.start(), word, active=True)
        if both:  # "killed and injured 40 people", "... dozens": both, how many of each?
            refused = True
        if not refused and _INCLUDED.match(folded, match.start()):
            # "2 dead including the bomber": a part of the figure before, no more dead;
            # the figure's own noun stays its ("leaving 10 fatalities including women
            # and children": acled-t study, the 10 refused with the predicate)
            before = _quantity_end_before(c, match.start())
            if before >= 0 and not folded[before : match.start()].strip():
                yield from refuse(items)
                continue
        if refused:
            # "protested against the killing of two students": an earlier death;
            # "tried to kill the governor", "nearly killed a thief": none; nor does
            # its verb make the subject a victim ("two men who had killed a farmer")
            yield from refuse(items)
            yield Refused(match.start(), match.end())
            continue
        if items:
            category = Category[match.lastgroup or ""]
            cue = Cue(_cue_start(folded, match), match.end(), category, match.group(0).split()[0])
            yield from item_readings(text, items, category, clause, cue, None)
            # "killed 12 in Akida and nine others in Mbuta"
            gaps = gapped(text, items[-1].end, c.sentence_end, c.quantities)
            yield from item_readings(text, gaps, category, clause, None, None)
            if not gaps:  # "killed a party member in Mosul, along with three of his escorts"
                yield from companions_after(c, items[-1].end, c.sentence_end, category)
            # "killed five villagers (plus a soldier)": the item may hold the bracket;
            # "killing 12, plus the bombers": the list its plural with no figure
            inside = folded.find("(plus", items[-1].start, items[-1].end)
            if inside < 0 and len(items) > 1:
                inside = folded.find(", plus the ", items[-2].end, items[-1].end)
            yield from plus_people_after(c, items[-1].end if inside < 0 else inside, category)


# One person's death told as what an act led to: "opened fire on a truck driver, leading
# to his death", "shot a protester, resulting in her death"; named by whose it is too:
# "clashed with a police officer ..., leading to the officer's death" (acled-m study:
# no claim, coded 1).
_OWN_DEATH = re.compile(
    r"(?<![a-z])(?:lead(?:ing|s)?|led|result(?:ing|ed|s)?|caus(?:ing|ed|es))\s+(?:to\s+|in\s+)?"
    r"(?P<whose>his|her|the\s+(?P<noun>[a-z-]+)['’]s)\s+"
    r"(?:instant\s+|immediate\s+|eventual\s+|subsequent\s+)?death(?![a-z])"
)


def _own_death(c: Clause) -> Iterator[Reading | Refused]:
    """One death told as what an act led to (`_OWN_DEATH`): "him" or "her", whom the
    sentence told before (one reading with that person's own, where it counts a death:
    `victims._pronoun_once`); "leading to his death"."""
    if c.folded.find("death", c.lo, c.hi) < 0:
        return
    for match in _OWN_DEATH.finditer(c.folded, c.lo, c.hi):
        noun = match.group("noun")
        if noun is not None and not is_person(noun):
            continue  # "leading to the regime's death": no one's
        whom = noun or ("him" if match.group("whose") == "his" else "her")
        item = Item(match.start(), match.end(), None, whom, NounClass.PERSON, single=True)
        yield from item_readings(c.text, [item], K, (c.lo, c.hi), None, None)


def _open_fate(folded: str, lo: int, pos: int) -> bool:
    """ "killed or injured 30 people": which of the two befell whom, unsaid."""
    return OR_BEFORE.search(folded, max(lo, pos - 30), pos) is not None


# "dead including", "killed including" without "the": the figure before it is the toll
_INCLUDED = re.compile(r"(?:dead|fatalities|killed)\s+includ")


def _quantity_end_before(c: Clause, pos: int) -> int:
    """Where the last quantity ending at or before `pos` ends (-1 without one)."""
    return max((q.end for q in c.quantities.values() if q.end <= pos), default=-1)


def _victims_after(c: Clause, match: re.Match[str]) -> list[Item]:
    """The victims an active cue governs: its objects, else those "them" points back to
    ("fired on two guards, killing them"), else the bombers of "killing themselves"."""
    items = _objects(c, match.end())
    them = THEM.match(c.folded, match.end())
    if them and them.group(0).endswith("themselves"):  # "two bombers ... killing themselves"
        bombers = subject_of(c.sentence, c.sentence_start, match.start(), c.quantities)
        # "... killing themselves and two civilians": the bombers and their victims
        return bombers + [i for i in items if i.counted] if bombers else items
    if any(i.counted for i in items):
        return items
    if them:
        return antecedents(c.sentence, c.sentence_start, match.start(), c.quantities)
    vague = _VAGUE_THEN_COUNT.match(c.folded, match.end(), c.sentence_end)
    if vague:  # 'killing "many" (10 confirmed) members of X', "killing scores (30 confirmed)"
        figure = c.quantities.get(vague.end())
        return [Item(figure.start, figure.end, figure, None, None)] if figure else items
    return items


# A vague count, then the figure confirmed in a bracket: 'killing "many" (10 confirmed)',
# "killed scores of fighters (at least 30)".
_VAGUE_THEN_COUNT = re.compile(
    r"\s*[\"“”']?(?:many|scores|several|numerous|dozens|some|hundreds|a\s+number)[\"“”']?"
    r"(?:\s+(?:of\s+)?[a-z-]+){0,3}?\s*\(\s*"
)


def _found_body(c: Clause, match: re.Match[str]) -> bool:
    """ "the body of a man" in a sentence that tells it found ("was found", "recovered")."""
    return bool(BODY.match(match.group(0))) and not _untold_body(c, match)


def _untold_body(c: Clause, match: re.Match[str]) -> bool:
    """ "the body of a man" in a sentence that tells no finding ("placed the body of a
    woman on the road", "swapped the body of a soldier"): a death told elsewhere."""
    return bool(BODY.match(match.group(0))) and not FINDING.search(
        c.folded, c.sentence_start, c.sentence_end
    )


def _objects(c: Clause, pos: int) -> list[Item]:
    """The list after an active verb, on past the clause where it ends on ", and":
    "killed a farmer, a trader, and a herder"; none where a quantifier that counts no
    one opens it ("denied that police killed any protester")."""
    items = parse_list(c.sentence, pos, c.hi, c.quantities)
    if first_no_victim(c.folded, pos, items):
        return []
    if items and c.hi < c.sentence_end and LIST_GOES_ON.fullmatch(c.text, items[-1].end, c.hi):
        longer = parse_list(c.sentence, pos, c.sentence_end, c.quantities)
        if len(longer) > len(items):
            return longer
    return items


def _cue_start(folded: str, match: re.Match[str]) -> int:
    """Where an active cue starts, with the article of "the dead included" (a
    breakdown of a total, which a toll does not add)."""
    the = THE_BEFORE.search(folded, max(0, match.start() - 5), match.start())
    return (
        the.start()
        if the and match.group(0).startswith(("dead", "fatalities", "killed"))
        else match.start()
    )


def _found_bodies(c: Clause) -> Iterator[Reading | Refused]:
    """ "a body was found", "two bodies were recovered"."""
    text, folded, quantities, triggers = c.text, c.folded, c.quantities, c.triggers
    clause = lo, hi = c.lo, c.hi
    for match in at(FOUND_RE, folded, triggers, hi):
        if not FOUND_AUX.search(folded, max(lo, match.start() - 12), match.start()):
            continue  # "police found the body": active, its victim told elsewhere
        aux = auxiliaries_start(folded, lo, match.start())
        items = parse_back(c.sentence, lo, aux, quantities)
        bodies = [i for i in items if new_body(text, i)]
        yield from item_readings(text, bodies, K, clause, None, Cue(aux, match.end(), K))


def _resulting(c: Clause) -> Iterator[Reading | Refused]:
    """ "leaving three fighters dead", "took four tourists hostage"."""
    text, folded, quantities, triggers = c.text, c.folded, c.quantities, c.triggers
    clause, hi = (c.lo, c.hi), c.hi
    for verbs, results in RESULTATIVES:
        for match in at(verbs, folded, triggers, hi):
            before = max(c.sentence_start, match.start() - 200)
            sought = SOUGHT.search(folded, before, match.start())
            if not sought and not _may_result(folded, match.end(), hi, results):
                continue  # "left the village": no result to read the victims for
            items = parse_list(c.sentence, match.end(), hi, quantities)
            if sought:
                yield from refuse(items)  # "a man suspected to have stabbed his wife to death"
                continue
            them = None if items else THEM.match(folded, match.end())
            if them:  # "caught two suspected robbers and burnt them to death": the two
                items = antecedents(c.sentence, c.sentence_start, match.start(), quantities)
            end = them.end() if them else (items[-1].end if items else -1)
            result = RESULT_RE.match(folded, end, hi) if items else None
            category = results.get(_result_words(result.group(1))) if result else None
            if (
                result
                and result.group(1).endswith("them")
                and not ABDUCTORS.search(folded, before, match.start())
            ):
                continue  # "troops took two guides with them"
            if result and (
                OR_OTHER_FATE.match(folded, result.end(), hi)
                or (and_after(folded, result.start(1), result.end(), hi) and figure_told(items))
            ):
                yield from refuse(items)  # "left 12 people dead or injured": which, unsaid
                continue
            if result and category:
                cue = Cue(match.start(), result.end(), category, match.group(0).split()[0])
                yield from item_readings(text, items, category, clause, cue, None)


def _result_words(found: str) -> str:
    """A result as `RESULTATIVES` names it, white space folded: "with serious injuries"
    is "with injuries"."""
    return "with injuries" if RESULT_WITH_HURT.fullmatch(found) else " ".join(found.split())


def _may_result(folded: str, pos: int, hi: int, results: dict[str, Category]) -> bool:
    """Whether one of the `results` may follow `pos` in the clause: the last word of
    each stands in `folded[pos:hi]` (a cheap test before reading the victims)."""
    return any(folded.find(result.rsplit(None, 1)[-1], pos, hi) >= 0 for result in results)


def _after_auxiliary(folded: str, match: re.Match[str]) -> bool:
    """ "were killed": a participle after an auxiliary, read by the passive rule."""
    return bool(BE_BEFORE.search(folded, max(0, match.start() - 12), match.start()))
