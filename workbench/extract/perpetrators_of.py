"""A count after the doers of a deed ("the killers of two men", "the kidnappers of 12
pupils", "the attackers of five soldiers") counts the deed's victims, not what the
sentence's verb says of the doers: police "hunt the killers of two men" (not two men
under arms: trial 77 read 2 troops), "the murderers of three farmers were arrested"
(no three arrested). A killing named by its killers is told as the background of the
sentence's own event, the hunt, the arrest, the trial or the protest ("demanding the
arrest of the killers of the four freedom fighters": ACLED codes the protest with no
deaths and the killing apart), so it gives no claim, as other background deaths do;
the kidnappers' victims are a current count of people held (kidnapped); an attack's
victims, whose fate the noun does not tell, give none. The French reader reads its own
doers' words with the same rule (`french/deed_doers.py`: «les assassins des deux
hommes», «les ravisseurs des 12 élèves»)."""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.extract.claims import Reading
from workbench.models import Category

# The doer's noun just before the count, "of" and an article between them; a group
# whose name opens "taker" marks those who take people ("kidnappers").
DOERS_OF = re.compile(
    r"\b(?:(?:killer|murderer|assassin|executioner|slayer)|"
    r"(?P<taker>kidnapper|abductor|captor|hostage[- ]taker)|"
    r"attacker|assailant|rapist|torturer)s?\s+of\s+"
    r"(?:the\s+|these\s+|those\s+|at\s+least\s+|some\s+|about\s+)?$"
)
# characters before the count: the doer's noun and "of the", or «les auteurs présumés
# de la prise d'otages de»
_REACH = 60


def deeds_victims(
    folded: str, readings: list[Reading], doers: re.Pattern[str] = DOERS_OF
) -> list[Reading]:
    """`readings` (one sentence's, `folded` its document's folded text), each count
    after a doer's noun and "of" (`doers`, the reader's language's) read as the deed's
    victims: kidnapped after kidnappers, abductors, captors; dropped after killers,
    murderers, assassins (a background killing) and after attackers, assailants and
    the like (no fate told)."""
    out: list[Reading] = []
    for reading in readings:
        at = reading.quantity.start
        doer = doers.search(folded, max(0, at - _REACH), at)
        if doer is None:
            out.append(reading)
        elif any(told for name, told in doer.groupdict().items() if name.startswith("taker")):
            out.append(_held(folded, reading))
    return out


def _held(folded: str, reading: Reading) -> Reading:
    """`reading` as kidnapped, its span ending at its noun ("12 pupils", not "12 pupils
    were freed"): the verb after it is the doers'."""
    end = reading.quantity.end
    if reading.subject:
        found = folded.find(reading.subject.casefold(), end, reading.end + 1)
        end = found + len(reading.subject) if found >= 0 else end
    return replace(reading, category=Category.KIDNAPPED, start=reading.quantity.start, end=end)
