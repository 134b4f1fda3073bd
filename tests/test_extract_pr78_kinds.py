"""Extraction kinds behind same-incident pairs that matching left apart (issue 16,
session 78), each tested on sentences written for these tests, with negatives:

- a country whose agents, nationals or envoys a sentence names is no place of it;
- "an employee of one of the hotels": the employee is counted, not a "one";
- one victim told as "he"/"she" is the person of the claim just before;
- slips of "at least" ("atleast", "at lesast", "at leat");
- "Suspected [al Shabaab] was shot dead": one suspect killed;
- a vague toll's figure in a bracket after its scene ("many killed in raid (142)");
- a circumstance after a day told first ("On Sunday, as the world watched ...");
- a dateline closed by a colon after its day ("KATHMANDU, Jan 29:").
"""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Claim

_PUBLISHED = dt.date(2025, 3, 12)  # a Wednesday


def _claims(text: str) -> list[Claim]:
    doc = document_from_text("story.txt", text).model_copy(
        update={"language": "en", "published": _PUBLISHED}
    )
    return extract_claims(doc)


def _of(text: str, category: str) -> list[Claim]:
    return [c for c in _claims(text) if c.category.value == category]


# -- a country whose people are named ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "DENMARK. Suspected agents of Libya shot and wounded an exiled writer. "
            "The writer was shot near his flat in Aarhus. Police never linked the attack "
            "to Libya.",
            "Denmark",
        ),
        ("Alleged spies of Syria wounded a dissident journalist outside a cafe.", None),
        (
            "BELGIUM. Two operatives of Iraq shot and wounded a former officer. "
            "Police later linked the shooting to Iraq.",
            "Belgium",
        ),
    ],
)
def test_a_country_whose_agents_are_named_is_no_place(text: str, place: str | None) -> None:
    (claim,) = _of(text, "wounded")
    assert claim.location == place


def test_a_country_where_agents_acted_stays_the_place() -> None:
    (claim,) = _of("Gunmen wounded two agents of the customs service in Ghana.", "wounded")
    assert claim.location == "Ghana"


# -- "an employee of one of the hotels" ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A Swedish tourist and a waiter of one of the lodges were killed in Arusha.", 2),
        ("A nurse and a guard of one of the clinics were wounded in Goma.", 2),
        ("The owner of one of the shops was killed in Kano.", 1),
        ("A relative of one of the victims was wounded in Jos.", 1),
    ],
)
def test_a_person_of_one_of_a_group_is_counted(text: str, value: int) -> None:
    category = "wounded" if "wounded" in text else "killed"
    (claim,) = _of(text, category)
    assert claim.value == value
    assert claim.subject not in ("lodges", "clinics", "shops", "victims")


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Gunmen killed one of the guards in Kano.", "guards"),
        ("The death of one of the hostages was confirmed in Kano.", "hostages"),
    ],
)
def test_one_of_a_group_is_still_one_of_them(text: str, subject: str) -> None:
    (claim,) = _of(text, "killed")
    assert (claim.value, claim.subject) == (1, subject)


# -- a pronoun's person ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Gunmen seized a local chief in Beni on Monday. He was shot dead hours later.",
            "local chief",
        ),
        ("A police officer was stabbed in Kano. He died in hospital.", "police officer"),
        ("A young woman was wounded in Kisumu. She died on the way to hospital.", "young woman"),
    ],
)
def test_one_victim_told_by_a_pronoun_is_the_person_before(text: str, subject: str) -> None:
    (claim,) = _of(text, "killed")
    assert claim.subject == subject


@pytest.mark.parametrize(
    "text",
    [
        "A woman was stabbed in Kano. He died in hospital.",  # no woman's "he"
        "Three soldiers were wounded in Gao on Monday. He died in hospital later.",
    ],
)
def test_a_pronoun_with_no_person_before_it_stays(text: str) -> None:
    (claim,) = _of(text, "killed")
    assert claim.subject == "He"


