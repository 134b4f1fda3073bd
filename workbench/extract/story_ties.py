"""Words by which a sentence ties to the event a story told before it: a definite noun
for it ("the attack", "the toll", `TIES_BACK`), the event told as what happened when
("The attack happened on Wednesday", `TOLD_WHEN`), and harm told, whose voice the next
sentence may go on in (`HARM_TOLD`). Read by page_context.py, reader_dates.py and
story_days.py; all run over lower-cased text."""

from __future__ import annotations

import re

# A sentence that ties back to the event told before it: a definite noun for it, or
# the thing it struck ("The building ... was hit")
TIES_BACK = re.compile(
    r"\b(?:the|this|that)\s+(?:[a-z-]+\s+)?(?:clash(?:es)?|attack|assault|confrontation|fighting"
    r"|battle|raid|ambush|strike|air\s*strike|blast|explosion|bombing|incident|massacre"
    r"|(?:death\s+)?toll)\b"
    r"|\b(?:was|were)\s+(?:hit|struck|attacked|targeted|shelled|bombed)\b"
    # the attackers named again, storming the place: "The gunmen stormed the village of X"
    r"|\b(?:the|they)\s+(?:[a-z-]+\s+)?(?:attackers|gunmen|assailants|militants|raiders|"
    r"bandits|insurgents|jihadists|fighters)?\s*(?:stormed|attacked|entered|invaded|raided|"
    r"overran|struck)\b"
)
# The event told as what happened when: "The attack happened on Wednesday", "the raid
# took place at dawn on Sunday" (the day after it is the event's).
TOLD_WHEN = re.compile(
    r"\b(?:the|this|that)\s+(?:[a-z-]+\s+)?(?:clash(?:es)?|attack|assault|raid|ambush|"
    r"strike|air\s*strike|blast|explosion|bombing|incident|massacre|killings?|shooting)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:happened|took\s+place|occurred|was\s+carried\s+out|unfolded|began)\b"
)
# Harm told, in a sentence whose voice the next one may go on in (`told_on`).
HARM_TOLD = re.compile(
    r"(?<![a-z])(?:kill\w*|died|dead|deaths?|wound\w*|injur\w*|toll|casualt\w*|bodies|"
    r"struck|shell\w*|abduct\w*|kidnap\w*|displac\w*|fled)(?![a-z])"
)
# A sentence that tells what happened in another place than the story's: "on another
# village", "in another part of the province", "Elsewhere, ...", "dans une autre
# localité", "ailleurs" (not "par ailleurs", "d'ailleurs": besides). Its counts take no
# place or day from the sentences before (a trial's "18 killed in a separate attack on
# another village" was put in the massacre's village, and its toll disputed it). "A
# separate attack" alone may be in the same town ("In a separate attack, a member of
# the city's council was gunned down"), and keeps it.
ANOTHER_INCIDENT = re.compile(
    r"\b(?:(?:in|on|at|near)\s+(?:an)?other\s+(?:[a-z-]+\s+)?(?:village|town|city|district|"
    r"area|camp|locality|community|neighbourhood|neighborhood|province|state|region|county)"
    r"|in\s+another\s+part\s+of"
    # not "elsewhere in the province": the same division, named before
    r"|elsewhere(?!\s+in\s+(?:the|this|that|its)\s+(?:province|region|state|district|city|"
    r"town|county|area|country|camp|village))"
    r"|(?:dans|à|a|sur|près\s+d['’])\s*une?\s+autre\s+(?:localité|localite|village|ville|"
    r"région|region|province|commune|zone|agglomération)"
    r"|(?<!par\s)(?<!d['’])ailleurs(?!\s+dans\s+(?:la|le|cette|ce)\s+(?:province|région|"
    r"region|ville|localité|localite|commune|zone|préfecture|prefecture)))\b"
)
