"""A person's sex as one word says it: "woman", "schoolgirl", "policewoman", "she"
are a woman's; "man", "headman", "fisherman", "he" a man's; "soldier", "person"
neither. Read by `pronoun_subjects` ("She" takes no "headman": trial 78) and by
`match.victims.sex_of` (a woman killed and a man killed are two people), which each
kept a list of these words before (session 79).
"""

from __future__ import annotations

_FEMALE = frozenset(
    "woman girl schoolgirl mother daughter wife sister aunt niece grandmother queen princess"
    " nun policewoman businesswoman chairwoman lady widow she her elle".split()
)
_MALE = frozenset(
    "man boy schoolboy father son husband brother uncle nephew grandfather king prince monk"
    " priest imam policeman businessman chairman gentleman he him il".split()
)
# "-man" words that are no man: "human", "German", "shaman"
_NOT_MEN = frozenset({"human", "german", "shaman", "ottoman", "roman", "caiman"})


def sex_of_word(word: str) -> str | None:
    """ "female", "male" or None (a word of either sex, "soldier") for one word, case
    aside: the lists above, and the "-woman" and "-man" words ("headwoman",
    "tribesman"; not "human", "German")."""
    word = word.lower()
    if word in _FEMALE or word.endswith("woman"):
        return "female"
    if word in _MALE or (word.endswith("man") and word not in _NOT_MEN):
        return "male"
    return None