# -- slips of "at least" ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("Police intervened, shooting dead at lesast 3 in Eldoret.", 3),
        ("Police shot dead atleast 4 protesters in Kisumu.", 4),
        ("Gunmen killed at leat 6 villagers in Jos.", 6),
        ("At laest 9 people died in the blast in Quetta.", 9),
    ],
)
def test_a_slip_of_at_least_bounds_the_figure(text: str, low: int) -> None:
    (claim,) = _of(text, "killed")
    assert (claim.low, claim.high) == (low, None)


def test_at_last_is_no_bound() -> None:
    (claim,) = _of("They arrived at last, and 2 men were hurt in Gao.", "wounded")
    assert (claim.low, claim.high) == (2, 2)


# -- "Suspected [X] was shot dead" ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Suspected [Boko Haram] was on Monday shot dead by soldiers in Bama.",
            "Boko Haram suspect",
        ),
        ("A suspected al-Shabaab was killed by police in Garissa.", "al-Shabaab suspect"),
        ("Suspected [ADF] had been killed by troops near Eringeti.", "ADF suspect"),
    ],
)
def test_one_suspect_named_by_the_group_is_killed(text: str, subject: str) -> None:
    (claim,) = _of(text, "killed")
    assert (claim.value, claim.subject) == (1, subject)


@pytest.mark.parametrize(
    "text",
    [
        "Suspected Boko Haram were killed by soldiers in Bama.",  # how many: unsaid
        "Suspected [Boko Haram] attacked Bama on Monday.",
    ],
)
def test_suspects_of_no_count_give_no_claim(text: str) -> None:
    assert _of(text, "killed") == []


# -- a vague toll's figure after its scene -----------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Raiders attacked herders in Marsabit; many civilians killed in raid(58 over days)", 58),
        ("Many people died in the clashes (about 40) near Kauru.", 40),
    ],
)
def test_a_bracketed_figure_after_the_scene_is_the_vague_toll(text: str, value: int) -> None:
    (claim,) = _of(text, "killed")
    assert claim.value == value


def test_a_bracketed_part_stays_a_part() -> None:
    claims = _of("Many people were killed in the attack (3 of them children).", "killed")
    assert [c.value for c in claims] == [None]


# -- a circumstance after a day ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "On Sunday, as the world watched the siege in Nairobi, two bombers killed 83 "
            "people outside a church in Peshawar.",
            "Peshawar",
        ),
        (
            "On Saturday, as fighting raged in Tripoli, a shell killed six people at a "
            "market in Zawiya.",
            "Zawiya",
        ),
    ],
)
def test_a_circumstance_after_a_day_is_a_setting(text: str, place: str) -> None:
    (claim,) = _of(text, "killed")
    assert claim.location == place


def test_a_setting_is_not_handed_on_to_the_next_sentence() -> None:
    text = (
        "On Sunday, as the world focused on the siege at a mall in Nairobi, two bombers "
        "blew themselves up outside a church in Peshawar.\n\nThe Taliban claimed the "
        "bombing, which left 61 dead."
    )
    (claim,) = _of(text, "killed")
    assert "Peshawar" in (claim.location or "")


def test_a_place_before_the_circumstance_stays() -> None:
    (claim,) = _of("In Kano, as police watched, gunmen killed 5 people.", "killed")
    assert claim.location == "Kano"


# -- a dateline closed by a colon ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "NAIROBI, March 11: At least 12 people were killed in an attack in Mandera. "
            "Gunmen stormed the village on Sunday, March 9.",
            "2025-03-09",
        ),
        (
            "DHAKA, Mar 10: Three people were killed in a clash in Feni. The clash broke "
            "out on Saturday.",
            "2025-03-08",
        ),
    ],
)
def test_a_colon_dateline_day_is_the_filing(text: str, day: str) -> None:
    (claim,) = _of(text, "killed")
    assert claim.date == day


def test_a_colon_after_a_word_of_no_day_is_no_dateline() -> None:
    (claim,) = _of("UPDATE: Five soldiers were killed in Gao. They died on Monday.", "killed")
    assert claim.date is None
