"""Property: extraction never raises, and every claim's offsets are its text."""

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import claims_in
from workbench.export.markdown import _SPECIAL, _inert
from workbench.export.markdown import text as markdown_text
from workbench.extract.places import _literal_names
from workbench.ingest.readers import inert_text

WORDS = st.sampled_from(
    [
        "killed",
        "wounded",
        "at",
        "least",
        "more",
        "than",
        "about",
        "up",
        "to",
        "between",
        "and",
        "1,200",
        "twenty-four",
        "dozens",
        "of",
        "soldiers",
        "civilians",
        "people",
        "in",
        "Gao",
        "north",
        "of",
        "Kidal",
        "said",
        "reportedly",
        "on",
        "Tuesday",
        "$3.5-billion",
        "(",
        ")",
        "1.",
        "•",
        "\n",
        "\n\n",
        ":",
        ";",
        ",",
        ".",
        "“",
        "”",
        "said",
        "she",
        "the",
        "company",
        "refugees",
        "fled",
        "Mali",
        "2013",
        "aged",
        "40",
        "km",
    ]
)
# Runs of digits of any length, reversed ranges, and lone surrogates (what a
# badly decoded file holds): the figure's bounds must still be in order.
DIGIT_RUNS = st.integers(min_value=1, max_value=6000).map(lambda n: "9" * n)
RANGES = st.tuples(
    st.integers(0, 10**20), st.sampled_from(["-", " to ", " and "]), st.integers(0, 10**20)
).map(lambda t: f"between {t[0]}{t[1]}{t[2]}")
SURROGATES = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
SENTENCES = st.lists(
    st.one_of(WORDS, st.text(max_size=12), DIGIT_RUNS, RANGES, SURROGATES), max_size=60
).map(" ".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=400), SENTENCES))
def test_never_raises_and_offsets_hold(text):
    # a text of nothing but escape sequences is refused as "no text in the file", as an
    # empty one is (the reader's own line, `ingest.readers.inert_text`): no claims to read
    if not inert_text(text).strip():
        return
    for claim in claims_in(text):
        assert text[claim.start : claim.end] == claim.text
        assert claim.start < claim.end
        if claim.low is not None and claim.high is not None:
            assert claim.low <= claim.high
        for bound in (claim.value, claim.low, claim.high):
            assert bound is None or abs(bound) < 2**63


NAMES = st.lists(st.text("abgo -", min_size=1, max_size=6), min_size=1, max_size=8)


@given(NAMES, st.text("abgo -.x", max_size=40))
@settings(max_examples=300)
def test_a_trie_of_names_finds_what_a_flat_alternation_finds(names, text):
    """The gazetteer's trie pattern: the same matches as the plain list, longest first."""
    longest_first = sorted(set(names), key=len, reverse=True)
    flat = re.compile("(?:" + "|".join(map(re.escape, longest_first)) + r")(?![\w])")
    trie = _literal_names(names)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]


@given(st.text(" \n\tab<>&|*_`#~$[]\\\u00a0\u2028\u3000\u200b\x1cé", max_size=30))
@settings(max_examples=300)
def test_markdown_text_takes_its_shortcut_only_where_nothing_changes(value):
    """The writer's fast path for plain text gives what the full escaping gives."""
    slow = _SPECIAL.sub(_inert, " ".join(value.split()))
    assert markdown_text(value) == slow
