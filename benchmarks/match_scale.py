"""Matching time and memory at 10,000, 100,000 and 300,000 generated claims.

Usage: python benchmarks/match_scale.py [--sizes 10000 100000 300000]

Half the generated places are in the gazetteer (a town, a region or a country, with
coordinates for towns), as real claims are; --unplaced generates none, for the
figures before places were matched. Each size runs in a process of its own, so
its peak memory (max RSS) is its own.
At the smallest size it also times an all-pairs comparison of the same claims
with rapidfuzz's process.cdist (one worker), for the ratio; and it checks that
the blocked matcher finds the same links on the seed articles as comparing
every pair does. Targets: 100,000 claims in under 60 s on one core, peak memory
under 1 GB, time growing no worse than about n log n.

The generated claims span the same three years and fifteen countries at every size,
so a larger size is denser: each claim has more claims of its incident to link
(links per claim rise from about 0.05 at 10,000 to 0.8 at 300,000), and the links
must each be related and written. The time per link is printed beside the time per
n log n: where the first stays flat as the second rises, the growth is the links'.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from workbench.geo.places import Kind, Place
from workbench.match import MatchInput, match, match_all_pairs

CATEGORIES = [
    "killed",
    "killed",
    "killed",
    "wounded",
    "kidnapped",
    "displaced",
    "refugees",
    "troops",
    "attacks",
    "arrested",
]
SUBJECTS = {
    "killed": ["civilians", "soldiers", "villagers", "people", "police officers"],
    "wounded": ["civilians", "soldiers", "people"],
    "kidnapped": ["students", "villagers"],
    "displaced": ["people"],
    "refugees": ["people"],
    "troops": ["soldiers", "troops"],
    "attacks": ["attacks", "raids"],
    "arrested": ["protesters", "suspects"],
}
COUNTRIES = [
    "Mali",
    "Niger",
    "Burkina Faso",
    "Nigeria",
    "Chad",
    "Sudan",
    "Somalia",
    "Cameroon",
    "Ethiopia",
    "Mozambique",
    "Yemen",
    "Syria",
    "Iraq",
    "Afghanistan",
    "Libya",
]
SYLLABLES = ["ba", "ko", "di", "ga", "me", "na", "ti", "sa", "lo", "ke", "mo", "dou", "an", "zi"]


def gazetteer_places(rng: random.Random, names: list[str]) -> dict[str, tuple[Place, ...]]:
    """Half the place names as the gazetteer would resolve them: a town (most), a
    region or a country, in one of eight regions of a 10-degree square per country."""
    found: dict[str, tuple[Place, ...]] = {}
    for index, name in enumerate(names):
        if index % 2:
            continue  # not in the gazetteer: matched by its words, as before
        country = COUNTRIES[index % len(COUNTRIES)]
        code = f"C{COUNTRIES.index(country)}"
        kind = rng.choices([Kind.TOWN, Kind.REGION, Kind.COUNTRY], [8, 1, 1])[0]
        region = str(rng.randint(1, 8)) if kind is not Kind.COUNTRY else ""
        where = (10.0 + rng.random() * 10, COUNTRIES.index(country) * 10 + rng.random() * 10)
        located = kind is Kind.TOWN
        found[name] = (
            Place(
                index,
                name,
                kind,
                country,
                code,
                None,
                None,
                region,
                "",
                where[0] if located else None,
                where[1] if located else None,
                0,
            ),
        )
    return found


def generated_claims(count: int, seed: int = 11, placed: bool = True) -> list[MatchInput]:
    """Claims spread over 3 years, 15 countries, about count/25 places (half of them in
    the gazetteer: `gazetteer_places`) and count/20 voices."""
    rng = random.Random(seed)
    places = [
        "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        for _ in range(max(50, count // 25))
    ]
    located = gazetteer_places(rng, places) if placed else {}
    start = dt.date(2021, 1, 1)
    claims = []
    for index in range(count):
        category = rng.choice(CATEGORIES)
        value = rng.randint(1, 400) * (1000 if category in ("displaced", "refugees") else 1)
        published = start + dt.timedelta(days=rng.randint(0, 3 * 365))
        place = rng.choice(places)
        claims.append(
            MatchInput(
                id=index + 1,
                document_id=index // 4 + 1,
                voice_id=rng.randint(1, max(2, count // 20)),
                voice="v",
                category=category,
                low=value,
                high=value,
                value=value,
                qualifier="exact",
                subject=rng.choice(SUBJECTS[category]),
                unit=None,
                location=rng.choice([place, f"near {place}", f"north of {place}"]),
                country=located[place][0].country if place in located else rng.choice(COUNTRIES),
                date=None,
                published=published.isoformat(),
                sentence=f"{value} {category} in {place}.",
                text=f"{value} {category}",
                denies=False,
                section="paragraph",
                located=located.get(place, ()),
            )
        )
    return claims


def run_size(size: int, placed: bool = True) -> dict[str, float]:
    claims = generated_claims(size, placed=placed)
    start = time.perf_counter()
    links = match(claims, claims)
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"size": size, "seconds": elapsed, "links": len(links), "peak_mb": peak}


def run_cdist(size: int) -> float:
    import numpy as np
    from rapidfuzz import fuzz, process
    from rapidfuzz.utils import default_process

    claims = generated_claims(size)
    texts = [f"{c.category} {c.subject} {c.location} {c.country}" for c in claims]
    start = time.perf_counter()
    process.cdist(
        texts, texts, scorer=fuzz.ratio, processor=default_process, dtype=np.uint8, workers=1
    )
    return time.perf_counter() - start


def seeds_agree() -> tuple[int, bool]:
    from workbench.match import MatchInput
    from workbench.service import Workbench

    with tempfile.TemporaryDirectory() as tmp:
        bench = Workbench(str(Path(tmp) / "claims.db"))
        bench.ingest([str(Path(__file__).resolve().parent.parent / "seeds")], jobs=1)
        inputs = [MatchInput.from_row(r) for r in bench.store.match_inputs()]
        blocked = match(inputs, inputs)
        return len(blocked), blocked == match_all_pairs(inputs)


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 300_000])
    ap.add_argument(
        "--unplaced", action="store_true", help="no claim in the gazetteer (as before issue 16)"
    )
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--cdist", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(run_size(args.child, placed=not args.unplaced)))
        return
    if args.cdist:
        print(json.dumps({"seconds": run_cdist(args.cdist)}))
        return
    results = []
    for size in args.sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(size), *(["--unplaced"] * args.unplaced)],
            capture_output=True,
            text=True,
            check=True,
        )
        result = json.loads(out.stdout)
        results.append(result)
        per = result["seconds"] / (size * math.log(size)) * 1e6
        per_link = result["seconds"] / max(1, result["links"]) * 1e3
        print(
            f"{size:>7} claims: {result['seconds']:6.1f} s, {result['links']} links, "
            f"peak {result['peak_mb']:.0f} MB, {per:.2f} us per n log n, "
            f"{per_link:.2f} ms per link"
        )
    smallest = min(args.sizes)
    out = subprocess.run(
        [sys.executable, __file__, "--cdist", str(smallest)],
        capture_output=True,
        text=True,
        check=True,
    )
    cdist = json.loads(out.stdout)["seconds"]
    blocked = next(r["seconds"] for r in results if r["size"] == smallest)
    print(
        f"all pairs with rapidfuzz process.cdist at {smallest}: {cdist:.1f} s "
        f"(blocked matcher {blocked:.1f} s, {cdist / blocked:.0f}x faster, and it also decides"
        f" relations)"
    )
    count, same = seeds_agree()
    agreement = "the same as" if same else "NOT the same as"
    print(f"seeds: blocked matcher finds {count} links, {agreement} comparing every pair")
    print("targets: 100,000 claims in under 60 s, peak memory under 1 GB, about n log n")


if __name__ == "__main__":
    main()
