"""French kinds sorted from the study halves of both French sets once `french-extra`
was split (issue 18, fr39), each on sentences written for the tests, with negatives:
an area's side adjective ("la région méridionale de X"), a capitalised side ("au Nord
de X"), a place in brackets after another, the side of a town after a noun ("un hôtel
du centre de X"), a town struck in the feminine, where a rocket was fired from; a
bound set off by commas, people joined past an aside, captives taken away by their
captors, a toll estimated, uprooted people, "des millions", a nominal with an
adjective or a year before "de", a quoted adverb, a toll grown far from its noun."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Category, Claim


def claims(text: str) -> list[Claim]:
    doc = document_from_text("fr.txt", text).model_copy(
        update={"language": "fr", "published": dt.date(2025, 3, 4)}
    )
    return extract_claims(doc)


def one(text: str) -> Claim:
    (claim,) = claims(text)
    return claim


# Places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Lundi, dans la région méridionale de Zelinka, un obus a tué deux fermiers.",
            "la région méridionale de Zelinka",
        ),
        (
            "Un drone a frappé la province orientale de Dorvani, tuant trois bergers.",
            "la province orientale de Dorvani",
        ),
        # negative: a side of the country with no area after it keeps its phrase
        ("Trois bergers ont été tués dans le sud de Dorvani.", "le sud de Dorvani"),
    ],
)
def test_an_area_takes_its_side_adjective(text: str, place: str) -> None:
    assert one(text).location == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Quatre policiers sont morts au Nord de Bagdad.", "au Nord de Bagdad"),
        ("Quatre policiers sont morts au nord de Bagdad.", "au nord de Bagdad"),
        # negatives: a region whose name opens with a side is its name
        ("Quatre policiers sont morts au Nord-Kivu.", "Nord-Kivu"),
        ("Quatre policiers sont morts au Sud-Kivu mardi.", "Sud-Kivu"),
    ],
)
def test_a_capitalised_side_keeps_its_relation(text: str, place: str) -> None:
    assert one(text).location == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("À Tikrit (170 km au nord de Bagdad), cinq soldats sont morts.", "Tikrit"),
        ("Sept civils ont été tués à Beni (Nord-Kivu) dimanche.", "Beni"),
        # negative: a place named after its own preposition is not in brackets
        ("Sept civils ont été tués près de Beni et de Butembo.", "près de Beni"),
    ],
)
def test_a_place_in_brackets_says_where_the_one_before_lies(text: str, place: str) -> None:
    assert one(text).location == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Un attentat contre un hôtel du centre de Mogadiscio a fait onze morts.",
            "centre de Mogadiscio",
        ),
        (
            "Une explosion dans un immeuble du nord de Bagdad a fait onze morts.",
            "nord de Bagdad",
        ),
        # negative: "du" with no side after it is no such phrase
        ("Une explosion a fait onze morts près du marché central.", None),
    ],
)
def test_the_side_of_a_town_after_a_noun(text: str, place: str | None) -> None:
    assert one(text).location == place


def test_a_town_struck_in_the_feminine_sets_the_scene() -> None:
    text = (
        "Velnor a été touchée jeudi soir par une roquette tirée par des miliciens depuis "
        "la région de Tarsk. L'attaque a causé la mort de deux personnes."
    )
    assert one(text).location == "Velnor"


@pytest.mark.parametrize(
    "text",
    [
        # negatives: an institution elided, a man struck, a name of two words
        "L’armée a été visée jeudi par une embuscade. L'attaque a causé la mort de deux soldats.",
        "Koffi a été touché jeudi par une balle. L'attaque a causé la mort de deux soldats.",
        "Aminata Diallo a été touchée par une balle. L'attaque a causé la mort de deux soldats.",
    ],
)
def test_no_town_where_the_subject_is_none(text: str) -> None:
    claim = claims(text)[-1]
    assert claim.location is None


@pytest.mark.parametrize(
    "text",
    [
        "Une roquette tirée depuis la région de Tarsk a tué deux civils à Velnor.",
        "Des missiles lancés par les rebelles depuis la ville de Tarsk ont tué deux civils "
        "à Velnor.",
    ],
)
def test_where_a_rocket_was_fired_from_is_not_where_it_struck(text: str) -> None:
    assert one(text).location == "Velnor"


def test_a_place_fired_at_from_nowhere_named_is_kept() -> None:
    # negative: "depuis" of time names no origin
    text = "Depuis lundi, des tirs ont tué deux civils dans la région de Tarsk."
    assert one(text).location == "la région de Tarsk"


def test_a_side_of_the_area_after_a_town_says_where_it_lies() -> None:
    text = (
        "Une frappe sur la localité de Mai Kenat, dans le sud de la région septentrionale "
        "du Tigré, a tué 12 civils."
    )
    assert one(text).location == "Mai Kenat"


# Figures and what they count


@pytest.mark.parametrize(
    ("text", "category", "low", "high"),
    [
        (
            "Les assaillants ont kidnappé, au moins, une soixantaine de villageois.",
            Category.KIDNAPPED,
            60,
            None,
        ),
        ("Les rebelles ont tué, au moins, 14 civils.", Category.KILLED, 14, None),
        ("Les rebelles ont tué, environ, 20 civils.", Category.KILLED, 18, 22),
    ],
)
def test_a_bound_set_off_by_commas(text: str, category: Category, low, high) -> None:
    claim = one(text)
    assert (claim.category, claim.low, claim.high) == (category, low, high)


def test_a_wound_before_a_bound_set_off_does_not_count_the_dead() -> None:
    # negative: the comma ends the first clause's verb
    found = claims("Trois soldats ont été blessés, au moins, 12 civils ont été tués.")
    assert [(c.category, c.low) for c in found] == [
        (Category.WOUNDED, 3),
        (Category.KILLED, 12),
    ]


def test_people_joined_past_an_aside_share_the_fate() -> None:
    text = (
        "Selon l'armée, environ 30 adultes, pour la plupart des bergers, et une "
        "cinquantaine de jeunes filles et garçons ont été enlevés."
    )
    found = claims(text)
    assert [(c.category, c.value) for c in found] == [
        (Category.KIDNAPPED, 30),
        (Category.KIDNAPPED, 50),
    ]


def test_an_age_is_no_approximate_figure() -> None:
    # negative: "âgé d'une trentaine d'années" counts no one
    claim = one("Un chef âgé d'une trentaine d'années et médecin de profession a été tué.")
    assert claim.value == 1


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Une dizaine de villageois ont été emmenés par les ravisseurs.", Category.KIDNAPPED),
        ("Douze passagers ont été emmenés de force dans la brousse.", Category.KIDNAPPED),
        ("Douze femmes ont été emmenées en otages par des hommes armés.", Category.KIDNAPPED),
        # negative: the wounded taken to care
        ("Douze blessés ont été emmenés par les secouristes.", Category.WOUNDED),
    ],
)
def test_captives_taken_away(text: str, category: Category) -> None:
    assert one(text).category == category


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("Ces déplacés sont évalués à environ 4 000 par le préfet.", Category.DISPLACED, 4000),
        ("Les morts seraient estimés à 300.", Category.KILLED, 300),
        ("Les blessés sont chiffrés à 45.", Category.WOUNDED, 45),
    ],
)
def test_a_toll_estimated(text: str, category: Category, value: int) -> None:
    claim = one(text)
    assert (claim.category, claim.value) == (category, value)


def test_a_noun_estimated_that_is_no_toll() -> None:
    # negative: damage estimated is no claim of harm
    found = claims("Les dégâts sont estimés à 300 millions de francs.")
    assert all(c.category not in (Category.KILLED, Category.DISPLACED) for c in found)


@pytest.mark.parametrize(
    ("text", "category", "low", "high"),
    [
        (
            "La guerre a tué des milliers de personnes et en a déraciné plus de 3 millions.",
            Category.DISPLACED,
            3_000_000,
            None,
        ),
        (
            "Des millions de personnes ont par ailleurs été déplacées.",
            Category.DISPLACED,
            2_000_000,
            9_999_999,
        ),
        (
            "Les combats ont déraciné une vingtaine de familles.",
            Category.DISPLACED,
            16,
            24,
        ),
    ],
)
def test_uprooted_and_millions(text: str, category: Category, low, high) -> None:
    claim = claims(text)[-1]
    assert (claim.category, claim.low, claim.high) == (category, low, high)


def test_millions_of_money_are_no_displaced() -> None:
    # negative: "des millions" of francs count no one
    assert claims("Les pillards ont emporté des millions de francs.") == []


@pytest.mark.parametrize(
    ("text", "category", "text_of_claim"),
    [
        (
            "L'enlèvement massif de 25 élèves a choqué le pays.",
            Category.KIDNAPPED,
            "L'enlèvement massif de 25 élèves",
        ),
        (
            "On se souvient de l’enlèvement en 2019 de près de 200 écolières à Dapchi.",
            Category.KIDNAPPED,
            "près de 200 écolières",  # the year is no part of the claim
        ),
        (
            "L'assassinat lundi de trois chefs coutumiers a été condamné.",
            Category.KILLED,
            "L'assassinat lundi de trois chefs",
        ),
    ],
)
def test_a_nominal_with_an_adjective_or_a_time(text: str, category: Category, text_of_claim):
    claim = one(text)
    assert (claim.category, claim.text) == (category, text_of_claim)


def test_a_year_alone_after_a_nominal_is_no_figure() -> None:
    # negative: "l'enlèvement de 2019" names a year, not 2019 people
    assert claims("L'enlèvement de 2019 reste impuni.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Les frappes avaient tué « involontairement » 892 civils.", 892),
        ("Les kamikazes se sont fait exploser, tuant déjà plus d'une centaine de civils.", 100),
        ("Un raid aérien a coûté la mort à dix civils.", 10),
    ],
)
def test_a_verb_then_a_word_then_its_figure(text: str, value: int) -> None:
    claim = one(text)
    assert (claim.category, claim.value) == (Category.KILLED, value)


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        (
            "La police a indiqué que le bilan des morts des deux attentats survenus mardi "
            "à Kirkouk, au nord du pays, s'est alourdi à 41 personnes.",
            Category.KILLED,
            41,
        ),
        (
            "Le nombre de personnes blessées dans les deux explosions est également passé "
            "de 30 à 57.",
            Category.WOUNDED,
            57,
        ),
        (
            "Le nombre de victimes de la frappe de missiles russes d’hier sur la ville de "
            "Soumy est monté à sept personnes.",
            Category.KILLED,
            7,
        ),
        (
            "Le nombre de personnes tuées par l'effondrement d’un immeuble à Koursk, à la "
            "suite d'une frappe, compte désormais neuf personnes.",
            Category.KILLED,
            9,
        ),
    ],
)
def test_a_toll_grown_far_from_its_noun(text: str, category: Category, value: int) -> None:
    claim = claims(text)[-1]
    assert (claim.category, claim.value) == (category, value)


@pytest.mark.parametrize(
    "text",
    [
        # negatives: a count of no harm, and a figure of things
        "Le nombre de participants à la marche organisée dans la capitale est passé à 300.",
        "Le nombre de véhicules incendiés lors des manifestations dans la capitale est passé à 40.",
    ],
)
def test_a_count_grown_of_no_harm(text: str) -> None:
    assert claims(text) == []


def test_a_toll_far_down_takes_the_lead_s_place() -> None:
    lead = (
        "Des hommes armés ont attaqué le territoire du Burundi. Un groupe a attaqué une "
        "position de l'armée dans le secteur de Ruzaga de la commune de Mibaro, selon un "
        "responsable local. Les tirs ont duré toute la matinée. "
    )
    filler = "Les habitants restaient terrés chez eux. " * 6
    claim = one(lead + filler + "Un responsable a évoqué trois soldats tués.")
    assert claim.location == "le secteur de Ruzaga"


def test_a_lead_naming_only_its_country_gives_no_place() -> None:
    # negative: "le territoire du Burundi" is the country, and the fallback stays it
    lead = "Des hommes armés ont attaqué le territoire du Burundi. "
    filler = "Les habitants restaient terrés chez eux. " * 7
    claim = one(lead + filler + "Un responsable a évoqué trois soldats tués.")
    assert claim.location == "Burundi"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Un gang a attaqué un quartier de la capitale d’Haïti, Port-au-Prince, faisant "
            "douze morts.",
            "Port-au-Prince",
        ),
        (
            "Trois morts dans un quartier de la capitale du Tchad, N'Djamena, selon la police.",
            "N'Djamena",
        ),
        # negative: no name after the country: the quarter is the place
        (
            "Trois morts dans un quartier de la capitale du Tchad, selon la police.",
            "un quartier de la capitale du Tchad",
        ),
    ],
)
def test_a_capital_named_by_its_country_then_its_name(text: str, place: str) -> None:
    assert one(text).location == place


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Une dizaine de miliciens sont tombés sur place, selon la police.", True),
        ("Douze soldats sont tombés sur le champ de bataille.", True),
        # negatives: fallen onto a mine, into an ambush
        ("Douze soldats sont tombés sur une mine.", False),
        ("Douze soldats sont tombés dans une embuscade.", False),
    ],
)
def test_fallen_on_the_spot(text: str, killed: bool) -> None:
    assert any(c.category is Category.KILLED for c in claims(text)) is killed


def test_other_hundreds_are_hundreds() -> None:
    claim = one("Lui et d'autres centaines d'habitants se sont réfugiés dans la ville de Mweka.")
    assert (claim.category, claim.low, claim.high) == (Category.DISPLACED, 200, 999)


def test_other_dozens_of_houses_are_no_claim() -> None:
    # negative: things counted
    assert claims("Les autres dizaines de maisons ont brûlé.") == []


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        (
            "Plus de 100 personnes sont toujours entre les mains des ravisseurs.",
            Category.KIDNAPPED,
            100,
        ),
        ("Les hommes armés ont emmené avec eux une dizaine de passagers.", Category.KIDNAPPED, 10),
        ("Les combats ont chassé de chez eux quelque 5 000 habitants.", Category.DISPLACED, 5000),
    ],
)
def test_held_taken_and_driven_out(text: str, category: Category, value: int) -> None:
    claim = one(text)
    assert (claim.category, claim.value) == (category, value)


def test_a_doctor_with_them_takes_no_one() -> None:
    # negative: "avec eux" before a figure of the wounded keeps its noun's category
    assert one("Le médecin a soigné avec eux une dizaine de blessés.").category is Category.WOUNDED


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Près d'une centaine de terroristes ont été neutralisés.", 80, 100),
        ("Près d'une vingtaine de civils ont été tués.", 16, 20),
        # negatives: another bound before the word, and "près de" a figure
        ("Au moins une vingtaine de civils ont été tués.", 20, None),
        ("Près de 100 civils ont été tués.", None, 100),
    ],
)
def test_nearly_an_approximate_word(text: str, low, high) -> None:
    claim = one(text)
    assert (claim.low, claim.high) == (low, high)


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("Le bilan, communiqué par la police, fait état de 12 morts.", "la police"),
        ("Ces chiffres, fournis mardi par l'ONU, font état de 300 déplacés.", "l'ONU"),
        # negative: made public by no one named
        ("Le bilan, publié dimanche, fait état de 12 morts.", None),
    ],
)
def test_a_toll_made_public_by_a_voice_set_off_by_commas(text: str, voice: str | None) -> None:
    assert one(text).attribution == voice


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Douze civils ont été tués sur la route Beni-Kasindi.", "la route Beni-Kasindi"),
        ("Douze civils ont été tués sur la route de Kasindi.", "la route de Kasindi"),
        # negative: a road with no name
        ("Douze civils ont été tués sur la route nationale.", None),
    ],
)
def test_a_road_named_by_its_two_ends(text: str, place: str | None) -> None:
    assert one(text).location == place


@pytest.mark.parametrize(
    ("text", "voice", "value"),
    [
        (
            "Un des travailleurs humanitaires a précisé que des dizaines de personnes avaient "
            "été blessées.",
            "Un des travailleurs humanitaires",
            None,
        ),
        (
            "L'un des médecins a indiqué que douze personnes avaient été tuées.",
            "L'un des médecins",
            12,
        ),
    ],
)
def test_one_of_the_tellers_is_no_victim(text: str, voice: str, value: int | None) -> None:
    claim = one(text)  # not also "1 wounded" for the teller
    assert (claim.attribution, claim.value) == (voice, value)


def test_people_whom_captors_held_are_still_counted() -> None:
    # negative: a relative "que" is no verb of saying
    claim = one("Douze civils que les ravisseurs détenaient ont été tués.")
    assert (claim.category, claim.value) == (Category.KILLED, 12)


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "Dans un rapport publié le 3 avril par l’agence OCHA sur les violences dans la "
            "province, au moins 400 personnes ont perdu la vie.",
            "l’agence OCHA",
        ),
        (
            "Un rapport établi par la Monusco, que l'AFP a consulté, fait état de 30 morts.",
            "la Monusco",
        ),
        # negative: a report by no one named
        ("Dans un rapport publié le 3 avril, au moins 400 personnes ont perdu la vie.", None),
    ],
)
def test_a_report_made_public_by_a_voice(text: str, voice: str | None) -> None:
    assert one(text).attribution == voice


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("Parmi les personnes enlevées figurent 12 enfants.", Category.KIDNAPPED, 12),
        ("Le nombre de personnes enlevées s'élève à 45.", Category.KIDNAPPED, 45),
        ("Le nombre d'otages est passé à 45.", Category.KIDNAPPED, 45),
        ("Les assaillants ont ôté la vie à 12 villageois.", Category.KILLED, 12),
    ],
)
def test_captives_counted_and_lives_taken(text: str, category: Category, value: int) -> None:
    claim = one(text)
    assert (claim.category, claim.value) == (category, value)


def test_hostages_freed_are_no_captives_counted() -> None:
    # negative: those freed are not listed among the captives
    assert claims("Parmi les otages libérés figurent 12 enfants.") == []


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("L'attaque aurait fait entre une dizaine et une vingtaine de morts.", 10, 20),
        ("L'attaque a fait une dizaine à une quinzaine de morts.", 10, 15),
    ],
)
def test_a_range_of_two_approximate_words(text: str, low: int, high: int) -> None:
    claim = one(text)
    assert (claim.category, claim.low, claim.high) == (Category.KILLED, low, high)


def test_two_approximate_figures_of_two_fates_stay_two() -> None:
    # negative: joined by "et" with no "entre": a list, not a range
    found = claims("L'attaque a fait une dizaine de morts et une vingtaine de blessés.")
    assert [(c.category, c.low, c.high) for c in found] == [
        (Category.KILLED, 8, 12),
        (Category.WOUNDED, 16, 24),
    ]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Le sort d'environ sept habitants de l'immeuble reste inconnu après la frappe.",
            Category.MISSING,
        ),
        ("Sept pêcheurs dont le sort reste inconnu ont quitté le port lundi.", Category.MISSING),
        # negatives: a fate to be decided is no one missing
        ("Le sort de sept otages sera décidé lundi par le tribunal.", Category.KIDNAPPED),
    ],
)
def test_whose_fate_is_unknown(text: str, category: Category) -> None:
    assert one(text).category is category


def test_a_fate_to_be_decided_counts_no_one() -> None:
    # negative
    assert claims("Le sort de sept soldats sera décidé lundi par le tribunal.") == []


def test_a_list_item_whose_place_is_described_after_a_comma() -> None:
    text = (
        "Au moins 13 civils ont péri dans la Ghouta orientale, fief des insurgés à l'est de "
        "Damas, 15 dans une localité de la province d'Idleb, et 15 autres dans deux quartiers "
        "d'Alep."
    )
    assert [(c.category, c.value) for c in claims(text)] == [(Category.KILLED, 13)] + [
        (Category.KILLED, 15)
    ] * 2


def test_houses_after_a_described_place_are_no_list_item() -> None:
    # negative: things counted
    found = claims(
        "Au moins 13 civils ont péri dans la ville, fief des insurgés, 4 maisons ont brûlé."
    )
    assert [(c.category, c.value) for c in found] == [(Category.KILLED, 13)]


def test_corpses_are_the_dead() -> None:
    claim = one("La police a découvert 10 cadavres dans la rivière.")
    assert (claim.category, claim.value) == (Category.KILLED, 10)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Selon un communiqué, huit militaires camerounais et 107 islamistes ont été tués.",
            [8, 107],
        ),
        ("Neuf civils dont deux enfants ont péri dans des raids aériens.", [9, 2]),
        ("Six rebelles et un civil péris jeudi dans des affrontements.", [6, 1]),
        # negatives: a verb between, and a breakdown of the dead
        ("Douze soldats sont arrivés, dont deux ont été tués.", [2]),
        ("L'attaque a fait 11 morts, dont les deux kamikazes.", [11]),
    ],
)
def test_a_whole_or_a_first_figure_joined_to_the_fate_after(text: str, values: list[int]) -> None:
    found = claims(text)
    assert [c.value for c in found] == values
    assert all(c.category is Category.KILLED for c in found)
