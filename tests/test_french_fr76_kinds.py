"""Kinds from the French study halves of session 76 (french-v, french-w), on French
sentences written for the tests, with negatives: a writer's learning with where it was
learnt between ("a appris X jeudi à Y auprès de Z": Z's word, Y no scene); a toll noted
by its teller ("le triste constat relevé par X"); "luttent pour leur vie" and "entre la
vie et la mort" are wounded; a country keeping a count is its place; "le Centre
hospitalier" is no country's centre; one person described as a refugee is no count; a
point named on a road is where it happened."""

from __future__ import annotations

import pytest

from tests.french_helpers import claim_place, french_claims


def _facts(text: str) -> list[tuple[str, int | None, str | None]]:
    return [(c.category.value, c.low, c.attribution) for c in french_claims(text + "\n")]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "Au moins neuf villageois ont été tués près de Beni, a appris Reuters jeudi à"
            " Kinshasa auprès des responsables de la société civile.",
            "société civile",
        ),
        (
            "Quatre soldats sont morts dans la région de Tombouctou, a appris l'AFP à Bamako"
            " samedi auprès d'un responsable militaire.",
            "un responsable militaire",
        ),
        (
            "Deux civils ont été enlevés dans le nord du Togo, a-t-on appris à Lomé auprès"
            " des chefs coutumiers.",
            "chefs coutumiers",
        ),
        (
            "Six personnes ont été tuées au Darfour, a appris Xinhua au Caire auprès du"
            " Croissant-Rouge soudanais.",
            "Croissant-Rouge",
        ),
    ],
)
def test_learnt_with_where_between_names_the_voice(text: str, voice: str) -> None:
    (claim,) = french_claims(text + "\n")
    assert claim.attribution is not None and voice in claim.attribution


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Des pluies ont tué au moins 13 personnes dans plusieurs régions du nord et de"
            " l'ouest du Burundi, a appris APA jeudi à Bujumbura auprès des autorités locales.",
            "régions du nord",
        ),
        (
            "Des inondations ont fait 21 morts dans le sud du Tchad, a appris l'AFP samedi à"
            " N'Djamena auprès de la protection civile.",
            "Tchad",
        ),
        ("Douze civils ont été tués au Soudan du Sud, a-t-on appris à Juba auprès de l'ONU.",
         "Soudan du Sud"),
        # negatives: where it was said, as before; no place at all
        ("Six personnes ont été tuées au Niger, a indiqué jeudi à Niamey le ministre.", "Niger"),
        ("Six personnes ont été tuées, a indiqué jeudi à Niamey le ministre de l'Intérieur.", None),
    ],
)  # fmt: skip
def test_where_it_was_learnt_or_said_is_no_scene(text: str, place: str | None) -> None:
    (claim,) = french_claims(text + "\n")
    found = claim.location
    assert (found is None) if place is None else (found is not None and place in found)


@pytest.mark.parametrize(
    "text",
    [
        "Quatorze décès et 40 blessés sont le bilan relevé par les sapeurs-pompiers.",
        "À Man, 12 morts et 30 blessés, tel est le triste constat relevé par les agents de"
        " la protection civile.",
        "Neuf morts et 21 blessés, c'est le constat dressé par les secouristes de Kaya.",
    ],
)
def test_a_toll_noted_by_its_teller(text: str) -> None:
    facts = _facts(text)
    assert len(facts) == 2
    assert all(voice and voice.startswith("les ") for _, _, voice in facts)


