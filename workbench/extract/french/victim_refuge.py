"""Where a French flight led, for `victims.py`: the refuge a fate tells abroad makes
those counted refugees ("se sont réfugiés au Niger", "ont fui vers le Tchad", "dans les
pays voisins", "ont fui ... pour se réfugier au Bénin", "ont fui le pays"), refuge at
home the displaced ("ont trouvé refuge à Kaya"). `where_fled(text, fate, end)` gives
the `Category` of a fate a verb tells (`victim_words.POST`, `victim_fates.fate_after`),
read on the text as written, where a country's name keeps its capitals
(`countries.is_country`). Split from victims.py."""

from __future__ import annotations

import re

from workbench.extract.claims import Reading
from workbench.extract.fate_words import hurt_set_off, taken_for_care
from workbench.extract.french.countries import is_country
from workbench.models import Category

# Fled, then sought refuge: "ont fui leurs villages pour se réfugier au Bénin".
_REFUGE_AFTER = re.compile(
    r"[^.;:]{0,80}?\s(?:pour\s+)?(?:se\s+réfugier|trouver\s+refuge|chercher\s+refuge)",
    re.IGNORECASE,
)
# Where refuge was found abroad, read on the text as written: "au Niger", "en
# Mauritanie", "dans les pays voisins", "à l'étranger"; after the region of it named
# first: "dans la région de Diffa, au Niger", "dans l'État de Cross River au Nigeria".
_ABROAD = re.compile(
    r"(?:\s+[\w’'-]+){0,6}?,?\s+(?:(?:au|en|aux|vers\s+le|vers\s+la|dans\s+le|dans\s+la)\s+"
    r"(?P<country>[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+)?)"
    r"|(?:dans\s+les|vers\s+les|au|aux)\s+pays\s+voisins?|à\s+l[’']étranger|hors\s+du\s+pays|"
    r"de\s+l[’']autre\s+côté\s+de\s+la\s+frontière)"
)
# Fled across a border, told right after the flight: "ont fui vers le Tchad", "au
# Cameroun voisin", "dans les pays voisins", "à l'étranger", "le pays" (not "vers Goma",
# nor "ont fui les combats au Soudan", where they fled from).
_COUNTRY_ENDS = r"(?=\s*(?:[,.;:)«»\"]|$)|\s+(?:vers|pour|et|depuis|en|au|aux|à)\s)"
_ACROSS = re.compile(
    r"\s+(?:(?:vers|au|en|aux|dans)\s+(?:le\s+|la\s+|l[’']|les\s+)?(?:(?P<near>[A-ZÀ-Ý][\w’'-]+"
    r"(?:\s+[A-ZÀ-Ý][\w’'-]+)?)\s+voisine?s?|pays\s+voisins?)"
    r"|vers\s+(?:le\s+|la\s+|l[’'])?(?P<toward>[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+)?)"
    r"|à\s+l[’']étranger|hors\s+du\s+pays)(?![\w’'-])"
    rf"|\s+(?:le|leur)\s+pays{_COUNTRY_ENDS}"
)
# The country left, its name's end: "ont fui le pays", "ont quitté leur pays vers le
# Rwanda" (not "le pays dogon").
_COUNTRY_LEFT = re.compile(r"(?:le|leur)\s+pays$")
_COUNTRY_END = re.compile(_COUNTRY_ENDS)


def where_fled(text: str, fate: re.Match[str], end: int) -> Category:
    """The category of a fate told by a verb; refuge is a refugee's only abroad ("se
    sont réfugiés au Niger", "dans les pays voisins", "ont fui ... pour se réfugier au
    Bénin", "ont fui le pays"), else a displaced person's ("ont trouvé refuge à Kaya")."""
    category = Category[fate.lastgroup or ""]
    evacuated = category is Category.DISPLACED and "évacu" in fate.group(0).lower()
    if evacuated and (taken_for_care(text, fate.end()) or hurt_set_off(text, fate.start())):
        return Category.WOUNDED  # "évacués à l'hôpital": the hurt, not the displaced
    if category is Category.DISPLACED:
        refuge = _REFUGE_AFTER.match(text, fate.end(), end)
        abroad = refuge is not None and _abroad(text, refuge.end(), end)
        left = _COUNTRY_LEFT.search(fate.group(0)) and _COUNTRY_END.match(text, fate.end(), end)
        if abroad or left or _across(text, fate.end(), end):
            return Category.REFUGEES
        return category
    if category is not Category.REFUGEES or "frontière" in fate.group(0):
        return category  # "ont traversé la frontière": abroad by its own words
    return category if _abroad(text, fate.end(), end) else Category.DISPLACED


def _across(text: str, pos: int, end: int) -> bool:
    """Whether a flight told before `pos` crossed a border (`_ACROSS`): "vers le
    Tchad", "au Cameroun voisin", "dans les pays voisins"; a town is no border."""
    across = _ACROSS.match(text, pos, end)
    if across is None:
        return False
    country = across.group("near") or across.group("toward")
    return country is None or is_country(country)


def _abroad(text: str, pos: int, end: int) -> bool:
    """Whether the words at `pos` name a country or a place abroad (`_ABROAD`)."""
    abroad = _ABROAD.match(text, pos, end)
    return abroad is not None and (
        abroad.group("country") is None or is_country(abroad.group("country"))
    )


_STATUSES = frozenset({Category.DISPLACED, Category.REFUGEES})
# A verb told between one person and the participle: a flight, not a status.
_TOLD_BY_VERB = re.compile(
    r"[^.;:]*?(?<![\w])(?:ont|a|sont|est|été|avait|avaient|était|étaient|sera|seront|se|s[’'])"
    r"(?![\w])"
)


def one_status(folded: str, reading: Reading) -> bool:
    """Whether a displaced or refugee `reading` is one person described by the status,
    the participle an adjective with no verb between ("L'agresseur, un homme syrien
    réfugié de 32 ans", "un homme déplacé de Djibo a été tué"): who they are, no count of
    people who fled (french-v study: the attacker read as one refugee). `folded` is the
    lower-cased text."""
    q = reading.quantity
    if reading.category not in _STATUSES or q.low != 1 or q.high != 1:
        return False
    return _TOLD_BY_VERB.match(folded, q.end, reading.end) is None
