"""How the benchmarks read one incident's toll from a text's claims (`toll`), as an
ACLED coder does: restatements counted once, breakdowns of a total adding nothing,
revisions and other voices' figures, the coder's own stated figure. Used by
`real_text.py` and `unseen.py`; split from `real_text.py` (issue 13), unchanged in
what it does.
"""

from __future__ import annotations

import re

from workbench.models import Category, Claim


def toll(claims: list[Claim], category: Category, text: str = "") -> int:
    """The figure a text gives for one incident and category: its claims summed,
    each counting as `_figure` says; running totals (scope "cumulative") and figures
    the text calls false (`denies`: "police dismissed the claim as baseless") left out,
    and tolls of none ("there were no casualties on the government side": a claim of 0
    beside "five militants were killed", no other count of the same dead).

    A figure in a later sentence that repeats one already counted, or the sum of
    all counted so far ("... killed two civilians. 2 fatalities."), restates it
    and counts once, unless it says it is new ("another farmer", "two more"). A breakdown
    of a total told before ("the dead included two guards", "seven of those
    killed", "five of these") adds nothing. A revised toll ("the toll rose to 58",
    "(later raised to 37)") or the coder's closing count ("3 fatalities.")
    replaces the figure counted so far when it is larger, and the deaths its sentence
    tells it rose by add nothing more ("The toll rose to eight as four more died");
    a figure the text calls the total ("41 dead in total", "four total") replaces it
    whatever its size, and one given as the toll ("Police put the death toll at 5")
    is another count of the same dead, the lower kept as below; a later sentence's
    list whose figures sum to the toll so far restates it ("11 people were killed.
    Six civilians and five policemen died.").
    A figure for the same victims in another voice, in a later sentence ("Two persons
    were killed. The Daily Trust reports seven deaths.") or in its own ("Police said 7
    were killed, while residents said 15 died"), is an alternative, not an
    addition: the toll keeps the lower, as ACLED's methodology codes the most
    conservative report, unless the text calls that voice overtaken ("Earlier
    reports suggest five"), or calls the later voice later ("A report published two
    days later claims 15 dead"), whose figure replaces the toll as a revision does.
    A figure in a bracket of another report after one counted ("killing 30 (some
    sources report 50 dead)") is such an alternative too.
    A coder's statement of the figure coded ("Fatalities coded as 3 (NRF reported
    13)", "10 killed (coded as 8 here and 2 for ...)") is the toll: ACLED's notes
    say so where the coder picked one report or split a toll; and the deaths the
    coder says are coded in other events come off it, where `text` (the whole text)
    is given ("25 people were killed ... (16 coded in other events)"); "No fatalities
    coded to this event" is the coder's 0.
    """
    if category is Category.KILLED and _NONE_CODED.search(text):
        return 0
    coded = coder_stated(claims, category)
    if coded is not None:
        return _figure(coded)
    found = _toll(claims, category)
    elsewhere = _coded_elsewhere(text) if category is Category.KILLED else 0
    return found - elsewhere if found > elsewhere else found


