"""French places of issue 18 (session 78, french-x study and trials 77/77k kinds, on
sentences written for the tests): a capital or a region's seat told by description is
named («la capitale togolaise» is Lomé); a site named by its locality with the area or the
town it lies in is that locality in that area («le poste de X, dans la préfecture de Y»);
a place told with its country's adjective lies in that country; the accented capitals and
towns of francophone countries name their country; French nationalities of more
countries. Negatives: descriptions whose name is not certain, sites with nothing beside
them, borders."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.french_helpers import claim_place, french_claims
from workbench.extract import extract_claims
from workbench.extract.french.place_described import adjective_country, described_name
from workbench.extract.french_demonyms import FRENCH_DEMONYMS
from workbench.extract.gazetteer import COUNTRY_OF_PLACE
from workbench.geo.french_relations import french_relation
from workbench.ingest import document_from_text


def _country(text: str, figure: str) -> str | None:
    """The country of the first claim of a French document whose words hold `figure`."""
    doc = document_from_text("fr.txt", text + "\n").model_copy(
        update={"language": "fr", "published": dt.date(2025, 6, 2)}
    )
    for claim in extract_claims(doc):
        if figure.lower() in doc.text[claim.start : claim.end].lower():
            return claim.country
    raise AssertionError(f"no claim holds {figure!r}")


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        ("Quatre manifestants ont été tués lundi dans la capitale togolaise.", "Quatre", "Lomé"),
        (
            "Deux casques bleus ont été blessés dans la capitale centrafricaine, selon la Minusca.",
            "Deux casques",
            "Bangui",
        ),
        ("Au moins neuf personnes ont péri dans la capitale du Tchad.", "neuf", "N'Djamena"),
        (
            "Des tirs ont fait trois morts dans la capitale camerounaise.",
            "trois",
            "Yaoundé",
        ),
        ("Six civils ont été tués mardi dans la capitale de la RD Congo.", "Six", "Kinshasa"),
        ("Cinq personnes ont été tuées dans la capitale libanaise.", "Cinq", "Beyrouth"),
        ("Huit personnes ont été tuées dans la capitale haïtienne.", "Huit", "Port-au-Prince"),
        (
            "Dans la capitale économique du Cameroun, sept personnes ont été blessées.",
            "sept",
            "Douala",
        ),
        (
            "Trois manifestants ont été tués dans le chef-lieu de la région des Savanes.",
            "Trois",
            "Dapaong",
        ),
    ],
)
def test_a_capital_or_a_seat_told_by_description_is_named(
    text: str, figure: str, place: str
) -> None:
    assert claim_place(text, figure) == place


def test_a_capital_named_is_carried_to_the_toll_after_it() -> None:
    text = (
        "Des affrontements ont éclaté lundi dans la capitale togolaise. "
        "Trois manifestants ont été tués, selon la police."
    )
    assert claim_place(text, "Trois") == "Lomé"
    assert _country(text, "Trois") == "Togo"


def test_a_description_whose_name_is_not_certain_stays_as_written() -> None:
    # Burundi's capital (Gitega or Bujumbura), a capital of no country named, a seat
    # of no region named, a region the table does not hold
    assert claim_place("Six civils ont été tués dans la capitale burundaise.", "Six") == (
        "la capitale burundaise"
    )
    text = "Et dans la capitale, cinq personnes sont mortes dans une explosion."
    assert claim_place(text, "cinq") == "la capitale"
    assert described_name("le chef-lieu de la région") == "le chef-lieu de la région"
    assert described_name("le chef-lieu de la province du Zou") == (
        "le chef-lieu de la province du Zou"
    )
    assert described_name("la capitale ivoirienne") == "la capitale ivoirienne"
    assert described_name("à Kalbo") == "à Kalbo"


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        (
            "Trois gendarmes ont été tués au poste de Koundjouaré, dans la préfecture de "
            "Kpendjal-Ouest.",
            "Trois",
            "Koundjouaré, préfecture de Kpendjal-Ouest",
        ),
        (
            "Quatre soldats ont été blessés lors de l'attaque du camp militaire de Rumangabo, "
            "dans le territoire de Rutshuru.",
            "Quatre",
            "Rumangabo, territoire de Rutshuru",
        ),
        (
            "Deux militaires ont été tués dans la base militaire de Ndélé, dans la préfecture "
            "de Bamingui-Bangoran.",
            "Deux",
            "Ndélé, préfecture de Bamingui-Bangoran",
        ),
        (
            "Cinq élèves ont été blessés à l'école primaire de Kisoro, à Bujumbura.",
            "Cinq",
            "Kisoro, Bujumbura",
        ),
        (
            "Une grenade a explosé au camp militaire de Kokolo à Kinshasa, blessant six soldats.",
            "six",
            "Kokolo, Kinshasa",
        ),
    ],
)
def test_a_site_with_the_area_or_the_town_it_lies_in(text: str, figure: str, place: str) -> None:
    assert claim_place(text, figure) == place


def test_a_site_s_area_names_its_country() -> None:
    text = "Trois gendarmes ont été tués au poste de Koundjouaré, dans la préfecture de Kpendjal."
    assert _country(text, "Trois") == "Togo"


def test_a_military_site_named_alone_takes_the_town_of_the_sentence_before() -> None:
    text = (
        "Au moins dix personnes ont été tuées samedi soir à Bangui. Une grenade a été lancée "
        "au camp militaire de Kassaï. Quatre autres personnes ont été blessées."
    )
    assert claim_place(text, "Quatre") == "Kassaï, Bangui"
    text = (
        "Des tirs nourris ont été entendus jeudi à Bunia. Des miliciens ont attaqué le poste "
        "militaire de Lopa. Deux soldats ont été tués."
    )
    assert claim_place(text, "Deux soldats") == "Lopa, Bunia"


def test_an_official_of_the_site_s_area_gives_way_to_the_site() -> None:
    text = (
        "Des hommes armés ont attaqué samedi le camp militaire de Sibut, dans la préfecture "
        "de la Kémo. Le préfet de la Kémo a fait état de quatre morts."
    )
    assert claim_place(text, "quatre morts") == "Sibut, préfecture de la Kémo"


def test_a_site_with_nothing_beside_it_stays_as_written() -> None:
    # negatives: a market takes no town from the sentence before, nor does a camp from
    # another paragraph; a market named by its town stays so
    text = (
        "Des tirs ont éclaté à Goma. Une grenade a explosé au marché de Virunga. "
        "Deux personnes ont été blessées."
    )
    assert claim_place(text, "Deux") == "marché de Virunga"
    text = (
        "Au moins dix personnes ont été tuées samedi à Bangui.\n\nUne grenade a été lancée "
        "au camp militaire de Kassaï. Quatre autres personnes ont été blessées."
    )
    assert claim_place(text, "Quatre") == "camp militaire de Kassaï"
    text = "Trois personnes ont été tuées au marché de Kalehe, a indiqué l'administrateur."
    assert claim_place(text, "Trois") == "marché de Kalehe"


def test_a_place_told_with_its_country_s_adjective_lies_in_that_country() -> None:
    text = (
        "Le Cambodge accuse la Thaïlande. Au Cambodge, les forces ont riposté, selon Phnom "
        "Penh. Onze civils ont été tués dans la province thaïlandaise de Sisaket."
    )
    assert _country(text, "Onze") == "Thailand"
    text = (
        "Le Cameroun a renforcé ses troupes à Kolofata, au Cameroun. Trois soldats ont été "
        "tués dans la ville nigériane de Banki."
    )
    assert _country(text, "Trois") == "Nigeria"
    assert adjective_country("le village camerounais de Kerawa").name == "Cameroon"  # type: ignore[union-attr]
    # negatives: a border says beside which country; a people's adjective says who
    assert adjective_country("la frontière thaïlandaise") is None
    assert adjective_country("près du temple de Ta Muen Thom") is None
    assert adjective_country("Sisaket") is None


def test_french_nationalities_of_more_countries() -> None:
    assert FRENCH_DEMONYMS["thaïlandaise"].name == "Thailand"
    assert FRENCH_DEMONYMS["cambodgiens"].name == "Cambodia"
    assert FRENCH_DEMONYMS["haïtienne"].name == "Haiti"
    assert FRENCH_DEMONYMS["Birmans"].name == "Myanmar"
    assert FRENCH_DEMONYMS["sud-africaine"].name == "South Africa"
    # negatives: a country's own name, and an English word, are no French nationality
    assert "Suisse" not in FRENCH_DEMONYMS
    assert "Philippine" not in FRENCH_DEMONYMS


_HOMES = [
    (
        "Des manifestations ont eu lieu à Lomé mardi. Selon l'opposition, 12 personnes ont "
        "été tuées pendant les troubles.",
        "12",
        "Togo",
    ),
    (
        "Les affrontements de N'Djaména ont choqué le pays. Le bilan fait état de 15 morts.",
        "15",
        "Chad",
    ),
    (
        "À Cotonou, le gouvernement a réagi. Au moins huit soldats ont été tués dans le nord "
        "du pays.",
        "huit",
        "Benin",
    ),
    (
        "Trois soldats ont été tués lors d'une attaque à Mandouri, selon l'armée. Le Burkina "
        "Faso voisin a condamné l'attaque.",
        "Trois",
        "Togo",
    ),
    (
        "Des militants ont été arrêtés à Lomé. Le Ghana a appelé au calme. Des affrontements "
        "à Sokodé ont fait trois morts.",
        "trois",
        "Togo",
    ),
]


@pytest.mark.parametrize(("text", "figure", "country"), _HOMES)
def test_francophone_towns_and_accented_capitals_name_their_country(
    text: str, figure: str, country: str
) -> None:
    assert _country(text, figure) == country


def test_the_home_tables_hold_no_name_that_is_often_a_word_or_a_person() -> None:
    assert COUNTRY_OF_PLACE["Lomé"].name == "Togo"
    assert COUNTRY_OF_PLACE["Bangui"].name == "Central African Republic"
    for name in ("Kara", "Mango", "Bol", "Mora", "Savanes", "Jérémie"):
        assert name not in COUNTRY_OF_PLACE


@pytest.mark.parametrize(
    ("phrase", "rest"),
    [
        ("le poste militaire de Tambigou", "Tambigou"),
        ("le poste de police de Kanyabayonga", "Kanyabayonga"),
        ("au poste avancé de Nadoba", "Nadoba"),
        ("la base militaire de Ndélé", "Ndélé"),
        ("un bar de Bujumbura", "Bujumbura"),
        ("une buvette de Goma", "Goma"),
    ],
)
def test_the_resolver_reads_a_force_s_site_or_a_bar_before_its_place(
    phrase: str, rest: str
) -> None:
    relation = french_relation(phrase)
    assert relation is not None and relation[:2] == ("in", rest)


def test_tolls_and_their_places_elsewhere_are_unchanged() -> None:
    # negatives: places that were right stay so
    (claim,) = french_claims("Sept civils ont été tués dans la capitale nigérienne Niamey.")
    assert claim.location == "Niamey"
    (claim,) = french_claims("Cinq personnes sont mortes dans la capitale afghane, Kaboul, lundi.")
    assert claim.location == "Kaboul"
    (claim,) = french_claims("Cinq personnes ont été tuées à Kalbo, à 50 km de la capitale.")
    assert claim.location == "Kalbo"
