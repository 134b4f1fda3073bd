"""Kinds found in the ACLED corpora's study halves (session 78, helper ng78): a counted
death noun ("5 killings", "three deaths") told as background, as a verb's victims are;
a later sentence's total that holds the count told before it ("a total of 45", "it was
later revealed eight were killed", "the number grew to 72"); one person's death named
by whose it is ("leading to the officer's death"); one person by "a" and a noun at a
place of its own in a gapped list; "at the weekend" between auxiliary and participle.
Sentences written for these tests, with their negatives."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in, load_benchmark
from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Category

real_text = load_benchmark("real_text")


def _killed(text: str) -> float:
    """The sum of the killed claims' low ends (an "about" figure its value)."""
    total = 0.0
    for claim in claims_in(text):
        if claim.category is Category.KILLED:
            total += claim.low if claim.low is not None else (claim.value or 0)
    return total


def _toll(text: str) -> int:
    """The toll as the real-text benchmark reads it (parts, revisions, other voices)."""
    return real_text.toll(extract_claims(document_from_text("t.txt", text)), Category.KILLED)


@pytest.mark.parametrize(
    "text",
    [
        # a protest's or unrest's reason, told by a counted noun
        "Market women protested in Ilorin over 4 killings by cultists.",
        "Okada riders blocked the Enugu road after two murders at the park.",
        "Students marched against the 3 deaths recorded at the campus gate.",
        "Youths torched a police post in Oyo following 6 killings in the area.",
        # a motive: someone held for earlier killings
        "Police arrested a cult leader in Warri over his role in several killings.",
        "Vigilantes detained two herders in Wase on suspicion of involvement in 3 murders.",
        # an accident's death that set off a protest
        "A road accident with one fatality sparked a protest by drivers in Akure.",
    ],
)
def test_counted_nouns_told_as_background_give_no_death(text: str) -> None:
    assert _killed(text) == 0


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # negatives: a counted noun that is this report's toll
        ("Three deaths were recorded in the clash at Bokkos.", 3),
        ("The fighting in Jos left five deaths and many injured.", 5),
        ("Police confirmed 7 killings in the raid on Dogo.", 7),
        ("Soldiers opened fire on protesters in Kano, causing 2 deaths.", 2),
        ("A mob lynched a suspected robber in Warri over his role in several killings.", 1),
    ],
)
def test_counted_nouns_of_the_event_stay(text: str, dead: int) -> None:
    assert _killed(text) == dead


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # a total of the dead told later holds the count told before it
        (
            "Bombs hit a bar in Gombe. Four were killed at once and nine injured. Over the "
            "next week a total of 21 people died of their wounds.",
            21,
        ),
        (
            "A ward head and his son were killed by gunmen in Kagoro. It was later "
            "confirmed that seven were killed in the raid.",
            7,
        ),
        (
            "Militants killed 12 traders near Gwoza. Ten other victims died in hospital. "
            "The casualty figure rose to 40 after more bodies were found in the bush.",
            40,
        ),
        (
            "Herders killed three farmers in Agatu. It was later learned that 11 were "
            "killed in the attack.",
            11,
        ),
    ],
)
def test_a_later_total_holds_the_count_told_before(text: str, toll: int) -> None:
    assert _toll(text) == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # negatives: other victims, another place, or a total told as more
        (
            "Troops killed six insurgents near Bama. It was later learned that four "
            "civilians died in the raid.",
            10,
        ),
        (
            "Gunmen killed two farmers in Kaura. A total of five people were also killed "
            "in Zangon.",
            7,
        ),
        ("Gunmen killed three people in Wase. A total of 2 were injured.", 3),
        # a later report is another voice's figure, which replaces the first as a
        # report's revision does, the first no part of it: "4 more" still adds
        ("Clashes in Kasai left 9 dead. A later report indicated 20 dead. 4 more died.", 24),
    ],
)
def test_a_later_total_of_others_adds(text: str, toll: int) -> None:
    assert _toll(text) == toll


@pytest.mark.parametrize(
    "text",
    [
        # one person's death named by whose it is, as what an act led to
        "A militia clashed with a vigilante in Tsafe, leading to the vigilante's death.",
        "Police fired on a bus near Auchi, resulting in the driver's death.",
    ],
)
def test_ones_death_named_by_whose(text: str) -> None:
    assert _killed(text) == 1


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # negatives: a body told with its death, no one's, or a count told before
        ("Gunmen shot dead a teacher in Yola. The victim's body was taken to the mortuary.", 1),
        ("The army's body count of the raid was disputed.", 0),
        ("The victims' bodies were found in a well in Kuje.", 0),
        ("The ruling led to the party's death as a force in Kano.", 0),
    ],
)
def test_bodies_and_deaths_not_new(text: str, dead: int) -> None:
    assert _killed(text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # one person by "a" and a noun, at a place of its own, after a victim at another
        ("Bandits killed a herder in Maru and a trader in Anka.", 2),
        ("Gunmen shot dead a pastor near Jos and a student at Bukuru on Sunday.", 2),
        ("A policeman was killed in Ekiti and a driver in Ondo.", 2),
        ("Gunmen killed a chief in Kagoro, a youth in Kafanchan and a farmer in Zonkwa.", 3),
        # negatives: a thing, a fate of its own, a count already read
        ("Gunmen killed a farmer in Maru and burned a lorry in Anka.", 1),
        ("Gunmen killed a farmer in Maru and a lorry in Anka was burned.", 1),
        ("Gunmen killed two farmers in Maru and three herders in Anka.", 5),
    ],
)
def test_one_person_each_at_its_own_place(text: str, dead: int) -> None:
    assert _killed(text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # "at the weekend" between the auxiliary and the participle, as "yesterday" is
        ("A night guard was at the weekend shot dead by gunmen in Owerri.", 1),
        ("Three herders were over the weekend killed in Bokkos.", 3),
        ("A youth leader had at the weekend been murdered in Nnewi.", 1),
        # negatives: no death
        ("Two suspects were at the weekend arraigned in Kaduna.", 0),
        ("A chief was at the weekend crowned in Ife.", 0),
    ],
)
def test_a_weekend_between_auxiliary_and_participle(text: str, dead: int) -> None:
    assert _killed(text) == dead