def _toll(claims: list[Claim], category: Category) -> int:
    """`toll` before the coder's figures coded in other events are taken off."""
    claims = _voiced_lists(claims, category)
    total = 0
    counted: list[Claim] = []
    for claim in claims:
        if claim.category is not category or claim.scope == "cumulative" or claim.denies:
            continue
        if claim.part:
            continue  # one site's share of a toll told before (extract/later_parts.py)
        if claim.value == 0:
            if _none_in_other_voice(claim, counted):
                total = 0  # "Local sources report 2 killed. Police report nobody was killed"
            continue  # "no casualties on the government side": no one's toll to lower
        figure = _figure(claim)
        if _REVISION.search(claim.text) or _CODER_TOTAL.match(claim.sentence):
            total = max(total, figure)
            counted.append(claim)
            continue
        if any(c.sentence == claim.sentence and _REVISION.search(c.text) for c in counted):
            continue  # "The toll rose to eight as four more died": the rise, told again
        if counted and _stated_total(claim):  # "... 41 dead in total", "..., four total"
            total = figure
            counted.append(claim)
            continue
        if counted and _TOLL_AT.search(claim.text) and not _ADDITIVE.search(claim.text):
            # "Police put the death toll at 5": another count of the same dead, the
            # lower kept as for another voice ("Some reports have the toll at 99")
            total = figure if _LATER_REPORT.search(claim.sentence) else min(total, figure)
            counted.append(claim)
            continue
        if _bracketed_report(claim, counted):
            total = min(total, figure)  # "killing 30 (some sources report 50 dead)"
            continue
        if _sentence_restates(claim, claims, category, counted, total):
            continue  # "11 people were killed. Six civilians and five police died."
        if (
            counted
            and _BREAKDOWN.search(claim.text)
            and not _ADDITIVE.search(claim.text)
            and not _of_the_others(claim, claims)
        ):
            continue
        if _part_of_counted(claim, counted):
            continue
        earlier = [c for c in counted if c.sentence != claim.sentence]
        new = _ADDITIVE.search(claim.text) is not None
        restated = figure == sum(_figure(c) for c in counted) or figure in map(_figure, earlier)
        if earlier and restated and not new:
            continue
        if (
            not new
            and figure <= total
            and any(_same_victims(c, claim) for c in earlier)
            and _unintroduced(claim, claims)
        ):
            continue  # "killing five people. The gunmen ... gunned down the two guards"
        if (
            not new
            and figure == 1
            and _one_of_counted(claim, earlier)
            and not any(_other_voice(c, claim) for c in earlier)
        ):
            continue  # "Soldiers killed four civilians. One person was shot dead late Saturday"
        # another voice's figure in the sentence itself: "Police said 7 were killed,
        # while residents said 15 died"
        voiced = [c for c in counted if c.sentence == claim.sentence and _other_voice(c, claim)]
        same = [] if new else [c for c in earlier + voiced if _same_victims(c, claim)]
        if same and any(_other_voice(c, claim) for c in same):
            if _LATER_REPORT.search(claim.sentence):
                total = figure  # "A report published two days later claims 15 dead"
            elif not _SUPERSEDED.match(claim.attribution or ""):
                total = min(total, figure)
            continue
        counted.append(claim)
        total += figure
    return total


# A toll of none told of one side only: "no casualties on their side", "none among the
# troops" (not another voice's count of the same dead).
_SIDE = re.compile(r"\b(?:side|sides|among|own|ranks)\b", re.IGNORECASE)


def _none_in_other_voice(claim: Claim, counted: list[Claim]) -> bool:
    """Whether a toll of none is another voice's count of the dead counted so far, in a
    later sentence or its own clause ("Local sources report that 2 people were killed.
    Police sources on the other hand report that nobody was killed"; acled-l study, both
    coded 0): the lower, none, is kept as for any other voice, where both voices are
    named. Not a side's none ("no casualties on the government side")."""
    if claim.attribution is None or _SIDE.search(claim.sentence):
        return False
    # both voices named: "The military reported no casualties" after an unvoiced toll
    # of rebels is the military's own side (acled-i study)
    return any(
        c.attribution is not None and _other_voice(c, claim) and _same_victims(c, claim)
        for c in counted
    )


def _voiced_lists(claims: list[Claim], category: Category) -> list[Claim]:
    """Another voice's list in a later sentence, as one figure: "5 people were killed.
    Vanguard reports 2 policemen and 4 others killed" gives 6 against 5, not 2 and 4
    each; its parts are compared with the toll as a whole, as another voice's figure is
    (or added as a whole where it says they are more: "another 2 guards and 3 farmers")."""
    mine = [c for c in claims if c.category is category and not c.denies]
    if len(mine) < 3:
        return claims
    first = mine[0]
    merged: dict[int, Claim] = {}
    dropped: set[int] = set()
    for index, claim in enumerate(mine):
        if (
            claim.sentence == first.sentence
            or not _other_voice(first, claim)
            or claim.scope == "cumulative"
            or id(claim) in dropped
        ):
            continue
        parts = [
            c
            for c in mine[index:]
            if c.sentence == claim.sentence
            and c.attribution == claim.attribution
            # not the parts of a toll it breaks down: "a total of three were killed, one
            # militant and two soldiers" (extract/listed_parts.py)
            and not (c.part and c is not claim)
        ]
        if len(parts) < 2:
            continue
        # its own words, not its list's: "2 policemen and 4 others killed" holds "others"
        cut = claim.text.find(parts[1].text)
        text = claim.text[:cut] if cut > 0 else claim.text
        figure = sum(_figure(c) for c in parts)
        merged[id(claim)] = claim.model_copy(
            update={
                "value": figure,
                "low": figure,
                "high": figure,
                "qualifier": "exact",
                "text": text,
            }
        )
        dropped.update(id(c) for c in parts[1:])
    if not merged:
        return claims
    return [merged.get(id(c), c) for c in claims if id(c) not in dropped]


