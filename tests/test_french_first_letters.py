"""`french.first_letters.by_first_letter`: an alternation grouped by first letter
matches what the list matches and prefers what it prefers."""

from __future__ import annotations

import re

from workbench.extract.french.first_letters import by_first_letter


def test_grouped_by_first_letter_in_order() -> None:
    assert by_first_letter("déclar|indiqu|dément|dit") == "d(?:éclar|ément|it)|indiqu"
    assert by_first_letter(r"fait\s+savoir|fourni|a") == r"f(?:ait\s+savoir|ourni)|a"


def test_same_matches_and_same_preference() -> None:
    words = r"confi|confirm|conf(?:ie|ié)|avanc|ajout|a"
    grouped = re.compile(f"(?:{by_first_letter(words)})(?:e|é)?")
    listed = re.compile(f"(?:{words})(?:e|é)?")
    for text in ("confirmé", "confié", "confie", "avancé", "ajoute", "a", "autre", "x"):
        got, want = grouped.match(text), listed.match(text)
        assert (got and got.group()) == (want and want.group())


def test_unchanged_where_grouping_could_change_preference() -> None:
    # negatives: a class, a group, an escape, a quantified letter or a capital first
    for pattern in (r"[ab]c|ad", r"(?:x)|xy", r"\s+a|b", r"a?b|ac", r"Ab|ab"):
        assert by_first_letter(pattern) == pattern


def test_bars_inside_groups_and_classes_are_not_split() -> None:
    assert by_first_letter(r"x[|(]|xy|z(?:a|b)|zz") == r"x(?:[|(]|y)|z(?:(?:a|b)|z)"
