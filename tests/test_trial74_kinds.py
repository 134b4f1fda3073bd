"""Kinds from the trials in Afghanistan, India and Gaza (session 74), each on sentences
written for these tests, with negatives: South Asia's digit grouping ("8,00,000"), the
words South Asia's forces use for their foes when they "neutralise" them, casualties
told as their dead and their hurt (UNAMA's "85 civilian casualties (33 killed, 52
injured)"), a span of months of thousands dead, a total since "the aggression", the past 48
hours' count of many strikes or a whole land, and "martyrs" as the dead."""

from __future__ import annotations

import pytest

from tests.test_scope_news_kinds import scope_of
from workbench.extract import extract_claims
from workbench.ingest import document_from_text


def _claims(text: str, language: str | None = None) -> list[tuple[str, int | None, str]]:
    document = document_from_text("t.txt", text)
    if language is not None:
        document = document.model_copy(update={"language": language})
    return [(c.category.value, c.low, c.scope.value) for c in extract_claims(document)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The state paid Rs 6,50,000 to each family.", 650_000),
        ("Police recovered Rs 1,25,00,000 in cash.", 12_500_000),
    ],
)
def test_south_asian_grouping_is_one_figure(text: str, value: int) -> None:
    assert _claims(text) == [("money", value, "incident")]


def test_south_asian_grouping_counts_people() -> None:
    assert _claims("About 2,40,000 people fled their homes on Monday.")[0][:2] == (
        "displaced",
        216_000,  # "about": 10% below
    )


@pytest.mark.parametrize("text", ["Scores were 1,00 and 2,00.", "The code is 12,34,5."])
def test_no_grouping_without_the_thousands(text: str) -> None:
    assert all(value not in (100, 200, 12345) for _, value, _ in _claims(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("09 Naxals neutralised in a forest near Kanker.", 9),
        ("Security forces neutralised eleven Maoists in Sukma.", 11),
        ("14 khawarij were neutralised in the operation, the army said.", 14),
        ("Police neutralised 3 dacoits in a gunfight.", 3),
    ],
)
def test_foes_neutralised_are_killed(text: str, value: int) -> None:
    assert ("killed", value, "incident") in _claims(text)


def test_foes_neutralised_in_french_are_killed() -> None:
    text = "Huit naxalites ont été neutralisés dans la forêt, selon la police du district."
    assert ("killed", 8, "incident") in _claims(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested 3 Maoists near the camp.",  # arrested, not killed
        "Engineers neutralised 4 mines on the road.",  # things, not people
    ],
)
def test_no_death_without_the_euphemism_or_people(text: str) -> None:
    assert not any(category == "killed" for category, _, _ in _claims(text))


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A bombing caused 47 civilian casualties (12 killed, 35 injured) on Friday.", 12),
        ("The raid caused 20 casualties: 15 wounded and 5 dead.", 5),
    ],
)
def test_casualties_told_as_dead_and_hurt_are_no_toll(text: str, killed: int) -> None:
    claims = _claims(text)
    assert [v for c, v, _ in claims if c == "killed"] == [killed]
    assert any(c == "other" for c, _, _ in claims)


def test_casualties_alone_stay_the_dead() -> None:
    assert _claims("The attack caused 14 casualties among civilians.") == [
        ("killed", 14, "incident")
    ]


@pytest.mark.parametrize(
    ("sentence", "figure", "period"),
    [
        (
            "Between 3 February 2024 and 28 June 2025, 5,120 civilians were killed, it said.",
            "5,120 civilians",
            "Between 3 February 2024 and 28 June 2025",
        ),
        (
            "Since the start of the aggression, 880 teachers have been killed.",
            "880 teachers",
            "Since the start of the aggression",
        ),
        (
            "In the past 48 hours, 61 people were killed across the territory.",
            "61 people",
            "In the past 48 hours",
        ),
        (
            "Shelling across the region over the last four days killed 26 fighters.",
            "26 fighters",
            "over the last four days",
        ),
        (
            "The army carried out 5 airstrikes in the past 24 hours, killing 19 people.",
            "19 people",
            "in the past 24 hours",
        ),
    ],
)
def test_spans_and_wars_bound_totals(sentence: str, figure: str, period: str) -> None:
    assert scope_of(sentence, figure) == ("cumulative", period)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Gunmen killed 5 people between 1 and 3 pm on Monday.", "5 people"),
        ("A soldier was killed in the past hour, the army said.", "A soldier"),
        ("Since the attack on Tuesday, 4 wounded have died.", "4 wounded"),
        # a coder's span of days dates one incident it cannot date closer
        ("Between 12 June and 16 June, near Doka, a militia killed 11 villagers.", "11 villagers"),
        ("A militia killed 12 villagers in Bassa in the last three days.", "12 villagers"),
    ],
)
def test_hours_and_days_of_one_incident_bound_nothing(sentence: str, figure: str) -> None:
    assert scope_of(sentence, figure) == ("incident", None)


def test_martyrs_are_the_dead() -> None:
    assert _claims("On Sunday, 19 martyrs and 40 injuries reached the hospital.") == [
        ("killed", 19, "incident"),
        ("wounded", 40, "incident"),
    ]


