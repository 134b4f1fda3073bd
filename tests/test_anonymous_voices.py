"""Unnamed people as voices (issue 16, relays and independence; session 43's second
trial): two outlets' "a security source" in one country were one voice, so AFP's 11
left Reuters' "at least 10" out of the event as that source's revised count."""

from __future__ import annotations

import pytest

from workbench.extract.voicewords import anonymous
from workbench.store.voices import machine_voice


def _voice(attribution: str, outlet: str) -> tuple[str, str, str]:
    return machine_voice(attribution, None, None, (outlet, "0" * 64, "a.txt", None), "Togo")


@pytest.mark.parametrize(
    "voice",
    [
        "a security source",
        "Security sources",
        "residents",
        "des témoins",
        "une source",
        "a senior official",  # one unnamed person, by the indefinite article
        "an official",
        "un responsable local",
    ],
)
def test_an_unnamed_person_or_a_few_is_anonymous(voice: str) -> None:
    assert anonymous(voice)


@pytest.mark.parametrize(
    "voice",
    ["the army", "local officials", "police", "Garboa", "an army spokesman", "un porte-parole"],
)
def test_a_body_or_a_name_is_not_anonymous(voice: str) -> None:
    assert not anonymous(voice)


def test_two_outlets_unnamed_sources_are_two_voices() -> None:
    reuters, afp = _voice("a security source", "Reuters"), _voice("a security source", "AFP")
    assert reuters[0] != afp[0]
    assert reuters[1] == "a security source (Togo, Reuters)"
    assert _voice("a security source", "Reuters")[0] == reuters[0]  # one outlet's, one voice


def test_one_countrys_army_in_two_outlets_is_one_voice() -> None:
    assert _voice("the army", "Reuters")[0] == _voice("the army", "AFP")[0]
