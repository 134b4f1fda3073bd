"""A telephone number is no count (trial 77: a police release's "Police emergency numbers
191 and 18555" gave two claims of troops, which then contradicted the toll): a number
after a word of calling or of a line ("hotline", "emergency number(s)", "call", "dial",
"toll-free line", French « numéro vert », « appeler le »), or a later number of such a
list ("numbers 191 and 18555")."""

from __future__ import annotations

import re

from workbench.extract.tails import TailPattern

_LINE = (
    r"(?:(?:tele)?phone|hotlines?|helplines?|hot\s+line|help\s+line|toll[\s-]free|"
    r"emergency\s+(?:numbers?|lines?|hotlines?)|"
    r"short\s+code|whatsapp|sms|numéro\s+vert|numéro\s+d['’]urgence|ligne\s+verte)"
)
PHONE_BEFORE = TailPattern(
    re.compile(
        # "emergency numbers", "hotline", "toll-free line on", "the police on"
        rf"\b(?:{_LINE}(?:\s+(?:numbers?|lines?|nos?\.?|numéros?))?"
        r"|(?:call|dial|text|phone|ring|calling|dialling|dialing)(?:\s+(?:the|us|police|them)){0,2}"
        r"(?:\s+(?:on|at))?"
        r"|(?:appeler|composer|joindre)\s+le)"
        # a later number of the list: "numbers 191 and 18555", "0800 111 222 or 112"
        r"(?:\s*:?\s*\+?\d[\d\s().-]*(?:,\s*|\s+(?:and|or|et|ou)\s+))*\s*:?\s*\+?$",
        re.IGNORECASE,
    ),
    (
        "phone",
        "line",
        "lines",
        "number",
        "numbers",
        "call",
        "dial",
        "text",
        "on",
        "at",
        "le",
        "and",
        "or",
        "et",
        "ou",
        ",",
        ":",
        "+",
        "vert",
        "urgence",
        "verte",
        "free",
        "us",
        "the",
        "police",
        "them",
        "hotline",
        "helpline",
        "hotlines",
        "helplines",
        "whatsapp",
        "sms",
        "ring",
        "no",
        "nos",
        "no.",
        "nos.",
        "numéro",
        "numéros",
        "calling",
        "dialling",
        "dialing",
    ),
    ignore_case=True,
)


def phone_number(before: str) -> bool:
    """Whether the number whose text before it is `before` is a telephone number."""
    return PHONE_BEFORE.search(before) is not None
