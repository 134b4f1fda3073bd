"""One figure for the dead and the hurt together, told with "and" (issue 13, kinds37):
"killed and injured 40" is neither 40 killed nor 40 wounded, as "killed or injured 40"
is neither. Sentences written for these tests, with their negatives: each fate with a
figure of its own, two fates of one victim, a second verb with its own object, years,
ages, calibres and animals."""

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Category

K, W = Category.KILLED, Category.WOUNDED


def _casualties(text: str) -> list[tuple[str, float | None]]:
    claims = extract_claims(document_from_text("t.txt", text))
    return [(c.category.value, c.value) for c in claims if c.category in (K, W)]


@pytest.mark.parametrize(
    "text",
    [
        # "and" as "or" is read: which befell whom, and how many of each, unsaid
        "The car bomb killed and injured 37 people in the market.",
        "The car bomb killed or injured 37 people in the market.",
        "Mortar fire killed and wounded 19 soldiers near the airport.",
        "Rockets kill and injure 8 civilians in Tal Rifaat.",
        "About 23 people were killed and wounded when shells hit the camp.",
        "More than 14 fighters were killed and injured in the ambush.",
        "At least 9 were wounded and killed in the crossfire.",
        "Air strikes left 31 dead and injured in Ariha.",
        "The barrel bombs left about 60 casualties and wounded in the town.",
        "Shelling on the outskirts left 12 martyrs and wounded on Friday.",
        # the same with a year, an age, a calibre, a time beside it: still no figure
        "In 2017, 26 villagers aged over 60 were killed and injured by 120mm shells.",
    ],
)
def test_one_figure_for_two_fates_is_no_toll(text):
    assert _casualties(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # each fate with its own figure
        ("The bomb killed 6 and injured 21.", [("killed", 6), ("wounded", 21)]),
        ("Four traders were killed and 11 wounded.", [("killed", 4), ("wounded", 11)]),
        ("The raid left 5 dead and 17 injured.", [("killed", 5), ("wounded", 17)]),
        # the second verb with an object of its own
        ("Gunmen shot a guard dead and injured another.", [("killed", 1), ("wounded", 1)]),
        (
            "The blast left 13 people dead and injuring 40 others.",
            [("killed", 13), ("wounded", 40)],
        ),
        # the others hurt are a wounded figure of their own, with no number
        ("Eight farmers were killed and others wounded.", [("killed", 8), ("wounded", None)]),
        # one victim, two fates told one after the other
        ("A nurse was wounded and later died in hospital.", [("killed", 1)]),
        # no figure for the two fates: nothing to refuse
        ("Most of those killed and wounded were civilians.", []),
        # animals killed and wounded are no casualties
        ("The raid killed and injured 30 cattle.", []),
    ],
)
def test_each_fate_with_its_figure_stays(text, found):
    assert _casualties(text) == found


def test_two_fates_of_one_victim_are_both_claims():
    claims = extract_claims(document_from_text("t.txt", "Two engineers were abducted and killed."))
    assert sorted((c.category.value, c.value) for c in claims) == [
        ("kidnapped", 2),
        ("killed", 2),
    ]


def test_a_vague_subject_before_a_passive_stays_a_vague_death():
    # "dozens were killed and injured" says people died, in no stated number (as the
    # seed gold reads it); after an active verb the vague object is neither's
    [claim] = extract_claims(
        document_from_text("t.txt", "Scores of people were killed and injured in the clashes.")
    )
    assert (claim.category, claim.qualifier) == (K, "vague:scores")
    assert _casualties("The shelling killed and injured dozens of residents.") == []
