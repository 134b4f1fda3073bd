"""One body under its initials, its full name, its spokesperson and its country or
ruling party is one independent voice (events.figures, match.one_body), and `voice
suggest` offers such names as one body, never two countries' bodies
(store.voice_names). Names and sentences written for these tests."""

from __future__ import annotations

from dataclasses import replace

from workbench.events import independent_voices
from workbench.match import MatchInput
from workbench.match.acronyms import acronym, defined, spells
from workbench.match.bodies import body
from workbench.store.voice_names import Named, suggestions

# sentences no copies of one another: copies of one sentence are one voice already
_SAID = [
    "Shelling of the market left nine dead by noon.",
    "Nine bodies were brought to the morgue on Tuesday evening.",
    "Rescuers pulled 9 people from the rubble, none alive.",
    "The attack on the convoy killed nine drivers, according to a statement.",
    "Officials counted nine victims after the raid on the village.",
]


def claim(
    claim_id: int,
    voice: str,
    document: int = 1,
    country: str = "Syria",
    sentence: str = "",
) -> MatchInput:
    """A claim of `voice` (each name its own voice id) in `document`."""
    return MatchInput(
        claim_id, document, 500 + sum(map(ord, voice)), voice, "killed", 9, 9, 9, "exact",
        "people", None, "Homs", country, None, "2026-03-05",
        sentence or _SAID[claim_id % len(_SAID)], "9", False,
        "paragraph",
    )  # fmt: skip


def voices(*claims: MatchInput) -> int:
    """How many independent voices the claims are."""
    return len(set(independent_voices(list(claims)).values()))


# initials and the names they spell


def test_initials_alone_are_read_with_an_article_a_press_office_or_a_place() -> None:
    assert acronym("the TBLO") == "TBLO"
    assert acronym("MoE in Aleppo") == "MoE"
    assert acronym("NRA spokesperson's office") == "NRA"
    assert acronym("NRA officials in the north") is None
    assert acronym("Kivu Fishermen's Union") is None
    assert acronym("RadioNet") is None


def test_a_full_name_spells_its_initials_with_an_of_and_hyphenated_parts() -> None:
    assert spells("MoE", "Ministry of Energy")
    assert spells("TBLO", "Trans-Border Liaison Office")
    assert spells("KFU", "Kivu Fishermen's Union")
    assert spells("NRA", "the Northern Relief Agency")
    assert spells("ORC", "Organisation de la Reconstruction Civile")


def test_initials_do_not_spell_another_name() -> None:
    assert not spells("MoE", "Ministry of Defence")
    assert not spells("MoE", "energy ministry")  # no name written out
    assert not spells("UN", "United Nations Children's Fund")
    assert not spells("MSF", "Ministry of State Finance")  # the world's MSF
    assert not spells("NRA", "Northern Relief")


def test_a_sentence_defines_initials_by_the_name_before_them() -> None:
    said = "Aid was cut, the Relief Council (RC) said, as the Northern Relief Agency (NRA) left."
    assert defined(said) == {("RC", "Relief Council"), ("NRA", "Northern Relief Agency")}


# the body a name speaks for, and whose


def test_a_ministry_is_keyed_by_its_subject_and_its_country_or_ruling_party() -> None:
    assert body("the Houthi-run health ministry") == ("ministry:health", "yemen", None)
    assert body("le ministère syrien de l'Intérieur") == ("ministry:interior", "syria", None)
    assert body("Syria's Ministry of Interior") == ("ministry:interior", "syria", None)
    assert body("Aleppo energy ministry") == ("ministry:energy", None, "aleppo")
    assert body("interior ministry spokesman Karim Haddad") == ("ministry:interior", None, None)
    assert body("Karim Haddad, spokesman for the Ministry of Interior") == (
        "ministry:interior",
        None,
        None,
    )


def test_a_member_of_a_ministry_and_two_ministries_are_no_one_body() -> None:
    assert body("a health ministry official") is None
    assert body("ministry sources") is None
    assert body("the Syrian ministry") is None
    assert body("Syria's interior ministry") != body("Syria's defence ministry")


# independent voices


def test_initials_a_full_name_and_the_ruling_partys_ministry_are_one_voice() -> None:
    assert (
        voices(
            claim(1, "MoE", document=1),
            claim(2, "Ministry of Energy", document=2),
            claim(3, "the Houthi-run energy ministry", document=3, country="Yemen"),
        )
        == 1
    )