# A definite count: "the two security men" (not "two of the guards", "the other two").
_DEFINITE = re.compile(
    r"(?<!\bof\s)\bthe\s+(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+[a-z]",
    re.IGNORECASE,
)


def _unintroduced(claim: Claim, claims: list[Claim]) -> bool:
    """Whether a later sentence counts people by a definite figure no sentence before
    introduced ("The gunmen ... gunned down the two security men" after "killing five
    people"): people the toll told already, named now; not "the two attackers" after
    "two attackers stormed the post", who were told of, not counted dead."""
    definite = _DEFINITE.search(claim.text)
    if definite is None:
        return False
    pos = claim.sentence.find(claim.text)
    if pos > 0 and _ADDITIVE.search(claim.sentence, max(0, pos - 25), pos):
        return False  # "They also killed the two guards": more dead
    figure = definite.group("n").lower()
    at = next(i for i, c in enumerate(claims) if c is claim)
    seen = " ".join(dict.fromkeys(c.sentence for c in claims[:at] if c.sentence != claim.sentence))
    number = re.compile(rf"(?<![\w-]){re.escape(figure)}(?![\w-])", re.IGNORECASE)
    return number.search(seen) is None


# Words that make one more dead of a later sentence's one: "A third was killed the
# following day", "in a separate attack", "one person was also killed", "died later".
_ONE_MORE = re.compile(
    r"\b(?:third|fourth|fifth|sixth|separate(?:ly)?|later|following|next|too|subsequently|"
    r"afterwards|hospital|succumbed|yet|additionally|addition|elsewhere|meanwhile)\b",
    re.IGNORECASE,
)


def _one_of_counted(claim: Claim, earlier: list[Claim]) -> bool:
    """Whether a later sentence's one dead is one of the victims counted before, told
    again with what befell him ("Soldiers killed four civilians. One person was shot dead
    late Saturday near a bar", "Three people were killed in clashes. The fighting began
    on Friday, during which a person died"), not one more ("A soldier was also killed",
    "A third was killed the following day", "a farmer" after "two herders", "a soldier"
    after "four people": one told of by a noun of his own)."""
    head = _head(claim)
    anyone = head in ("person", "victim", "individual")
    return not _ONE_MORE.search(claim.sentence) and any(
        _figure(c) >= 2 and _head(c) and (anyone or _head(c).rstrip("s") == head.rstrip("s"))
        for c in earlier
    )


# Words that make a later figure a new count: "another farmer", "two more", "also".
# "more" of more dead ("two more"), not of a bound ("more than 40 died": another count)
_ADDITIVE = re.compile(
    r"\b(?:another|more(?!\s+than\b)|other|others|additional|further|also|second)\b", re.I
)
# Heads that name no one side: "seven deaths" may count the "two persons" told before.
_GENERIC = frozenset(
    "people persons person deaths death dead fatalities victims casualties".split()
)


# "Four of the villagers were shot dead" after "Four villagers ... were killed".
_PART_OF = re.compile(r"^[\w-]+\s+of\s+the\s+(?:[\w-]+\s+){0,2}?([a-z]+)\b", re.IGNORECASE)


def _part_of_counted(claim: Claim, counted: list[Claim]) -> bool:
    """A part of victims counted in an earlier sentence, named by their noun: "Four of
    the villagers were shot dead" after "Four villagers and six thieves were killed"."""
    part = _PART_OF.match(claim.text)
    if part is None or _ADDITIVE.search(claim.text):
        return False
    noun = part.group(1).lower().rstrip("s")
    return any(
        c.sentence != claim.sentence and c.subject and _head(c) in (noun, noun + "s")
        for c in counted
    )


