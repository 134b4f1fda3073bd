"""The currencies a sum of money is told in: a sign or code before its figure ("$",
"₦", "Rs", "KSh", "USD"), a word after it ("dollars", "naira", "shillings"), and the
unit a claim of money stores: an ISO 4217 code where the text says whose ("Kenyan
shillings": KES, "Rp": IDR), else the text's own word where it names several
countries' ("rupees", "pesos", "dinars", "shillings": `vocabulary.CURRENCY_WORDS`).
The words are one table, `CURRENCIES` (a unit each, and the word a nationality may
stand before); a sign is read to its unit by `currency_sign`. Read by numbers.py, by
not_quantities.py (a year after a currency is a sum), by origin_places.py (a nationality
before a currency names no place), by french/money.py (its own words, these units) and
by `claim add` (service/hand_claims.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass

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
        # Thailand's baht and Cambodia's riel: "฿500,000", "THB 2 million", "KHR 50 million";
        # The Gambia's dalasi by its code: "GMD 50,000" (trial 78)
        r"|฿|THB|KHR|GMD)\s?$"
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
        "GMD",
    ),
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
    "gmd": "GMD",
}
# Every currency read by its word, as (group, words after a figure, word after a nationality):
# the group is the claim's unit (`currency_unit`: an ISO 4217 code, or the word where the
# text names several countries'), the words after a figure `CURRENCY_AFTER` reads (tried
# in this order: "Ugandan shillings" before shillings), and the word a country's code or
# nationality may stand before ("US dollars", "Kenyan shillings", "Chinese yuan"), "" for
# none (`CURRENCY_NAMES`).
CURRENCIES: tuple[tuple[str, str, str], ...] = (
    ("usd", r"(?:US\s+|U\.S\.\s+)?dollars", "dollars?"),
    ("eur", "euros?", "euros?"),
    ("gbp", r"pounds\s+sterling|pounds", "pounds?"),
    ("xof", r"(?:CFA\s+)?francs", "francs?"),
    ("ngn", "naira", "naira"),
    ("ugx", r"Ugandan\s+shillings", ""),
    ("tzs", r"Tanzanian\s+shillings", ""),
    ("kes", r"(?:Kenyan?\s+)?shillings", "shillings?"),
    ("inr", "rupees", "rupees?"),
    ("rub", "roubles|rubles", ""),
    # "3 billion shekels", "a reward of 500,000 afghanis" (trials 74c, 74: no claim)
    ("pesos", "pesos", "pesos?"),
    ("lyd", r"Libyan\s+dinars?", ""),
    ("dinars", "dinars", "dinars?"),
    ("ils", r"(?:new\s+)?shekels?", "shekels?"),
    ("afn", "afghanis?", "afghanis?"),
    ("idr", r"(?:Indonesian\s+)?rupiah", "rupiah"),
    # "200,000 taka", "50 million kyats", "3 billion birr" (trial 76: no claim)
    ("bdt", "taka", "taka"),
    ("mmk", "kyats?", "kyats?"),
    ("etb", "birr", "birr"),
    # "a reward of 50,000 cedis", "2 billion rand", "10 million yuan", "5 billion yen",
    # "3 million riyals", "100 billion Lebanese lira" (no sum read, and "lost 3 million
    # Chinese yuan" read as deaths)
    ("ghs", r"(?:Ghana(?:ian)?\s+)?cedis?", "cedis?"),
    ("zar", r"(?:South\s+African\s+)?rand", "rand"),
    ("cny", r"(?:Chinese\s+)?yuan", "yuan"),
    ("jpy", r"(?:Japanese\s+)?yen", "yen"),
    (
        "riyals",
        r"(?:(?:Saudi|Yemeni|Qatari|Omani|Iranian)\s+)?(?:riyals?|rials?)",
        "riyals?|rials?",
    ),
    ("thb", r"(?:Thai\s+)?baht", "baht"),
    ("khr", r"(?:Cambodian\s+)?riels?", "riels?"),
    # "a reward of fifty thousand dalasis" (trial 78: read as troops)
    ("gmd", r"(?:Gambian\s+)?dalasis?", "dalasis?"),
    ("lira", r"(?:(?:Lebanese|Turkish|Syrian)\s+)?(?:liras?|lire)", "liras?"),
    # a country's pounds: "50 million Egyptian pounds", "Sudanese pounds"
    ("pounds", r"(?:Egyptian|Sudanese|South\s+Sudanese|Syrian|Lebanese)\s+pounds?", ""),
)
# A currency's word after a figure: "5 million dollars", "Kenyan shillings", "Libyan
# dinars"; its group's name is the currency's (`currency_unit`).
CURRENCY_AFTER = re.compile(
    r"\s*(?:" + "|".join(f"(?P<{group}>{words})" for group, words, _ in CURRENCIES) + r")\b",
    re.IGNORECASE,
)
# The names of currencies a country's code or nationality may stand before ("US dollars",
# "Kenyan shillings", "Chinese yuan"), as a pattern's alternation (`origin_places`: such
# a nationality names no place).
CURRENCY_NAMES = "|".join(name for _, _, name in CURRENCIES if name)


def currency_unit(group: str) -> str:
    """A claim's unit for a currency word `CURRENCY_AFTER` read (its group's name): an
    ISO 4217 code for a three-letter group ("kes": "KES"), else the word ("pesos")."""
    return group.upper() if len(group) == 3 else group


@dataclass(frozen=True)
class Sign:
    """A currency's sign or code a text ends with, as `currency_sign` reads it."""

    text: str  # as written, with the space after it: "Rs. ", "$", "N"
    unit: str  # the claim's unit: "NGN", "USD", "rupees" (`CURRENCY_CODES`)
    lone: bool  # a lone "N" or "P" (the naira's, the Philippine peso's): no sum below 1,000


def currency_sign(before: str) -> Sign | None:
    """The currency's sign or code the text `before` a figure ends with ("Rs. ", "₦",
    "KSh", "USD "), its white space aside, and the unit it gives (`CURRENCY_CODES`); a
    lone "N" or "P" gives the naira or the Philippine peso, "N50 million", "P1-million",
    but tells a sum only of a thousand or more ("the N1 highway": `numbers._read`).
    None where it ends with none. Read by numbers.py and by `claim add`'s money span."""
    found = CURRENCY_BEFORE.search(before)
    if found is None:
        return None
    code = found.group("cur")
    if code:
        return Sign(found.group(0), CURRENCY_CODES[code.lower()], lone=False)
    return Sign(found.group(0), CURRENCY_CODES["ngn" if found.group("cur_n") else "php"], True)
