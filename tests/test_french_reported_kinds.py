"""French kinds found in a tenth batch of real reporting (Benin, Togo, Cameroon, Chad,
the Central African Republic, DR Congo; issue 18), each tested on sentences written
for the tests, with negatives: protected areas named as places, a town's apposition
saying where it lies, armed groups named after "à", an administrative area after a
town, voices after a time word or in "c'est ce que rapporte X", "a laissé entendre",
a toll "du double attentat" that names no voice, one person counted in quotes."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.extract.french.places import find_places
from workbench.ingest import document_from_text


def places(text: str) -> list[tuple[str, bool]]:
    return [(p.name, p.locative) for p in find_places(text, 0, len(text))]


def claims(text: str) -> list[tuple[str, object, str | None, str | None]]:
    """(category, low, place, voice) of each claim of a French document."""
    doc = document_from_text("fr.txt", text).model_copy(
        update={"language": "fr", "published": dt.date(2024, 6, 12)}
    )
    return [(c.category.value, c.low, c.location, c.attribution) for c in extract_claims(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a protected area, its adjective after the area word
        (
            "Trois gardes tués dans le parc national de la Pendjari.",
            [("le parc national de la Pendjari", True)],
        ),
        (
            "Deux militaires tués dans la forêt classée de Kabonga.",
            [("la forêt classée de Kabonga", True)],
        ),
        # negatives: a national body or budget names no place
        ("Des soldats de la garde nationale de Kidal ont été vus.", []),
        ("Le budget national de la Santé a baissé.", []),
    ],
)
def test_protected_areas(text: str, expected: list[tuple[str, bool]]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the town is, then where it lies: the distance says where the town lies
        (
            "Des rebelles ont attaqué près de Bossangoa, ville située à 300 km de Bangui, et "
            "tué 4 civils.",
            [("près de Bossangoa", True), ("à 300 km de Bangui", False)],
        ),
        (
            "Deux morts à Ngakobo, une localité frontalière située à 30 km de Bambari.",
            [("Ngakobo", True), ("à 30 km de Bambari", False)],
        ),
        # "située à" says where, though its preposition repeats the town's
        (
            "Deux morts à Ngakobo, située à 30 km de Bambari.",
            [("Ngakobo", True), ("à 30 km de Bambari", False)],
        ),
        # negative: a repeated preposition with nothing between lists places
        (
            "Cinq morts à Gao, à Kidal et à Ansongo.",
            [("Gao", True), ("Kidal", True), ("Ansongo", True)],
        ),
    ],
)
def test_apposition_saying_where_a_town_lies(text: str, expected: list[tuple[str, bool]]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act put down to an armed group: "à Boko Haram" names no place
        ("Tchad : neuf morts dans un attentat attribué à Boko Haram", [("Tchad", True)]),
        ("Douze civils tués dans une attaque imputée aux ADF à Oicha.", [("Oicha", True)]),
        ("Boko Haram : 12 soldats tués à Kaiga.", [("Kaiga", True)]),
        # negatives: towns whose names open like a group's
        ("Deux soldats tués à Boké.", [("Boké", True)]),
        ("Trois morts à Wagadou.", [("Wagadou", True)]),
    ],
)
def test_armed_groups_are_no_places(text: str, expected: list[tuple[str, bool]]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an administrative area right after a town, no comma: where the town lies
        (
            "Les attaques menées à Tambaga dans le canton de Kpendjal ont fait dix morts.",
            [("Tambaga", True), ("le canton de Kpendjal", False)],
        ),
        (
            "Cinq morts à Boni dans le cercle de Douentza.",
            [("Boni", True), ("le cercle de Douentza", False)],
        ),
        # negatives: an area after a country stays a place of its own; an area alone
        (
            "Des combats au Tchad dans la province du Lac.",
            [("Tchad", True), ("la province du Lac", True)],
        ),
        ("Deux morts dans la commune de Kpendjal.", [("Kpendjal", True)]),
    ],
)
def test_area_after_a_town(text: str, expected: list[tuple[str, bool]]) -> None:
    assert places(text) == expected


def test_claims_take_the_town_not_its_area_or_distance() -> None:
    text = (
        "Les attaques menées à Tambaga dans le canton de Kpendjal auraient fait une dizaine "
        "de morts.\nDes rebelles sont entrés près de Bossangoa, ville située à environ 300 km "
        "au nord de Bangui, et ont tué 4 civils."
    )
    assert [c[2] for c in claims(text)] == ["Tambaga", "près de Bossangoa"]


def voices(text: str) -> list[str]:
    from workbench.extract.french.voices import find_speakers

    return [s.name for s in find_speakers(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time word between the verb and the voice
        ("Onze civils ont été tués, a informé ce mardi l’AFP.", ["l’AFP"]),
        ("Douze morts, a déclaré mardi soir le préfet de l'Ouham.", ["le préfet de l'Ouham"]),
        ("Trois blessés, a indiqué ce matin la police.", ["la police"]),
        # negative: a demonstrative source is the voice, not a time
        ("Trois blessés, a indiqué cette source.", ["cette source"]),
        # "a laissé entendre", a verb of saying
        (
            "« Huit morts », a laissé entendre le gouvernement dans un communiqué.",
            ["le gouvernement"],
        ),
        # the voice closing what it said after "ce que"
        ("C’est ce que rapportent les médias locaux.", ["les médias locaux"]),
        ("C'est ce qu'a indiqué mardi le maire de la commune.", ["le maire de la commune"]),
        # negative: "ce que" with no verb of saying names no voice
        ("C'est ce que craignaient les habitants.", []),
        # a toll of an event names no voice
        (
            "Le bilan du double attentat est de « onze morts », a rapporté le gouverneur.",
            ["le gouverneur"],
        ),
        ("Selon le bilan de la dernière attaque, 12 morts.", []),
        # negative: a toll of a body is that body's
        ("Selon le bilan de l'ONU, 12 morts.", ["l'ONU"]),
    ],
)
def test_voice_kinds(text: str, expected: list[str]) -> None:
    assert voices(text) == expected


def test_a_closing_voice_speaks_for_the_toll_before_it() -> None:
    text = (
        "Une attaque dans le parc national du W a fait six morts et une dizaine de blessés. "
        "C’est ce que rapportent les médias locaux."
    )
    assert [(c[0], c[3]) for c in claims(text)] == [
        ("killed", "les médias locaux"),
        ("wounded", "les médias locaux"),
    ]


def readings(text: str) -> list[tuple[str, object, str]]:
    from workbench.extract.french.victims import read_sentence

    return [
        (r.category.value, r.quantity.low, text[r.start : r.end])
        for r in read_sentence(text, 0, len(text))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one person counted, the noun in quotes
        ("Il y avait un “blessé grave”.", [("wounded", 1, "un “blessé")]),
        (
            "Il y a eu un « mort » et deux blessés.",
            [("killed", 1, "un « mort"), ("wounded", 2, "deux blessés")],
        ),
        # a quotation closed, then its voice: no fate is read past it
        (
            "“Le bilan est de 5 morts, dont les deux kamikazes”, a ajouté la source, "
            "précisant qu’il y avait un “blessé grave”.",
            [("killed", 5, "5 morts"), ("wounded", 1, "un “blessé")],
        ),
        # negative: a quoted noun, then its fate
        (
            "Douze « militaires » ont été tués.",
            [("killed", 12, "Douze « militaires » ont été tués")],
        ),
        # a breakdown of the dead before the wounded: the two are of the dead
        (
            "Le bilan est de onze morts, dont les deux kamikazes et une trentaine de blessés.",
            [("killed", 11, "onze morts"), ("wounded", 24, "une trentaine de blessés")],
        ),
        # negative: two figures joined by "et" share their fate
        (
            "Trois soldats et deux civils ont été blessés.",
            [("wounded", 3, "Trois soldats"), ("wounded", 2, "deux civils ont été blessés")],
        ),
    ],
)
def test_reading_kinds(text: str, expected: list[tuple[str, object, str]]) -> None:
    assert readings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause between the people counted and their fate
        (
            "12 soldats qui escortaient un convoi de vivres ont été tués.",
            [("killed", 12, "12 soldats qui escortaient un convoi de vivres ont été tués")],
        ),
        (
            "« 80 écoliers qui rentraient à Mahuta, dans l'Etat de Katsina (...) ont été "
            "enlevés », a dit la police.",
            [
                (
                    "kidnapped",
                    80,
                    "80 écoliers qui rentraient à Mahuta, dans l'Etat de Katsina (...) ont été "
                    "enlevés",
                )
            ],
        ),
        # negatives: the relative's own auxiliary is its fate; a stop ends the clause
        (
            "Trois villageois qui avaient fui sont rentrés.",
            [("displaced", 3, "Trois villageois qui avaient fui")],
        ),
        ("12 soldats qui patrouillaient. Ils ont été tués.", []),
        # held by their kidnappers; "et d'" joining more of whom
        (
            "Des centaines d’élèves et d’étudiants sont toujours aux mains de leurs ravisseurs.",
            [
                (
                    "kidnapped",
                    200,
                    "Des centaines d’élèves et d’étudiants sont toujours aux mains de leurs "
                    "ravisseurs",
                )
            ],
        ),
        (
            "Des dizaines de femmes et d'enfants étaient portés disparus.",
            [("missing", 20, "Des dizaines de femmes et d'enfants étaient portés disparus")],
        ),
        # negative: hands that are no kidnappers'
        ("Trois blessés sont aux mains des médecins.", [("wounded", 3, "Trois blessés")]),
    ],
)
def test_more_reading_kinds(text: str, expected: list[tuple[str, object, str]]) -> None:
    assert readings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where the voice said it, between the verb and the voice
        (
            "« 21 enfants », a déclaré dans un communiqué un porte-parole de la police.",
            ["un porte-parole de la police"],
        ),
        ("Trois morts, a indiqué lors d’un point de presse le ministre.", ["le ministre"]),
        # what the writer read or learned elsewhere
        ("Quelque 21 élèves ont été libérés, lit-on sur Africanews.", ["Africanews"]),
        ("Deux morts, apprend-on de sources locales.", ["sources locales"]),
        # negative: "sur" before a place is no voice
        ("Deux morts, selon la police, sur Kidal.", ["la police"]),
    ],
)
def test_more_voice_kinds(text: str, expected: list[str]) -> None:
    assert voices(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Nigeria's local government area, narrowing the village before it
        (
            "Ils sont arrivés dans le village de Maidabino, dans la zone de gouvernement local "
            "de Danmusa, à Katsina.",
            [
                ("Maidabino", True),
                ("la zone de gouvernement local de Danmusa", False),
                ("Katsina", False),
            ],
        ),
        # "dans" is no "de": arriving in a village is where it happened
        (
            "Une attaque survenue dans la localité de Tchoukou Telia a fait sept morts.",
            [("Tchoukou Telia", True)],
        ),
        # negatives: reinforcements from a province; two areas listed
        ("Des renforts venus de la province de Ngozi sont arrivés.", []),
        (
            "Trois morts dans la commune de Boni, dans la commune de Hombori.",
            [("Boni", True), ("Hombori", True)],
        ),
    ],
)
def test_more_place_kinds(text: str, expected: list[tuple[str, bool]]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject counted vaguely, before its verb of saying
        ("Certains médias parlent d'un bilan de 51 victimes.", ["Certains médias"]),
        ("Mais plusieurs organisations évoquent plus de 1 000 morts.", ["plusieurs organisations"]),
        # an adverb between the auxiliary and the verb
        (
            "Les Masalits ont récemment signalé que le carnage avait fait 5.000 morts.",
            ["Les Masalits"],
        ),
        ("L'armée a formellement démenti ce bilan.", ["L'armée"]),
        # negative: a vague subject with no verb of saying
        ("Plusieurs organisations ont fui la ville.", []),
    ],
)
def test_vague_subjects_and_adverbs(text: str, expected: list[str]) -> None:
    assert voices(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # crossing the border is a refugee's fate
        (
            "Plus de 8 000 personnes ont déjà traversé la frontière.",
            [("refugees", 8000, "Plus de 8 000 personnes ont déjà traversé la frontière")],
        ),
        # a toll nearing a figure
        (
            "Des chercheurs estiment que le bilan des victimes approche les 130 000.",
            [("killed", 130000, "bilan des victimes approche les 130 000")],
        ),
        # negatives: a border post, a toll with no figure
        ("Les 12 soldats postés à la frontière sont rentrés.", []),
        ("Le bilan des victimes approche de la vérité.", []),
    ],
)
def test_border_and_toll_kinds(text: str, expected: list[tuple[str, object, str]]) -> None:
    assert readings(text) == expected
