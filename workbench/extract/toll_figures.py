"""Tolls stated as a figure of the toll (issue 13): the figure a total is said to be,
not a verb's victims.

- a copula or an estimate: "the casualty figure was 34", "the number of victims stood
  at 40", "the total number of deaths is 61", "the number of people killed in the raid
  was put at 18", "the fatality count now stands at 22", "a casualty figure of 30",
  "the fatalities now number 22", "fatalities range from 1 to 2";
- a hedged bound: "the death toll could be as high as 81" (up to 81: `qualifiers`
  reads "as high as", `hedge_words` the modal), "some sources put the death toll as
  high as 400";
- an active revision and its earlier figure: "revised its death count up to 171 from
  130" is 171, and 130 no claim (the figure it replaced, not more dead); "updated the
  number of victims to 212"; not what an event "raises the number of casualties to"
  (a monitor's running tally: "the death of a child raises the number of civilian
  casualties to 240" over weeks of shelling);
- a total of the dead and the hurt together, whose fate is open ("the number of dead
  and injured rose to 140", "raised the number of killed and wounded to 90"): no
  `killed` and no `wounded` claim, as "killed or injured 22" gives none.

A total of people injured is a `wounded` toll ("the number of injured was 41"). A
total of another event is no claim ("the death toll of the 2015 attack was 40", "the
toll in a previous raid"), nor one of animals ("the number of cattle killed"). A
total that names no dead ("the number of vehicles was 40", "the figure was 34" with
no death word) is none. `revisions.py` reads a toll that rose ("the toll rose to 58")
first; this module reads the figures it leaves.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from workbench.extract.claims import Reading
from workbench.extract.lexicon import NOUN_CLASS, NounClass
from workbench.extract.numbers import Quantity
from workbench.extract.victim_clause import Clause
from workbench.extract.victim_list_words import ANIMALS
from workbench.extract.victim_readings import Refused
from workbench.models import Category

# Run over folded (lower-cased) text, from a trigger word: the total and what it counts.
_DEATH = r"(?:death|deaths|casualty|casualties|causalty|fatality|fatalities|victim|victims)"
_HURT = r"(?:injury|injuries|injured|wounded|hurt)"
_COUNTED = (
    # "the number of civilian casualties who were killed", "of martyrs who died" (first:
    # the relative clause says the casualties' fate)
    r"(?:[a-z’'-]+\s+who\s+(?:have\s+|had\s+)?(?:died|(?:were|been)\s+(?:killed|martyred|"
    r"injured|wounded)|lost\s+their\s+lives)|"
    r"casualties|causalities|victims|dead|deaths|fatalities|martyrs|killed|slain|injured|wounded|"
    r"injuries|hurt)"
)
_OTHER_FATE = rf"(?:\s+(?:and|or|&)\s+(?:the\s+)?(?:{_COUNTED}|{_HURT}))"
_TOTAL = re.compile(
    r"(?P<total>(?:(?:total|overall|official|final|latest|new|provisional|preliminary)\s+)*"
    rf"(?:(?P<mod>{_DEATH}|{_HURT})\s+)?(?P<head>toll|figures?|count|total|tally|number)s?(?![a-z]))"
    # "of casualties", "of people killed", "of Nigerien soldiers killed", "of dead and injured"
    rf"(?:\s+of\s+(?:the\s+)?(?P<of>(?:(?!(?:was|were|is|are|had|has|have|been)\s)[a-z’'-]+\s+)"
    rf"{{0,3}}?{_COUNTED}{_OTHER_FATE}?)(?![a-z])"
    # "put the number killed at 4", "the number dead stood at 9"
    r"|\s+(?P<bare>killed|dead|injured|wounded|hurt)(?=\s+(?:at|as|stood|stands|was|is|rose)\s))?"
)
# Words between the total and its verb: "in the market bombing in Kuri", an aside.
_BETWEEN = re.compile(
    r"(?:\s+(?!(?:was|is|were|are|has|had|have|stood|stands|now|could|may|might|numbered|"
    r"totall?ed|came|amounted|remained|remains|rose|risen|rises|climbed|increased|jumped|"
    r"reached|soared|surged)\b)[a-z0-9’'-]+){0,9}?(?:\s*,[^,.;:()]{1,50},)?"
)
_VERB = re.compile(
    _BETWEEN.pattern
    + r"\s+(?:(?:was|is|were|are|has\s+been|had\s+been|have\s+been|now|officially|initially|"
    r"provisionally|tentatively|later|currently)\s+)*"
    r"(?:(?:put|placed|estimated|given|set|confirmed|reported|recorded|pegged|fixed|likely)\s+"
    r"(?:to\s+be\s+)?(?:at\s+|as\s+)?"
    # a belief only as the toll's: "the toll was thought to be 30", not "confirmed the
    # death toll and said five of the injured were critical" (pairs-news-m study: 5 dead)
    r"|(?:believed|thought|said|understood|feared|expected)\s+to\s+be\s+(?:at\s+|as\s+)?"
    r"|(?:stood|stands|stand|remained|remains)\s+at\s+|(?:came|amounted)\s+to\s+"
    r"|numbered\s+|number\s+|totall?ed\s+|totals\s+|reached\s+|hit\s+"
    r"|(?:could|may|might|would|will)\s+(?:well\s+|even\s+)?(?:be|reach|hit|top)\s+"
    r"|(?:rose|risen|rises|climbed|climbs|increased|increases|jumped|soared|surged|went\s+up)\s+to\s+"
    r"|was\s+(?:in\s+the\s+)?|is\s+(?:in\s+the\s+)?|were\s+|are\s+"
    # "now" alone before the figure: "Death toll in mosque bombing now 21" (unseen-n
    # study: a headline's toll not read), "the toll is now 21"
    r"|(?<=\snow\s))"
)
# The dead said to number a figure: "the fatalities now number 22", "deaths totalled 40".
# The dead or the hurt as a noun after "the" likewise: "while the injured stood at 228",
# "the wounded numbered 40" (`_HURT_WORDS` at its start tells which).
_NUMBERED = re.compile(
    r"(?:fatalities|deaths|(?<=the\s)(?:dead|killed|injured|wounded|hurt))\s+"
    r"(?:(?:now|so\s+far|thus\s+far|officially)\s+)?(?:number|numbered|"
    r"totall?ed|total|stands?\s+at|stood\s+at|(?:were|are|have\s+been)\s+(?:put|estimated)\s+at)\s+"
    # a range of reports: "fatalities range from 1 to 2", "deaths vary between 3 and 5"
    r"|(?:fatalities|deaths)\s+(?:reportedly\s+)?(?:range[sd]?|ranging|var(?:y|ies|ied|ying))\s+"
    r"(?=(?:from|between)\s)"
)
# Words that make the total another event's: a year ("the toll of the 2015 attack was
# 40"), an earlier or a similar attack ("the death toll in a previous raid was 12").
_EARLIER = re.compile(
    r"(?<![\d,.])(?:1[89]|20)\d\d(?![\d,])|(?<![a-z])(?:earlier|previous|prior|similar|another|"
    r"last\s+year[’']?s?|(?:a|the)\s+(?:same|\w+)\s+(?:attack|raid|bombing)\s+(?:in|last)\s)"
)
# A day and a month before a year: the event's own date, told in full ("the toll of the
# attack in Damboa on 3 March 2023 rose to 19"; a trial's later toll gave no claim).
_DAY_MONTH = re.compile(
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)|(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december)\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+$"
)


def _earlier(folded: str, start: int, end: int) -> bool:
    """Whether words of another, earlier event stand in `folded[start:end]` (`_EARLIER`),
    a year that ends a full date aside."""
    return any(
        not (
            match.group(0)[0].isdigit()
            and _DAY_MONTH.search(folded, max(0, match.start() - 20), match.start())
        )
        for match in _EARLIER.finditer(folded, start, end)
    )


# "a casualty figure of 30" (not "the number of 30"): the figure right after "of".
_OF_FIGURE = re.compile(r"\s+of\s+")
# An active verb before the total: "raised the number of casualties to", "revised its
# death count up to", "bringing the toll to".
_ACTIVE_BEFORE = re.compile(
    r"(?<![a-z])(?P<verb>revised|revises|revising|updated|updates|updating|upped|adjusted|"
    r"corrected|raised|raises|raising|increased|increases|increasing|bringing|brings|brought|"
    r"taking|takes|pushing|pushes|pushed)\s+"
    r"(?:(?:its|their|the|his|her|our|that)\s+)?(?:own\s+)?$"
)
# Verbs an event raises a number with as well as a voice: "the death of a child raises the
# number of civilian casualties to 240" adds to a running total (a monitor's tally over
# weeks), no revision of one incident's toll; a voice "revises" or "updates" its count.
_EVENTS_RAISE = re.compile(r"rais|increas|bring|brought|tak|push")
# Who gives a toll before it: "some sources put the death toll as high as 400",
# "placed the casualty figure at 30".
_PUT_BEFORE = re.compile(
    r"(?<![a-z])(?:put|puts|putting|placed|places|placing|estimated|estimates|estimating|"
    r"pegged|pegs|gave|gives|giving|set|sets|setting|place|hold|holds|held|holding)\s+"
    r"(?:(?:the|its|their|his|her|a)\s+)?"
    r"(?:own\s+)?$"
)
# "put the toll at 9", "gave the death toll as 9" (not "as high as 300": its qualifier)
_AT = re.compile(r"\s+(?:at\s+|as\s+(?!(?:high|many|much|low|few)\s))?")
# ... with where or in what between: "puts the number of people killed in the Bois-Neuf
# massacre in Cité Soleil at 62" (trial 62: read as 62 of no fate)
_AT_AFTER_PLACE = re.compile(
    r"\s+(?:in|during|on|near|across)\s+[^,.;:]{1,60}?\s+at\s+(?=\d|(?:at\s+least|about|some|"
    r"over|nearly|around|more\s+than|up\s+to|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|dozens|scores|hundreds)(?![a-z]))"
)
_ACTIVE_TO = re.compile(r"\s+(?:(?:up|upwards|upward|further)\s+)?to\s+")
_FROM = re.compile(r"\s*,?\s+from\s+(?:(?:an?\s+)?(?:earlier|initial|previous)\s+)?")
# A noun after the figure that counts no dead: "the total was 40 vehicles".
_NOUN_AFTER = re.compile(r"\s+([a-z-]+)")
_PEOPLE_AFTER = frozenset(
    "people persons civilians dead killed deaths fatalities casualties victims".split()
)
_HURT_WORDS = re.compile(_HURT)
_DEATH_WORDS = re.compile(r"casualt|causalt|victim|dead|death|fatalit|martyr|kill|slain|died|lives")


def toll_figures(c: Clause) -> Iterator[Reading | Refused]:
    """The tolls of `c` stated as a figure of the toll, tried where a trigger word
    starts; a refusal for a toll whose fate is open and for the figure an active
    revision replaced."""
    folded, hi = c.folded, c.hi
    after = c.lo
    for pos in c.triggers:
        if pos < after:
            continue
        total = _TOTAL.match(folded, pos, hi)
        if total is None:
            numbered = _NUMBERED.match(folded, pos, hi)
            quantity = c.quantities.get(numbered.end()) if numbered else None
            if numbered and quantity is not None and _counts_dead(folded, quantity, hi):
                after = quantity.end  # "the fatalities now number 22"
                hurt = _HURT_WORDS.match(folded, pos) is not None
                fate = Category.WOUNDED if hurt else Category.KILLED
                yield from _reading(quantity, fate, pos, quantity.end)
            continue
        category = _category(folded, pos, total)
        if category is None:
            category = _fate_before(c, pos, total.group("head") != "number")
        if category is None or (
            total.group("head") == "number" and _A_NUMBER.search(folded, max(c.lo, pos - 20), pos)
        ):
            continue  # "a number of people were killed": a vague count, read elsewhere
        start = _modifier_start(folded, c.lo, pos)
        found = list(_figure(c, start, total, category))
        if found:
            after = max(r.end for r in found)
            yield from found


def _category(folded: str, pos: int, total: re.Match[str]) -> Category | None:
    """What the total counts: the dead (K), the hurt (wounded), both (an open fate,
    `Category.OTHER` here), or None where its words name neither ("the number of
    vehicles")."""
    counted = total.group("of") or total.group("bare") or ""
    if any(w in ANIMALS or NOUN_CLASS.get(w) is NounClass.THING for w in counted.split()):
        return None  # "the number of cattle killed was 40": no people
    words = " ".join(w for w in (_modifier(folded, pos), total.group("mod"), counted) if w)
    dead = _DEATH_WORDS.search(words) is not None
    hurt = _HURT_WORDS.search(words) is not None
    if dead and hurt:
        return Category.OTHER
    if hurt:
        return Category.WOUNDED
    if dead or total.group("head") == "toll":
        return Category.KILLED
    return None


# The fate of the figures a total adds up, told before it in its sentence: "Seven more
# bodies were found, bringing the total to 38", "two more were abducted, taking the
# tally to 30" (the last such word before the total).
_FATE_BEFORE = re.compile(
    r"(?<![a-z])(?:(?P<k>killed|killing|died|dead|deaths?|bodies|corpses|lives|slain|"
    r"massacred|executed)|(?P<w>injured|wounded|hurt)|(?P<a>kidnapped|abducted|hostages?)"
    r"|(?P<x>arrested|detained|displaced|captured|rescued|freed|released|houses|homes))"
    r"(?![a-z])"
)
_FATES = {"k": Category.KILLED, "w": Category.WOUNDED, "a": Category.KIDNAPPED}
_BEFORE_SENTENCE = 250  # characters before the sentence a put figure's fate is looked for


def _fate_before(c: Clause, start: int, raised: bool = True) -> Category | None:
    """The fate of a bare total raised by an active verb ("..., bringing the total to
    38") or put at a figure ("Police put the figure at two", after a sentence telling
    deaths): the last fate word before it in its sentence (for a put figure, or in the
    text just before); None where no such verb stands before it or no fate is told.
    Only a put figure where not `raised` ("raises the number to 240" may add to a
    monitor's running tally)."""
    lo = c.sentence_start
    if not raised or _ACTIVE_BEFORE.search(c.folded, max(c.lo, start - 25), start) is None:
        if _PUT_BEFORE.search(c.folded, max(c.lo, start - 25), start) is None:
            return None
        lo = max(0, lo - _BEFORE_SENTENCE)
    fates = list(_FATE_BEFORE.finditer(c.folded, lo, start))
    return _FATES.get(fates[-1].lastgroup or "") if fates else None


_A_NUMBER = re.compile(r"(?<![a-z])(?:a|an)\s+(?:[a-z]+\s+)?$")
_MODIFIER_BEFORE = re.compile(rf"(?<![a-z])({_DEATH}|{_HURT})\s+$")


def _modifier(folded: str, pos: int) -> str | None:
    """The death word right before a trigger ("casualty" before "figure")."""
    before = _MODIFIER_BEFORE.search(folded, max(0, pos - 14), pos)
    return before.group(1) if before else None


def _modifier_start(folded: str, lo: int, pos: int) -> int:
    before = _MODIFIER_BEFORE.search(folded, max(lo, pos - 14), pos)
    return before.start() if before else pos


# A figure a total is raised to, told before the total: "More casualties raise to about
# 11, the number of civilians who were killed in the explosion", "bring to at least 31
# the number of civilian martyrs who died in Aleppo" (a monitor's headline)
_TO_BEFORE = re.compile(
    r"(?<![a-z])(?:rais(?:e|es|ed|ing)|bring(?:s|ing)?|brought|push(?:es|ed|ing)?|"
    r"increas(?:e|es|ed|ing))\s+to\s+$"
)
_TO_THE = re.compile(r"\s*,?\s*(?:the\s+)?")


def _figure_before(c: Clause, start: int) -> Quantity | None:
    """The figure right before a total that a verb raised to it ("raise to 11, the
    number of ..."), None where there is none."""
    for quantity in c.quantities.values():
        if not (start - 8 <= quantity.end <= start):
            continue
        if _TO_THE.fullmatch(c.folded, quantity.end, start) and _TO_BEFORE.search(
            c.folded, max(c.lo, quantity.start - 30), quantity.start
        ):
            return quantity
    return None


def _figure(
    c: Clause, start: int, total: re.Match[str], category: Category
) -> Iterator[Reading | Refused]:
    """The figure the total is said to be, in one of the shapes the module reads."""
    folded, quantities = c.folded, c.quantities
    before = _figure_before(c, start) if total.group("head") == "number" else None
    if before is not None and _VERB.match(folded, total.end(), c.hi) is None:
        yield from _reading(before, category, before.start, total.end())
        return
    active = _ACTIVE_BEFORE.search(folded, max(c.lo, start - 25), start)
    if active is not None and not (
        total.group("head") == "number" and _EVENTS_RAISE.match(active.group("verb"))
    ):
        quantity = _raised_to(folded, total.end(), c.hi, quantities)
        if quantity is not None and _counts_dead(folded, quantity, c.hi):
            yield from _reading(quantity, category, active.start(), quantity.end)
            earlier = _FROM.match(folded, quantity.end, c.hi)
            replaced = quantities.get(earlier.end()) if earlier else None
            if replaced is not None:
                yield Refused(replaced.start, replaced.end)
            return
    put = _PUT_BEFORE.search(folded, max(c.lo, start - 25), start)
    at = _AT.match(folded, total.end(), c.hi) if put else None
    quantity = quantities.get(at.end()) if at else None
    if put and quantity is None:
        at = _AT_AFTER_PLACE.match(folded, total.end(), c.hi)
        quantity = quantities.get(at.end()) if at else None
    if put and quantity is not None and _counts_dead(folded, quantity, c.hi):
        yield from _reading(quantity, category, start, quantity.end)  # "put the toll at 9"
        return
    of = _OF_FIGURE.match(folded, total.end(), c.hi) if total.group("of") is None else None
    quantity = quantities.get(of.end()) if of and total.group("head") != "number" else None
    if quantity is None:
        verb = _VERB.match(folded, total.end(), c.hi)
        quantity = quantities.get(verb.end()) if verb else None
        if quantity is not None and _earlier(folded, total.start(), quantity.start):
            yield Refused(quantity.start, quantity.end)  # "the toll of the 2015 attack was 40"
            return
    if quantity is not None and _counts_dead(folded, quantity, c.hi):
        yield from _reading(quantity, category, start, quantity.end)


def _raised_to(folded: str, pos: int, hi: int, quantities: dict[int, Quantity]) -> Quantity | None:
    """The figure a total was raised to, after "to" or "up to" at `pos` ("up to 171"
    is 171 itself, not a bound)."""
    to = _ACTIVE_TO.match(folded, pos, hi)
    if to is None:
        return None
    quantity = quantities.get(to.end())
    if quantity is not None:
        return quantity
    up = quantities.get(to.start() + len(to.group(0)) - len(to.group(0).lstrip()))
    if up is None or up.qualifier != "up_to" or up.high is None:
        return None
    return replace(up, value=up.high, low=up.high, qualifier="exact")


def _reading(
    quantity: Quantity, category: Category, start: int, end: int
) -> Iterator[Reading | Refused]:
    """The toll's reading, or its refusal where its fate is open."""
    if category is Category.OTHER:
        yield Refused(quantity.start, quantity.end)
    elif quantity.unit is None:
        yield Reading(quantity, category, start, max(end, quantity.end), None, None, None)


def _counts_dead(folded: str, quantity: Quantity, hi: int) -> bool:
    """Whether the figure counts people, not things: no noun after it, or a noun for
    the dead ("34 people", "34 dead"); not "40 vehicles", "12 attacks", "five days"."""
    if quantity.unit is not None:
        return False
    noun = _NOUN_AFTER.match(folded, quantity.end, hi)
    if noun is None:
        return True
    word = noun.group(1)
    cls = NOUN_CLASS.get(word)
    return word in _PEOPLE_AFTER or cls is None or cls not in (NounClass.THING, NounClass.ATTACK)
