"""Sums of money in French: "4,2 milliards d'euros", "1,5 milliard de dollars", "50
millions de nairas", "6 000 hryvnias", "3 milliards de FCFA", "12 000 $", "€5 millions"
(trials 73 and 73b: no French money was read, while the same sentences in English gave
every sum). A figure's currency is the word after it, with or without "de", or the sign
before or after it; the claim is then `money`, its unit the currency's ISO 4217 code
where the word names one country's ("euros" EUR, "nairas" NGN, "hryvnias" UAH, "francs
CFA" XOF, "shillings kényans" KES), else the word ("pesos", "roupies", "shillings":
whose, the text tells).
"""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.extract.currencies import currency_unit
from workbench.extract.numbers import Quantity

_AFTER = re.compile(
    r"\s*(?:(?:de\s+|d['’]\s*))?(?:(?P<eur>euros?|€)|(?P<usd>dollars?(?:\s+(?:am[eé]ricains|us))?"
    r"|\$|usd)|(?P<xof>francs?\s+cfa|fcfa|f\s?cfa|xof)|(?P<ngn>nairas?)|(?P<uah>hryvnias?|hryvnas?"
    r"|grivnas?)"
    # a country's pounds and lira before sterling: "livres libanaises", "livres égyptiennes"
    r"|(?P<lira>livres?\s+(?:libanaises|syriennes|turques)|liras?)"
    r"|(?P<pounds>livres?\s+(?:[eé]gyptiennes|soudanaises|sud-soudanaises))"
    r"|(?P<gbp>livres(?:\s+sterling)?|£)|(?P<rub>roubles)|(?P<kes>shillings\s+k[eé]nyans)"
    r"|(?P<ugx>shillings\s+ougandais)|(?P<tzs>shillings\s+tanzaniens)|(?P<shillings>shillings)"
    r"|(?P<pesos>pesos)|(?P<rupees>roupies)|(?P<dinars>dinars)"
    # the francophone world's other currencies, and Asia's (trial 77: "50 000 cédis" read as
    # deaths; bahts and riels unread): Ghana's cedi, Thailand's baht, Cambodia's riel,
    # Guinea's, Congo's, Burundi's and Rwanda's francs, Haiti's gourde, Madagascar's ariary,
    # Mauritania's ouguiya, Morocco's dirham (by the word: the Emirates' too)
    r"|(?P<ghs>c[eé]dis?)|(?P<thb>bahts?)|(?P<khr>riels?)|(?P<gnf>francs?\s+guin[eé]ens)"
    r"|(?P<cdf>francs?\s+congolais)|(?P<bif>francs?\s+burundais)|(?P<rwf>francs?\s+rwandais)"
    r"|(?P<htg>gourdes)|(?P<mga>ariary)|(?P<mru>ouguiyas?)|(?P<dirhams>dirhams?)"
    r"|(?P<bdt>takas?)|(?P<mmk>kyats?)|(?P<etb>birrs?)|(?P<zar>rands)|(?P<cny>yuans?)"
    r"|(?P<jpy>yens)|(?P<riyals>riyals?|rials?)|(?P<gmd>dalasis?))(?![\w])"
)
_BEFORE = re.compile(r"(?:(?P<usd>(?:us\s?)?\$)|(?P<eur>€)|(?P<gbp>£))\s?$")


def with_currency(folded: str, quantity: Quantity, start: int, end: int) -> Quantity:
    """`quantity` with the currency `folded` (the casefolded sentence text) names after
    it, up to `end`, or right before it, from `start`: its unit the currency's code
    and its span widened over it; `quantity` itself where none is named, or where the
    figure is vague ("des milliers d'euros": no sum told, no claim, as before)."""
    if quantity.qualifier.startswith("vague"):
        return quantity
    after = _AFTER.match(folded, quantity.end, end)
    if after is not None:
        return replace(quantity, unit=_unit(after), end=after.end())
    before = _BEFORE.search(folded, max(start, quantity.start - 4), quantity.start)
    if before is not None:
        return replace(quantity, unit=_unit(before), start=before.start())
    return quantity


def _unit(found: re.Match[str]) -> str | None:
    """The unit of the currency `_AFTER` or `_BEFORE` found, by its group's name as the
    English reader names it (`currencies.currency_unit`): "eur" EUR, "pesos" pesos."""
    return currency_unit(found.lastgroup) if found.lastgroup else None
