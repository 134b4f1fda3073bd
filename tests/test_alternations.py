"""A word alternation as a trie matches what the flat list matches."""

from __future__ import annotations

import re

from workbench.extract.alternations import word_trie

_WORDS = r"kill\w*|kil+ed|shot|shoot\w*|bod(?:y|ies)|corpses?|Jan|Jun|Jul|ago\b|\d{4}|to date"


def test_the_trie_shares_the_letters_of_its_words() -> None:
    assert word_trie("shot|shoot|show") == "sho(?:t|ot|w)"
    assert word_trie("Jan|Jun|Jul") == "J(?:an|u(?:n|l))"
    assert word_trie("one") == "one"


def test_the_trie_finds_what_the_list_finds() -> None:
    flat, trie = re.compile(_WORDS), re.compile(word_trie(_WORDS))
    text = (
        "Gunmen killled 3 and shot 2 in Jan 2019; bodies and a corpse, one body, were found "
        "two days ago. To date, shooters kiled 40 in June, July: 1999 deaths (shootings)."
    )
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_groups_and_escapes_stay_whole() -> None:
    assert word_trie(r"bod(?:y|ies)|a\|b|c[|]d") == r"(?:bod(?:y|ies)|a\|b|c[|]d)"