def test_martyrs_and_wounded_together_are_no_toll() -> None:
    assert not any(
        c == "killed" for c, _, _ in _claims("Dozens of martyrs and wounded in Kafr Nabl.")
    )


def test_a_total_since_the_beginning_of_their_fighting() -> None:
    text = (
        "A boy was killed in clashes between the two factions, rising to 8 civilian "
        "martyrs since the beginning of their fighting."
    )
    assert _claims(text) == [("killed", 1, "incident"), ("killed", 8, "cumulative")]


def test_the_fighting_since_a_weekday_is_one_incident() -> None:
    text = "Since the start of the fighting on Friday, 14 people have been killed."
    assert _claims(text) == [("killed", 14, "incident")]


def _place(text: str) -> str | None:
    (claim,) = extract_claims(document_from_text("t.txt", text))
    return claim.location


@pytest.mark.parametrize(
    "text",
    [
        "Police killed 6 Maoists near Tarrem village under Usoor Police Station limits in "
        "Bijapur District.",
        "Police killed 6 Maoists in Tarrem village under the jurisdiction of Usoor police "
        "station in Bijapur district.",
    ],
)
def test_a_police_stations_limits_are_no_stop_before_the_district(text: str) -> None:
    assert (_place(text) or "").lower().endswith("bijapur district")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share is no count; the count its aside glosses keeps its fate
        (
            "About 1.2 million people, or eight in ten residents, are now displaced.",
            [("displaced", 1_080_000, "incident")],
        ),
        ("Seven out of ten pupils were wounded.", []),
        ("Families waited at the zero point of the crossing.", []),
    ],
)
def test_ratios_and_zero_points_are_no_counts(
    text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert [c for c in _claims(text) if c[0] != "other"] == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [("The blast killed 12 in ten minutes.", 12), ("Gunmen killed 2 in three villages.", 2)],
)
def test_a_figure_before_a_span_or_places_is_no_ratio(text: str, value: int) -> None:
    assert ("killed", value, "incident") in _claims(text)


def test_a_numeric_date_line_dates_the_document() -> None:
    from workbench.extract.dates import find_published

    note = "DISTRICT POLICE\nPress Note\nDate: 09.11.2026\n\nFour Maoists were killed."
    assert str(find_published(note)) == "2026-11-09"
    # a day in a sentence is no timestamp
    assert (
        find_published("Police said 5 were killed on 12.10.2025 in a raid near the river.") is None
    )


def test_a_sections_number_is_no_figure_and_no_part_of_a_voice() -> None:
    text = (
        "3.2 The district collector said 9 houses were burned.\n\n3.3 Residents said 4 were killed."
    )
    claims = extract_claims(document_from_text("t.txt", text))
    assert [(c.low, c.attribution) for c in claims] == [
        (9, "district collector"),
        (4, "Residents"),
    ]


@pytest.mark.parametrize(
    ("text", "sentence", "category", "part"),
    [
        ("Four patients died", "Four patients died overnight at the hospital.", "killed", True),
        ("two injured patients died", "Later two injured patients died.", "killed", True),
        # the wounded a hospital took in are its toll of the hurt, no part
        ("38 wounded patients", "The hospital took in 38 wounded patients.", "wounded", False),
        ("killed 9 people", "A bomb killed 9 people near the hospital.", "killed", False),
    ],
)
def test_a_hospitals_patients_who_died_are_a_part_of_the_toll(
    text: str, sentence: str, category: str, part: bool
) -> None:
    from workbench.match.parts import is_part

    assert is_part(text, sentence, category) is part


def test_soldiers_are_no_shares_of_a_toll_of_maoists() -> None:
    """Trial 74b: a wire's round-up, "Seven Maoists were killed in A, while three soldiers
    were killed in B ... Four soldiers were killed", read the 3 and 4 as the 7's parts."""
    text = (
        "Seven Maoists were killed in an encounter in Sukma district, while three soldiers "
        "were killed in an ambush in Baramulla district, officials said.\n\n"
        "In Baramulla, four soldiers were killed, a defence spokesperson said."
    )
    claims = extract_claims(document_from_text("t.txt", text))
    assert [(c.low, c.part) for c in claims if c.category.value == "killed"] == [
        (7, None),
        (3, None),
        (4, None),
    ]


def test_shares_of_one_family_still_break_a_toll_down() -> None:
    text = (
        "Gunmen killed 12 villagers in Bokkos and Mangu on Sunday, officials said. "
        "Seven villagers were killed in Bokkos. Five villagers were killed in Mangu."
    )
    claims = extract_claims(document_from_text("t.txt", text))
    assert [(c.low, c.part) for c in claims] == [(12, None), (7, True), (5, True)]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "The army said on Tuesday that troops fired warning shots near the depot, after "
            "local health officials said 14 people had been killed there.",
            "local health officials",
        ),
        (
            "The ministry said on Monday, after residents said 6 people were killed, that it "
            "had struck a depot.",
            "residents",
        ),
        # the main clause's own figure stays its speaker's
        ("The governor said 8 people were killed after the clashes began.", "governor"),
    ],
)
def test_a_subordinate_clause_speaks_in_its_own_voice(text: str, voice: str) -> None:
    (claim,) = extract_claims(document_from_text("t.txt", text))
    assert claim.attribution == voice


