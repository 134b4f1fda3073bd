"""Generated conflict-reporting articles for benchmarks: deterministic, any size.

Sentences mix the forms real reports use (casualties with qualifiers, troop
numbers, displacement, money, speakers, hedges, dates, places) with the
number-free prose that makes up most of an article, plus the seed articles.
`html_page` writes an article as a news site's page around it.
"""

from __future__ import annotations

import html
import json
import random
import re
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


# The page furniture `html_page` puts around an article: none of it is article text.
SECTIONS = ["World", "Africa", "Middle East", "Politics", "Business", "Climate", "Opinion"]
FOOTER_LINKS = ["About us", "Contact", "Careers", "Terms of use", "Privacy policy", "Advertise"]
COOKIES = "We use cookies to improve your experience. By continuing you accept our cookie policy."
READER_COMMENT = "Great reporting, keep it up. Nobody else covers this region."
_DATELINE = re.compile(rf"\b({'|'.join(MONTHS)}) (\d{{1,2}}), (\d{{4}})\b")
_SCRIPT = (
    "window.dataLayer = window.dataLayer || [];"
    " dataLayer.push({{'pageType': 'article', 'articleId': {index}}});"
    " (function () {{ var s = document.createElement('script'); s.async = true;"
    " s.src = '/static/analytics.js?v={index}'; document.head.appendChild(s); }})();"
)


def html_page(text: str, index: int, pad_kb: int = 0) -> str:
    """An article's text as a news page: <head> metadata (title, outlet, canonical
    URL, publication date when the text gives one, JSON-LD, styles, scripts), a site
    header with navigation, a cookie banner, the <article> (its own <header> with the
    headline and byline, then the paragraphs with links on place names, an
    advertising slot and an aside of related links), reader comments, a footer, HTML
    comments. The headline is the text's first line and the rest a paragraph a line,
    except the byline: the second block (a blank line ends one) of three or more.

    `pad_kb` adds about that many kilobytes of what makes real pages large, in their
    proportions: the pages of the article-extraction benchmark (docs/corpora.md)
    average 170 KB in about 770 tags, 40% of it scripts and styles; this page is
    about 6 KB in 90 tags unpadded, 180 KB in 1,300 tags (39% scripts) with 170 KB of
    padding: six tenths a menu of links in the site header, with the class names and
    tracking attributes sites give them, four tenths a script of page state as JSON."""
    blocks = [b.splitlines() for b in re.split(r"\n\s*\n", text.strip()) if b.strip()]
    title, lead = blocks[0][0], blocks[0][1:]
    byline = blocks[1] if len(blocks) > 2 else []
    later = [line for block in blocks[2 if byline else 1 :] for line in block]
    body = [line for line in [*lead, *later] if line.strip()]
    date = _DATELINE.search("\n".join(byline))
    published = f"{date[3]}-{MONTHS.index(date[1]) + 1:02d}-{int(date[2]):02d}" if date else None
    url = f"https://news.example.org/africa/{index:06d}"
    head = _page_head(title, url, published, index)
    article = _page_article(title, byline, body, published, index)
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            head,
            '<body class="article-page">',
            "<!-- site header -->",
            _page_masthead(pad_kb * 1024 * 6 // 10),
            f'<div class="cookie-banner"><p>{COOKIES}</p><button>Accept</button></div>',
            '<main id="content">',
            article,
            '<section id="comments"><h2>Comments</h2>',
            f'<div class="comment"><p class="author">reader{index}</p>',
            f"<p>{READER_COMMENT}</p></div>",
            "</section>",
            "</main>",
            _page_footer(),
            f'<script src="/static/app.js?v={index}" defer></script>',
            _page_state(pad_kb * 1024 * 4 // 10, index),
            "</body>",
            "</html>",
            "",
        ]
    )


def _page_head(title: str, url: str, published: str | None, index: int) -> str:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "publisher": {"@type": "Organization", "name": "Example Wire"},
        "datePublished": published,
    }
    dated = f'<meta property="article:published_time" content="{published}">' if published else ""
    return "\n".join(
        [
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{html.escape(title)} | Example Wire</title>",
            f'<meta property="og:title" content="{html.escape(title)}">',
            '<meta property="og:site_name" content="Example Wire">',
            dated,
            f'<link rel="canonical" href="{url}">',
            '<link rel="stylesheet" href="/static/site.css">',
            "<style>.cookie-banner{position:fixed;bottom:0}.ad-slot{min-height:250px}</style>",
            f'<script type="application/ld+json">{json.dumps(ld)}</script>',
            f"<script>{_SCRIPT.format(index=index)}</script>",
            "</head>",
        ]
    )


