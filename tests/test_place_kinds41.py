"""Two kinds of place found by paraphrasing real leads (session 41), on sentences
written for the tests: the event's attribute ("the Kukawa attack") and the scene a
wire's next sentence gives where the lead names only a country."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.extract.places import country_wide
from workbench.ingest import document_from_text
from workbench.models import Category


def places(text: str) -> list[str | None]:
    doc = document_from_text("lead.txt", text)
    doc = doc.model_copy(update={"published": dt.date(2022, 9, 14)})
    return [c.location for c in extract_claims(doc) if c.category is Category.KILLED]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Dikwa attack left 11 fishermen dead.", "Dikwa"),
        ("The Mubi market bombing killed 23 traders.", "Mubi"),
        ("Nine worshippers died in the Konduga mosque attack.", "Konduga"),
        ("The Pulka ambush killed seven soldiers, the army said.", "Pulka"),
        ("The Eastgate mall attack killed 14 shoppers.", "Eastgate"),
    ],
)
def test_the_name_before_the_event_is_its_place(text, place):
    assert places(text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "The ISWAP attack killed 12 soldiers.",  # an armed group
        "The Israeli strike killed 9 people.",  # a nationality
        "The U.S. bombing killed 9 militants.",  # a country from afar
        "The Tuesday attack killed 12 soldiers.",  # a day
        "The October attack killed 40 villagers.",  # a month
        "The Christmas Day bombing killed 40 worshippers.",  # a feast
        "The deadly attack killed 20 people.",  # no name
    ],
)
def test_a_name_before_the_event_that_is_no_place(text):
    assert places(text) == [None]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Gunmen killed 14 herders in northwestern Nigeria, police said.\n\n"
            "The attack took place on Friday in Maru, a town in Zamfara state.",
            "Maru",
        ),
        (
            "Jihadists killed 15 farmers in northeast Nigeria. The raid happened near "
            "Damasak as the farmers were harvesting rice.",
            "near Damasak",
        ),
    ],
)
def test_a_lead_naming_a_country_takes_the_scene_the_next_sentence_gives(text, place):
    assert places(text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        # the next sentence tells another toll: a part, or another incident
        "Bombings across northern Iraq killed 60 people. The deadliest attack was a blast "
        "in Tikrit that killed 21.",
        # it does not tie back to the event
        "Gunmen killed 14 herders in northwestern Nigeria. Maru residents fled their homes.",
        # the lead names a town: nothing finer is looked for
        "Gunmen killed 14 herders in Gusau. The attack took place near Maru.",
        # a place of another country
        "Gunmen killed 14 herders in northern Nigeria. The attack was like one in Nairobi.",
    ],
)
def test_no_scene_from_a_sentence_that_is_not_the_leads(text):
    assert places(text)[0] in ("northern Iraq", "northwestern Nigeria", "Gusau", "northern Nigeria")


@pytest.mark.parametrize(
    ("name", "wide"),
    [
        ("Nigeria", True),
        ("northeastern Nigeria", True),
        ("the far north of Cameroon", True),
        ("central Mali", True),
        ("Borno State", False),
        ("Gao, Mali", False),
        ("Kukawa", False),
    ],
)
def test_country_wide_names(name, wide):
    assert country_wide(name) is wide


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Gunmen killed 20 civilians in Dikwa on Monday. Seven people were wounded and "
            "taken to hospital in Maiduguri.",
            "Dikwa",
        ),
        ("Seven people were wounded in Dikwa and rushed to a clinic in Monguno.", "Dikwa"),
        (
            "Twelve injured people were treated at the general hospital in Kano after the "
            "blast in Wudil.",
            "Wudil",
        ),
        # a place of care by its own name, the town in it (Sudan trial, session 50)
        (
            "Gunmen raided the village of Kutum on Monday. Five people were wounded and "
            "treated in Kabkabiya Hospital.",
            "Kutum",
        ),
        ("Two men were hurt in Wudil and admitted to Kano Teaching Hospital.", "Wudil"),
    ],
)
def test_where_the_hurt_were_taken_for_care_is_no_place_of_theirs(text, place):
    doc = document_from_text("lead.txt", text)
    claims = extract_claims(doc.model_copy(update={"published": dt.date(2022, 9, 14)}))
    assert [c.location for c in claims if c.category is Category.WOUNDED] == [place]


def test_a_hospital_that_was_attacked_is_the_place():
    assert places("A bomb exploded at a hospital in Kabul, killing 12 people.") == ["Kabul"]
    assert places("A bomb hit Kano Teaching Hospital in Kano, killing 12 people.") == ["Kano"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Residents of Dikwa buried 48 people killed in the attack.", "Dikwa"),
        ("Gunmen shot dead two residents of Kuje village.", "Kuje"),
    ],
)
def test_the_place_whose_residents_are_counted_or_bury_them(text, place):
    assert places(text) == [place]


def test_residents_of_a_place_telling_of_another():
    assert places("Residents of Maiduguri said 12 people were killed in Konduga.") == ["Konduga"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The attack in Mukondi, some 30 km from Beni, left ten people dead.", "Mukondi"),
        ("Gunmen killed ten people 30 km from Beni.", "near Beni"),  # the only place named
        # a count of a place after a count, no distance: each its own place
        ("Troops repelled attacks at Beta and Pulka; 2 killed in Beta, 16 in Pulka.", "Beta"),
    ],
)
def test_a_distance_set_off_after_a_place_is_no_place_of_the_figures(text, place):
    assert places(text)[0] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Death toll from Dikwa car bomb rises to 25.", "Dikwa"),
        ("Toll from the Mubi truck bombing rises to 40.", "Mubi"),
        ("Curfew imposed after Konduga blast kills 12 traders.", "Konduga"),
    ],
)
def test_a_headline_names_the_event_s_place_without_the_article(text, place):
    """ "from Dikwa car bomb": the name before the event's noun, after a preposition
    that a headline writes without "the", is where it happened, not where anyone
    came from."""
    assert places(text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Three soldiers from Dikwa were killed on the road.",  # where they came from
        "Toll from Monday car bomb rises to 12.",  # a day
        "Toll from ISWAP car bomb rises to 15.",  # an armed group
    ],
)
def test_a_name_after_from_that_names_no_event_s_place(text):
    assert "Dikwa" not in (places(text) or [None]) and places(text) in ([None], [])


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rebel shells kill 7 in Syrian capital: state media", "Damascus"),
        ("Suicide bomber kills 20 in Afghan capital", "Kabul"),
        ("Blast kills 9 in the Kenyan capital", "Nairobi"),
    ],
)
def test_a_headline_s_capital_without_the_article(text, place):
    """ "in Syrian capital": the capital of the country the nationality names, as "in
    the Syrian capital" is."""
    assert places(text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen kill 4 in Capital Territory",  # a name, no nationality before "capital"
        "Rebels kill 4 in Houthi capital",  # no country's nationality
    ],
)
def test_no_capital_without_a_country_s_nationality(text):
    assert places(text) != ["Damascus"] and all(p not in ("Sanaa", "Abuja") for p in places(text))


