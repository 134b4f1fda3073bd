"""Voices and outlets trial 75b (Chad) found read wrong, in texts written for these
tests, with their negatives: a voice speaking in its turn ("for its part", "de son
côté") is named without those words; how a French voice told the outlet ("par
téléphone") is no part of it; an outlet's dateline on a line of its own, and an
outlet's name and date under the title, name the document's outlet."""

import pytest

from tests.conftest import claims_in
from tests.french_helpers import french_claims
from workbench.ingest import document_from_text


@pytest.mark.parametrize(
    ("text", "voices"),
    [
        (
            "The army said 12 rebels were killed near Bol. The UFR for its part claimed to "
            "have killed 20 soldiers.",
            ["army", "UFR"],
        ),
        (
            "The police said three people were hurt. Local residents in turn said 9 people "
            "were wounded in Ati.",
            ["police", "Local residents"],
        ),
        # negative: a name holding "part" stays whole
        (
            "The Part Time Workers Union said 4 members were arrested in Sarh.",
            ["Part Time Workers Union"],
        ),
    ],
)
def test_a_voice_speaking_in_its_turn_is_named_without_it(text, voices):
    """Trial 75b: Alwihda's "FACT for its part claimed to have killed 31 soldiers" gave
    the voice "FACT for its part", a third name of FACT (voice_trim.OWN_TURN)."""
    assert [c.attribution for c in claims_in(text)] == voices


@pytest.mark.parametrize(
    ("text", "voices"),
    [
        (
            "Le gouverneur parle de 4 morts. Le CCMSR de son côté affirme avoir tué 15 "
            "soldats à Mongo.",
            ["Le gouverneur", "Le CCMSR"],
        ),
        (
            "« Nous avons compté 7 morts », a indiqué à l'AFP par téléphone un habitant de Bol.",
            ["un habitant de Bol"],
        ),
        (
            "« Nous avons enterré neuf corps », a déclaré par téléphone à Reuters un notable "
            "de la localité, sous couvert d'anonymat.",
            ["un notable de la localité"],
        ),
    ],
)
def test_french_voice_words_of_turn_and_telephone_are_no_part_of_it(text, voices):
    """Trial 75b: "a déclaré à l'AFP par téléphone un chef de canton" gave the voice
    "par téléphone un chef de canton de la zone"."""
    assert [c.attribution for c in french_claims(text)] == voices


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "Chad: floods kill 12 in the east\n\nN'Djamena (AFP) - Dec 2, 2026\n\n"
            "At least 12 people were killed by floods in Abeche on Monday, officials said.\n",
            "AFP",
        ),
        (
            "Tchad : 5 morts dans une attaque à Mongo\n\nMongoinfo, le 3 décembre 2026\n\n"
            "Cinq personnes ont été tuées mardi à Mongo, selon la police.\n",
            "Mongoinfo",
        ),
        (
            "Chad: 5 dead in attack on Mongo\n\nSahel Daily News, December 3, 2026\n\n"
            "Five people were killed on Tuesday in Mongo, police said.\n",
            "Sahel Daily News",
        ),
        # negatives: a letter's place and date, a weekday and date
        (
            "Communiqué de la mairie\n\nAbéché, le 3 décembre 2026\n\n"
            "Cinq personnes ont été tuées mardi à Abéché, selon la police.\n",
            None,
        ),
        (
            "Chad: 5 dead in attack on Mongo\n\nThursday, 3 December 2026\n\n"
            "Five people were killed on Tuesday in Mongo, police said.\n",
            None,
        ),
        (
            "Chad: 5 dead in attack on Mongo\n\nN'Djamena, 3 December 2026\n\n"
            "Five people were killed on Tuesday in Mongo, police said.\n",
            None,
        ),
    ],
)
def test_an_outlet_under_the_title_names_the_documents_outlet(text, outlet):
    """Trial 75b: "N'Djamena (AFP) - Nov 30, 2026" (Reuters' was read), "Tchadinfos, le
    22 novembre 2026" and "Alwihda Info, 29 November 2026" named no outlet, and their
    claims were given to a voice named after the headline (ingest/bylines.py)."""
    assert document_from_text("t.txt", text).outlet == outlet