def test_a_groups_newsletter_is_a_voice() -> None:
    (claim,) = extract_claims(
        document_from_text("t.txt", "The group's weekly newsletter put the toll at 23 killed.")
    )
    assert claim.attribution is not None and "newsletter" in claim.attribution


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("The state paid Rs 5 lakh to each family.", "rupees 500,000"),
        ("The cabinet set aside 2 billion shekels for the north.", "ILS 2,000,000,000"),
        ("A reward of 100,000 afghanis was offered.", "AFN 100,000"),
        ("Donors pledged $40m.", "USD 40,000,000"),
    ],
)
def test_a_sum_shows_its_currency(text: str, shown: str) -> None:
    from workbench.display import figure

    (claim,) = extract_claims(document_from_text("t.txt", text))
    assert figure(claim) == shown


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "A suspected thief is lynched by a mob and nearly killed before he is rescued "
            "by police.",
            [],
        ),
        ("A pickpocket was lynched by traders but was rescued by officers.", []),
        ("A suspected thief was lynched by a mob in Kondele on Monday.", [1]),
        ("Two robbers were lynched by residents before police arrived.", [2]),
    ],
)
def test_a_lynching_its_victim_survived_is_no_death(text: str, killed: list[int]) -> None:
    assert [v for c, v, _ in _claims(text) if c == "killed"] == killed


def test_a_sum_restated_in_words_is_no_second_figure() -> None:
    claims = _claims("The police offered a reward of Rs 5,00,000 (five lakh) for him.")
    assert claims == [("money", 500_000, "incident")]


def test_a_report_window_between_two_afternoons_is_a_total() -> None:
    sentence = "Between the afternoons of 3 and 5 May, 56 people were killed, the office said."
    assert scope_of(sentence, "56 people") == (
        "cumulative",
        "Between the afternoons of 3 and 5 May",
    )


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "A longer claim published later in the group's Sawt newsletter put the toll at 14.",
            "group's Sawt newsletter",
        ),
        ("A statement issued by the police said 5 officers were killed.", "police"),
    ],
)
def test_a_statement_speaks_in_its_publishers_voice(text: str, voice: str) -> None:
    (claim,) = extract_claims(document_from_text("t.txt", text))
    assert claim.attribution == voice


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Police offered a reward of 300 million rupiah for him.", "IDR 300,000,000"),
        ("The regent gave Rp 250 juta to each family.", "IDR 250,000,000"),
        ("Aid worth Rp2.5 billion was sent to the camps.", "IDR 2,500,000,000"),
        ("Guards demanded 9,000 Libyan dinars from each detainee.", "LYD 9,000"),
    ],
)
def test_rupiah_and_libyan_dinars_are_sums(text: str, shown: str) -> None:
    from workbench.display import figure

    (claim,) = [c for c in extract_claims(document_from_text("t.txt", text))]
    assert (claim.category.value, figure(claim)) == ("money", shown)


@pytest.mark.parametrize(
    "text",
    [
        "At least 41 people are dead and missing after the boat capsized off the coast.",
        "The agency said 930 migrants have died or gone missing on the route this year.",
    ],
)
def test_the_dead_and_the_missing_together_are_neither_toll(text: str) -> None:
    assert not any(c in ("killed", "missing") for c, _, _ in _claims(text))


def test_the_dead_and_the_missing_apart_are_each_a_toll() -> None:
    assert [c for c, _, _ in _claims("Nine people died and four are missing.")] == [
        "killed",
        "missing",
    ]


def test_a_hospitals_name_is_no_road_accident() -> None:
    text = "At least 35 people were injured, according to Gharyan Accident Hospital."
    assert ("wounded", 35, "incident") in _claims(text)


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("The army said the rebels' claim of seven dead soldiers was a hoax.", True),
        ("Officials said reports of 30 dead were propaganda.", True),
        ("The army said seven soldiers were killed in a hoax call ambush.", False),
    ],
)
def test_a_claim_called_a_hoax_is_denied(text: str, denied: bool) -> None:
    (claim,) = extract_claims(document_from_text("t.txt", text))
    assert claim.figure_denied is denied


def test_none_as_a_result_of_the_attack_and_aucun_mort() -> None:
    text = "The ministry said there were no deaths as a result of the attack."
    assert _claims(text) == [("killed", 0, "incident")]
    french = "Le ministère affirme qu'il n'y a eu aucun mort, selon un communiqué publié jeudi."
    assert ("killed", 0, "incident") in _claims(french, "fr")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Since January, 40 Maoists have been killed in the district, and 61 have surrendered.",
            "arrested",
        ),
        ("Nine militants surrendered to the army in Sukma on Monday.", "arrested"),
        ("Nine militants attacked the army post in Sukma on Monday.", "troops"),
    ],
)
def test_fighters_who_surrender_are_in_custody(text: str, category: str) -> None:
    assert category in [c for c, _, _ in _claims(text)]
