"""Generated conflict-reporting articles for benchmarks: deterministic, any size.

Sentences mix the forms real reports use (casualties with qualifiers, troop
numbers, displacement, money, speakers, hedges, dates, places) with the
number-free prose that makes up most of an article, plus the seed articles.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

PLACES = [
    "Gao",
    "Kidal",
    "Menaka",
    "Mopti",
    "Timbuktu",
    "Diabaly",
    "Ouallam",
    "Tillaberi",
    "Djibo",
    "Fada N'Gourma",
    "Maiduguri",
    "Bunia",
    "Goma",
    "Beni",
    "Mocimboa da Praia",
]
COUNTRIES = ["Mali", "Niger", "Burkina Faso", "Nigeria", "Chad", "Sudan", "Somalia"]
SPEAKERS = [
    "a military spokesman",
    "local officials",
    "the interior ministry",
    "UN spokesperson Maria Lopez",
    "a hospital source",
    "residents",
    "the regional governor",
    "Human Rights Watch",
    "the armed group",
]
PEOPLE = [
    "civilians",
    "soldiers",
    "villagers",
    "police officers",
    "students",
    "farmers",
    "aid workers",
    "people",
    "militants",
    "peacekeepers",
]
QUALIFIERS = ["", "at least ", "more than ", "about ", "nearly ", "up to ", "some "]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August"]

TEMPLATES = [
    "{Q}{n} {people} were killed in an attack on {place} on {day}, {speaker} said.",
    "Gunmen killed {q}{n} {people} near {place} and wounded {m} others.",
    "{Q}{n} {people} were wounded when a roadside bomb exploded north of {place}.",
    "According to {speaker}, {q}{big} people have fled {country} since {month}.",
    "{Country} has deployed {q}{n00} troops to the region, {speaker} said.",
    "Fighting has displaced {q}{big} people in {country} this year.",
    "The donors pledged ${money} million in humanitarian aid.",
    "Militants reportedly abducted {n} {people} from a village near {place}.",
    "The death toll from the {day} attack rose to {n}, {speaker} told reporters.",
    "Between {n} and {m2} {people} are missing after the clashes in {place}.",
]
PROSE = [
    "The situation in the town remained tense as residents stayed indoors.",
    "Security forces sealed off the area and launched a search operation.",
    "The government has struggled to contain the insurgency for years.",
    "Humanitarian groups warned that access to the affected areas was limited.",
    "Analysts say the violence reflects a wider struggle for control of trade routes.",
    "Markets in the regional capital reopened after a brief closure.",
    "Officials did not say when the road would be reopened to traffic.",
    "The attack was the latest in a series of raids on isolated communities.",
    "Witnesses described hearing heavy gunfire in the early hours of the morning.",
    "Regional leaders are due to meet next month to discuss security cooperation.",
]


# Share of number-free sentences, set so the corpus holds about as many claims per
# kilobyte as the seed articles do (about 1.4).
PROSE_SHARE = 0.89


def _sentence(rng: random.Random) -> str:
    if rng.random() < PROSE_SHARE:
        return rng.choice(PROSE)
    qualifier = rng.choice(QUALIFIERS)
    values = {
        "q": qualifier,
        "Q": qualifier.capitalize(),
        "n": rng.randint(2, 90),
        "m": rng.randint(2, 40),
        "m2": rng.randint(91, 200),
        "n00": rng.randint(2, 40) * 100,
        "big": f"{rng.randint(2, 900) * 1000:,}",
        "money": rng.randint(2, 300),
        "people": rng.choice(PEOPLE),
        "place": rng.choice(PLACES),
        "day": rng.choice(WEEKDAYS),
        "month": rng.choice(MONTHS),
        "speaker": rng.choice(SPEAKERS),
        "country": rng.choice(COUNTRIES),
        "Country": rng.choice(COUNTRIES),
    }
    text = rng.choice(TEMPLATES).format(**values)
    return text[0].upper() + text[1:]


def article(rng: random.Random, index: int) -> str:
    """One generated article with a title, byline, timestamp and paragraphs."""
    day = rng.randint(1, 28)
    lines = [
        f"Violence flares in {rng.choice(PLACES)} as talks stall ({index})",
        "",
        "By Staff Reporter, Example Wire",
        f"updated {rng.randint(1, 12)}:{rng.randint(10, 59)} PM GMT, "
        f"Tue {rng.choice(MONTHS)} {day}, 2021",
        "",
    ]
    for _ in range(rng.randint(6, 14)):
        lines.append(" ".join(_sentence(rng) for _ in range(rng.randint(2, 5))))
        lines.append("")
    return "\n".join(lines)


def articles(count: int, seed: int = 7) -> Iterator[str]:
    """`count` articles: the seed articles first, then generated ones."""
    rng = random.Random(seed)
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for index in range(count):
        yield seeds[index] if index < len(seeds) else article(rng, index)


def corpus(min_chars: int, seed: int = 7) -> list[str]:
    """Articles adding up to at least `min_chars` characters."""
    out: list[str] = []
    total = 0
    for text in articles(10**9, seed):
        out.append(text)
        total += len(text)
        if total >= min_chars:
            return out
    return out
