"""Saved web pages for the HTML benchmarks, written here (invented outlets and stories), and pathological ones.

Each page is (name, html, body, furniture): `body` are sentences of the story an extractor must keep,
`furniture` lines of the page around it (related headlines, menus, cookie notes) it should drop.
"""
from __future__ import annotations

NEST_MB = (0.28, 0.55, 0.83)  # sizes of the '<div>' * N page the issue names


def _page(title: str, published: str, body: list[str], furniture: list[str], layout: str) -> str:
    head = (f'<!doctype html><html><head><meta charset="utf-8"><title>{title} | Tigris Ledger</title>'
            f'<meta property="og:title" content="{title}">'
            f'<meta property="article:published_time" content="{published}">'
            f'<link rel="canonical" href="https://tigrisledger.example/{published[:10]}/story"></head><body>')
    nav = '<nav><ul><li>Home</li><li>Iraq</li><li>Region</li><li>Opinion</li></ul></nav>'
    related = ('<div class="related-stories"><h3>Related</h3><ul>'
               + "".join(f"<li><a href='#'>{f}</a></li>" for f in furniture) + "</ul></div>")
    foot = '<div class="cookie-note">This site uses cookies to measure readers.</div><footer>© Tigris Ledger</footer>'
    if layout == "paragraphs":
        story = "".join(f"<p>{s}</p>" for s in body)
    elif layout == "breaks":  # an old CMS: one <div> with <br> between paragraphs
        story = "<div class='story'>" + "<br><br>".join(body) + "</div>"
    else:  # nested: a list of updates, each a blockquote of paragraphs
        story = "<ul class='updates'>" + "".join(f"<li><blockquote><p>{s}</p></blockquote></li>" for s in body) + "</ul>"
    return f"{head}{nav}<article><h1>{title}</h1>{story}{related}</article>{foot}</body></html>"


_FURNITURE = ["Oil exports climb for a third month", "Parliament delays the budget vote again",
              "Opinion: the long road to Basra port", "Heatwave closes schools in the south"]


def saved_pages() -> list[tuple[str, str, list[str], list[str]]]:
    """A few ordinary news pages in three layouts, and one long live page."""
    rocket = ["Three rockets struck Ain al-Asad air base in Anbar province on Tuesday, a coalition spokesman said.",
              "Nobody was hurt, and the base's air defences intercepted a fourth rocket.",
              "No group claimed the attack, which followed a drone strike near Al-Qaim a week earlier."]
    drone = ["A drone struck a vehicle near Jurf al-Sakhar on Sunday night, killing two members of a militia.",
             "Kataib Hezbollah blamed the United States and promised a response.",
             "The Pentagon declined to comment on the strike."]
    convoy = ["A roadside bomb hit a logistics convoy on the highway south of Nasiriyah on Monday.",
              "The trucks were carrying supplies for the US-led coalition, police said.",
              "A little-known group calling itself Ashab al-Kahf said it planted the bomb."]
    live = [f"Update {i}: rockets were reported near the Green Zone in Baghdad, and sirens sounded at the embassy "
            f"compound for {i % 7 + 2} minutes before the all-clear." for i in range(1500)]
    return [
        ("paragraphs", _page("Rockets hit Ain al-Asad air base", "2021-03-09T08:00:00Z", rocket, _FURNITURE, "paragraphs"),
         rocket, _FURNITURE),
        ("br-separated", _page("Drone strike near Jurf al-Sakhar", "2023-12-04T21:30:00Z", drone, _FURNITURE, "breaks"),
         drone, _FURNITURE),
        ("nested lists", _page("Convoy bombed south of Nasiriyah", "2021-05-24T06:10:00Z", convoy, _FURNITURE, "nested"),
         convoy, _FURNITURE),
        ("live page 0.3 MB", _page("Live: sirens in Baghdad", "2020-01-08T23:00:00Z", live, _FURNITURE, "paragraphs"),
         live[:3] + live[-3:], _FURNITURE),
    ]


def nested_page(mb: float, tag: str = "div") -> str:
    """f'<{tag}>' * N followed by one sentence, N chosen so the page is about mb megabytes."""
    unit = f"<{tag}>"
    return unit * int(mb * 1_000_000 / len(unit)) + "Rockets struck the base on Monday."