def _page_masthead(menu_chars: int) -> str:
    links = "".join(f'<li><a href="/{s.lower()}">{s}</a></li>' for s in SECTIONS)
    return (
        '<header class="site-header"><a class="logo" href="/">Example Wire</a>'
        f'<nav aria-label="Sections"><ul>{links}</ul>{_mega_menu(menu_chars)}</nav>'
        '<form action="/search"><input name="q" placeholder="Search"></form></header>'
    )


def _mega_menu(chars: int) -> str:
    """About `chars` characters of nested menu lists: a section's places, as links."""
    items: list[str] = []
    size = 0
    while size < chars:
        section = SECTIONS[len(items) % len(SECTIONS)]
        links = "".join(
            f'<li class="menu-item menu-item--level-2 js-track">'
            f'<a class="menu-link menu-link--secondary" href="/{section.lower()}/{k}"'
            f' data-track-category="navigation" data-track-label="{place}">{place}</a></li>'
            for k, place in enumerate(PLACES)
        )
        items.append(f'<div class="menu-column"><h3>{section}</h3><ul>{links}</ul></div>')
        size += len(items[-1])
    return f'<div class="mega-menu">{"".join(items)}</div>' if items else ""


def _page_state(chars: int, index: int) -> str:
    """About `chars` characters of page state as JSON in a script, as sites embed it."""
    if chars <= 0:
        return ""
    teaser = {"id": index, "section": "africa", "headline": "More on the region", "rank": 0}
    count = max(1, chars // (len(json.dumps(teaser)) + 2))
    state = {"page": {"id": index, "teasers": [teaser | {"rank": k} for k in range(count)]}}
    return f'<script id="page-state" type="application/json">{json.dumps(state)}</script>'


def _page_article(
    title: str,
    byline: list[str],
    body: list[str],
    published: str | None,
    index: int,
) -> str:
    header = [f"<h1>{html.escape(title)}</h1>"]
    for line in byline:
        tag = "time" if published and _DATELINE.search(line) else "p"
        when = f' datetime="{published}"' if tag == "time" else ""
        header.append(f'<{tag} class="byline"{when}>{html.escape(line)}</{tag}>')
    paragraphs = [f"<p>{_linked(html.escape(line))}</p>" for line in body]
    advert = (
        '<!-- ad slot: in-article --><div class="ad-slot" aria-hidden="true">'
        f"<script>googletag.cmd.push(function () {{ googletag.display('ad-{index}'); }});"
        "</script></div>"
    )
    paragraphs.insert(min(3, len(paragraphs)), advert)
    related = "".join(
        f'<li><a href="/africa/{(index + k) % 997:06d}">More on {s}</a></li>'
        for k, s in enumerate(SECTIONS[:3], 1)
    )
    return "\n".join(
        [
            '<article class="story">',
            f'<header class="story-header">{"".join(header)}</header>',
            '<div class="story-body">',
            *paragraphs,
            "</div>",
            f'<aside class="related"><h2>Related</h2><ul>{related}</ul></aside>',
            "</article>",
        ]
    )


def _linked(paragraph: str) -> str:
    """The paragraph with its first place name a link to the place's page."""
    for place in PLACES:
        escaped = html.escape(place)
        if escaped in paragraph:
            slug = place.lower().replace(" ", "-").replace("'", "")
            link = f'<a href="/places/{slug}">{escaped}</a>'
            return paragraph.replace(escaped, link, 1)
    return paragraph


def _page_footer() -> str:
    links = "".join(f'<li><a href="/{k}">{name}</a></li>' for k, name in enumerate(FOOTER_LINKS))
    return (
        "<!-- site footer -->"
        f'<footer class="site-footer"><ul>{links}</ul>'
        "<p>&copy; 2021 Example Wire. All rights reserved.</p></footer>"
    )
