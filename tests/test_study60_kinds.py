"""Extraction kinds found in the study halves read in session 60, each named at its
test. Sentences written for these tests, with their negatives."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in
from tests.french_helpers import french_claims


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # refugees and their camps are by name outside their country (pairs-news-k
        # study: a camp in Lebanon was put in Palestine, and two reports did not link)
        (
            "An airstrike killed at least 13 people in the Ain al-Hilweh Palestinian refugee "
            "camp in southern Lebanon.",
            "Lebanon",
        ),
        ("Gunmen killed 12 Sudanese refugees near Gambella.", "Ethiopia"),
        (
            "Nine people died when a fire swept through a Rohingya refugee camp in Bangladesh.",
            "Bangladesh",
        ),
        # negatives: a nationality of soldiers or a place still tells its country
        ("Gunmen killed 12 Sudanese soldiers near the border.", "Sudan"),
        ("Shelling killed 4 people in a Syrian town on Monday.", "Syria"),
    ],
)
def test_refugees_name_no_country(text: str, country: str) -> None:
    assert {c.country for c in claims_in(text)} == {country}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one person's age set off by commas after a noun for a person is no toll
        # (pairs-news-k study: "Third child, 9, dies" was 9 killed)
        ("A boy, 14, was killed in the shooting.", [1]),
        ("Mother, 34, and son, 6, killed in strike", [1]),
        ("Gunman, 21, kills 3 at school", [3]),
        # negatives: a count after a noun and a comma is a count, not an age
        ("Gunmen killed a farmer, 3 soldiers and a child.", [1, 3, 1]),
        ("The attack killed the driver, 12 passengers and two guards.", [1, 12, 2]),
        ("Villagers said gunmen killed 130, including children.", [130]),
    ],
)
def test_an_age_after_one_persons_noun(text: str, expected: list[int]) -> None:
    assert [c.low for c in claims_in(text) if c.category == "killed"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # taken to hospital, and died there, is a death (acled-n study: read as wounded)
        (
            "Gunmen injured a municipal officer. The victim was taken to hospital but later "
            "succumbed to injuries.",
            [("wounded", 1), ("killed", 1)],
        ),
        ("Two people were rushed to hospital where they later died.", [("killed", 2)]),
        # negatives: taken to hospital and treated, or surviving, stays wounded
        ("Five people were taken to hospital and treated.", [("wounded", 5)]),
        (
            "Five people were taken to hospital, but doctors said they would survive.",
            [("wounded", 5)],
        ),
    ],
)
def test_taken_to_hospital_then_died(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(c.category, c.low) for c in claims_in(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number in words restated in digits in brackets is one figure, its noun read
        # after the bracket (acled-n study: "Two (2) clan militias were killed", no claim)
        (
            "Two (2) clan militias were killed and five (05) others were injured.",
            [("killed", 2, "clan militias"), ("wounded", 5, "others")],
        ),
        ("Gunmen killed five (5) people.", [("killed", 5, "people")]),
        # negatives: list markers still split a list
        (
            "The report found: (1) 12 people were killed in Gao; (2) 5 were wounded in Kidal.",
            [("killed", 12, "people"), ("wounded", 5, "people")],
        ),
        ("Demands: (1) the release of 12 prisoners, (2) payment.", [("other", 12, "prisoners")]),
    ],
)
def test_a_figure_restated_in_brackets(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert [(c.category, c.low, c.subject) for c in claims_in(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "reported as killed" is a passive of report (acled-n study: read as other)
        (
            "One person has been reported as killed and five injured.",
            [("killed", 1), ("wounded", 5)],
        ),
        ("Two people were listed as missing.", [("missing", 2)]),
        ("The attack was reported as a success.", []),
        # a passive joined by ", but" to what its subject did (acled-n study: no claim)
        ("An off-duty bodyguard intervened, but was killed by the group.", [("killed", 1)]),
        ("Gunmen attacked the village, but were repelled by troops.", []),
    ],
)
def test_more_ways_a_death_is_told(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(c.category, c.low) for c in claims_in(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "both" counts two dead where no claim before counts them (unseen-j study)
        ("Police said two men had fired at officers. Both were killed.", [("killed", 2)]),
        ("Both died on the spot.", [("killed", 2)]),
        # the people a claim before counts stay its subject, counted once
        (
            "Gunmen kidnapped two farmers. Both were later killed.",
            [("kidnapped", 2), ("killed", 2)],
        ),
        # negatives: "both" of no dead
        ("Both sides suffered losses.", []),
        ("Both were arrested on Monday.", []),
    ],
)
def test_both_were_killed(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(c.category, c.low) for c in claims_in(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "shut dead", Nigerian English for shot dead (unseen-j study: no claim)
        ("The kidnappers shut dead a man named Pa Anibe in the same community.", [("killed", 1)]),
        ("Two men were shut dead.", [("killed", 2)]),
        # negatives: shut of no one dead
        ("The shop was shut down.", []),
        ("They shut the door dead on time.", []),
    ],
)
def test_shut_dead(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(c.category, c.low) for c in claims_in(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one person told by "le"/"la" and a person's noun before a passive fate, as the
        # English reader counts "The driver was killed" (french-n study: no claim)
        ("Le conducteur de la voiture a été légèrement blessé.", [("wounded", 1)]),
        ("Selon la police, le chauffeur a été tué sur le coup.", [("killed", 1)]),
        # negatives: no person, or one counted before pointed back to with no fate
        ("Le gouvernement a été renversé.", []),
        ("Deux soldats ont été tués. Le soldat blessé a été évacué.", [("killed", 2)]),
    ],
)
def test_french_one_person_by_the_definite_article(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert [(c.category, c.low) for c in french_claims(text)] == expected


def _placed(text: str) -> list[tuple[str | None, str | None]]:
    from workbench.service.places import placed

    return [(c.location, c.place.country if c.place else None) for c in placed(claims_in(text))]


def test_a_name_of_namesakes_is_read_in_its_reports_country() -> None:
    """Southport is a town of England and one of Queensland: on a page whose other
    claims lie in England, it is England's (pairs-news-k study: not located, and two
    reports of one stabbing did not link)."""
    text = (
        "Two children have been stabbed to death at a dance school in Southport.\n\n"
        "The attack in northwest England left nine other children wounded, police said.\n"
    )
    assert _placed(text) == [
        ("Southport", "United Kingdom"),
        ("northwest England", "United Kingdom"),
    ]
    # negatives: alone, or beside claims of two countries, it stays unplaced
    assert _placed("Gunmen killed 4 people in Southport on Monday.") == [("Southport", None)]
    two = (
        "Gunmen killed 4 people in Southport on Monday.\n\n"
        "In Kenya, 3 were killed in Mombasa and 2 in northwest England.\n"
    )
    assert ("Southport", None) in _placed(two)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # shootings and stabbings are attacks counted, not people killed (pairs-news-k
        # study: "two separate shootings that left three people dead" was 2 killed)
        (
            "Police are investigating two separate shootings that left three people dead.",
            [("attacks", 2), ("killed", 3)],
        ),
        ("Three stabbings in one week left two dead.", [("attacks", 3), ("killed", 2)]),
        # people "shot and killed" after their count are killed (pairs-news-k study: other)
        ("The attack resulted in 15 people shot and killed.", [("killed", 15)]),
        # negatives: kidnappings count the people taken, as before
        ("There were 680 kidnappings in the state last year.", [("kidnapped", 680)]),
    ],
)
def test_attacks_by_their_means_and_shot_and_killed(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert [(c.category, c.low) for c in claims_in(text)] == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the holder's name run on after the title's place is no part of it (pairs-news-k
        # study: "Liverpool Steve Rotheram")
        (
            "Metro Mayor of Liverpool Steve Rotheram said 27 people were taken to hospital.",
            "Liverpool",
        ),
        ("Mayor of New York Eric Adams said 3 people were killed.", "New York"),
        # negatives: a division's word, or a name set off by commas, stays as it was
        ("The governor of Akwa Ibom State said 12 people were killed.", "Akwa Ibom State"),
        (
            "The governor of Norte de Santander, William Villamizar, said 12 people were killed.",
            "Norte de Santander",
        ),
    ],
)
def test_a_titles_place_before_its_holders_name(text: str, place: str) -> None:
    assert [c.location for c in claims_in(text)] == [place]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # "went" and "gone" end the subject (acled-n study: "men went")
        ("Two men went missing on Monday.", "men"),
        ("Two men have gone missing.", "men"),
        ("Five soldiers went to the village and were killed.", "soldiers"),
    ],
)
def test_went_ends_the_subject(text: str, subject: str) -> None:
    assert [c.subject for c in claims_in(text)] == [subject]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one body found, told by "un corps" (french-n study: no claim, where "Deux corps
        # ont été retrouvés" had one)
        ("Un corps a malheureusement été retrouvé sans vie dans les décombres.", [("killed", 1)]),
        ("Un corps sans vie a été découvert lundi.", [("killed", 1)]),
        # negative: an army corps
        ("Un corps d'armée a été déployé.", []),
    ],
)
def test_french_one_body_found(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(c.category, c.low) for c in french_claims(text)] == expected
