"""Days told from an earlier day, and figures owned by another voice (issue 13; session
43's trial): "the same day", "le même jour" count from the last day of an event the
story named, not from the day a statement was made; "the police figure of 19", quoted
by a rights group, is the police's. Sentences written for these tests, with their
negatives."""

from __future__ import annotations

import pytest

from tests.test_trial_kinds43 import claims


def test_the_same_day_counts_from_the_events_day_not_the_statements() -> None:
    found = claims(
        "Gunmen killed 12 villagers in Dambe on Sunday, the army said on Tuesday. "
        "On the same day, 4 soldiers were killed in Wala."
    )
    assert {c.date for c in found} == {"2026-11-08"}


def test_le_meme_jour_counts_from_the_events_day_not_the_statements() -> None:
    found = claims(
        "Le bilan de l'attaque survenue dimanche à Dambe est passé à 30 morts, a déclaré "
        "mardi à l'AFP un responsable local. Le même jour, à Wala, deux policiers ont "
        "été tués.",
        "fr",
    )
    policemen = next(c for c in found if c.value == 2)
    assert policemen.date == "2026-11-08"


def test_a_statement_day_alone_still_anchors_the_same_day() -> None:
    found = claims(
        "The army said on Tuesday that it had repelled an attack. On the same day, 4 "
        "soldiers were killed in Wala."
    )
    assert [c.date for c in found] == ["2026-11-10"]


def test_a_figure_its_words_give_to_another_is_that_voices() -> None:
    found = claims(
        '"The army figure of 9 dead hides what happened. We counted 27 bodies," said '
        "a rights group's director."
    )
    by_value = {c.value: c.attribution for c in found}
    assert by_value[9] == "army"
    assert by_value[27] != "army"


def test_a_figures_kind_is_no_owner() -> None:
    found = claims("The official toll of 12 was given by the governor.")
    assert all(c.attribution != "official" for c in found)


def test_a_time_after_by_is_no_actor() -> None:
    found = claims("The mayor said 11 bodies had been buried by Saturday and 400 had fled.")
    assert all(c.actor is None for c in found)
    killers = claims("Twelve villagers were killed by suspected rebels in Beni.")
    assert [c.actor for c in killers] == ["suspected rebels"]


def test_a_toll_after_the_attacks_scene_takes_its_day() -> None:
    found = claims(
        "Gunmen attacked the village of Dambe on Monday.\n\n"
        "Twelve people were killed and 5 wounded, officials said. Four more died later."
    )
    assert {c.date for c in found} == {"2026-11-09"}


def test_a_french_communiques_scene_dates_its_tolls() -> None:
    found = claims(
        "COMMUNIQUÉ\n\nLe lundi 9 novembre 2026, une position de l'armée située à Dambe a "
        "fait l'objet d'une attaque terroriste.\n\nLes combats ont coûté la vie à 6 de nos "
        "militaires. 11 autres ont été blessés.",
        "fr",
    )
    assert {c.date for c in found} == {"2026-11-09"}


@pytest.mark.parametrize(
    "before",
    [
        "The army said on Tuesday it had repelled an attack.",  # a statement's day
        "On Monday gunmen attacked Wala and killed 3.",  # a count of its own
        "Markets reopened on Monday.",  # no attack
    ],
)
def test_no_scene_day_from_a_statement_a_count_or_no_attack(before: str) -> None:
    found = claims(f"{before} Twelve people were killed in Dambe.")
    assert next(c for c in found if c.value == 12).date is None


def test_a_bracketed_datelines_day_is_the_release_not_the_attack() -> None:
    found = claims(
        "(Geneva, November 10, 2026) - Gunmen killed 14 people in Dambe on November 2, "
        "2026, Human Rights Watch said today."
    )
    assert [(c.date, c.location) for c in found] == [("2026-11-02", "Dambe")]


def test_a_sentence_opening_on_another_account_takes_no_voice_before() -> None:
    found = claims(
        "Au moins 12 soldats ont été tués vendredi près de Porga, selon une source "
        "sécuritaire. L'attaque a été revendiquée par le JNIM, selon SITE. Le même jour, "
        "2 policiers ont été tués à Matéri.",
        "fr",
    )
    policemen = next(c for c in found if c.value == 2)
    assert (policemen.attribution, policemen.date) == (None, "2026-11-06")


def test_a_sentence_going_on_with_its_report_keeps_the_voice() -> None:
    found = claims(
        "Selon l'armée, 12 soldats ont été tués vendredi à Porga. Huit autres ont été blessés.",
        "fr",
    )
    assert {c.attribution for c in found} == {"l'armée"}
