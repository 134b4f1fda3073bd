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

from workbench.extract.numbers import Quantity

_AFTER = re.compile(
    r"\s*(?:(?:de\s+|d['’]\s*))?(?:(?P<EUR>euros?|€)|(?P<USD>dollars?(?:\s+(?:am[eé]ricains|us))?"
    r"|\$|usd)|(?P<XOF>francs?\s+cfa|fcfa|f\s?cfa|xof)|(?P<NGN>nairas?)|(?P<UAH>hryvnias?|hryvnas?"
    r"|grivnas?)"
    # a country's pounds and lira before sterling: "livres libanaises", "livres égyptiennes"
    r"|(?P<lira>livres?\s+(?:libanaises|syriennes|turques)|liras?)"
    r"|(?P<pounds>livres?\s+(?:[eé]gyptiennes|soudanaises|sud-soudanaises))"
    r"|(?P<GBP>livres(?:\s+sterling)?|£)|(?P<RUB>roubles)|(?P<KES>shillings\s+k[eé]nyans)"
    r"|(?P<UGX>shillings\s+ougandais)|(?P<TZS>shillings\s+tanzaniens)|(?P<shillings>shillings)"
    r"|(?P<pesos>pesos)|(?P<rupees>roupies)|(?P<dinars>dinars)"
    # the francophone world's other currencies, and Asia's (trial 77: "50 000 cédis" read as
    # deaths; bahts and riels unread): Ghana's cedi, Thailand's baht, Cambodia's riel,
    # Guinea's, Congo's, Burundi's and Rwanda's francs, Haiti's gourde, Madagascar's ariary,
    # Mauritania's ouguiya, Morocco's dirham (by the word: the Emirates' too)
    r"|(?P<GHS>c[eé]dis?)|(?P<THB>bahts?)|(?P<KHR>riels?)|(?P<GNF>francs?\s+guin[eé]ens)"
    r"|(?P<CDF>francs?\s+congolais)|(?P<BIF>francs?\s+burundais)|(?P<RWF>francs?\s+rwandais)"
    r"|(?P<HTG>gourdes)|(?P<MGA>ariary)|(?P<MRU>ouguiyas?)|(?P<dirhams>dirhams?)"
    r"|(?P<BDT>takas?)|(?P<MMK>kyats?)|(?P<ETB>birrs?)|(?P<ZAR>rands)|(?P<CNY>yuans?)"
    r"|(?P<JPY>yens)|(?P<riyals>riyals?|rials?))(?![\w])"
)
_BEFORE = re.compile(r"(?:(?P<USD>(?:us\s?)?\$)|(?P<EUR>€)|(?P<GBP>£))\s?$")


def with_currency(folded: str, quantity: Quantity, start: int, end: int) -> Quantity:
    """`quantity` with the currency `folded` (the casefolded sentence text) names after
    it, up to `end`, or right before it, from `start`: its unit the currency's code
    and its span widened over it; `quantity` itself where none is named, or where the
    figure is vague ("des milliers d'euros": no sum told, no claim, as before)."""
    if quantity.qualifier.startswith("vague"):
        return quantity
    after = _AFTER.match(folded, quantity.end, end)
    if after is not None:
        return replace(quantity, unit=after.lastgroup, end=after.end())
    before = _BEFORE.search(folded, max(start, quantity.start - 4), quantity.start)
    if before is not None:
        return replace(quantity, unit=before.lastgroup, start=before.start())
    return quantity
