"""The places an appositive links a place to are no scene (session 45, the DR Congo
trial: "Komanda, a strategic commercial hub connecting Tshopo, North Kivu and Maniema
provinces, ..." put the article's tolls in Tshopo). Sentences written for these
tests, with a negative: a road linking two towns is a scene's own words."""

from __future__ import annotations

from tests.test_trial_kinds43 import claims


def test_a_toll_after_a_linking_appositive_keeps_the_hub_not_the_places_it_links() -> None:
    found = claims(
        "Rebels attacked the town of Kisanga on Sunday. Kisanga, a busy market town "
        "connecting Tshopo, Ituri and Maniema provinces, remains a target. Officials "
        "said 17 civilians were killed."
    )
    assert [c.location for c in found] == ["Kisanga"]


def test_a_road_linking_two_towns_is_still_the_scene() -> None:
    found = claims("Gunmen killed 12 travellers on the road linking Beni and Kasindi.")
    assert found[0].location is not None and "Beni" in found[0].location
