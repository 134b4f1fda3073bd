"""A lead's day carried to the toll told paragraphs later (session 45, from the
Cameroon trial): "attacked Mozogo ... on Thursday night. // The attackers burned
houses, residents said. // Eight civilians were killed" dates the eight by the attack,
in English and French, where the sentences between name no day and count nothing and
the toll is of the lead's place. Sentences written for these tests, with negatives.
The report is dated Wednesday 11 November 2026."""

from __future__ import annotations

from tests.test_trial_kinds43 import claims

_LEAD = "Gunmen attacked the village of Kolofata in the Far North region on Monday night."
_BETWEEN = "The attackers burned houses and stole cattle, residents said."
_TOLL = "Seven civilians were killed and three wounded, a local official said."


def test_a_leads_day_reaches_a_toll_over_a_sentence_that_names_none() -> None:
    found = claims(f"{_LEAD}\n\n{_BETWEEN}\n\n{_TOLL}")
    assert [(c.value, c.date) for c in found] == [(7, "2026-11-09"), (3, "2026-11-09")]


def test_a_french_leads_night_reaches_the_toll() -> None:
    found = claims(
        "Des hommes armés ont attaqué la localité de Kolofata dans la nuit de lundi à "
        "mardi.\n\nIls ont incendié plusieurs cases, selon des habitants.\n\nSept civils "
        "ont été tués, a indiqué une source sécuritaire.",
        "fr",
    )
    assert [(c.value, c.date) for c in found] == [(7, "2026-11-09/2026-11-10")]


def test_no_day_is_carried_over_another_day_a_count_or_to_another_place() -> None:
    another_day = "On Tuesday, soldiers arrived in the village, residents said."
    found = claims(f"{_LEAD}\n\n{another_day}\n\n{_TOLL}")
    assert found[0].date != "2026-11-09"
    # a count between is no other day: the page tells one attack, on Monday night (trial
    # 63: `DatedPage.story_day`); a second attack's day between is
    counted = "The attackers burned 40 houses, residents said."
    assert claims(f"{_LEAD}\n\n{counted}\n\n{_TOLL}")[-2].date == "2026-11-09"
    second = "Gunmen attacked the village of Mora on Tuesday, burning 40 houses."
    assert claims(f"{_LEAD}\n\n{second}\n\n{_TOLL}")[-2].date != "2026-11-09"
    elsewhere = "Seven civilians were killed in Mora, a local official said."
    assert [c.date for c in claims(f"{_LEAD}\n\n{_BETWEEN}\n\n{elsewhere}")] == [None]


def test_a_country_named_in_a_lead_carries_no_day_far() -> None:
    lead = "Gunmen attacked villages in Cameroon on Monday night."
    found = claims(f"{lead}\n\n{_BETWEEN}\n\nSeven civilians were killed in Cameroon.")
    assert found[0].date is None


def test_a_lead_too_far_back_dates_nothing() -> None:
    filler = " ".join(f"Residents described scene {n} to reporters." for n in "abcde")
    found = claims(f"{_LEAD}\n\n{filler}\n\n{_TOLL}")
    assert found[0].date is None
