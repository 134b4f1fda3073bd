"""Whether a toll of none and another voice's toll name one incident: a police chief's
"no one was killed in Friday's clashes" and a rights group's "at least five people were
killed in clashes in Dhaka on Friday" are one incident in dispute (trial 76: no link at
all between them, in English or French, so the central dispute of the day never showed).

A bare none speaks of its own article only (`relate._none_elsewhere`); it speaks of
another report's toll of the same place and day where both name one kind of street
incident (`_STREET`: clashes, protests, riots; "affrontements", "manifestations"), its
own sentence's words, else its report's lead's ("« Personne n'a été tué », a affirmé
le chef de la police", under a lead of clashes in the capital). An armed attack's none
("no one was hurt in the blast") keeps to its article: a city's bombings of one day are
many, and pairs' scoring showed such nones linking different incidents.
"""

from __future__ import annotations

import re

from workbench.match.features import Features

# the words of a street incident, English and French
_STREET = re.compile(
    r"\b(?:clash(?:es|ed)?|protests?|riots?|rioting|demonstrations?|unrest|"
    r"affrontements?|heurts|manifestations?|émeutes?|échauffourées)\b",
    re.IGNORECASE,
)


# a toll told of more than the day's incident: a week's, a country's ("across the
# country, at least nine have been killed in protest-related violence this week":
# trial 76's national tally, read as the capital's, met the police chief's none)
_WIDER = re.compile(
    r"\b(?:across\s+the\s+country|nationwide|countrywide|this\s+(?:week|month|year)|"
    r"so\s+far|since|dans\s+tout\s+le\s+pays|cette\s+semaine|depuis)\b",
    re.IGNORECASE,
)


def _street_told(f: Features) -> bool:
    """Whether a claim's sentence, else its report's lead, tells a street incident."""
    return bool(_STREET.search(f.claim.sentence) or _STREET.search(f.claim.lead.text or ""))


def none_of_one_incident(a: Features, b: Features) -> bool:
    """Whether one of two claims of one category is a toll of none and both tell one
    street incident (`_STREET`), so the none disputes the other's toll: in two reports,
    or in one (AFP's "Personne n'a été tué" under its lead's five dead in clashes)."""
    if a.claim.value != 0 and b.claim.value != 0:
        return False
    if a.claim.value == b.claim.value or a.category is not b.category:
        return False  # two nones agree as any two figures do
    if _WIDER.search(a.claim.sentence) or _WIDER.search(b.claim.sentence):
        return False  # a week's or a country's toll is no one day's incident
    return _street_told(a) and _street_told(b)
