"""schema.org ClaimReview JSON-LD: one review per reviewed claim, as fact-check
search engines read them. The mapping from verdicts to ratings is in docs/export.md."""

from __future__ import annotations

import json
import re
from typing import TextIO

from workbench.display import figure
from workbench.export.citing import file_name
from workbench.export.citing import http_url as http_url  # where cli/options.py finds it
from workbench.export.report import Report
from workbench.extract.not_place_words import names_armed_group
from workbench.models import ClaimRow, SourceSummary, Status

# verdict: (ratingValue, alternateName) on a scale from 1 (worst) to 5 (best)
RATINGS: dict[str, tuple[int, str]] = {
    Status.FALSE: (1, "False"),
    Status.DISPUTED: (2, "Disputed"),
    Status.UNVERIFIABLE: (3, "Unverifiable"),
    Status.CONFIRMED: (5, "Confirmed"),
}
WORST, BEST = 1, 5
# A schema.org object as json.dumps takes it: which keys it has depends on what is known
# (a URL, an outlet, a date), and nothing reads it back but the encoder; not a row.
JsonLd = dict[str, object]
CLAIM_REVIEWED_LENGTH = 200
_ORGANISATION_WORDS = frozenset(
    "army ministry military government police agency office forces group council committee"
    " commission un unhcr unicef ocha icrc msf hospital watch amnesty mission command"
    " authorities u.n. estimates figures statement report rebels militants jihadists"
    " insurgents front movement party observatory monitor ngo network union force defense"
    " defence militia militias brigade brigades"
    # the French voices' words: "le gouvernement", "L'armée sénégalaise", "la Croix-Rouge"
    " gouvernement armée armee militaires ministère ministere gendarmerie agence bureau"
    " forces groupe conseil comité comite commission hôpital hopital commandement"
    " autorités autorites rebelles jihadistes djihadistes insurgés insurges mouvement"
    " parti observatoire ong réseau reseau syndicat croix-rouge onu hcr milice milices"
    " brigade brigades".split()
)
_ELIDED = re.compile(r"^(?:l|d|qu)['’]")  # "l'armée": the word after the article


def write(report: Report, out: TextIO) -> None:
    """A JSON array of ClaimReview objects, each with its own @context."""
    out.write("[")
    written = 0
    for claim in report.claims():
        if claim.status not in RATINGS:
            continue
        out.write(",\n" if written else "\n")
        out.write(script_safe(json.dumps(review(report, claim), ensure_ascii=False, indent=1)))
        written += 1
    out.write("\n]\n" if written else "]\n")


def review(report: Report, claim: ClaimRow) -> JsonLd:
    """The ClaimReview of one reviewed claim (its status one of RATINGS)."""
    value, name = RATINGS[claim.status]
    reviewed: JsonLd = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": _claimed(claim),
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": BEST,
            "worstRating": WORST,
            "alternateName": name,
            "ratingExplanation": claim.note or f"Marked {claim.status} by {claim.analyst}.",
        },
        "itemReviewed": _item(claim, report.source_of(claim)),
        "author": _publisher(report),
        "datePublished": (claim.decided_at or report.summary.exported_at)[:10],
    }
    if published := http_url(report.publisher.url):
        reviewed["url"] = f"{published}#claim-{claim.id}"
    source = report.source_of(claim)
    if source is not None and source.language:
        reviewed["inLanguage"] = source.language  # claimReviewed quotes the source
    return reviewed


# Characters that could end or open an element inside <script type="application/ld+json">,
# and the two line separators JavaScript once read as line ends; outside strings JSON
# has none of them, so their \u escapes keep the JSON the same.
_SCRIPT_SAFE = str.maketrans({c: f"\\u{ord(c):04x}" for c in "<>&\u2028\u2029"})


def script_safe(text: str) -> str:
    """JSON text safe to embed in an HTML <script> element: `</script>` or `<!--` in a
    source sentence cannot end it early (issue 14, item 10)."""
    return text.translate(_SCRIPT_SAFE)


def _claimed(claim: ClaimRow) -> str:
    """What the review rates: the claim's words, then the sentence they stand in
    ("24 soldiers were killed — in: ..."), so two claims of one sentence rated apart
    are told apart (a trial's two reviews of one sentence, rated 5 and 2, read as one
    claim rated twice); the sentence alone where the claim is all of it."""
    sentence = " ".join((claim.sentence or "").split())
    words = " ".join(claim.text.split())
    quoted = _short(words or sentence)
    if sentence and words != sentence:
        quoted = _short(f"{words} — in: {sentence}")
    return quoted + _as_corrected(claim)


# A claim's fields whose correction changes what the review rates: its figure and kind
_READING = frozenset({"category", "value", "low", "high", "qualifier", "subject", "unit"})


def _as_corrected(claim: ClaimRow) -> str:
    """ " [read as: 1 wounded (femme)]" where the analyst corrected the claim's figure,
    category or subject: the words quoted are the source's, and the review rates the
    claim as corrected (a trial's review of 'une femme a écopé de blessures' quoted
    the words only, its machine reading 'killed' corrected to 'wounded' unsaid);
    "" for a claim as the machine read it."""
    if not claim.machine or not _READING & json.loads(claim.machine).keys():
        return ""
    subject = f" ({claim.subject})" if claim.subject else ""
    return f" [read as: {figure(claim, hedge='')} {claim.category}{subject}]"


def _short(sentence: str) -> str:
    """The claim in the source's words, cut at a word near 200 characters."""
    flat = " ".join(sentence.split())
    if len(flat) <= CLAIM_REVIEWED_LENGTH:
        return flat
    return flat[:CLAIM_REVIEWED_LENGTH].rsplit(" ", 1)[0] + "…"


def _item(claim: ClaimRow, source: SourceSummary | None) -> JsonLd:
    item: JsonLd = {
        "@type": "Claim",
        "author": {"@type": _kind_of(claim), "name": claim.voice},
    }
    if source is None:
        return item
    appearance: JsonLd = {"@type": "CreativeWork", "name": source.title or file_name(source.path)}
    if url := http_url(source.url):
        appearance["url"] = url
    if source.outlet:
        appearance["publisher"] = {"@type": "Organization", "name": source.outlet}
    if source.published:
        appearance["datePublished"] = source.published
        item["datePublished"] = source.published
    if source.language:
        appearance["inLanguage"] = source.language
        item["inLanguage"] = source.language
    item["appearance"] = appearance
    return item


def _kind_of(claim: ClaimRow) -> str:
    """Organization for an outlet, an institution or an armed group ("the Malian
    army", "the Ethiopian National Defense Force", "the rebels", "JNIM": a name in
    capitals, an acronym; "Fano", a group `ARMED_GROUPS` names), else Person (trial
    68: the army and Fano were typed as persons)."""
    if claim.commenter:
        return "Person"
    words = {_ELIDED.sub("", word) for word in claim.voice.lower().replace(",", " ").split()}
    acronym = claim.voice.replace(".", "").replace("-", "").isupper()
    named = names_armed_group(claim.voice)  # "Fano", "Les FSR": a group, no person
    if claim.attribution is None or acronym or named or words & _ORGANISATION_WORDS:
        return "Organization"
    return "Person"


def _publisher(report: Report) -> JsonLd:
    author: JsonLd = {"@type": report.publisher.kind, "name": report.publisher.name}
    if url := http_url(report.publisher.url):
        author["url"] = url
    return author
