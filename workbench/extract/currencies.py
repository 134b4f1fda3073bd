"""The currencies a sum of money is told in: a sign or code before its figure ("$",
"₦", "Rs", "KSh", "USD"), a word after it ("dollars", "naira", "shillings"), and the
unit a claim of money stores: an ISO 4217 code where the text says whose ("Kenyan
shillings": KES, "Rp": IDR), else the text's own word where it names several
countries' ("rupees", "pesos", "dinars", "shillings": `vocabulary.CURRENCY_WORDS`).
Read by numbers.py, and by not_quantities.py (a year after a currency is a sum)."""

from __future__ import annotations

import re

from workbench.extract.tails import TailPattern

CURRENCY_BEFORE = TailPattern(
    # the naira's sign, or Nigerian papers' "N" right before the figure ("N50 million":
    # a sum of a thousand or more, `numbers._read`; not "the N1 highway")
    # and the rupee's: "Rs1 million", "Rs. 500,000", "PKR 2m", "₹10 lakh"; the Philippine
    # peso's, with a lone "P" as Philippine papers write it ("a P1-million reward", "₱17
    # billion", "PHP5 million": trial 73, no money read), Mexico's, Colombia's and Iraq's
    # codes
    re.compile(
        r"(?P<cur>US\$|\$|€|£|₦|₹|₱|USD|EUR|GBP|CFA|NGN|PKR|INR|LKR|NPR|PHP|MXN|COP|IQD|IDR|LYD"
        # Indonesia's rupiah: "Rp 500 million", "Rp1.2 billion" (trial 74e: troops, or none)
        r"|(?<![\w'’.-])Rs\.?|(?<![\w'’.-])Rp\.?"
        # East Africa's shillings: "KSh 10 million", "Kshs 500,000", "Sh4.2 billion",
        # "KES 2 billion", "UGX 50 million" (trial 75: no sum read)
        r"|KES|UGX|TZS|(?<![\w'’.-])K[Ss]hs?\.?|(?<![\w'’.-])Shs?\.?"
        # Bangladesh's taka: "Tk 5 lakh", "Tk120 crore", "BDT 45 crore" (trial 76: none
        # read); Myanmar's kyat, Ethiopia's birr by their codes
        r"|BDT|(?<![\w'’.-])Tk\.?|MMK|ETB"
        # Ghana's cedi: "GH₵50,000", "GH¢ 2 million", "GHS 500" (trial 77's reward)
        r"|GH₵|GH¢|GHS|₵"
        # Thailand's baht and Cambodia's riel: "฿500,000", "THB 2 million", "KHR 50 million"
        r"|฿|THB|KHR)\s?$"
        r"|(?<![\w'’.-])(?P<cur_n>N)$|(?<![\w'’.-])(?P<cur_p>P)$"
    ),
    (
        "$",
        "€",
        "£",
        "₦",
        "₹",
        "USD",
        "EUR",
        "GBP",
        "CFA",
        "NGN",
        "PKR",
        "INR",
        "LKR",
        "NPR",
        "Rs",
        "Rs.",
        "N",
        "₱",
        "PHP",
        "MXN",
        "COP",
        "IQD",
        "IDR",
        "LYD",
        "Rp",
        "Rp.",
        "P",
        "KES",
        "UGX",
        "TZS",
        "KSh",
        "KShs",
        "KSh.",
        "Ksh",
        "Kshs",
        "Ksh.",
        "KShs.",
        "Kshs.",
        "Sh",
        "Shs",
        "Sh.",
        "Shs.",
        "BDT",
        "Tk",
        "Tk.",
        "MMK",
        "ETB",
        "GH₵",
        "GH¢",
        "GHS",
        "₵",
        "฿",
        "THB",
        "KHR",
    ),
)
# The names of currencies a country's code or nationality may stand before ("US dollars",
# "Kenyan shillings", "Chinese yuan"), as a pattern's alternation (`origin_places`: such
# a nationality names no place).
CURRENCY_NAMES = (
    r"dollars?|shillings?|pounds?|francs?|rupees?|dinars?|riyals?|rials?|euros?|naira|cedis?|"
    r"birr|liras?|pesos?|taka|rand|yuan|yen|kyats?|shekels?|rupiah|afghanis?|baht|riels?"
)
# The abbreviations with a full stop among `CURRENCY_BEFORE`'s tails ("Rs.", "Tk.",
# "Ksh."), lower-cased and without it: a stop after them ends no sentence (`sentences`).
ABBREVIATED = frozenset(t[:-1].lower() for t in CURRENCY_BEFORE.endings if t.endswith("."))
CURRENCY_CODES = {
    "us$": "USD",
    "$": "USD",
    "usd": "USD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "cfa": "XOF",
    "₦": "NGN",
    "ngn": "NGN",
    "₹": "INR",
    "inr": "INR",
    "pkr": "PKR",
    "lkr": "LKR",
    "npr": "NPR",
    "₱": "PHP",
    "php": "PHP",
    "mxn": "MXN",
    "iqd": "IQD",
    "cop": "COP",
    "rs": "rupees",  # Pakistan's, India's, Sri Lanka's or Nepal's: the text's word
    "rs.": "rupees",
    "rp": "IDR",
    "rp.": "IDR",
    "idr": "IDR",
    "lyd": "LYD",
    "kes": "KES",
    "ksh": "KES",
    "kshs": "KES",
    "ksh.": "KES",
    "kshs.": "KES",
    "sh": "shillings",  # Kenya's, Uganda's, Tanzania's or Somalia's: the text's word
    "shs": "shillings",
    "sh.": "shillings",
    "shs.": "shillings",
    "ugx": "UGX",
    "tzs": "TZS",
    "bdt": "BDT",
    "tk": "BDT",
    "tk.": "BDT",
    "mmk": "MMK",
    "etb": "ETB",
    "gh₵": "GHS",
    "gh¢": "GHS",
    "ghs": "GHS",
    "₵": "GHS",
    "฿": "THB",
    "thb": "THB",
    "khr": "KHR",
}
CURRENCY_AFTER = re.compile(
    r"\s*(?:(?P<usd>(?:US\s+|U\.S\.\s+)?dollars)|(?P<eur>euros?)|(?P<gbp>pounds\s+sterling|pounds)"
    r"|(?P<xof>(?:CFA\s+)?francs)|(?P<ngn>naira)|(?P<ugx>Ugandan\s+shillings)|(?P<tzs>Tanzanian\s+shillings)|(?P<kes>(?:Kenyan?\s+)?shillings)|(?P<inr>rupees)|(?P<rub>roubles|rubles)"
    # "3 billion shekels", "a reward of 500,000 afghanis" (trials 74c, 74: no claim)
    r"|(?P<pesos>pesos)|(?P<lyd>Libyan\s+dinars?)|(?P<dinars>dinars)|(?P<ils>(?:new\s+)?shekels?)"
    r"|(?P<afn>afghanis?)|(?P<idr>(?:Indonesian\s+)?rupiah)"
    # "200,000 taka", "50 million kyats", "3 billion birr" (trial 76: no claim)
    r"|(?P<bdt>taka)|(?P<mmk>kyats?)|(?P<etb>birr)"
    # "a reward of 50,000 cedis", "2 billion rand", "10 million yuan", "5 billion yen",
    # "3 million riyals", "100 billion Lebanese lira" (no sum read, and "lost 3 million
    # Chinese yuan" read as deaths)
    r"|(?P<ghs>(?:Ghana(?:ian)?\s+)?cedis?)|(?P<zar>(?:South\s+African\s+)?rand)"
    r"|(?P<cny>(?:Chinese\s+)?yuan)|(?P<jpy>(?:Japanese\s+)?yen)"
    r"|(?P<riyals>(?:(?:Saudi|Yemeni|Qatari|Omani|Iranian)\s+)?(?:riyals?|rials?))"
    r"|(?P<thb>(?:Thai\s+)?baht)|(?P<khr>(?:Cambodian\s+)?riels?)"
    r"|(?P<lira>(?:(?:Lebanese|Turkish|Syrian)\s+)?(?:liras?|lire))"
    # a country's pounds: "50 million Egyptian pounds", "Sudanese pounds"
    r"|(?P<pounds>(?:Egyptian|Sudanese|South\s+Sudanese|Syrian|Lebanese)\s+pounds?))\b",
    re.IGNORECASE,
)


def currency_unit(group: str) -> str:
    """A claim's unit for a currency word `CURRENCY_AFTER` read (its group's name): an
    ISO 4217 code for a three-letter group ("kes": "KES"), else the word ("pesos")."""
    return group.upper() if len(group) == 3 else group
