"""A sentence that opens another incident, told apart in time or as separate, with an event
of its own: "Four days later, a landmine exploded under a minibus travelling to
Ziguinchor, killing three passengers", "In a separate incident, a bomb killed two
soldiers", "The same week, rebels ambushed an army patrol", «Quatre jours plus tard, une
mine a explosé sous un minibus», «Dans un autre incident, des hommes armés ont attaqué un
poste». It takes no place from the sentences before it, nor do the sentences after it
from theirs (`carry_rules.CarryRules._carried_before`): trial 78's report put the
minibus's three dead "near Sindian", the scene of the attack its first paragraphs told.

Both are needed: the marker (`_APART`: "four days later", "the same week", "in a separate
incident", «plus tard», «la même semaine», «dans un autre incident») and a new event
(`_EVENT`: a verb of an attack, a blast or a clash, or such an event told with "a"/"an":
"a landmine", "an explosion", «une embuscade»). A follow-up of the same incident keeps
the place told before: "Two of the wounded later died", "Later, the army said the toll
had risen", "The next day, three more bodies were found", "In a separate attack, a
member of the town's council was shot dead" (a separate attack may be in the same town:
`story_ties.ANOTHER_INCIDENT`); so does an event told at the same place ("attacked the
same village again", «à nouveau»), and the victim of an attack told as separate ("In a
separate attack, later in the evening a party chief is attacked and killed": a passive is
the victim's fate, no event of its own). The same day or the next is no marker: an ACLED
note's clashes over days go on at the place it told ("The following day militias
attacked the other village", "On the same day, the group also attacked the house of an
informant", "A few hours later, two women opened fire on a tourist bus"). Where the
sentence names a place of its own, that
place is its claims' as before. Run over lower-cased text (`casefold.fold`)."""

from __future__ import annotations

import re

_COUNT = (
    r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|few|"
    r"un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques|plusieurs)"
)
_APART = re.compile(
    # not "a day later", the next day's, nor "a few hours later", the same day's
    rf"(?<![\w-])(?:(?!(?:a|one)\s+day\s){_COUNT}\s+(?:days?|weeks?|months?)\s+later"
    r"|later\s+(?:that|the\s+same|in\s+the)\s+(?:week|month)"
    r"|the\s+(?:same|following|next)\s+(?:week|month)"
    r"|in\s+(?:a|another)\s+(?:separate|different|second|further|new|unrelated)\s+"
    r"(?:incident|attack|explosion|blast|clash|ambush|raid)"
    r"|in\s+another\s+(?:incident|attack|explosion|blast|clash|ambush|raid)"
    rf"|(?!une?\s+jour\s){_COUNT}\s+(?:jours?|semaines?|mois)\s+plus\s+tard"
    r"|plus\s+tard\s+dans\s+la\s+semaine"
    r"|(?:la|le)\s+même\s+(?:semaine|mois)|(?:la\s+semaine|le\s+mois)\s+suivante?"
    r"|dans\s+un\s+(?:autre\s+incident|incident\s+(?:séparé|distinct))"
    r"|(?:dans|lors\s+d[’'])\s*une\s+autre\s+(?:attaque|embuscade|explosion))"
    r"(?![\w-])"
    # "Later, ...", "Separately, ...", «Plus tard, ...» opening the sentence (not "coded
    # separately", an ACLED coder's words)
    r"|^[\s\"“«]*(?:later|separately|meanwhile|plus\s+tard|séparément)\s*,"
)
_EVENT_NOUN = (
    r"(?:landmines?|mines?|bombs?|explosions?|blasts?|attacks?|ambush|raids?|clash(?:es)?|"
    r"air\s*strikes?|drone\s+strikes?|ieds?|explosive\s+devices?|gunfights?|shootouts?|grenades?|"
    r"bombes?|attaques?|embuscades?|engins?\s+explosifs?|affrontements?|accrochages?|frappes?|"
    r"attentats?)"
)
# An event's verb in the active: "rebels ambushed a patrol" (not "a chief is attacked and
# killed", the victim's fate after "In a separate attack").
_EVENT = re.compile(
    r"(?<![\w-])(?<!is\s)(?<!was\s)(?<!were\s)(?<!are\s)(?<!been\s)(?<!being\s)"
    r"(?:exploded|detonated|went\s+off|blew\s+up|ambushed|attacked|stormed|raided|"
    r"clashed|opened\s+fire|shelled|bombed)(?![\w-])"
    r"|(?<![\w-])(?:a|ont|avait|avaient)\s+(?:explosé|sauté|attaqué|pris\s+d[’']assaut|"
    r"ouvert\s+le\s+feu|tendu\s+une\s+embuscade|bombardé|pilonné)(?![\w-])"
    r"|(?<![\w-])se\s+sont\s+affrontés(?![\w-])"
    rf"|(?<![\w-])(?:an?|another|une?|une\s+autre|un\s+autre)\s+(?:[\w-]+\s+){{0,2}}?{_EVENT_NOUN}"
    r"(?![\w-])"
)
# The incident told before, at its place again: "attacked the same village again".
_SAME_PLACE = re.compile(
    r"(?<![\w-])(?:the\s+same\s+(?:village|town|area|place|spot|road|market|locality|district|"
    r"camp)|again|(?:le|la)\s+même\s+(?:village|ville|localité|zone|endroit|route|marché|"
    r"quartier)|de\s+nouveau|à\s+nouveau)(?![\w-])"
)


def opens_new_incident(folded: str, start: int, end: int) -> bool:
    """Whether the sentence `folded[start:end]` opens another incident (the module's
    docstring): a marker of a time or an incident apart, and an event of its own, not at
    the place told before."""
    apart = _APART.search(folded[start:end])  # the sliced text: "^" is its start
    if apart is None:
        return False
    # the event outside the marker's words: "In a separate attack, a member of the
    # council was shot dead" tells none but the marker's
    cut = start + apart.start(), start + apart.end()
    event = _EVENT.search(folded, start, cut[0]) or _EVENT.search(folded, cut[1], end)
    return event is not None and _SAME_PLACE.search(folded, start, end) is None
