"""The day a French statement was made is not the day of what it reports:
"Cinquante soldats ont été tués la semaine dernière, selon un bilan annoncé mercredi
par le gouvernement" happened last week; "a déclaré mardi à l'AFP le maire", "dans un
communiqué publié jeudi" date the telling. `is_statement` tells them: the French
reader's `statement_days`, from which `DatedPage.event_days` keeps, of a sentence's
dates, those of events where it names any, as the English `date_context.pick_date`
does with "said on Wednesday that 12 were killed on Monday".
"""

from __future__ import annotations

import re

from workbench.extract.dates import DateMention

# A verb of saying or of making public right before the date, with whom it was told:
# "annoncé mercredi", "a déclaré mardi soir", "a indiqué à l'AFP lundi", "publié ce jeudi".
_TOLD_ON = re.compile(
    r"(?<![\w])(?:annonc|déclar|indiqu|précis|affirm|confirm|rapport|publi|communiqu|expliqu|"
    # any tense of "faire état": "Un bilan provisoire faisait état mercredi de sept morts"
    # (trial 63: the Wednesday was read as the attack's)
    r"ajout|dénombr|recens|(?:fai(?:t|sait|saient|sant)|font)\s+état|fait\s+savoir|rendu\s+public|"
    r"diffus|signal|évoqu|dit|"
    r"appris|apprend)"
    # with whom it was told or who learnt it: "à l'AFP", "a appris l'AFP samedi"
    r"[a-zéè]*\s+(?:(?:à|au)\s+(?:l[’']\s*)?[\w.-]+\s+|l[’']\s*[\w.-]+\s+)?"
    r"(?:(?:ce|cette|le)\s+)?$"
)
_REACH = 60  # characters before a date searched for its verb


def is_statement(folded: str, sentence_start: int, date: DateMention) -> bool:
    """Whether `date` (in the lower-cased text `folded`) dates a statement: a verb of
    saying stands right before it."""
    return told_before(folded, sentence_start, date.start)


def told_before(folded: str, sentence_start: int, at: int) -> bool:
    """Whether a verb of saying or of making public stands right before the date at
    `at` in the lower-cased `folded` ("communiqué publié mardi"), the sentence from
    `sentence_start`."""
    return _TOLD_ON.search(folded, max(sentence_start, at - _REACH), at) is not None
