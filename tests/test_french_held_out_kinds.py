"""French kinds a trial and a held-out set's building found (issue 18, french36), on
sentences written for the tests, with negatives: a settlement's kind before its name
("la petite localité de X", "la commune rurale de X" are X), a night across two
months, the conditional of more verbs, a vague subject that is a teller and no
victim, and a voice that "vient de préciser"."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.french_helpers import french_claims
from workbench.models import Claim


def claims(text: str) -> list[Claim]:
    return french_claims(text, dt.date(2024, 10, 5))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Sept civils ont été tués dans la petite localité de Bakoro.", "Bakoro"),
        ("Quatre civils ont été tués dans le village de Mandaka.", "Mandaka"),
        ("Neuf personnes ont été tuées dans la commune rurale de Kalamba.", "Kalamba"),
        ("Neuf personnes ont été tuées dans la ville nigériane de Damasak.", "Damasak"),
        ("Neuf personnes ont été tuées dans la ville ghanéenne de Bawku.", "Bawku"),
        ("Neuf déplacés ont été tués au camp de déplacés de Kilomoni.", "Kilomoni"),
        # negatives: a village in a region, a place beside the named one, an area's level
        ("Neuf personnes ont été tuées dans un village de Zamfara.", "un village de Zamfara"),
        (
            "Neuf personnes ont été tuées dans la localité voisine de Mabalako.",
            "la localité voisine de Mabalako",
        ),
        ("Neuf personnes ont été tuées dans le territoire de Djugu.", "le territoire de Djugu"),
        (
            "Neuf personnes ont été tuées près de la ville de Tessoua.",
            "près de la ville de Tessoua",
        ),
    ],
)
def test_a_settlement_is_its_name(text: str, place: str) -> None:
    (claim,) = claims(text)
    assert claim.location == place


@pytest.mark.parametrize(
    ("night", "first", "last"),
    [
        ("dans la nuit du 30 septembre au 1er octobre", "2024-09-30", "2024-10-01"),
        ("dans la nuit du 2 octobre au 3 octobre", "2024-10-02", "2024-10-03"),
        ("dans la nuit de mercredi 2 à jeudi 3 octobre", "2024-10-02", "2024-10-03"),
        ("dans la nuit du 31 décembre 2022 au 1er janvier 2023", "2022-12-31", "2023-01-01"),
        ("dans la nuit du 2 au 3 octobre", "2024-10-02", "2024-10-03"),
    ],
)
def test_a_night_across_two_dates(night: str, first: str, last: str) -> None:
    (claim,) = claims(f"Douze soldats ont été tués {night} près de Tessoua.")
    assert claim.date_text == night
    assert str(claim.date) == f"{first}/{last}"


def test_two_dates_are_no_night() -> None:
    # negative: a day and another figure's day, no night between them
    first = claims("Douze soldats ont été tués le 2 octobre, et trois blessés le 3 octobre.")[0]
    assert first.date_text == "le 2 octobre"


@pytest.mark.parametrize(
    "text",
    [
        "L'attaque aurait coûté la vie à douze personnes à Kouri.",
        "Plus de 200 familles auraient fui Kouri.",
        "Douze morts seraient à déplorer à Kouri.",
        "Un soldat serait porté disparu depuis l'attaque de Kouri.",
        "Le bilan avoisinerait 50 morts à Kouri.",
        "Le bilan pourrait dépasser 50 morts à Kouri.",
        "Douze civils ont été tués à Kouri, selon un bilan non officiel.",
        "Douze civils ont été tués à Kouri, selon un bilan officieux.",
    ],
)
def test_a_conditional_or_unofficial_toll_is_hedged(text: str) -> None:
    (claim,) = claims(text)
    assert claim.hedged
    assert claim.attribution is None  # "un bilan officieux" is a toll, not a voice


@pytest.mark.parametrize(
    "text",
    [
        # negatives: a toll counted that may grow, an official one, a conditional elsewhere
        "Le bilan pourrait s'alourdir : au moins dix morts ont été recensés à Garoua.",
        "Douze civils ont été tués à Kouri, selon un bilan officiel.",
        "Douze civils ont été tués à Kouri, où l'armée devrait arriver demain.",
    ],
)
def test_a_counted_toll_is_not_hedged(text: str) -> None:
    (claim,) = claims(text)
    assert not claim.hedged


def test_an_unofficial_toll_keeps_its_voice() -> None:
    (claim,) = claims("Douze civils ont été tués à Kouri, selon un bilan officieux de la police.")
    assert claim.attribution == "la police"


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("Une source policière fait aussi état de 9 morts.", "Une source policière"),
        ("Une source policière qui fait état de 9 morts.", "Une source policière"),
        ("Un habitant nous a précisé que neuf personnes avaient été tuées.", "Un habitant"),
        ("Un élu m'a confié que neuf personnes avaient été tuées.", "Un élu"),
        ("Neuf personnes ont été tuées, nous a précisé un habitant.", "un habitant"),
        ("Le maire vient d'annoncer la mort de neuf personnes.", "Le maire"),
        ("Une source vient de nous confirmer qu'il y aurait eu 12 morts.", "Une source"),
        ("Neuf personnes ont été tuées, a détaillé le maire.", "le maire"),
        ("Trois autres civils avaient été tués la veille, a rappelé M. Kamba.", "M. Kamba"),
        ("Le maire a, pour sa part, déclaré que neuf civils avaient été tués.", "Le maire"),
        ("Une autre source a toutefois, déclaré à l'AFP que neuf soldats ont été tués.",
         "Une autre source"),
        ("Le préfet a cependant indiqué que neuf civils avaient été tués.", "Le préfet"),
    ],
)  # fmt: skip
def test_more_french_voices(text: str, voice: str) -> None:
    (claim,) = claims(text)
    assert claim.attribution == voice


@pytest.mark.parametrize(
    "text",
    [
        # negatives: a pursuit and a flight say nothing; a victim is no voice
        "Les soldats ont poursuivi les assaillants, qui ont tué neuf civils.",
        "Le maire qui a fui Kouri a été tué avec neuf civils.",
        "Nous avons rejoint Kouri, où neuf civils ont été tués.",
    ],
)
def test_no_voice_in_these(text: str) -> None:
    assert [c.attribution for c in claims(text)] == [None]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Plusieurs médias évoquent un bilan de douze morts à Kouri.", [(12, 12)]),
        ("Plusieurs ONG ont dénoncé la mort de douze civils à Kouri.", [(12, 12)]),
        ("Un habitant nous a précisé que neuf civils avaient été tués.", [(9, 9)]),
        # negatives: vague or single victims who tell nothing
        ("Plusieurs habitants ont été tués à Kouri.", [(3, 9)]),
        ("Un habitant a été tué à Kouri.", [(1, 1)]),
    ],
)
def test_tellers_are_no_victims(text: str, figures: list[tuple[int, int]]) -> None:
    assert [(c.low, c.high) for c in claims(text)] == figures


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Sept soldats ont été tués dans le village Dandi.", "Dandi"),
        ("Sept civils ont été tués au sud de la capitale Bangui.", "au sud de Bangui"),
        ("Sept civils ont été tués à l'ouest de la capitale, Bangui.", "à l'ouest de Bangui"),
        ("Sept civils ont été tués dans la capitale nigérienne Niamey.", "Niamey"),
        # a capital named by its country is that capital (french_places78: the
        # gazetteer's capital); negative: a name that holds "Commune"
        ("Sept civils ont été tués dans la capitale de la RDC.", "Kinshasa"),
        ("Sept civils ont été tués dans la Commune IV de Bamako.", "la Commune IV de Bamako"),
    ],
)
def test_a_capital_or_village_named_without_de(text: str, place: str) -> None:
    (claim,) = claims(text)
    assert claim.location == place


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "L'attaque a fait onze morts, a indiqué, jeudi 3 octobre, son porte-parole.",
            "son porte-parole",
        ),
        ("L'attaque a fait onze morts, a indiqué jeudi, le porte-parole.", "le porte-parole"),
        ("Onze civils ont été tués, a déclaré à la radio nationale le ministre.", "le ministre"),
        (
            "Trois soldats ont été tués, a déclaré le gouverneur Ali Saleh. "
            "Onze civils ont aussi péri, de même source.",
            "le gouverneur Ali Saleh",
        ),
    ],
)
def test_a_voice_after_a_date_a_medium_or_the_same_source(text: str, voice: str) -> None:
    assert claims(text)[-1].attribution == voice


def test_the_same_source_with_none_before_stays_a_reference() -> None:
    # negative: "de même source" with no voice before it names no one, as "selon la même
    # source" does
    (claim,) = claims("Onze personnes ont été tuées, de même source.")
    assert claim.attribution == "même source"


@pytest.mark.parametrize("after", ["a-t-il ajouté", "selon lui", "de même source"])
def test_a_bare_title_is_a_pronouns_antecedent(after: str) -> None:
    found = claims(
        f"Trois soldats ont été tués, a déclaré le préfet.\nOnze civils ont péri, {after}."
    )
    assert [c.attribution for c in found] == ["le préfet", "le préfet"]


def test_a_pronoun_is_no_antecedent() -> None:
    # negative: a pronoun before a pronoun names no one; a pronoun standing for no one
    # named is no voice (analyst trial 40)
    found = claims("Trois soldats ont été tués, a-t-il dit.\nOnze civils ont péri, selon lui.")
    assert [c.attribution for c in found] == [None, None]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Le bilan s'élève à 62 morts, contre 40 annoncés initialement.", [62, 40]),
        ("Le bilan s'élève à 62 morts, contre 40 précédemment.", [62, 40]),
        # negatives: a year, a fight against a force
        ("Le bilan s'élève à 62 morts, contre 40 en 2022.", [62]),
        ("Les soldats ont lutté contre 40 assaillants, tuant 12 d'entre eux.", [12]),
    ],
)
def test_an_earlier_toll_set_against_the_claim(text: str, figures: list[int]) -> None:
    found = claims(text)
    assert [c.low for c in found] == figures
    assert {c.category.value for c in found} == {"killed"}


@pytest.mark.parametrize(
    ("text", "voices"),
    [
        # "l'ONU avait initialement ...": an adverb is no voice's name
        (
            "L'ONU, qui avait initialement évoqué 40 morts, parle désormais de 62 victimes.",
            ["L'ONU", "L'ONU"],
        ),
        ("Soixante morts, déplore désormais la Croix-Rouge.", ["la Croix-Rouge"]),
        # negatives: a voice after its day, a relative clause that says nothing
        ("Douze civils ont été tués, ont déclaré samedi des élus locaux.", ["des élus locaux"]),
        ("Les ADF, qui ont longuement attaqué le village, ont tué 20 civils.", [None]),
    ],
)
def test_an_adverb_is_no_voice(text: str, voices: list[str | None]) -> None:
    assert [c.attribution for c in claims(text)] == voices


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Le conflit a provoqué la mort de milliers de civils.", 2000, 9999),
        ("Le conflit a provoqué la fuite de centaines de milliers de personnes.", 200_000, 999_999),
        (
            "Le conflit a provoqué le déplacement de dizaines de milliers d'habitants.",
            20_000,
            99_999,
        ),
    ],
)
def test_a_vague_count_after_de(text: str, low: int, high: int) -> None:
    (claim,) = claims(text)
    assert (claim.low, claim.high) == (low, high)


def test_de_milliers_of_money_is_no_claim() -> None:
    # negative: thousands of euros count no one
    assert claims("Le gouvernement a promis de milliers d'euros d'aide.") == []


def test_a_writer_learned_with_a_typo() -> None:
    (claim,) = claims("Sept personnes ont été tuées à Bolo, apprend-t-on de la police locale.")
    assert claim.attribution == "la police locale"


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("Le conflit a provoqué la fuite de plus d'un million et demi de personnes.", 1_500_000),
        ("Deux millions et demi de personnes ont fui.", 2_500_000),
        # negatives: no half, a half-brother
        ("Un million de personnes ont fui.", 1_000_000),
        ("Deux millions de déplacés et leurs demi-frères ont fui.", 2_000_000),
    ],
)
def test_a_million_and_a_half(text: str, low: int) -> None:
    assert claims(text)[0].low == low


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("Une organisation l'estime à 191 victimes.", "Une organisation"),
        ("Le ministère l'a porté à 42 morts.", "Le ministère"),
        (
            "Onze militaires ont été tués, a déclaré une source militaire qui a requis l'anonymat.",
            "une source militaire",
        ),
        (
            "Une source militaire qui a requis l'anonymat a déclaré que 11 soldats ont péri.",
            "Une source militaire",
        ),
        # negative: a clause before "et l'estime" is no voice's name
        ("Une ONG a revu le bilan à la hausse et l'estime à 191 victimes.", None),
    ],
)
def test_a_voice_that_puts_the_toll_at_a_figure(text: str, voice: str | None) -> None:
    (claim,) = claims(text)
    assert claim.attribution == voice


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Les affrontements intercommunautaires de Kutum ont fait 12 morts.", "Kutum"),
        ("Les combats de Mongo ont fait 12 morts.", "Mongo"),
        ("Les attaques de Tengréla ont fait 12 morts.", "Tengréla"),
        (
            "Douze soldats ont été tués au poste frontalier de Tengréla.",
            "poste frontalier de Tengréla",
        ),
        ("Douze orpailleurs ont été tués dans le village minier de Kamsa.", "Kamsa"),
        # negatives: an event named by its day, its actor
        ("Les combats de samedi ont fait 12 morts à Bolo.", "Bolo"),
        ("Les attaques de Boko Haram ont fait 12 morts.", None),
        ("Les tirs de l'armée ont fait 12 morts.", None),
    ],
)
def test_an_event_named_by_its_place(text: str, place: str | None) -> None:
    (claim,) = claims(text)
    assert claim.location == place


def test_a_relayed_voice_is_the_origin() -> None:
    (claim,) = claims(
        "Au moins 20 personnes ont été tuées, informe le site Alwihda, citant le ministre "
        "des Communications."
    )
    assert (claim.attribution, claim.origin) == (
        "le site Alwihda",
        "le ministre des Communications",
    )


def test_no_relay_no_origin() -> None:
    (claim,) = claims("Au moins 20 personnes ont été tuées, selon le site Alwihda.")
    assert (claim.attribution, claim.origin) == ("le site Alwihda", None)


def test_a_closing_selon_speaks_for_every_clause() -> None:
    found = claims(
        "Huit soldats ont été tués en mai, tandis que 15 militants ont été tués, "
        "selon le gouvernement."
    )
    assert [c.attribution for c in found] == ["le gouvernement", "le gouvernement"]


@pytest.mark.parametrize(
    ("text", "voices"),
    [
        # negatives: a voice of the first clause's own; a voice that opens the second
        (
            "L'armée parle de 19 morts, tandis que 40 civils ont péri selon des sources locales.",
            ["L'armée", "des sources locales"],
        ),
        (
            "Un bilan officiel fait état de 19 soldats tués, tandis que des sources locales "
            "parlent de 40 morts.",
            [None, "des sources locales"],
        ),
    ],
)
def test_each_clause_keeps_its_own_voice(text: str, voices: list[str | None]) -> None:
    assert [c.attribution for c in claims(text)] == voices


def test_a_settlement_pointed_back_to_is_the_town_before() -> None:
    text = "Des rebelles ont attaqué Bolo, une localité du nord-ouest.\nDans cette localité, "
    found = claims(text + "douze civils ont été tués.")
    assert [c.location for c in found] == ["Bolo"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # negatives: no town before; a region pointed back to with no place before
        # (test_french_area_kinds); after a town, since session fr42, the town: a place
        # to find on a map (tests/test_french_paraphrase42.py)
        ("Le texte commence.\nDans cette localité, douze civils ont été tués.", "cette localité"),
        (
            "Deux soldats ont été tués à Bolo.\nDans cette région, douze civils ont été tués.",
            "Bolo",
        ),
    ],
)
def test_a_pointed_area_kept_as_written(text: str, place: str) -> None:
    assert claims(text)[-1].location == place


@pytest.mark.parametrize(
    "after",
    [
        "Le bilan s'élève désormais à 62 morts.",
        "Selon un nouveau bilan, 62 personnes ont été tuées.",
    ],
)
def test_a_revised_toll_takes_no_earlier_voice(after: str) -> None:
    found = claims(f"L'ONU avait fait état de 40 morts. {after}")
    assert [c.attribution for c in found] == ["L'ONU", None]


def test_a_superseded_figures_voice_carries_to_nothing() -> None:
    found = claims("L'ONU avait initialement fait état de 40 morts. 62 personnes ont été tuées.")
    assert [c.attribution for c in found] == ["L'ONU", None]


def test_a_voice_still_carries_to_its_report() -> None:
    # negative: a voice's report goes on with no revision
    found = claims("L'ONU a fait état de 40 morts. Huit autres personnes ont été blessées.")
    assert [c.attribution for c in found] == ["L'ONU", "L'ONU"]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Plus de 20 mille Camerounais sont réfugiés au Nigeria.", [20_000]),
        ("Quelque 2,5 mille personnes ont fui.", [2250]),
        # negatives: a year before "mille", "mille" alone
        ("En 2019 mille personnes ont fui.", [1000]),
        ("Mille personnes ont fui.", [1000]),
    ],
)
def test_digits_then_mille(text: str, figures: list[int]) -> None:
    assert [c.low for c in claims(text)] == figures


@pytest.mark.parametrize(
    ("told", "voice"),
    [
        ("a indiqué à Radio Okapi le maire de la ville", "le maire de la ville"),
        ("a indiqué à la radio Ndeke Luka le préfet", "le préfet"),
        ("a indiqué à l'agence Anadolu un responsable local", "un responsable local"),
        # negatives: the radio itself unnamed, or named as the voice
        ("a déclaré à la radio le ministre", "le ministre"),
        ("a rapporté Radio Okapi", "Radio Okapi"),
    ],
)
def test_a_station_or_agency_told(told: str, voice: str) -> None:
    (claim,) = claims(f"Douze civils ont été tués à Bolo, {told}.")
    assert claim.attribution == voice


@pytest.mark.parametrize(
    ("night", "dates"),
    [
        ("dans la nuit de vendredi à samedi 28 septembre", "2024-09-27/2024-09-28"),
        ("dans la nuit de vendredi à samedi 28 septembre 2023", "2023-09-27/2023-09-28"),
        # negative: no date written, the weekdays before publication (5 October 2024)
        ("dans la nuit de vendredi à samedi", "2024-10-04/2024-10-05"),
    ],
)
def test_a_night_of_two_weekdays_with_the_mornings_date(night: str, dates: str) -> None:
    (claim,) = claims(f"Douze soldats ont été tués {night} près de Tessoua.")
    assert str(claim.date) == dates


@pytest.mark.parametrize(
    ("between", "category"),
    [
        ("a tué sur le coup", "killed"),
        ("a tué samedi", "killed"),
        ("a tué hier", "killed"),
        ("a tué au total", "killed"),
        ("a enlevé ce dimanche matin", "kidnapped"),
        ("a blessé jeudi soir", "wounded"),
    ],
)
def test_a_when_between_the_verb_and_its_figure(between: str, category: str) -> None:
    (claim,) = claims(f"Le groupe {between} 12 personnes à Bolo.")
    assert (claim.category.value, claim.low) == (category, 12)


def test_a_when_alone_is_no_fate() -> None:
    # negative: a day between "a" and a figure with no verb of harm
    assert claims("Le groupe a visité samedi 12 villages à Bolo.") == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Douze déplacés ont été tués dans le camp de Kaga.", "killed"),
        ("Douze déplacés de Bolo ont été tués dans le camp de Kaga.", "killed"),
        ("Douze réfugiés soudanais ont été tués à Adré.", "killed"),
        ("Douze déplacés ont été blessés.", "wounded"),
        ("Douze otages ont été exécutés.", "killed"),
        # negatives: a status that stays, what befell them before it
        ("Douze déplacés ont fui vers Kaga.", "displaced"),
        ("Douze otages ont été libérés.", "kidnapped"),
        ("Les ravisseurs détiennent toujours douze otages.", "kidnapped"),
    ],
)
def test_what_befell_people_after_their_status(text: str, category: str) -> None:
    (claim,) = claims(text)
    assert claim.category.value == category


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("À 20 km de Bolo, dans le village de Kaga, 12 civils ont été tués.", "Kaga"),
        ("Douze civils ont été tués à 20 km de Bolo, dans le village de Kaga.", "Kaga"),
        # negatives: the place first then its distance; a distance alone
        ("Douze civils ont été tués à Kaga, à 20 km de Bolo.", "Kaga"),
        ("Douze civils ont été tués à 20 km de Bolo.", "à 20 km de Bolo"),
    ],
)
def test_a_distance_then_the_place_it_locates(text: str, place: str) -> None:
    (claim,) = claims(text)
    assert claim.location == place


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("Pour le gouverneur, douze civils ont été tués à Bolo.", "le gouverneur"),
        ("Pour l'ONU, le bilan s'élève à 40 morts.", "l'ONU"),
        ("Les secours ont travaillé. Pour la société civile, 20 personnes ont péri.",
         "la société civile"),
        # negatives: "pour" before no voice, or inside the sentence
        ("Pour la première fois, douze civils ont été tués à Bolo.", None),
        ("Pour le moment, douze civils ont été tués à Bolo.", None),
        ("Il a agi pour le gouvernement, qui a perdu douze soldats.", None),
    ],
)  # fmt: skip
def test_a_voice_opening_with_pour(text: str, voice: str | None) -> None:
    assert claims(text)[-1].attribution == voice
