"""Numbers that are not claims, and text that is not the article."""

import pytest

from tests.conftest import claims_in


@pytest.mark.parametrize(
    "sentence",
    [
        "The war began in 2012 when rebels took the north.",
        "Until 1991, the country was ruled by the army.",
        "Rebels shot down a Mi-24 helicopter over the valley.",
        "Witnesses heard 12.7mm machine guns firing all night.",
        "They fired 7.62-millimetre rounds into the air.",
        "Abdou Sall, 44, and Mariam Ba, 39, were interviewed in the camp.",
        "The 21-year-old recruit deserted on Monday.",
        "The meeting ended at 4:30 PM on Friday.",
        "They met on January 12, 2013 in the capital.",
        "Ten months ago the junta took power.",
        "The crisis has deepened over the past three weeks.",
        "The agreement was signed after two days of talks.",
        "Residents spent the night one by one in the shelter.",
        "One of them said the town was calm.",
        "Several analysts have warned about this for years.",
        # casualties, dead or hurt, counted by a vague word: no claim (any spelling)
        "Several casualties were reported after the clash.",
        "Many causalities feared in the town.",
    ],
)
def test_not_claims(sentence):
    assert claims_in(sentence) == [], sentence


def test_list_markers_comment_counts_and_forms_are_skipped():
    text = (
        "Rebels seize town\n\n"
        "Fighters seized the town of Ber on Saturday.\n\n"
        "12 thoughts on “Rebels seize town”\n\n"
        "  1. Interesting post, thanks.\n\n"
        "Leave a Reply\n\nYou are commenting using your Twitter account. Log Out / Change )\n"
    )
    assert claims_in(text) == []