def _same_victims(a: Claim, b: Claim) -> bool:
    """Whether two claims may count the same victims: one names no one in
    particular, or both name the same kind ("farmers" and "a farmer")."""
    heads = [_head(a), _head(b)]
    return (
        not all(heads)
        or heads[0].rstrip("s") == heads[1].rstrip("s")
        or bool(_GENERIC.intersection(heads))
    )


# "coded as 3", and the later coders' "coded 10", "coded at 3"
_CODED_AS = re.compile(
    r"\bcode[ds]\s+(?:as\b|at\s+\d|to\s+\d|\d)|\bdisaggregated\s+to\b"
    # "Total 5 fatalities coded to this event" (acled-q study: added to the dead listed)
    r"|\bfatalit(?:y|ies)\s+(?:\(\s*)?coded\s+to\s+this\s+event",
    re.IGNORECASE,
)
# The coder's word that this event holds none of a day's toll: "No fatalities coded to
# this event" (acled-q study: the day's 34 read as the event's).
_NONE_CODED = re.compile(r"\bno\s+fatalities\s+(?:are\s+|were\s+)?coded\s+to\s+this\s+event", re.I)


def coder_stated(claims: list[Claim], category: Category) -> Claim | None:
    """The first claim of `category` where an ACLED coder states the figure coded
    ("Fatalities coded as 3", "Fatalities coded 10", "coded at 3", "(coded as three
    fatalities per day)", "disaggregated to four fatalities for each location"), or
    None. A figure coded for an unknown number ("unspecified fatalities coded as 3")
    gives way to the coder's figure after it, which states the event's ("Fatalities
    coded as 26 (23 soldiers and 3 militants)"): ACLED codes 3 for "several" and
    states the total once the parts are counted."""
    stated = [
        c for c in claims if c.category is category and (_CODED_AS.search(c.text) or _coded_here(c))
    ]
    while len(stated) > 1 and _UNSPECIFIED.search(_before(stated[0])):
        stated = stated[1:]
    return stated[0] if stated else None


# The coder's word after a figure that it is this event's: "108 fatalities are coded
# here, 24 other were coded to specific events", "[20 fatalities coded, the other 14 were
# coded to specific locations]" (acled-r study: the month's 132 and the 108 added).
# So are "18 fatalities coded total", "(only 3 fatalities confirmed and thus coded)" and
# "Code 13 fatalities" (acled-v study: each added to the reports' figures before it).
_CODED_HERE = re.compile(
    r"\s+(?:are\s+|were\s+)?(?:(?:confirmed\s+)?and\s+thus\s+)?coded"
    r"(?:\s+here\b|\s*,|\s+(?:in\s+)?total\b|\s*\))",
    re.IGNORECASE,
)
_CODE_BEFORE = re.compile(r"\b[Cc]ode\s+$")


def _coded_here(claim: Claim) -> bool:
    at = claim.sentence.find(claim.text)
    return at >= 0 and (
        _CODED_HERE.match(claim.sentence, at + len(claim.text)) is not None
        or _CODE_BEFORE.search(claim.sentence, max(0, at - 8), at) is not None
    )


# The words before a coder's figure for an unknown number: "(unspecified fatalities
# coded as 3)", "Unspecified number of fatalities coded as 3", "unknown casualties"
_UNSPECIFIED = re.compile(r"\b(?:unspecified|unknown|undisclosed)\b[^.;()]*$", re.IGNORECASE)


def _before(claim: Claim) -> str:
    """The words of its sentence before a claim's own words (its sentence where its
    words are not found in it)."""
    at = claim.sentence.find(claim.text)
    return claim.sentence[:at] if at >= 0 else ""


# A voice the text itself says was overtaken: "Earlier reports suggest five deaths".
_SUPERSEDED = re.compile(r"(?:earlier|initial|first|preliminary|early)\b", re.IGNORECASE)