def test_a_headline_that_opens_with_the_event_s_place():
    """ "Afrin car bombing toll rises to 14": the name opening a sentence-case headline
    before the event's noun is its place."""
    assert places("Konduga car bombing toll rises to 14") == ["Konduga"]


@pytest.mark.parametrize(
    "text",
    [
        "Deadly attack kills 20 soldiers",  # a headline's word for the event
        "Twin blasts kill 40 people",
        "Death Toll From Terror Attack Rises to Seven",  # title case tells no name
        "Several attacks killed 12 villagers",  # a common word
    ],
)
def test_a_word_opening_a_headline_before_the_event_is_no_place(text):
    assert places(text) in ([None], [])


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a country's war by its possessive is waged elsewhere (Gaza trial, session 50)
        ("Ukraine's offensive has killed 12,000 soldiers, the ministry says.", None),
        ("Ukraine's offensive killed 12 soldiers in Kursk.", "Kursk"),
        # a war named by its country is there
        ("Twelve people died in the Ethiopia war.", "Ethiopia"),
    ],
)
def test_a_country_waging_a_war_is_not_where_it_kills(text, place):
    assert places(text) == [place]


def test_local_sources_at_a_place_give_their_toll_its_place():
    """Ethiopia trial, session 50: "hospital officials in the town of Finote Selam said
    at least 26 people had died" took the place the story named before it."""
    text = (
        "A drone strike killed five civilians in the town of Wegel Tena on Monday. In "
        "August, hospital officials in the town of Finote Selam said at least 26 people "
        "had died in a drone strike."
    )
    assert places(text) == ["Wegel Tena", "Finote Selam"]
