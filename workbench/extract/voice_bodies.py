"""A voice that is a part of a body with a long proper name (trial 78).

"A faction of the separatist Movement of Democratic Forces of Casamance claimed it
killed 11 soldiers", "a splinter wing of the Oromo Liberation Army said": the speaker is
a few words of its own ("a faction", "a splinter wing") and then a proper name. The
phrase is longer than a speaker's usual words (`speaker_make.MAX_WORDS`), and, its head
in lower case, not a long proper name either (`speaker_make._long_proper_name`), so it
was no voice and the figure fell to the outlet (the wire then "vouched" for a rebel
claim). Such a phrase is named the way "according to X" names a source.
"""

from __future__ import annotations

import re

# The part's own words, then "of (the)" and a few lower-case words ("separatist",
# "rebel"): "a faction of the separatist ", "one wing of the armed ".
_PART_OF = re.compile(
    r"(?i:an?|one|the|another|two|three|several|some)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:faction|factions|wing|wings|branch|branches|splinter\s+group|cell|cells|unit|units|"
    r"section|arm|offshoot|breakaway\s+group|leader|leaders|commander|commanders|"
    r"spokesman|spokesperson|spokeswoman|members?)"
    r"\s+of\s+(?:the\s+|its\s+)?(?:[a-z-]+\s+){0,2}"
)
_LINKS = frozenset("of the for and in on to at de du des la le et pour".split())


def part_of_named_body(phrase: str) -> bool:
    """Whether `phrase` is a part of a body named by a proper name of three capitalised
    words at least ("a faction of the separatist Movement of Democratic Forces of
    Casamance"), its name running to the phrase's end."""
    head = _PART_OF.match(phrase)
    if head is None:
        return False
    name = phrase[head.end() :].split()
    capitals = [w for w in name if w[:1].isupper()]
    return (
        len(capitals) >= 3
        and name[:1] == capitals[:1]
        and all(w[:1].isupper() or w.lower() in _LINKS for w in name)
    )


# A stance taken toward a voice, before its name: "contradicting the Uganda Police
# Force, which puts the toll at three", "disputing the army, which gives four" (trial
# 78: the voice was "contradicting the Gambia Police Force"). The voice is the one
# named after it.
_STANCE = re.compile(
    r"(?i:contradicting|disputing|challenging|rejecting|echoing|confirming|contrary\s+to|"
    r"unlike|against|countering|correcting)\s+(?=\S)"
)


def without_stance(phrase: str) -> str:
    """`phrase` less a stance word before the voice it names ("contradicting the army":
    "the army"); the phrase as it was where none opens it."""
    stance = _STANCE.match(phrase)
    return phrase[stance.end() :] if stance else phrase
