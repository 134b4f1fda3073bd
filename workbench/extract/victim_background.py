"""Deaths a sentence tells as background, not as its news: the reason for what is told
("protesters blocked roads after two were killed"), what another event or an earlier
day told ("The attack came a day after a bomb killed twelve", "where two militants were
killed two days earlier"), a road accident or an illness (the deaths an ACLED coder
gives to another event are `coded_elsewhere.py`'s). Split from victim_backs.py; read by
victims.py. Runs over lower-cased text (`casefold.fold`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.extract.accident_words import ILLNESS, ROAD_ACCIDENT, WEAPON
from workbench.extract.claims import Reading
from workbench.extract.date_asides import own_earlier, year_of_another
from workbench.extract.dates import BORN_BEFORE
from workbench.extract.reported_conditional import reported_conditional
from workbench.extract.victim_reasons import (
    AFTER,
    DEMAND,
    EARLIER_TIME,
    OTHER_EVENT,
    PREVIOUS_DAY,
    PRIOR_RELATIVE,
    PROTEST,
    REASON,
    SAME_FIGHT,
    TELLING,
    TOLD_BETWEEN,
    TURNED_VIOLENT,
    UNREST,
    YEAR_ONLY,
)
from workbench.models import Category


def reasons(
    folded: str, start: int, end: int, readings: list[Reading], published: int | None = None
) -> list[Reading]:
    """The readings a protest is about ("protesters blocked roads after two were
    killed", "marched over the killing of") or unrest follows ("angry locals torched
    vehicles after five students were killed in a collision"), and those of another
    event the sentence ties this one to ("The attack came a day after a bomb killed
    twelve") or dates before it ("where two militants were killed two days earlier");
    and the deaths and injuries of a road accident ("died in a road accident") or of an
    illness or want ("died of cholera"). A year no earlier than `published` (the
    report's year, where known) dates no earlier event: "killed 12 soldiers in May 2025"
    in a 2025 report is its news."""
    accident = ROAD_ACCIDENT.search(folded, start, end) or ILLNESS.search(folded, start, end)
    if accident and not WEAPON.search(
        folded, max(0, start - _NEAR), end + _NEAR
    ):  # a weapon in the sentence or next to it: "their vehicle hit [a mine]. The IED ..."
        return [r for r in readings if r.category in _HURT]
    other = OTHER_EVENT.match(folded, start, end)
    if other:
        return [r for r in readings if r.start >= other.end()]
    if _that_other_event(folded, start, end):  # "... killed in that incident"
        return readings
    dated = any(
        folded.find(word, start, end) >= 0
        for word in ("earlier", "before", "previous", "preceding", "similar")
    ) or bool(YEAR_ONLY.search(folded, start, end))
    earlier = (
        [r for r in readings if _earlier_time(folded, start, end, r, published)] if dated else []
    )
    if earlier:
        return earlier
    prior = [
        r
        for r in readings
        if _prior_relative(folded, start, r.start) or _dated_where(folded, end, r)
    ]
    if prior:
        return prior
    reasons_: tuple[re.Pattern[str], ...]
    unrest: list[re.Match[str]] = []
    if PROTEST.search(folded, start, end):
        reasons_ = (REASON,)
    else:
        unrest = [
            m for m in UNREST.finditer(folded, start, end) if not _own_act(folded, m, readings)
        ]
        if not unrest:
            return []
        reasons_ = (AFTER, DEMAND)
    turned = TURNED_VIOLENT.search(folded, start, end)
    return [
        r
        for r in readings
        if any(
            _reason_of(
                folded, reason, max(start, r.start - 90), _over_as_reason(folded, start, r), unrest
            )
            for reason in reasons_
        )
        and not (turned and turned.end() <= r.start)
    ]


# A protest's "over" read as the count's "more than": "workers took to the streets over
# two workers killed by police", "traders marched in Lafia over three drivers killed"
# (acled-nigeria-f study: a spurious death). The protest's word, then at most its place,
# then "over" and the count; not "riots over fuel prices left over 20 dead".
_PROTEST_OVER = re.compile(
    r"(?<![a-z])(?:protest(?:ed|s|ing)?|demonstrat(?:ed|ing|e)|riot(?:ed|ing)|rall(?:ied|ying)|"
    r"took\s+to\s+the\s+streets?|marched|march(?:es|ing)?)"
    r"(?:\s+(?:in|at|across)\s+[a-z’'-]+(?:\s+(?:state|town|city|metropolis))?)?\s+$"
)


def _over_as_reason(folded: str, start: int, reading: Reading) -> Reading:
    """`reading`, opening after its "over" where that "over" is a protest's ("took to
    the streets over two workers killed"), so that the protest's reason is seen."""
    if not folded.startswith("over ", reading.start):
        return reading
    if not _PROTEST_OVER.search(folded, max(start, reading.start - 60), reading.start):
        return reading
    return replace(reading, start=reading.start + 5)


def _reason_of(
    folded: str, reason: re.Pattern[str], lo: int, reading: Reading, unrest: list[re.Match[str]]
) -> bool:
    """Whether `reason` stands right before the reading, and the unrest the reading
    would be the reason of (where the sentence tells no protest) stands outside that
    phrase: "youths rioted after two were killed", not "After the clash the bodies of
    three were recovered" (the bodies are found after the unrest)."""
    found = reason.search(folded, lo, reading.start)
    if found is None:
        return False
    return not unrest or any(not found.start() < u.start() < reading.start for u in unrest)


_HURT = (Category.KILLED, Category.WOUNDED)
# An event pointed back to: "12 attackers were killed in that incident".
_THAT_EVENT = re.compile(
    r"(?<![a-z])(?:in|during)\s+that\s+(?:[a-z-]+\s+)?"
    r"(?:incident|attack|ambush|raid|assault|bombing|strike|clash|massacre)(?![a-z])"
    # or to its place: "Sudan's army said the toll there was 112" (trial 67)
    r"|(?<![a-z])(?:toll|tally|killed|dead|died|deaths|wounded|injured)\s+there(?![a-z])"
)


def _that_other_event(folded: str, start: int, end: int) -> bool:
    """Whether the sentence `folded[start:end]` points back with "in that incident" to
    another event the sentence before tied its report to: "The attack comes three
    days after an ambush ... The government said 12 attackers were killed in that
    incident" (trial 65: the 12 joined the later attack's event), or with "the toll
    there" to its place (trial 67). After a sentence
    of the report's own attack it is that attack ("Gunmen ambushed a convoy ... Four
    policemen were killed in that incident": acled-f study)."""
    if not _THAT_EVENT.search(folded, start, end):
        return False
    before = max(folded.rfind(". ", 0, max(0, start - 1)) + 2, folded.rfind("\n", 0, start) + 1)
    return OTHER_EVENT.match(folded, before, start) is not None


# What joins a victims' predicate to the next act of the same doers: "abducted 15
# people and torched 80 houses" (the torching is the attack's, no unrest after it).
_SAME_DOERS = re.compile(r"[\s,]*(?:and\s+)?(?:also\s+)?")


def _own_act(folded: str, unrest: re.Match[str], readings: list[Reading]) -> bool:
    """Whether a word of unrest is the attackers' own next act, joined to a reading's
    predicate with no subject of its own ("killed 5 and torched the market")."""
    return any(
        r.end <= unrest.start() and _SAME_DOERS.fullmatch(folded, r.end, unrest.start())
        for r in readings
    )


_NEAR = 250  # characters either side of an accident's sentence searched for a weapon


# A verb of saying the time after it dates: "said earlier this month", "told reporters
# a day earlier", "estimated earlier this year"
_SAID_AT = re.compile(
    r"(?<![a-z])(?:said|says|told(?:\s+[a-z’'-]+){0,2}?|stated|announced|reported|estimated"
    r"|confirmed)\s+$"
)

# What may stand before a time that opens its sentence: "On the previous night, ...".
_OPENERS = frozenset(["", "on", "in", "during", "over", "at"])


# Before an earlier occasion named after the deaths: it is their reason or yardstick,
# not their time ("in retaliation for a previous attack", "after an earlier raid").
# A span of time before "earlier" that opens its sentence dates the sentence's own
# event as "Earlier that day" does: "A week earlier, an attack in Kafolo killed 14"
# (a trial's story lost that attack's claim).
_SPAN_EARLIER = re.compile(r"[a-z0-9]+\s+[a-z]+\s+earlier\s*,")

_FOR_EARLIER = re.compile(r"(?<![a-z])(?:for|after|following|aveng\w*|over|since|than|like)\s+$")


def _earlier_time(
    folded: str, start: int, end: int, reading: Reading, published: int | None = None
) -> bool:
    """Whether a time before the event reported stands next to a reading: at most 60
    characters before it, or 50 after it with no other predicate between ("bodies of
    21 militiamen kidnapped a few days earlier" dates the kidnapping); not a time that
    opens the sentence, which dates its own event."""
    lo, hi = max(start, reading.start - 60), min(end, reading.end + 50)
    for time in EARLIER_TIME.finditer(folded, lo, hi):
        year = YEAR_ONLY.match(folded, time.start())
        previous = PREVIOUS_DAY.match(folded, time.start()) is not None
        opening = (
            year is not None
            or previous
            or folded.startswith("earlier", time.start())
            or _SPAN_EARLIER.match(folded, time.start()) is not None
        )
        if opening and folded[start : time.start()].strip() in _OPENERS:
            continue  # "In June 2016, gunmen killed ...", "Earlier that day, ...": its own time
        if year and BORN_BEFORE.search(folded, max(start, time.start() - 12), time.start()):
            continue  # "two of them born in 2008": a birth, no earlier event
        if year and published is not None and int(year.group(0)[-4:]) >= published:
            continue  # "killed 12 in May 2025" in a 2025 report: this year's news
        if year and folded.startswith("the", time.start()) and time.end() > reading.start:
            continue  # "the 2011 killing of" after the reading dates that killing
        if year and folded.endswith("since ", max(start, time.start() - 6), time.start()):
            continue  # "the deadliest since the 2019 bombing, 28 were killed": a yardstick
        if year and year_of_another(folded, start, time, reading.start, reading.end):
            continue  # "since it began in 2004"; "The group, which was founded in 2009,"
        if own_earlier(folded, start, end, time, reading.start, reading.end):
            continue  # "Twelve soldiers were killed earlier this week, the army said"
        if previous and TELLING.search(folded, start, end):
            continue  # "claimed killing 8 in clashes on the previous day": the claim's day
        if time.start() >= reading.end and _FOR_EARLIER.search(
            folded, max(start, time.start() - 20), time.start()
        ):
            continue  # "killed three in retaliation for a previous attack": its reason
        said_at = _SAID_AT.search(folded, max(start, time.start() - 30), time.start())
        if said_at and time.end() <= reading.start:
            continue  # "the UN said earlier this month that 600 were killed": the saying's time
        if time.end() <= reading.start:
            if ";" not in folded[time.end() : reading.start]:
                return True
        elif not TOLD_BETWEEN.search(folded, reading.end, time.start()):
            return True
    return False


_IN_WHICH = re.compile(r"^(?:after|following)\s(?:[\w’'-]+\s+){1,6}?in\s+which\s")
_HARM_BEFORE = re.compile(
    r"(?<![a-z])(?:kill|die|dead|death|wound|injur|attack|shot|abduct|kidnap|blast|bomb|explo"
    r"|violence|clash|fight|raid|ambush|shell)"
)


# A recent event as the sentence's subject: the news it tells, not an earlier event.
_RECENT_SUBJECT = re.compile(r"\W*(?:the|a)\s+(?:most\s+)?recent\s")


def _prior_relative(folded: str, start: int, hi: int) -> bool:
    """Whether a relative clause of an earlier event ends at `hi` (`PRIOR_RELATIVE`) in
    the sentence from `start`, unless it is the fight the operation told followed
    (`SAME_FIGHT`) or, told with "in which", the only harm the sentence tells."""
    found = PRIOR_RELATIVE.search(folded, max(start, hi - 90), hi)
    if found is None or SAME_FIGHT.match(folded, found.start(), hi):
        return False
    if _RECENT_SUBJECT.match(folded, start) and found.start() <= start + 4:
        return False  # "The recent shelling in El-Obeid, which killed nine, underscores"
    # "Troops arrived after a massacre in which nine people were killed": the event the
    # sentence reports, where its main clause tells no harm of its own
    told = _IN_WHICH.match(found.group()) and not _HARM_BEFORE.search(folded, start, found.start())
    return not told


# A relative clause of a place before a reading: "Agatu, a village where", ", where".
_WHERE_BEFORE = re.compile(
    r",\s+(?:(?:an?|the)\s+(?:[\w’'-]+\s+){0,3}?)?where\s+(?:[\w’'-]+\s+){0,3}?$"
)
_CLAUSE_END = re.compile(r"[,.;:()]")


def _dated_where(folded: str, end: int, reading: Reading) -> bool:
    """Whether a reading stands in a place's relative clause dated to another occasion
    ("attacked Agatu, a village where 17 were killed in January", "..., where herdsmen
    killed 12 last year"): the place's past, not the news. Undated ("..., where they
    killed 12"), the clause tells the news itself."""
    if not _WHERE_BEFORE.search(folded, max(0, reading.start - 60), reading.start):
        return False
    close = _CLAUSE_END.search(folded, reading.end, end)
    occasion = _OCCASION.search(folded, reading.end, close.start() if close else end)
    return occasion is not None


# A pluperfect death ending where a reading starts ("the village had lost", "the 2015
# attack had earlier killed") or inside it ("20 people had been killed").
_HAD_BEFORE = re.compile(
    r"(?<![a-z])had\s+(?:(?:already|earlier|previously|also|once)\s+)?"
    r"(?:(?:lost|killed|claimed)\s+)?$"
)
_DEATH_VERB = re.compile(r"(?:lost|killed|claimed)\s")
_HAD_BEEN = re.compile(
    r"(?<![a-z])had\s+(?:(?:already|earlier|previously|also)\s+)?been\s+(?:[a-z]+ly\s+)?"
    r"(?:killed|murdered|slain|shot\s+dead|executed|massacred)(?![a-z])"
)
# An occasion before the one reported: a time past or another attack.
_OCCASION = re.compile(
    r"(?<![a-z])(?:last\s+(?:year|month|week|weekend|night)|ago|earlier|previously|"
    r"before(?=\s*(?:[,.;)]|$))|(?:19|20)\d\d(?![\d/-])|"
    r"(?:in|on)\s+(?:\d{1,2}\s+)?(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)|"
    # not "in the attack": the one reported ("the school, where 17 were hurt in the attack")
    r"(?:in|to)\s+(?:an?|(?:the\s+)?(?:similar|previous|past|other|earlier|last|first))\s+"
    r"(?:[a-z-]+\s+){0,2}?"
    r"(?:attacks?|raids?|ambush(?:es)?|clash(?:es)?|assaults?|bombings?|incidents?|massacres?|"
    r"violence))(?![a-z])"
)


# What ends the news of a text's first sentence: a semicolon, or a clause of what came
# before it ("..., after herders had killed a farmer on 3 May").
_AFTER_NEWS = re.compile(r";|(?<![a-z])(?:after|since|following)(?![a-z])")


# An occasion the sentence itself calls earlier: "The village lost 11 residents to a
# similar attack in March", "lost 30 people in a raid last year".
_EARLIER_OCCASION = re.compile(
    r"(?<![a-z])(?:similar|previous|earlier|prior|last\s+(?:year|month|week)|ago)(?![a-z])"
)


def not_pluperfect(folded: str, start: int, end: int, readings: list[Reading]) -> list[Reading]:
    """`readings` of the sentence from `start` to `end` less the deaths it tells in
    the pluperfect as background (`_pluperfect`), after the news: the text's first
    clause tells its news, whatever its tense ("Three guards and a driver had been
    killed in the attack"); a clause after its semicolon or its "after" may tell
    background. A side's loss told in the simple past of an occasion called earlier is
    background too ("lost 11 residents to a similar attack in March")."""
    if not readings or (folded.find("had", start, end) < 0 and folded.find("lost", start, end) < 0):
        return readings
    news = start  # where background may begin: past the first clause of the text
    if start == 0:
        after = _AFTER_NEWS.search(folded, readings[0].end, end)
        if after is None:
            return readings
        news = after.start()
    return [r for r in readings if r.start < news or not _pluperfect(folded, start, end, r)]


def _pluperfect(folded: str, start: int, end: int, reading: Reading) -> bool:
    """Whether a reading of a later sentence tells deaths in the pluperfect, of an
    occasion before the one reported, told by no one ("The village had lost 40 people
    in a raid last year", "The 2015 attack had killed 20"): background. Not a voice's
    claim ("the group claimed it had killed 20") nor one with no other occasion named.
    A side's loss in the simple past is background where the sentence calls its
    occasion earlier ("The village lost 11 residents to a similar attack in March")."""
    before = _HAD_BEFORE.search(folded, max(start, reading.start - 30), reading.start)
    if before and not before.group().rstrip().endswith(("lost", "killed", "claimed")):
        before = _DEATH_VERB.match(folded, reading.start)  # the reading opens with its verb
    had = before or _HAD_BEEN.search(folded, reading.start, min(end, reading.end + 30))
    if TELLING.search(folded, start, reading.start):
        return False
    if had is None:  # a side's loss in the simple past, of an occasion named as earlier
        lost = folded.startswith("lost ", reading.start)
        return lost and _EARLIER_OCCASION.search(folded, start, end) is not None
    return _OCCASION.search(folded, start, end) is not None


_WOULD_HAVE = re.compile(r"\bwould\s+(?:not\s+)?have\s+(?:been\s+)?$")


def counterfactual(folded: str, sentence_start: int, reading: Reading) -> bool:
    """Whether a reading tells a toll that did not happen: "there would have been
    thousands of casualties" (the 40 characters before it, from `sentence_start`); not
    a report's conditional, its verb next and no condition stated ("the assailants would
    have killed two farmers": `reported_conditional`)."""
    if not _WOULD_HAVE.search(folded, max(sentence_start, reading.start - 40), reading.start):
        return False
    told = _REPORTED_VERB.match(folded, reading.start)
    return not (told and reported_conditional(folded, sentence_start, reading.start))


# The verb a report's conditional puts a reading's victims after: "would have killed two"
_REPORTED_VERB = re.compile(r"(?:killed|wounded|injured|abducted|kidnapped|shot|executed)\b")