# A voice the text calls later than the figure before it, which it replaces: "A
# second, later report claims six deaths", "The Xinhua report, published several days
# later, claims 15 dead", "a report published the following day".
_LATER_REPORT = re.compile(
    r"\b(?:later|subsequent|updated|follow-up)\s+reports?\b"
    r"|\breports?\b[^.;]{0,40}?\bpublished\s+(?:[\w-]+\s+){0,3}?(?:later|the\s+(?:following|next))\b",
    re.IGNORECASE,
)


_IN_TOTAL = re.compile(r"\s*(?:in\s+)?total\b", re.IGNORECASE)
_TOTAL_BEFORE = re.compile(r"^\W*total\s*:?\s*$", re.IGNORECASE)
# A figure given as the toll: "Police put the death toll at 5", "the toll stands at 9".
# So is a toll stated as a figure of the toll (extract/toll_figures.py): "the casualty
# figure was 34", "the number of victims stood at 40", "a death count of 45".
_TOLL_AT = re.compile(
    r"\btoll\b|^(?:total\s+)?(?:(?:death|casualty|fatality)\s+(?:figure|count|total|tally)|"
    r"number\s+of\s+(?:the\s+)?(?:casualties|victims|dead|deaths|fatalities)\b)",
    re.IGNORECASE,
)


# A report word in a bracket: "(some sources report 50 dead)", "(other reports say 50)".
_BRACKET_REPORT = re.compile(
    r"\(\s*[^()]{0,40}?\b(?:reports?|reported|sources?|claims?|claimed|says?|said|"
    r"according|estimates?)\b[^()]*$",
    re.IGNORECASE,
)


def _bracketed_report(claim: Claim, counted: list[Claim]) -> bool:
    """Whether `claim` stands in a bracket of another report after a figure counted in
    its sentence: "killing 30 (some sources report 50 dead)" gives 30 or 50, not 80."""
    at = claim.sentence.find(claim.text)
    for c in counted:
        before = claim.sentence.find(c.text)
        if c.sentence == claim.sentence and 0 <= before < at:
            between = claim.sentence[before + len(c.text) : at]
            if _BRACKET_REPORT.search(between):
                return True
    return False


# The coder's note of deaths coded in other events: "(16 coded in other events)".
_N_ELSEWHERE = re.compile(
    r"\(\s*(\d+)\s+(?:fatalities\s+|deaths\s+|killed\s+)?(?:coded|recorded)\s+(?:in|as)\s+"
    r"(?:an?\s+)?(?:other|another|separate|different)\s+events?\s*\)",
    re.IGNORECASE,
)


def _coded_elsewhere(text: str) -> int:
    """The deaths the coder says are coded in other events, to take off the toll the
    text gives: "(16 coded in other events)" after "25 people were killed". (A figure
    marked "(coded separately)" right after it is no claim at all: victims.py.)"""
    return sum(int(m.group(1)) for m in _N_ELSEWHERE.finditer(text))


_OF_WHOM = re.compile(r"\bof\s+(?:whom|them)\b", re.IGNORECASE)


def _of_the_others(claim: Claim, claims: list[Claim]) -> bool:
    """Whether "of whom" / "of them" points at a figure of another fate just before
    it in the sentence: "wounded 4 others, one of whom died later" is one more dead,
    not a part of the dead counted."""
    if not _OF_WHOM.search(claim.text):
        return False
    at = claim.sentence.find(claim.text)
    before = [
        c
        for c in claims
        if c is not claim and c.sentence == claim.sentence and 0 <= c.sentence.find(c.text) < at
    ]
    return bool(before) and before[-1].category is not claim.category


def _sentence_restates(
    claim: Claim, claims: list[Claim], category: Category, counted: list[Claim], total: int
) -> bool:
    """Whether `claim` is one of a later sentence's list whose figures sum to the toll
    counted so far, a breakdown of it ("At least 11 people were killed. Six civilians
    and five policemen died."); not where the sentence says it adds ("two more")."""
    if not counted or all(c.sentence == claim.sentence for c in counted):
        return False
    parts = [
        c
        for c in claims
        if c.sentence == claim.sentence and c.category is category and c.scope != "cumulative"
    ]
    if len(parts) < 2 or any(_ADDITIVE.search(c.text) for c in parts):
        return False
    return sum(_figure(c) for c in parts) == total


