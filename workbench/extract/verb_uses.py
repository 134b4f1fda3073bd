"""Whether a word that is a verb of report as often as a noun ("reports", "estimate",
"claims") is a noun where it stands: "the latest U.N. estimates", "a media report" name
no one saying anything. Split from voices.py."""

from __future__ import annotations

import re

from workbench.extract.relay import quoted_origin

# Words that are nouns as often as verbs: "U.N. estimates", "media reports".
_AMBIGUOUS = frozenset(
    "reports report claims claim estimates estimate estimated notes states posted quoted cited "
    "mentions".split()
)
_VERB_OBJECT = re.compile(
    # a time between the verb and what it says: "estimated on Monday that"
    r"(?:\s+(?:on\s+\w+|earlier|later|last\s+\w+|this\s+\w+|in\s+a\s+\w+)){0,3}?"
    r"\s+(?:that|to|it|he|she|they|there|this|a|an|the|[“\"]|\d|(?:at\s+least|more\s+than|"
    # a qualifier before the figure: "residents claim up to 20 died"
    r"up\s+to|nearly|almost|around|roughly|between|as\s+many\s+as|no\s+fewer\s+than|"
    r"not\s+less\s+than|close\s+to|upwards\s+of|"
    r"over|about|some|several|dozens|hundreds|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety)\b)",
    re.IGNORECASE,
)
# The bare forms of those words, a noun only after a determiner ("a media report", "the
# latest estimate"), a verb after a plural subject ("local media report that").
_BARE = frozenset(("report", "estimate", "claim"))
_DETERMINED_BEFORE = re.compile(
    r"\b(?:a|an|the|this|that|its|their|his|her|our|one|latest|new|each|every)\s+"
    r"(?:[\w.’'-]+\s+){0,2}$",
    re.IGNORECASE,
)
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|these|those|latest|such|its|their|his|her|news|media|press|unconfirmed|"
    r"initial|official|recent|new|preliminary|provisional|early|first|rough|conservative|"
    r"unofficial|independent|"
    # a verb whose object the word is: "The army denied reports that 25 died" (trial 60's
    # voice "The army denied"), "said claims of 40 dead were false", "amid reports that"
    r"denied|denies|deny|dismissed|dismisses|rejected|rejects|refuted|refutes|disputed|"
    r"confirmed|said|says|amid|despite|following)|\b[A-Z]\.)\s*$",
    re.IGNORECASE,
)
_LIVES = re.compile(r"\s+(?:the\s+)?(?:[\w,-]+\s+){0,5}?lives\b", re.IGNORECASE)


def noun_toll(text: str, verb: re.Match[str]) -> bool:
    """Whether a toll statement's first word is a noun: "Initial estimates put the dead
    at 20" (the estimates put it; no one is named), not "the army estimates the toll"."""
    word = text[verb.start() : verb.end()].split()[0].lower()
    before = text[max(0, verb.start() - 30) : verb.start()]
    return word in _AMBIGUOUS and bool(_NOUN_BEFORE.search(before))


def is_noun_use(text: str, verb: re.Match[str]) -> bool:
    """ "the latest U.N. estimates", "an estimated 1,000": not a reporting verb;
    "quoted a nurse as saying" is one."""
    before = text[max(0, verb.start() - 30) : verb.start()]
    if re.search(r"\b(?:an?|the)\s*$", before, re.IGNORECASE):
        return True
    word = verb.group(0).lower()
    if word in _SINGULAR_NOUNS and _ONE_BEFORE.search(before):
        return True  # "according to a UN report and local leaders": "a" counts one report
    if word.rstrip("s") in _SINGULAR_NOUNS and _OWNER_BEFORE.search(before):
        return True  # "denied the army's claim that 15 were killed": its owner's claim
    if word in ("quoted", "cited") and quoted_origin(text, verb.end(), len(text)):
        return False
    if word.startswith("claim") and _LIVES.match(text, verb.end()):  # "claimed the lives of"
        return True
    if (
        word in _BARE
        and not _DETERMINED_BEFORE.search(before)
        and (_VERB_OBJECT.match(text, verb.end()) or text.startswith(",", verb.end()))
    ):
        return False  # "local media report that", "state media report, quoting": a verb
    if (
        word in _CLOSING_WORDS
        and _CLOSING_VERB.match(text, verb.end())
        and _TRAILING_SUBJECT.search(text, max(0, verb.start() - 70), verb.start())
    ):
        return False  # "Five were killed, the ministry reports.": the verb closing its quote
    return word in _AMBIGUOUS and (
        bool(_NOUN_BEFORE.search(before)) or not _VERB_OBJECT.match(text, verb.end())
    )


# A bare verb that is a singular noun after "a" or "an" and up to two words: "an
# internal UN report", "a preliminary estimate" (no singular subject takes "report").
_SINGULAR_NOUNS = frozenset(("report", "estimate", "claim", "statement", "count"))
_ONE_BEFORE = re.compile(r"\b(?i:an?)\s+(?:[\w.’'-]+\s+){1,2}$")
# An owner's possessive right before: "the army's claim", "the militants' reports".
_OWNER_BEFORE = re.compile(r"\w[’']s?\s+$")
# A verb that ends its sentence after a subject set off by a comma: ", X reports."
_CLOSING_VERB = re.compile(r"\s*(?:[.!?]|$)")
_CLOSING_WORDS = frozenset(("reports", "states", "notes", "claims", "estimates"))
_TRAILING_SUBJECT = re.compile(
    r"[,”\"]\s*(?!(?:according|in|on|by|from|of|as|to|with|under|for)\b)"
    r"(?:the\s+)?[A-Za-z][^,.;:“”\"]{1,60}\s$",
    re.IGNORECASE,
)
