"""Kinds the re-trial of session 63 met, each fixed in general, on sentences written for
these tests with negatives: a single letter's stop before a word that opens sentences
ends the sentence ("lives in block C. She says"), a French subject that ends on a
conjunction is no voice ("a reconnu des pertes mais a parlé de trois soldats tués"), a
French title keeps its stop in every voice ("M. Ngabu"), and people who left a town
after an attack are displaced ("have left Kolofata since the attack")."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in
from tests.test_trial_kinds43 import claims
from workbench.extract.sentences import split_sentences
from workbench.ingest import document_from_text


def _sentences(text: str) -> list[str]:
    doc = document_from_text("x.txt", text)
    return [doc.text[s.start : s.end] for s in split_sentences(doc.text, doc.blocks)]


def test_a_letters_stop_before_a_pronoun_ends_the_sentence() -> None:
    text = "My cousin lives in block C. She says 30 people died."
    assert _sentences(text) == ["My cousin lives in block C.", "She says 30 people died."]
    assert "block" not in (claims_in(text)[0].attribution or "")


def test_an_initial_before_a_surname_stays_in_its_sentence() -> None:
    assert len(_sentences("President John F. Kennedy said 12 people died.")) == 1


def test_a_french_subject_ending_on_a_conjunction_is_no_voice() -> None:
    text = "Le porte-parole de l'armée a reconnu des pertes mais a parlé de trois soldats tués."
    assert [c.attribution for c in claims(text, "fr")] != ["des pertes mais"]


def test_a_french_title_keeps_its_stop_in_every_voice() -> None:
    # trial 63: "M․ Ngabu" (a masked stop) stood beside "Jules Ngabu" as another voice
    text = (
        "« Les déplacés sont la cible », a regretté M. Ngabu. Il estime à 2 500 le nombre de"
        " personnes ayant fui vers Bunia."
    )
    voices = {c.attribution for c in claims(text, "fr")}
    assert not any(v and "\u2024" in v for v in voices)


@pytest.mark.parametrize(
    "text",
    [
        "More than a thousand people have left Kolofata since the attack.",
        "About 1,000 residents left the town after the raid.",
    ],
)
def test_people_who_left_a_town_after_an_attack_are_displaced(text: str) -> None:
    # re-trial 63: "have left Kolofata" was a count of no fate
    assert [c.category.value for c in claims_in(text)] == ["displaced"]


@pytest.mark.parametrize(
    "text",
    ["The 300 soldiers left the town on Monday.", "Some 40 delegates left Geneva after the talks."],
)
def test_a_town_left_on_other_business_displaces_no_one(text: str) -> None:
    assert "displaced" not in [c.category.value for c in claims_in(text)]