def _stated_total(claim: Claim) -> bool:
    """Whether the text calls the claim's figure the total of what it told before:
    "41 dead in total", "the death of an officer and a civilian, four total", a coder's
    "Total 4 fatalities."."""
    if claim.text.lower().endswith(" total"):
        return True
    at = claim.sentence.find(claim.text)
    if at >= 0 and _TOTAL_BEFORE.search(claim.sentence, 0, at):
        return True  # "Total 4 fatalities." (acled-q study: added to the dead listed)
    return at >= 0 and _IN_TOTAL.match(claim.sentence, at + len(claim.text)) is not None


def _head(claim: Claim) -> str:
    """The last word of a claim's subject, lower-cased; "" without one."""
    return " ".join((claim.subject or "").split()[-1:]).lower()


def _other_voice(a: Claim, b: Claim) -> bool:
    """Whether `b` gives its figure in a voice of its own, other than `a`'s."""
    return b.attribution is not None and b.attribution != a.attribution


_REVISION = re.compile(
    r"\b(?:toll|figure|number|count|total|tally)\b.{0,40}\b(?:rose|risen|climbed|raised|"
    r"increased|reached|jumped|revised|updated|heightened|went\s+up|gone\s+up|determined)\b"
    r"|^later\b"  # "killing 25 (later raised to 37)", "(later, 76)"
    r"|^(?:raised|revised)\s+to\b"  # "killing 45 (raised to 71 later in the week)"
    # a voice revising its own count: "revised its death count up to 171"
    r"|^(?:revised|revises|revising|updated|updates|updating|upped|adjusted|corrected)\s",
    re.IGNORECASE,
)
# ACLED's notes close with the coder's own count: "2 fatalities."
_CODER_TOTAL = re.compile(r"^\s*(?:\d+|one|two|three|four|five)\s+fatalit(?:y|ies)\.?\s*$", re.I)
_BREAKDOWN = re.compile(
    # a part named after a toll (extract/breakdowns.py): "including 5 children", "among
    # them 9 police officers", "Those killed included 6 women"
    r"^(?:includ|among(?:st)?\s+(?:them|whom)\b|(?:those|the\s+people|the\s+persons)\s+"
    r"(?:killed|dead|wounded|injured|hurt|kidnapped|abducted)\s+(?:also\s+)?includ)|"
    r"^(?:(?:the\s+)?(?:dead|victims|fatalities|wounded|injured)"
    r"(?:\s+(?:in|of|from|at)\s+[^,.;]{1,60}?)?\s+includ|among\s+(?:the\s+)?(?:dead|killed|"
    r"victims|fatalities)|among(?:st)?\s+(?:the|those)\s+(?:\S+\s+){0,2}?(?:were|was|are|is)\s)|\bof\s+(?:the\s+(?:dead|victims|fatalities)|those\s+killed|them|whom|these)\b"
    # "only five of their cadres died": a side's share of a total told before
    r"|^(?:only\s+)?[\w-]+\s+of\s+(?:their|its)\s"
    # "A policeman was among those killed", "... among the dead": a part, the passive's;
    # and a coder's shorthand with no verb: "Two Chadian soldiers among the dead." (acled-w
    # study: added to the nine; `match.parts.is_part` reads it a part already)
    r"|\b(?:was|were|is|are)\s+among\s+(?:the|those)\s"
    r"|\s+among\s+the\s+(?:dead|killed|victims|fatalities)\b"
    # "Nine of the rebel dead", "one of the two persons killed"
    r"|^[\w-]+\s+of\s+the\s+(?:(?!(?:were|was|are|is|had|have|been)\s)[\w-]+\s+){1,3}?"
    r"(?:dead|victims|fatalities|killed)\b",
    re.IGNORECASE,
)


def _figure(claim: Claim) -> int:
    """An interval's low end, an "about" figure's stated value, and the stated value
    of an interval open below ("nearly 22", "up to 30")."""
    if claim.qualifier == "about" or claim.low is None:
        return int(claim.value or claim.high or 0)
    return int(claim.low)


def plain_sum(claims: list[Claim], category: Category) -> int:
    """The claims of one category summed, restatements and all."""
    return sum(_figure(c) for c in claims if c.category is category)
