"""The plurals of the lexicon's singular person nouns, for counts: "arrested 14
suspects", "three accomplices were detained", "12 bodyguards".

`lexicon.PERSON_NOUNS` holds every singular a person is named by ("a suspect was
arrested"), but its plural classes (`lexicon.NOUN_CLASS`) list only the plurals a
family hangs on ("soldiers" are military, "villagers" civilians). A count of any other
person noun is still a count of people, of no family: `NounClass.PERSON`, as "people".
The plurals are made by English's regular rules, with the few irregular ones named.
"""

from __future__ import annotations

from workbench.extract.lexicon import NOUN_CLASS, PERSON_NOUNS, NounClass

# Plurals that name things as often as people ("heads of cattle", "electricity poles",
# "privates", "majors", "generals" of a kind), or adjectives' plurals: not counted here.
_AMBIGUOUS = frozenset("head pole private major general guide escort national swiss".split())
_IRREGULAR = {
    "thief": "thieves",
    "wife": "wives",
    "housewife": "housewives",
    "child": "children",
    "grandchild": "grandchildren",
    "czech": "czechs",
    "passer-by": "passers-by",
}
_IN_LAW = "-in-law"


def plural(noun: str) -> str:
    """The English plural of a singular person noun: "suspect" -> "suspects", "deputy"
    -> "deputies", "businessman" -> "businessmen", "brother-in-law" ->
    "brothers-in-law", "thief" -> "thieves"."""
    if noun in _IRREGULAR:
        return _IRREGULAR[noun]
    if noun.endswith(_IN_LAW):
        return plural(noun[: -len(_IN_LAW)]) + _IN_LAW
    if noun.endswith("man") and noun not in ("german", "ottoman"):
        return noun[:-3] + "men"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "sh", "ch", "x", "z")):
        return noun + "es"
    return noun + "s"


PERSON_PLURALS: dict[str, NounClass] = {
    plural(noun): NounClass.PERSON
    for noun in sorted(PERSON_NOUNS - _AMBIGUOUS)
    if plural(noun) not in NOUN_CLASS and " " not in noun
}
