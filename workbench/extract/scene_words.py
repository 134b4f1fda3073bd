"""The words a page tells the scene of its attack with, for `reader_dates.DatedPage`'s
`scene_day` and `story_day` (the day a toll that names none takes from the attack told
before it, or from the page's one attack): the attack's words (`SCENE`, in English and
French), an earlier attack's (`earlier_scene`), a day measured from the attack or a
relative clause's (`MEASURED_FROM`, `RELATIVE`), a sentence that counts something
(`holds_count`), the pluperfect that goes on telling a past (`PLUPERFECT`), and a day
told right after "took place" (`told_then`). Split from reader_dates.py.
"""

from __future__ import annotations

import datetime as dt
import re

from workbench.extract.dates import DateMention
from workbench.extract.gazetteer import COUNTRY_BY_NAME

# The pluperfect, in English or French: "had killed", "had been wounded", "avaient fait".
PLUPERFECT = re.compile(
    r"(?<![\w])(?:had|avait|avaient)\s+(?:(?:been|été)\s+)?[a-zé]+(?:ed|en|é|és|ée|ées|it|u|us)"
    r"(?![\w])"
)

# An attack told as the scene of what follows, in English or French.
SCENE = re.compile(
    r"(?<![a-z])(?:attack(?:ed|s)?|raid(?:ed|s)?|ambush(?:ed|es)?|assault(?:ed)?|stormed|"
    r"shelled|bombed|struck|clash(?:ed|es)?|attaqu\w*|embuscade|assaut|affrontements?|"
    r"combats?|pris\s+d['’]assaut|"
    # a patrol set upon: "une patrouille a été prise à partie", "un accrochage", "came
    # under fire" (trial 78: a communiqué's tolls took no day from its first paragraph)
    r"accrochages?|prise?s?\s+à\s+partie|came\s+under\s+(?:attack|fire)|"
    # a strike from the air: "A strike hit a checkpoint on Tuesday", "Une frappe a visé
    # mardi un poste" (re-trial 65: the tolls after it took no day)
    r"(?:air|drone\s+)?strikes?|airstrikes?|frappes?|bombardements?|shelling|"
    # a bomb or a bomber as the scene: "Ce matin, ... victimes d'un kamikaze" (trial 58)
    r"bombings?|blasts?|explosions?|suicide\s+bomb\w*|attentats?|kamikazes?|"
    # an army's operation: "On 17 November, security forces conducted an operation in
    # Datta Khel" (ISPR; trial 72b: the tolls after it took no day)
    r"operations?|offensives?|opérations?|"
    r"s['’]est\s+fait\s+(?:exploser|détonner|sauter))(?![a-z])"
)
# Words that make an attack another, earlier one: "an earlier attack", "a previous
# raid by the same group", "une précédente attaque", "une autre embuscade".
_EARLIER = re.compile(
    r"(?<![a-z])(?:earlier|previous|prior|similar|separate|another|pr[ée]c[ée]dente?|autre)"
    r"\s+(?:[a-z-]+\s+)?$"
)


def earlier_scene(folded: str, start: int, scene: re.Match[str]) -> bool:
    """Whether the attack word `scene` names another, earlier attack (`_EARLIER`), in
    the sentence from `start`: not the scene of the tolls after it."""
    return _EARLIER.search(folded, max(start, scene.start() - 30), scene.start()) is not None


_DIGIT = re.compile(r"\d")
# A time of day, folded: "3pm", "3 p.m.", "15:05", a police statement's "1505hrs"
_CLOCK = re.compile(
    r"(?<![\d:])(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?(?![a-z])"
    r"|(?:[01]\d|2[0-3])[0-5]\d\s*(?:hrs|hours|h)(?![a-z]))"
)
_NUMBER_WORD = re.compile(
    r"(?<![a-z])(?:two|three|four|five|six|seven|eight|nine|ten|dozens?|scores|hundreds|"
    r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|dizaines?|centaines?)(?![a-z])"
)


SCENE_REACH = 4  # sentences back a lead's day reaches a toll over (`scene_day`)
STORY_REACH = 7  # days before its publication a page's one attack day may be (`story_day`)
# An attack named as what a day is measured from: that day is another's (the blogger's
# visit "on Thursday, two days after the attack": re-trial 63)
MEASURED_FROM = re.compile(
    r"(?<![\w’'])(?:after|before|since|following|après|avant|depuis)\s+"
    r"(?:the\s+|this\s+|that\s+|l[’']|la\s+|le\s+|cette\s+|cet\s+)?$"
)
# A relative clause between an attack's word and a day: the day is of what the clause
# tells ("The attack took place near the bridge that was bombed on Monday"), unless the
# clause tells when the attack happened ("The attack, which occurred Monday evening")
RELATIVE = re.compile(
    r"(?<![\w’'])(?:that|which|where|who|whose|qui|que|dont|où)(?![\w’'])"
    r"(?!\s+(?:occurred|took\s+place|happened|began|erupted|started|unfolded"
    r"|s[’']est\s+(?:produite?|déroulée?)|a\s+eu\s+lieu)(?![\w’']))"
)


def recent(day: DateMention, published: dt.date | None) -> bool:
    """Whether `day` falls up to `STORY_REACH` days before `published` (any day where
    the page has no publication date), not after it."""
    if published is None or day.first is None or day.last is None:
        return published is None
    return day.last <= published and (published - day.first).days <= STORY_REACH


def names_place(folded: str, location: str | None) -> bool:
    """Whether a folded sentence names a place's first name ("Mozogo" of "Mozogo, Far
    North region"), a place finer than a country (a country's name is in many a
    sentence that tells no scene: "see below, the July 31 and August 7 incidents")."""
    name = (location or "").split(",")[0].strip().casefold()
    if name in COUNTRY_BY_NAME:
        return False
    return len(name) > 2 and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", folded) is not None


def holds_count(folded: str, start: int, end: int, dates: list[DateMention]) -> bool:
    """Whether `folded[start:end]` holds a number outside its `dates` and its times of
    day ("at about 3pm", "15:05", "1505hrs": no count)."""
    text = list(folded[start:end])
    times = [(m.start(), m.end()) for m in _CLOCK.finditer(folded, start, end)]
    for first, last in [(d.start, d.end) for d in dates] + times:
        for i in range(max(first, start), min(last, end)):
            text[i - start] = " "
    rest = "".join(text)
    return bool(_DIGIT.search(rest) or _NUMBER_WORD.search(rest))


# Between "took place" and its day: a few words, no clause of another event's ("took
# place 200 metres from the bridge that was destroyed in the December 14 attempt").
_THEN = re.compile(r"[^,;.]{0,25}")
_ANOTHER_CLAUSE = re.compile(r"\b(?:that|which|where|who|when|after|before|since)\b")


def told_then(folded: str, told: re.Match[str], date: DateMention) -> bool:
    """Whether `date` is the day of the event `told` says happened: right after it."""
    if date.start < told.end():
        return False
    between = folded[told.end() : date.start]
    return bool(_THEN.fullmatch(between)) and not _ANOTHER_CLAUSE.search(between)