def test_initials_of_a_body_and_a_name_they_spell_by_chance_abroad_are_two_voices() -> None:
    assert voices(claim(1, "TBLO", 1, "Chad"), claim(2, "Trans-Border Liaison Office", 2)) == 2
    assert voices(claim(1, "TBLO", 1), claim(2, "Trans-Border Liaison Office", 2)) == 1
    # one report names both, wherever its claims are
    assert voices(claim(1, "TBLO", 1, "Chad"), claim(2, "Trans-Border Liaison Office", 1)) == 1


def test_two_countries_health_ministries_are_two_voices() -> None:
    assert voices(claim(1, "Jordan's health ministry"), claim(2, "Syria's health ministry")) == 2
    assert (
        voices(
            claim(1, "le ministère syrien de la Santé", 1),
            claim(2, "Syria's health ministry", 2),
            claim(3, "Aleppo health ministry", 3),  # a place of no country: its claims'
        )
        == 1
    )


def test_two_ministries_of_one_country_are_two_voices() -> None:
    assert voices(claim(1, "Syria's interior ministry"), claim(2, "Syria's defence ministry")) == 2
    assert voices(claim(1, "MoI"), claim(2, "Ministry of Defence")) == 2


def test_un_and_unicef_msf_and_a_finance_ministry_are_two_voices() -> None:
    assert voices(claim(1, "UN", 1), claim(2, "UNICEF", 2)) == 2
    assert voices(claim(1, "MSF", 1), claim(2, "Ministry of State Finance", 1)) == 2


def test_initials_of_two_letters_tie_in_one_document_or_where_defined() -> None:
    assert voices(claim(1, "RC", 1), claim(2, "Relief Council", 2)) == 2
    assert voices(claim(1, "RC", 1), claim(2, "Relief Council", 1)) == 1
    said = "Nine people died, the Relief Council (RC) said."
    assert voices(claim(1, "RC", 1), claim(2, "Relief Council", 2, sentence=said)) == 1


def test_a_spokesman_named_alone_after_his_ministry_is_its_voice_in_that_document() -> None:
    full, alone = "interior ministry spokesman Karim Haddad", "Haddad"
    assert voices(claim(1, full, 1), claim(2, alone, 1)) == 1
    assert voices(claim(1, full, 1), claim(2, alone, 2)) == 2  # another report's Haddad
    # two Haddads in the report: no telling which
    assert voices(claim(1, full, 1), claim(2, "Nadia Haddad", 1), claim(3, alone, 1)) == 3


def test_one_name_as_an_outlet_and_as_a_speaker_is_one_voice() -> None:
    outlet = claim(1, "NRA", 1)
    quoted = claim(2, "NRA", 2)
    quoted = replace(quoted, voice_id=outlet.voice_id + 1)
    assert voices(outlet, quoted) == 1


# voice suggest


def named(voice_id: int, name: str, *countries: str, documents: tuple[int, ...] = ()) -> Named:
    return Named(voice_id, name, "speaker", frozenset(countries), frozenset(documents))


def pairs(*voices: Named) -> set[frozenset[str]]:
    return {frozenset((s.a.name, s.b.name)) for s in suggestions(voices)}


def test_suggest_offers_initials_and_their_full_name() -> None:
    found = suggestions([named(1, "MoE", "syria"), named(2, "Ministry of Energy", "syria")])
    assert [s.reason for s in found] == ["'MoE' may be the initials of 'Ministry of Energy'"]


def test_suggest_never_offers_two_countries_ministries() -> None:
    assert not pairs(
        named(1, "Aleppo health ministry", "syria"),
        named(2, "le ministère jordanien de la Santé", "jordan"),
    )
    assert not pairs(named(1, "Jordan's health ministry"), named(2, "Syria's health ministry"))
    assert pairs(
        named(1, "Syria's health ministry"), named(2, "le ministère syrien de la Santé")
    ) == {frozenset(("Syria's health ministry", "le ministère syrien de la Santé"))}


def test_suggest_offers_no_chance_initials_nor_two_ministries_of_one_country() -> None:
    assert not pairs(named(1, "MSF", "chad"), named(2, "Ministry of State Finance", "sudan"))
    assert not pairs(named(1, "UN"), named(2, "UNICEF"))
    assert not pairs(named(1, "Ministry of Interior"), named(2, "Ministry of Defence"))
    assert not pairs(named(1, "NPF"), named(2, "National Patriotic Front (Liberia)"))
    assert not pairs(named(1, "RC", "chad"), named(2, "Relief Council", "chad"))
    assert pairs(
        named(1, "RC", "chad", documents=(4,)), named(2, "Relief Council", "chad", documents=(4,))
    )
