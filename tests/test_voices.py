"""Attribution and hedging on sentences written for the tests."""

import pytest

from tests.conftest import claims_in, only_claim


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        (
            "Seventeen soldiers were killed, army spokesman Col. Idrissa Traore said.",
            "army spokesman Col. Idrissa Traore",
        ),
        ("The interior ministry said 40 people had been arrested.", "interior ministry"),
        (
            "According to the regional health office, 23 people died in the attack.",
            "regional health office",
        ),
        ("Local officials told Reuters that 30 people were killed.", "Local officials"),
        ("The rebels claimed they had killed 50 soldiers.", "rebels"),
        ("Human Rights Watch reported that 112 civilians were executed.", "Human Rights Watch"),
        ("A local activist tweeted that nine villagers had been abducted.", "A local activist"),
        (
            "“Thirty people were killed,” said a hospital source on condition of anonymity.",
            "a hospital source",
        ),
        (
            "The Sahel Monitor, a research group based in Dakar, reported that 210 people died.",
            "Sahel Monitor",
        ),
    ],
)
def test_speakers(sentence, voice):
    assert only_claim(sentence).attribution == voice


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        # a figure in words after a verb of report that is also a noun ("reports")
        ("The Daily Post reports fifteen dead.", "Daily Post"),
        ("A second source claims thirteen dead.", "A second source"),
        ("The Kuri Herald reports seventy dead.", "Kuri Herald"),
        # negative: a figure in words and no verb of report
        ("Villagers buried fifteen dead in Kuri.", None),
    ],
)
def test_a_figure_in_words_after_reports(sentence, voice):
    claims = claims_in(sentence)
    assert claims and claims[0].attribution == voice


def test_pronoun_resolves_to_the_last_named_speaker():
    found = claims_in(
        "Defence minister Amina Kone said 300 troops had arrived. "
        "A further 200 are expected next week, she said."
    )
    assert [c.attribution for c in found] == ["Defence minister Amina Kone"] * 2


def test_the_company_resolves_to_the_company_named_before():
    found = claims_in(
        "Mining firm Goldfields said on Tuesday that four employees were kidnapped. "
        "Two others were wounded, the company said."
    )
    assert [c.attribution for c in found] == ["Mining firm Goldfields"] * 2


def test_the_army_is_not_a_military_source_named_before():
    # the trial: "The army had initially said 12" was voiced as the source of the 35
    found = claims_in(
        "The toll has risen to 35 soldiers, a military source said. "
        "The army had initially said 12 soldiers were killed. "
        "Several wounded soldiers died in hospital, the source said."
    )
    assert [c.attribution for c in found] == ["a military source", "army", "a military source"]
    # the army named before is the army
    named = claims_in("The Malian army said 12 soldiers died. The army said 5 were wounded.")
    assert [c.attribution for c in named][1].endswith("Malian army")


def test_a_quoting_writer_lends_their_voice_to_the_quote():
    text = (
        "As analyst Rosa Mbeki wrote last year:\n\n"
        "The insurgency has displaced more than 40,000 herders across the region.\n"
    )
    assert only_claim(text).attribution == "analyst Rosa Mbeki"


def test_a_restated_figure_keeps_its_source():
    text = (
        "Crisis deepens\n\n  • 5,000 people have fled Niger\n\n"
        "According to UNHCR, 5,000 people have fled Niger since May.\n"
    )
    assert [c.attribution for c in claims_in(text)] == ["UNHCR", "UNHCR"]


def test_no_speaker_means_the_outlet():
    assert only_claim("Eleven people were killed in the blast.").attribution is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Twenty soldiers were reportedly killed in the ambush.",
        "The militants claim to have killed 40 soldiers.",
        "Up to 30 people may have died in the fire.",
        "Six men were allegedly executed by the militia.",
        "Unconfirmed reports say 15 civilians were killed.",
        "Some 60 people were killed, a figure that could not be independently verified.",
    ],
)
def test_hedged(sentence):
    assert only_claim(sentence).hedged


def test_a_writer_without_confirmation_hedges_the_paragraph():
    text = (
        "A local radio station reports that 35 soldiers were killed in the raid. "
        "I have not seen confirmation of this report anywhere else.\n"
    )
    assert only_claim(text).hedged


def test_plain_statement_is_not_hedged():
    assert not only_claim("Police said 12 people were arrested.").hedged


def test_writes_is_a_reporting_verb():
    assert only_claim("The blogger writes that 45 soldiers died.").attribution == "blogger"


def test_commenters_speak_for_themselves_unless_they_cite_someone():
    text = (
        "Post title\n\nThe post body says little.\n\n2 thoughts on “Post title”\n\n"
        "  1. My cousin in Gao counted 14 bodies after the raid.\n\n"
        "  2. Local reporter Awa Maiga says 30 people were killed. Cheers, Ibrahim.\n\n"
        "Leave a Reply\n"
    )
    found = claims_in(text)
    assert [(c.value, c.attribution, c.comment) for c in found] == [
        (14, "commenter (comment 1)", "1"),
        (30, "Local reporter Awa Maiga", "2"),
    ]
    assert found[1].commenter == "Ibrahim"
