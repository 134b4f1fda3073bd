"""A sentence a document repeats word for word is one saying, read once: a lead
printed twice, a pasted paragraph, a file of one line over and over (a trial's
3.6 MB file of one sentence gave 80,000 claims restating each other and millions
of links). A short sentence may tell two incidents ("One soldier was killed.") and
is read each time it stands."""

from __future__ import annotations

from workbench.extract import extract_claims
from workbench.extract.document import PAGE
from workbench.ingest import document_from_text
from workbench.models import Category

LONG = "Gunmen killed 12 villagers near Gao on Tuesday, a local official said."


def killed(text: str) -> list[float]:
    claims = extract_claims(document_from_text("repeated.txt", text))
    return [c.value for c in claims if c.category is Category.KILLED]


def test_a_long_sentence_said_twice_is_read_once():
    assert killed(f"{LONG}\n\n{LONG}\n") == [12]


def test_case_and_spacing_do_not_make_it_another_saying():
    again = LONG.upper().replace(" ", "  ")
    assert killed(f"{LONG}\n\n{again}\n") == [12]


def test_a_sentence_repeated_over_many_pages_is_read_once():
    text = (LONG + " ") * (3 * PAGE // len(LONG))
    assert len(text) > 2 * PAGE
    assert killed(text) == [12]


def test_short_sentences_and_sentences_that_differ_are_each_read():
    text = (
        "Fighters attacked Gossi on Monday. One soldier was killed.\n\n"
        "Another group struck Gao on Tuesday. One soldier was killed.\n\n"
        "Gunmen killed 13 villagers near Gao on Tuesday, a local official said.\n"
    )
    assert killed(f"{text}\n{LONG}\n") == [1, 1, 13, 12]
