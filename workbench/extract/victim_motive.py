"""Deaths a sentence tells of someone's past deed or as a motive, not as its news: the
killers named by an earlier killing ("the same gang that killed three farmers",
"militants who killed four traders last week", "in search of pirates that killed two
soldiers"), a killing held against someone ("over his involvement in several killings",
"blame them for the recent murder of a driver", "because he killed a man"), a killing a panel
or a complaint is about ("a panel regarding the murder of the chief", "alleging a
soldier was killed by a clerk", "The reason for the attack was the murder of five
farmers") and a victim named only to place someone ("the home town of the murdered
singer"). Read by victims.py; runs over lower-cased text (`casefold.fold`).

ACLED's coders write these as background of another event: a manhunt, a mob's or a
crowd's act, a protest (acled-nigeria-c..-e, acled-l, acled-n and acled-hoa study halves:
each such note coded with no deaths, or with the main clause's only).
"""

from __future__ import annotations

import re

from workbench.extract.claims import Reading

# A relative clause on the doers whose verb is the death: "who allegedly attacked and
# killed", "that killed", "which had killed".
_DEED = re.compile(
    r"(?<![a-z])(?:who|that|which)\s+(?:had\s+)?"
    r"(?:(?:allegedly|reportedly|earlier|previously|recently|also)\s+)?"
    r"(?:[a-z’'-]+\s+and\s+)?$"
)
# Doers named by an earlier deed, or sought for it: "the same gang that", "in search of
# the bandits who", "hunting for the gunmen that".
_SOUGHT_DOERS = re.compile(
    r"(?<![a-z])(?:the\s+same|in\s+search\s+of|searching\s+for|search\s+for|hunt(?:ing)?\s+for|"
    r"manhunt\s+for|in\s+pursuit\s+of|pursuing|tracking\s+down|tracked\s+down)\s+"
    r"(?:[\w’'-]+\s+){0,4}?$"
)
# A time before the news, in the relative clause after its death: "last week", "in recent
# weeks", "earlier", "two days ago" (not "last night" nor a day of the week, which date
# the news as often: "the bomber who killed 12 on Friday was a girl").
_PAST = re.compile(
    r"(?<![a-z])(?:last\s+(?:week|month|year)|in\s+recent\s+(?:days|weeks|months)|recently|"
    r"earlier|previously|ago|the\s+(?:previous|preceding)\s+(?:day|week|month))(?![a-z])"
)
_CLAUSE_END = re.compile(r"[,.;:()]")
# A motive or a complaint the death is told as, right before its words.
_MOTIVE = re.compile(
    r"(?<![a-z])(?:involvement\s+in|participation\s+in|complicity\s+in|(?:taken|took)\s+part\s+in|"
    r"(?:his|her|their)\s+(?:alleged\s+|suspected\s+)?roles?\s+in|"
    r"partaken\s+in|partook\s+in|suspicion\s+of(?:\s+involvement\s+in)?|"
    # a blame for an earlier death ("blame them for the recent murder of a driver"), not
    # for the news ("police blame the rebels for the execution of a chief"; "blamed
    # soldiers for killing four youths")
    r"blam(?:e|es|ed|ing)\s+(?:[\w’'-]+\s+){0,2}?for\s+(?:the\s+|an?\s+)?"
    r"(?:recent|earlier|previous|past)|"
    r"(?:panel|inquiry|enquiry|probe|case|trial|hearing|testimony|petition|investigation|"
    r"commission)\s+(?:[\w’'-]+\s+){0,3}?(?:regarding|concerning|into|over)|"
    r"reasons?\s+(?:for|behind)\s+(?:[\w’'-]+\s+){1,4}?(?:was|is|were)|"
    r"(?<=,)\s*alleging(?:\s+that)?|because\s+(?:he|she|they)(?:\s+had)?)\s+"
    # at most four words to the victims, none opening a clause of the news: not "blamed
    # the army for the raid that killed five"
    r"(?:(?!(?:that|which|who|and|left|leaving|killing)\s)[\w’'-]+\s+){0,4}?$"
)
_GERUND = re.compile(r"[a-z]+ing\s")
# A death named by its nominal, its victims right after: "a mob set a van ablaze over the
# death of a woman and her child killed by police" (acled-l study), not "fighting over
# the killing of a herder left five dead".
_REASON_NOMINAL = re.compile(
    r"(?<![a-z])(?:over|after|following|against)\s+the\s+(?:alleged\s+)?"
    r"(?:deaths?|killings?|murders?)\s+of\s+$"
)
# A victim named to place someone: "the home town of the murdered singer", "in support
# of a killed reporter" (not "the body of the murdered man", which finds the death).
_MODIFIER = re.compile(r"(?:murdered|slain|assassinated|killed)\s")
_OF_THE = re.compile(r"(?<![a-z])(?P<head>[a-z’'-]+)\s+of\s+(?:the|an?)\s+$")
_FINDS = frozenset("body bodies remains corpse corpses".split())


def motive_background(folded: str, start: int, end: int, readings: list[Reading]) -> list[Reading]:
    """The readings of the sentence `folded[start:end]` told as a past deed, a motive or
    a modifier (see the module's docstring), to be dropped as no news of the report."""
    return [r for r in readings if _told_as_motive(folded, start, end, r)]


def _told_as_motive(folded: str, start: int, end: int, reading: Reading) -> bool:
    lo = max(start, reading.start - 80)
    motive = _MOTIVE.search(folded, lo, reading.start)
    if motive and not (motive.group().startswith("blam") and _GERUND.match(folded, reading.start)):
        return True
    if _REASON_NOMINAL.search(folded, lo, reading.start):
        return True
    if _MODIFIER.match(folded, reading.start):
        head = _OF_THE.search(folded, max(start, reading.start - 30), reading.start)
        if head and head.group("head") not in _FINDS:
            return True
    deed = _DEED.search(folded, max(start, reading.start - 40), reading.start)
    if deed is None:
        return False
    if _SOUGHT_DOERS.search(folded, max(start, deed.start() - 60), deed.start()):
        return True
    close = _CLAUSE_END.search(folded, reading.end, end)
    return _PAST.search(folded, reading.end, close.start() if close else end) is not None
