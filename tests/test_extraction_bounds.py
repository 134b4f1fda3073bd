"""Hostile and oversized input: what a claim keeps of a sentence that is no real
sentence, and text read the same whatever its line breaks (issue 14, item 15).
Speed and memory are measured by benchmarks/adversarial.py, not here."""

from __future__ import annotations

from tests.conftest import claims_in
from workbench.ingest import document_from_text


def test_a_claim_of_an_endless_sentence_keeps_a_bounded_piece_of_it():
    tolls = ", ".join(f"{n} killed in Tinka" for n in range(2, 400))
    claims = claims_in(f"Reports from the district: {tolls}.")
    assert len(claims) == 398
    for claim in claims:
        assert claim.text in claim.sentence
        assert len(claim.sentence) <= 900
    assert claims[0].sentence.startswith("Reports from the district: 2 killed")
    assert claims[0].sentence.endswith("…")
    assert any(c.sentence.startswith("…") and c.sentence.endswith("…") for c in claims)
    assert sorted(c.value for c in claims) == list(range(2, 400))  # none lost where it is cut


def test_a_sentence_of_ordinary_length_is_kept_whole():
    text = "Gunmen killed 12 villagers in Gao on Tuesday, the army said. " * 1
    [claim] = claims_in(text)
    assert claim.sentence == text.strip()


def test_a_text_without_line_breaks_reads_as_the_same_text_with_them():
    # a hundred sentences, each its own (one said again word for word is read once)
    sentences = [
        f"Gunmen killed {n} villagers in Gao on Tuesday, the army said." for n in range(2, 102)
    ]
    flat = claims_in(" ".join(sentences))
    broken = claims_in("\n\n".join(sentences))
    assert [(c.value, c.category) for c in flat] == [(c.value, c.category) for c in broken]
    assert len(flat) == 100


def test_a_figure_too_large_to_count_anything_is_no_claim_and_stops_nothing():
    text = (
        "A transfer of 12345678901234567890 CFA francs was traced. "
        f"Another of {'9' * 5000} dollars too. Three soldiers were killed in Gao."
    )
    claims = claims_in(text)
    assert [(c.category.value, c.value) for c in claims] == [("killed", 3)]


def test_the_largest_figure_read_is_a_quadrillion():
    [money] = claims_in("The war cost $900 trillion, the ministry said.")
    assert money.value == 900 * 10**12
    assert claims_in("The war cost $9,000 trillion, the ministry said.") == []


def test_a_reversed_range_is_read_in_order():
    for text in ("Between 50 and 20 soldiers were killed.", "25-5 soldiers were killed."):
        [claim] = claims_in(text)
        assert claim.low is not None and claim.high is not None
        assert claim.low < claim.high


def test_terminal_escapes_in_a_source_are_neither_obeyed_nor_read_as_figures():
    text = (
        "The army said 7 soldiers were killed in Gao. \x1b[30;40mIn fact 70 civilians "
        "were killed, witnesses said.\x1b[0m Then \x1b]0;a title\x07 and \x9b31m and \u202e."
    )
    claims = claims_in(text)
    assert [(c.category.value, c.value) for c in claims] == [("killed", 7), ("killed", 70)]
    document = document_from_text("hostile.txt", text)
    assert len(document.text) == len(text)  # offsets kept
    assert not any(ch in document.text for ch in "\x1b\x07\x9b\u202e")
    assert "In fact 70 civilians" in document.text
