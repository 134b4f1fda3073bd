"""One statement told twice: what two reports of one voice must share to restate it.

A voice relayed by two reports ("police spokesman Fred Enanga said", in two
outlets' stories) is one statement, not two witnesses (relate `_same_voice`). But
one writer also writes many reports of many incidents in one formula: a coded
source's notes ("On 8 May 2020, unidentified gunmen assassinated a QSD member in
Ar-Raqqa.", "1 fatality.") read alike, and share a voice, a city and a figure,
whatever incident each tells. An analyst calls two such reports one statement told
twice only where they tell one day (a voice does not move its own incident's day:
the night's attack told as two days is two voices' reading), one place (not only
the country, a region or a city they share, unless the two sentences are one word
for word: one incident coded twice), and more words than a formula's ("1
fatality.", "Fatalities coded as 2" say a figure and nothing of an incident).
Pairs that fail are two statements of one voice: not linked, as a voice is never
its own witness.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from workbench.geo.places import Kind
from workbench.match.features import Features
from workbench.match.figure_agreement import overlap, small
from workbench.match.places import Agreement
from workbench.match.ties import RETOLD_RATIO, RETOLD_WORDS
from workbench.match.timing import day

# a day's reach of a claim's date: a day, or a dateline's day and the day before
_ONE_DAY_SPAN = 1


def one_day(a: Features, b: Features, days: int) -> bool:
    """Whether two claims of one voice are tied to one day: both dated to a day in
    their texts and the days meet (`days` 0, as relate found it: "on 8 May" twice,
    not "on 14 January" and "on 15 January"); both undated, their reports out the
    same day, or a day apart where they tell one mass toll word for word (one incident
    coded on each of its days: "Boko Haram kills 11 in Gamboru over two days of
    attacks", "ONLF claim to have killed 43 soldiers", in notes out a day apart); or
    one dated and the other undated, out on that day or the next. Two undated notes a
    day apart in other words, or days one apart, are two days' statements."""
    ta, tb = a.time, b.time
    if not (ta.explicit or tb.explicit):
        return _one_news_day(a, b)
    if days:
        return False
    if ta.explicit and tb.explicit:
        return _a_day(a) and _a_day(b)
    dated, news = (a, b) if ta.explicit else (b, a)
    published = day(news.claim.published)
    start, end = dated.time.start, dated.time.end
    if published is None or start is None or end is None:
        return False
    return published - 1 <= start and end <= published


def _one_news_day(a: Features, b: Features) -> bool:
    """Whether two undated claims of one voice are one day's news (`one_day`)."""
    first, second = day(a.claim.published), day(b.claim.published)
    if first is None or second is None:
        return False
    return first == second or (
        abs(first - second) == 1 and not small(a, b) and overlap(a, b) and _retold(a, b)
    )


def _retold(a: Features, b: Features) -> bool:
    """Whether one claim's sentence tells the other's word for word, or the whole of it
    and more ("Boko Haram kills 11 in Gamboru over two days of attacks; eight the
    first, three the second"): RETOLD_RATIO of rapidfuzz's token set ratio."""
    return fuzz.token_set_ratio(a.claim.sentence, b.claim.sentence) >= RETOLD_RATIO


def one_statement(a: Features, b: Features, where: Agreement) -> bool:
    """Whether two claims of one voice in two reports, figures overlapping, are one
    statement told twice (module docstring): one place, finer than a region, a city
    or the country they share (two sentences one word for word may share only a
    region or a city: one incident coded twice; so may a mass killing's toll, ten or
    more, which a city seldom sees twice a day from one voice: "police said 14 people
    were wounded in the blast" relayed by two outlets in Kano); in one country only the
    same mass toll, ten or more, its figure stated alike ("54 soldiers were killed", the
    government said, told by two outlets that place it differently; "117 injured" and "at
    least 117 injured"); and neither a formula (`formula`). `where`
    is relate's agreement of their places; `one_day` is asked apart."""
    if formula(a) or formula(b):
        return False
    if where.weak:
        return False
    if where.level is Kind.COUNTRY:  # "Chattar area" and "Dera Bugti": two places in one
        return not small(a, b) and a.low == b.low  # but one mass toll: 117, "at least 117"
    return not where.crowded or word_for_word(a, b) or not small(a, b)


def formula(f: Features) -> bool:
    """Whether a claim's sentence is a formula that states a figure and no incident:
    fewer than RETOLD_WORDS words besides its numbers ("1 fatality.", "Fatalities
    coded as 2", "Six fatalities reported.")."""
    words = [w for w in f.claim.sentence.split() if not any(c.isdigit() for c in w)]
    return len(words) < RETOLD_WORDS


def word_for_word(a: Features, b: Features) -> bool:
    """Whether two sentences are one, numbers and all (RETOLD_RATIO): an incident coded
    twice, not two incidents told in one formula ("a QSD member near the traffic
    HQ" and "a QSD member on the Mansura road")."""
    return fuzz.ratio(a.claim.sentence, b.claim.sentence) >= RETOLD_RATIO


def _a_day(f: Features) -> bool:
    start, end = f.time.start, f.time.end
    return start is not None and end is not None and end - start <= _ONE_DAY_SPAN