@pytest.mark.parametrize(
    "text",
    [
        # a verdict, no teller: no voice
        "Le constat des habitants de Kaya est amer : 20 soldats ont été tués.",
        "Le constat est sans appel : 20 soldats ont été tués à Diapaga.",
    ],
)
def test_a_verdict_names_no_voice(text: str) -> None:
    assert [(c, v) for c, _, v in _facts(text)] == [("killed", None)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Deux adultes luttent pour leur vie après l'attaque de Gao.", [("wounded", 2)]),
        (
            "Un homme est mort, trois femmes luttent toujours pour leur vie et un enfant a été"
            " blessé près de Dori.",
            [("killed", 1), ("wounded", 3), ("wounded", 1)],
        ),
        ("Un soldat est entre la vie et la mort après l'embuscade de Boni.", [("wounded", 1)]),
        ("Quatre civils se trouvent entre la vie et la mort à Diffa.", [("wounded", 4)]),
        (
            "Un gendarme a été tué et deux autres luttaient contre la mort à Fada.",
            [("killed", 1), ("wounded", 2)],
        ),
        # negatives: no people, or a death told
        ("Les 3 pays de l'AES luttent pour leur survie face aux jihadistes.", []),
        ("Deux passagers ont perdu la vie à Gao le 5 mai 2024.", [("killed", 2)]),
    ],
)
def test_fighting_for_life_is_wounded(text: str, want: list[tuple[str, int]]) -> None:
    assert [(c, n) for c, n, _ in _facts(text)] == want


@pytest.mark.parametrize(
    ("second", "place"),
    [
        ("En 2023, le Niger avait enregistré 410 morts dans des attaques.", "Niger"),
        ("En 2024, la Guinée avait enregistré 33 morts sur ses routes.", "Guinée"),
        ("Depuis janvier, Tillabéri compte 52 morts.", "Tillabéri"),
        # negatives: a teller counts, no place; the story's town is carried
        ("La Croix-Rouge a enregistré 52 morts en mai.", "Kaya"),
        ("L'armée a déjà enregistré 52 morts en mai.", "Kaya"),
    ],
)
def test_a_country_keeping_a_count_is_its_place(second: str, place: str) -> None:
    text = "Trois soldats ont été tués à Kaya.\n\n" + second
    assert claim_place(text, "52" if "52" in second else second.split()[-5]) == place


def test_a_count_of_regions_is_no_toll() -> None:
    assert _facts("Le Niger compte 5 régions et 3 pays voisins.") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Deux immeubles se sont effondrés à Bamako. Dix habitants ont été blessés et"
            " évacués vers le Centre hospitalier universitaire de la ville.",
            "Bamako",
        ),
        (
            "Un bus a pris feu à Kaya. Huit passagers ont été blessés et conduits au centre"
            " médical de la ville.",
            "Kaya",
        ),
        # negative: the country's centre named alone is still a place
        ("Seize habitants ont été blessés dans le Centre, selon la police.", "le Centre"),
    ],
)
def test_a_hospital_named_centre_is_no_centre_of_the_country(text: str, place: str) -> None:
    assert claim_place(text, "blessés") == place


