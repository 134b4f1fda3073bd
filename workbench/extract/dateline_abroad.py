"""A dateline abroad: a wire filed from one country's capital about another country
("BANGKOK: A Myanmar military airstrike on a village killed ten civilians"). The city
of the dateline is where the reporter filed from, not where the deaths happened, when
the body tells of another country's state forces ("Myanmar's military", "the Myanmar
junta", "Ethiopian troops") and never names the dateline's own country, its people or
its capital. Read by `page_context.PageContext` before it gives a sentence that names
no place the dateline's city.
"""

from __future__ import annotations

import re

from workbench.extract.gazetteer import COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME, Country
from workbench.extract.places import country_in

# A country's own forces, named by the country or its people: "Myanmar's military",
# "the Sudanese army", "Ethiopian troops", "the Malian junta".
_FORCES = re.compile(
    r"(?P<who>[A-Z][\w-]+)(?:['’]s)?\s+(?:military|army|junta|air\s+force|armed\s+forces|"
    r"security\s+forces|regime|government\s+forces|troops|soldiers)\b"
)


def abroad(text: str, dateline_name: str, body_start: int) -> Country | None:
    """The country whose forces the body `text[body_start:]` tells of, where the
    dateline `dateline_name` is in another country the body never names; else None."""
    home = country_in(dateline_name)
    if home is None or _names(text, body_start, home):
        return None
    for match in _FORCES.finditer(text, body_start):
        who = match.group("who").lower()
        country = COUNTRY_BY_NAME.get(who) or COUNTRY_BY_DEMONYM.get(who)
        if country is not None and country != home:
            return country
    return None


def _names(text: str, start: int, country: Country) -> bool:
    """Whether `text[start:]` names `country`: its name, another, its people or its
    capital."""
    words = {country.name, *country.aliases, *country.demonyms, country.capital}
    pattern = r"\b(?:" + "|".join(re.escape(w) for w in words if w) + r")\b"
    return re.search(pattern, text[start:], re.IGNORECASE) is not None
