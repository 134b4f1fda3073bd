"""Two sides of a war and two sites of one attack (match/war_sides.py, match/two_sites.py):
texts written for these tests (trial 77k's kinds, other wars and wordings)."""

from __future__ import annotations

from tests.match_helpers import match_input
from workbench.match import MatchInput, Relation, match


def _claim(claim_id: int, low: int, sentence: str, text: str, **fields: object) -> MatchInput:
    given: dict[str, object] = dict(
        sentence=sentence,
        text=text,
        subject=fields.pop("subject", "people"),
        location=fields.pop("location", "Tavush"),
        country=fields.pop("country", "Armenia"),
        document_id=fields.pop("document_id", 1),
        date="2026-05-04",
        published="2026-05-05",
    )
    return match_input(claim_id, low, **{**given, **fields})


def _links(*claims: MatchInput) -> dict[tuple[int, int], Relation]:
    return {(s.a, s.b): s.relation for s in match(list(claims), list(claims))}


_EN = "Armenia says 14 people were killed on its side, nine civilians and five soldiers."
_EN2 = "Azerbaijan says 16 Azerbaijanis died, 11 of them civilians and five soldiers."


def test_each_sides_toll_is_no_rival_of_the_others() -> None:
    claims = [
        _claim(1, 14, _EN, "14 people were killed", voice="Armenia", document_id=1),
        _claim(2, 5, _EN, "five soldiers", subject="soldiers", voice="Armenia", document_id=1),
        _claim(3, 16, _EN2, "16 Azerbaijanis died", subject="Azerbaijanis", document_id=1),
        _claim(4, 5, _EN2, "five soldiers", subject="soldiers", voice="Azerbaijan", document_id=1),
    ]
    links = _links(*claims)
    assert (1, 3) not in links  # 14 on Armenia's side, 16 Azerbaijanis: two groups
    assert (2, 4) not in links  # five soldiers each side: no corroboration


def test_french_sides_and_a_capitals_count() -> None:
    first = "Selon les autorités éthiopiennes, 15 civils et 6 soldats ont été tués côté éthiopien."
    second = "Asmara fait état de 13 civils et 9 soldats tués."
    claims = [
        _claim(1, 15, first, "15 civils", subject="civils", voice="autorités éthiopiennes"),
        _claim(2, 13, second, "13 civils", subject="civils", voice="Asmara"),
        _claim(3, 6, first, "6 soldats", subject="soldats", voice="autorités éthiopiennes"),
        _claim(4, 9, second, "9 soldats tués", subject="soldats", voice="Asmara"),
    ]
    links = _links(*claims)
    assert (1, 2) not in links and (3, 4) not in links


def test_one_sides_toll_is_a_part_of_both_sides() -> None:
    whole = "Clashes on Tuesday killed at least 52 people on both sides of the border."
    side = "Kyrgyzstan says 30 people were killed on its side."
    claims = [
        _claim(
            1,
            52,
            whole,
            "at least 52 people",
            qualifier="at_least",
            high=None,
            country="Kyrgyzstan",
        ),
        _claim(2, 30, side, "30 people were killed", voice="Kyrgyzstan", country="Kyrgyzstan"),
    ]
    links = _links(*claims)
    assert links.get((1, 2)) is Relation.RELATED


def test_a_countrys_own_strike_kills_the_other_side() -> None:
    struck = "A Pakistani drone strike killed four soldiers near the post, the army said."
    own = "No Pakistani soldiers were killed in the clash, the military said."
    claims = [
        _claim(1, 4, struck, "killed four soldiers", subject="soldiers"),
        _claim(2, 0, own, "No Pakistani soldiers were killed", subject="Pakistani soldiers"),
    ]
    assert (1, 2) not in _links(*claims)


def test_one_sides_tolls_still_agree() -> None:
    """Negative: the same side told by its marker and by its people's name links."""
    first = "Armenia says 14 people were killed on its side."
    claims = [
        _claim(1, 14, first, "14 people were killed", voice="Armenia"),
        _claim(
            2, 14, "Officials said 14 Armenians were killed.", "14 Armenians", subject="Armenians"
        ),
    ]
    assert _links(*claims).get((1, 2)) is Relation.CORROBORATES


def test_a_none_since_the_truce_disputes_no_earlier_toll() -> None:
    """A guard (it passes at the base too: the trial's link came through its lead)."""
    sentence = "The clashes stopped at midnight, and no deaths have been reported since."
    claims = [
        _claim(
            1, 21, "Officials say 21 people were killed in the clashes.", "21 people were killed"
        ),
        _claim(2, 0, sentence, "no deaths"),
    ]
    assert (1, 2) not in _links(*claims)


def _site(claim_id: int, low: int, sentence: str, text: str, doc: int) -> MatchInput:
    return _claim(claim_id, low, sentence, text, document_id=doc, location="Kharkiv")


def test_two_sites_of_one_attack_are_no_rival_tolls() -> None:
    a1 = "Missiles struck a fuel station in Kharkiv on Monday, killing nine people, he said."
    a2 = "A second missile hit the city's main hospital, where two nurses were killed."
    b1 = "At least 11 people died when missiles hit a petrol station and a hospital in Kharkiv."
    b2 = "Seven were killed at the petrol station and four at the hospital, officials said."
    claims = [
        _site(1, 9, a1, "killing nine people", 1),
        _site(2, 2, a2, "two nurses were killed", 1),
        _site(3, 11, b1, "At least 11 people died", 2),
        _site(4, 7, b2, "Seven were killed", 2),
    ]
    links = _links(*claims)
    assert links.get((1, 2)) in (None, Relation.RELATED)  # the station's and the hospital's
    assert links.get((2, 4)) in (None, Relation.RELATED)
    assert links.get((1, 3)) in (None, Relation.RELATED)  # one site's of the whole


def test_one_site_named_compares_as_before() -> None:
    """Negative: reports that name one site each tell no two sites apart."""
    a = "A bomb exploded at a market in Kharkiv on Monday, killing nine people."
    b = "Twelve people were killed at a school in Kharkiv on Monday, police said."
    claims = [_site(1, 9, a, "killing nine people", 1), _site(2, 12, b, "Twelve people", 2)]
    from workbench.match import _read
    from workbench.match.relate import relate

    fa, fb = _read(claims)
    found = relate(fa, fb)
    assert found is None or found.relation is not Relation.RELATED or "site" not in found.reason