@pytest.mark.parametrize(
    "text",
    [
        "Quatre enfants ont été blessés à Gao. L'agresseur, un homme syrien réfugié de 32 ans,"
        " a été arrêté.",
        "Le suspect, une femme déplacée de 40 ans, a été arrêté à Kaya.",
        "Un homme déplacé de Djibo a été aperçu à Kaya le 3 mai.",
    ],
)
def test_one_person_described_as_displaced_is_no_count(text: str) -> None:
    assert [c for c, _, _ in _facts(text) if c in ("displaced", "refugees")] == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Une femme s'est réfugiée à Kaya avec ses enfants.", [("displaced", 1)]),
        ("Deux familles déplacées sont arrivées à Kaya.", [("displaced", 2)]),
        ("Un homme a fui vers le Niger.", [("refugees", 1)]),
    ],
)
def test_a_flight_told_by_a_verb_stays(text: str, want: list[tuple[str, int]]) -> None:
    assert [(c, n) for c, n, _ in _facts(text)] == want


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "L'attaque a eu lieu sur l'axe Gao-Ansongo, 5 km avant Ansongo plus précisément au"
            " niveau du village Tin-Hama. Le bilan fait état de 6 morts.",
            "Tin-Hama",
        ),
        (
            "Six soldats ont été tués sur l'axe Gao-Ansongo au niveau du village de Tin-Hama.",
            "Tin-Hama",
        ),
        ("Six soldats ont été tués sur la route de Dori à la hauteur de Seytenga.", "Seytenga"),
        # negatives: no named point; a distance from a town; a town, no road
        ("Six soldats ont été tués sur la route de Dori au niveau du poste de contrôle.", "Dori"),
        ("Six soldats ont été tués sur la route de Dori, à 20 km de Seytenga.", "Dori"),
        ("Six soldats ont été tués à Kaya au niveau du marché de Seytenga.", "Kaya"),
    ],
)
def test_a_point_named_on_a_road(text: str, place: str) -> None:
    found = claim_place(text, "6" if "6 morts" in text else "Six")
    assert found is not None and place in found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Selon le communiqué du gouvernorat de Kasserine, douze personnes ont été blessées.",
         "Kasserine"),
        ("Selon la préfecture de Dori, sept personnes ont été blessées.", "Dori"),
        ("Selon la mairie de Kaya, 14 personnes ont été blessées lors de l'explosion.", "Kaya"),
        # negatives: a place named outside the voice wins; a voice naming no place
        ("Selon la gendarmerie de Kaya, neuf personnes ont été blessées à Dori.", "Dori"),
        ("Selon la police nationale, neuf personnes ont été blessées.", None),
    ],
)  # fmt: skip
def test_an_office_of_a_place_speaking_gives_its_place(text: str, place: str | None) -> None:
    (claim,) = french_claims(text + "\n")
    assert claim.location == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Trois pêcheurs ont été tués sur les rives du lac d'Annecy.", "lac d'Annecy"),
        ("Trois pêcheurs ont été tués près du lac de Guiers.", "lac de Guiers"),
        (
            "Quatre enfants ont été blessés, selon la préfecture. L'attaque s'est produite"
            " jeudi sur les berges du lac de Bagré.",
            "lac de Bagré",
        ),
        # negative: the lake named without "de", as before
        ("Trois pêcheurs ont été tués sur les rives du lac Tchad.", "lac Tchad"),
    ],
)
def test_a_lake_named_with_de(text: str, place: str) -> None:
    found = claim_place(text, "Trois" if "Trois" in text else "Quatre")
    assert found is not None and place in found


@pytest.mark.parametrize(
    "text",
    [
        # a period gone is no voice of a running total
        "Avec déjà 22 morts avant la fin du mois d'août, le pays se rapproche du bilan de"
        " l'an passé.",
        "Avec 40 morts en mai, la région dépasse déjà le bilan de l'année dernière.",
        # a trend confirmed is no teller
        "Ces deux attaques, à quelques heures d'intervalle, confirment une tendance inquiétante.",
        "Ces deux embuscades confirment une recrudescence des attaques à Kaya.",
    ],
)
def test_a_period_or_a_trend_is_no_voice(text: str) -> None:
    assert [v for _, _, v in _facts(text)] == [None]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("Le bilan de l'armée fait état de 12 morts à Kaya.", "l'armée"),
        ("Trois soldats ont été tués à Kaya, confirme une source sécuritaire.", "une source"),
    ],
)
def test_a_teller_stays_a_voice(text: str, voice: str) -> None:
    (claim,) = french_claims(text + "\n")
    assert claim.attribution is not None and claim.attribution.startswith(voice)


def test_an_age_before_fighting_for_life_is_no_count() -> None:
    assert [(c, n) for c, n, _ in _facts("Un homme de 40 ans lutte pour sa vie à Gao.")] == [
        ("wounded", 1)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # numbered regions, decrees, calibres, years, ages: no claims from the new rules
        "Le décret n° 2024-112 a été relevé par le ministre.",
        "Des obus de 120 mm ont été relevés par les démineurs sur l'axe Gao-Ansongo au niveau"
        " du village de Tin-Hama.",
        "Les 3 pays de l'AES ont appris à Niamey auprès des experts que 2024 serait difficile.",
        "Un réfugié de 25 ans a été aperçu à Kaya.",
    ],
)
def test_no_claim_from_numbers_that_count_no_people(text: str) -> None:
    assert _facts(text) == []


def test_a_numbered_region_keeping_a_count_is_no_place() -> None:
    (claim,) = french_claims("En 2023, la 5e région avait enregistré 12 morts.\n")
    assert claim.location is None
