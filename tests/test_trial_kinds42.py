"""Kinds left open by session 41's analyst trial (issues 13 and 18): a headline's
mourned dead, the home of the residents who tell a toll, a victim's name set off
by commas inside a list, the attack a toll is "from", and a running total from a
month named alone. Sentences written for these tests, with their negatives."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Category, Claim


def claims(text: str, language: str | None = None) -> list[Claim]:
    """The claims of `text`, as a report published on Sunday 8 November 2026."""
    doc = document_from_text("x.txt", text)
    doc = doc.model_copy(update={"published": dt.date(2026, 11, 8), "language": language})
    return extract_claims(doc)


def killed(text: str, language: str | None = None) -> list[Claim]:
    return [c for c in claims(text, language) if c.category is Category.KILLED]


@pytest.mark.parametrize(
    "text, toll",
    [
        ("Chad mourns 19 dead after an ambush near the lake.", 19),
        ("Benue mourns 8 farmers killed in a raid on Tuesday.", 8),
        ("Families mourn the 14 villagers killed in Thursday's attack on Mabass.", 14),
        ("The town mourns the deaths of 6 students.", 6),
    ],
)
def test_a_headlines_mourned_dead_are_its_toll(text: str, toll: int) -> None:
    assert sum(c.value or 0 for c in killed(text)) == toll


@pytest.mark.parametrize(
    "text",
    [
        "Youths marched on Monday to mourn 9 traders killed the week before.",
        "Hundreds gathered to mourn the killing of 4 herders.",
        "Mourners gathered for the 7 killed last week.",
        "The blast hit a tent where elders were mourning the death of 2 clerics.",
    ],
)
def test_a_mourning_told_for_earlier_deaths_counts_none(text: str) -> None:
    assert killed(text) == []


@pytest.mark.parametrize(
    "text, place",
    [
        ("Residents of Mafa said 9 people were killed on Friday.", "Mafa"),
        ("Residents of Mafa in Konduga said 9 people were killed on Friday.", "Mafa"),
        ("Villagers of Tumbun told reporters that 4 women were abducted.", "Tumbun"),
    ],
)
def test_the_residents_who_tell_a_toll_give_its_place(text: str, place: str) -> None:
    told = [c for c in claims(text) if c.value]
    assert [c.location for c in told] == [place]


def test_a_place_the_residents_name_comes_before_their_home() -> None:
    (claim,) = killed("Residents of Maiduguri said gunmen killed 11 people in Dikwa.")
    assert claim.location == "Dikwa"


@pytest.mark.parametrize(
    "text, tolls",
    [
        # people counted one by one are one figure (en44): the analyst's 2, not 1 + 1
        ("Bandits killed a farmer, Sani Garba, and a herder near Zurmi.", [2]),
        ("Bandits killed the driver, Ibrahim Lawal Musa, and two passengers.", [1, 2]),
        ("Gunmen shot dead a teacher, Grace Okon, and her son.", [2]),
    ],
)
def test_a_name_set_off_by_commas_does_not_end_the_list(text: str, tolls: list[int]) -> None:
    found = [c for c in claims(text) if c.category in (Category.KILLED, Category.WOUNDED)]
    assert [c.value for c in found] == tolls


def test_a_speaker_after_a_comma_is_no_victims_name() -> None:
    (claim,) = killed("Gunmen killed a farmer, Kano State Police Command said on Friday.")
    assert claim.value == 1
    assert claim.attribution == "Kano State Police Command"


@pytest.mark.parametrize(
    "text",
    [
        "The death toll from the Dikwa attack rose to 23.",
        "Lagos mourns as the toll from the Dikwa bombing climbs to 23.",
    ],
)
def test_a_toll_from_an_attack_is_placed_where_the_attack_was(text: str) -> None:
    (claim,) = killed(text)
    assert claim.location == "Dikwa"


def test_people_from_a_place_are_not_placed_there() -> None:
    (claim,) = killed("Herders from Dikwa killed 5 farmers in Ngala.")
    assert claim.location == "Ngala"


@pytest.mark.parametrize(
    "text, language, first",
    [
        ("Depuis janvier, 120 civils ont été tués dans la province.", "fr", dt.date(2026, 1, 1)),
        ("Depuis le mois de mars, 75 civils ont été tués dans le territoire.", "fr", None),
        ("Depuis décembre, 40 civils ont été tués dans la province.", "fr", dt.date(2025, 12, 1)),
        ("Since March, 75 civilians have been killed in the district.", None, None),
    ],
)
def test_a_total_since_a_month_named_alone_runs_from_its_first_day(
    text: str, language: str | None, first: dt.date | None
) -> None:
    (claim,) = killed(text, language)
    assert claim.scope == "cumulative"
    assert claim.date == f"{(first or dt.date(2026, 3, 1)).isoformat()}/2026-11-08"


def test_a_month_alone_does_not_replace_the_sentences_own_date() -> None:
    (claim,) = killed("In July 2002, 30 people had been killed since the start of July.")
    assert claim.date == "2002-07"


@pytest.mark.parametrize(
    "text, wounded",
    [
        (
            "19 villagers were killed, including five women and two children, and 8 people were "
            "wounded.",
            [8],
        ),
        ("Eleven people died (including two soldiers) and at least 30 others were injured.", [30]),
        ("Nine were killed, among them a chief, and four were hurt.", [4]),
    ],
)
def test_a_part_of_the_dead_is_not_the_first_of_the_wounded(text: str, wounded: list[int]) -> None:
    assert [c.value for c in claims(text) if c.category is Category.WOUNDED] == wounded


def test_a_dateline_names_a_country_of_several_words() -> None:
    text = (
        "BUNIA, Democratic Republic of Congo, Nov 6 (Wire) - Militiamen killed 14 civilians "
        "in Djugu, the army said.\n\nThe raid took place on Wednesday night, a spokesman said."
    )
    (claim,) = killed(text)
    assert claim.date == "2026-11-04"
    assert claim.location == "Djugu"


@pytest.mark.parametrize(
    "after, day",
    [
        ("The attack happened on Wednesday.", "2026-11-04"),
        ("The ambush took place on Tuesday evening near the river.", "2026-11-03"),
        ("The attack came days after a raid on Monday.", None),
        ("The town was hit a year ago as well.", None),
        ("The attack took place near the bridge that was bombed on Monday.", None),
    ],
)
def test_an_undated_toll_takes_the_day_the_next_sentence_says_it_happened(
    after: str, day: str | None
) -> None:
    (claim,) = killed(f"Rebels killed 6 farmers in Kitshanga, the army said. {after}")
    assert claim.date == day


@pytest.mark.parametrize(
    "text, category",
    [
        ("Five others are being treated for their injuries in Goma.", Category.WOUNDED),
        ("Three people were treated for gunshot wounds.", Category.WOUNDED),
    ],
)
def test_the_treated_are_wounded(text: str, category: Category) -> None:
    assert [c.category for c in claims(text) if c.value] == [category]


@pytest.mark.parametrize(
    "text, place",
    [
        ('"Two men were killed," the village chief of Gakara said.', "Gakara"),
        ("Two men were killed, the bureau chief of the Daily Star said.", None),
        ("The Chief of Staff of the brigade died.", None),
    ],
)
def test_a_village_chiefs_village_is_the_place(text: str, place: str | None) -> None:
    (claim,) = killed(text)
    assert claim.location == place


@pytest.mark.parametrize(
    "text, scopes",
    [
        (
            "Since January, militias have killed 300 people in Irumu, a UN tally shows. At "
            "least 90 people were abducted and 40,000 fled.",
            ["cumulative", "cumulative", "cumulative"],
        ),
        (
            "Since January, 300 people have been killed in Irumu. Twelve were abducted on Monday "
            "in Komanda.",
            ["cumulative", "incident"],
        ),
        (
            "The revolt has killed thousands since 2017. Gunmen abducted 12 people.",
            ["cumulative", "incident"],
        ),
        (
            "Irumu hosts 500,000 displaced people in total, it said. A rights group head, Jean "
            "Bosco, put the toll at 22 dead.",
            ["cumulative", "incident"],
        ),
    ],
)
def test_a_running_totals_tally_goes_on_in_the_next_sentence(text: str, scopes: list[str]) -> None:
    assert [c.scope for c in claims(text) if c.value or c.low] == scopes


@pytest.mark.parametrize(
    "text, found",
    [
        ("One resident said the gunmen came at night.", []),
        ("Another witness said 4 died.", [(Category.KILLED, 4)]),
        ("One soldier was killed, the army said.", [(Category.KILLED, 1)]),
    ],
)
def test_one_who_tells_is_no_count(text: str, found: list[tuple[Category, int]]) -> None:
    assert [(c.category, c.value) for c in claims(text) if c.value] == found


@pytest.mark.parametrize(
    "text, found",
    [
        ("2.5 people were wounded in the blast.", []),
        ("1.5 million people were displaced by the fighting.", [1_500_000]),
        ("About 15 people were killed.", [15]),
    ],
)
def test_a_count_of_people_is_whole(text: str, found: list[int]) -> None:
    assert [c.value for c in claims(text) if c.value] == found


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 4 herders in Zamai on Sunday. Residents reached in Mora said 9 had died.",
        "Witnesses contacted by phone in Mora said 9 people had died in Zamai.",
    ],
)
def test_where_a_voice_was_reached_is_not_the_place(text: str) -> None:
    assert killed(text)[-1].location == "Zamai"


@pytest.mark.parametrize(
    "text, place",
    [
        ("The militia shelled El Fasher on Monday, killing 15 civilians.", "El Fasher"),
        ("Jets bombed Jebel Marra overnight, killing 9.", "Jebel Marra"),
        ("Gunmen attacked John Okafor on Monday, killing his driver.", None),
    ],
)
def test_a_place_of_several_words_after_a_verb_only_places_take(
    text: str, place: str | None
) -> None:
    (claim,) = killed(text)
    assert claim.location == place
