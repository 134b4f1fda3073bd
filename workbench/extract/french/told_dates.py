"""French dates a story tells from another of its dates ("la veille", "le
lendemain", "le même jour", "cette nuit-là", "deux jours plus tard"), resolved as
the English ones are (extract/told_dates.py: from the last single day named before
them). Words that count from a thing they name are left alone: "la veille de
l'élection", "le lendemain du scrutin", "le jour même où", "trois jours après
l'attaque"; a date written at once after them ("le lendemain, 17 avril") is kept
instead.
"""

from __future__ import annotations

import re

from workbench.extract.french.calendar_words import MONTHS
from workbench.extract.number_words import FRENCH_COUNT_WORDS
from workbench.extract.told_dates import ToldWords

_PART = r"(?:jour|nuit|soir|soirée|soiree|matin|matinée|matinee|après-midi|apres-midi)"
# What follows words that count from a thing they name.
# "trois jours après celle du poste de Sampéto", "deux jours après son enlèvement" too:
# the other attack's day, not three days after the story's (re-trial 65)
_NAMED_AFTER = (
    r"(?!\s*(?:(?:de|du|des|où|ou|que|qui|la|le|les|celle|celles|celui|ceux|cette|cet|ce|ces|"
    r"son|sa|ses|leur|leurs|un|une)(?!\w)|[dl]['’]))"
)
_PATTERN = re.compile(
    r"(?i:(?<![\w'’-])(?:"
    r"(?P<back2>l['’]avant-veille)"
    r"|(?P<back>la\s+veille)"
    r"|(?P<on2>le\s+surlendemain)"
    r"|(?P<on>le\s+lendemain)"
    rf"|(?:le|la)\s+même\s+{_PART}|(?:le|la)\s+{_PART}\s+même|(?:ce|cette)\s+{_PART}-là"
    r"|plus\s+tard\s+dans\s+la\s+(?:journée|journee|soirée|soiree|nuit)"
    r"|(?P<n>\d+|un|une|deux|trois|quatre|cinq|six|sept)\s+jours?\s+"
    r"(?P<then>plus\s+tard|plus\s+tôt|plus\s+tot|après|apres|auparavant|avant)"
    rf"){_NAMED_AFTER})(?![\w'’-])"
)
_STATED_NEXT = re.compile(rf"(?i:,?\s*\(?\s*(?:le\s+)?\d{{1,2}}(?:er)?\s+(?:{MONTHS})\b)")
# The words of a sentence (as `wordindex` splits them: letters a-z) one of those holds.
_WORDS = frozenset(("veille", "lendemain", "surlendemain", "jour", "jours", "nuit", "soir"))
_WORDS |= frozenset(("matin", "tard", "tot", "apres", "avant", "auparavant", "midi"))


def _shift(match: re.Match[str]) -> int:
    """Days from the story's last date to the one the words tell."""
    for group, days in (("back2", -2), ("back", -1), ("on2", 2), ("on", 1)):
        if match.group(group):
            return days
    if match.group("then"):
        count = match.group("n").lower()
        days = int(count) if count.isdigit() else FRENCH_COUNT_WORDS[count]
        later = match.group("then").lower().startswith(("plus tard", "après", "apres"))
        return days if later else -days
    return 0  # le même jour, cette nuit-là, plus tard dans la journée


FRENCH = ToldWords(_PATTERN, _shift, _STATED_NEXT, _WORDS)
