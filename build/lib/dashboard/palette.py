"""Colour-blind-safe colours (Okabe-Ito, then Paul Tol's 'muted'), shared by the map, the timeline
and the briefing image so that a faction or an event type has one colour everywhere."""
from __future__ import annotations

import logging
import re
from collections.abc import Iterable

logger = logging.getLogger(__name__)

OKABE_ITO = {
    "orange": "#E69F00", "sky": "#56B4E9", "green": "#009E73", "yellow": "#F0E442",
    "blue": "#0072B2", "vermillion": "#D55E00", "purple": "#CC79A7", "black": "#000000",
}
TOL_MUTED = ["#CC6677", "#117733", "#DDCC77", "#AA4499", "#999933", "#44AA99", "#882255", "#332288", "#88CCEE"]
GREY = "#9AA0A6"
UNKNOWN = "#BBBBBB"  # light grey: perpetrator not stated
OTHER_COLOR = "#5F6368"  # dark grey: the rarer actors grouped together
OTHER = "Other"

# Keyword patterns (on a normalised name) -> fixed colour, so the main actors never swap colours.
_FIXED = [
    (r"kataib ?hezbollah|kata.?ib hizb|hezbollah brigades", OKABE_ITO["vermillion"]),
    (r"asa.?ib ahl al ?haq", OKABE_ITO["blue"]),
    (r"nujaba", OKABE_ITO["purple"]),
    (r"badr", OKABE_ITO["green"]),
    (r"sayyid al ?shuhada", OKABE_ITO["orange"]),
    (r"islamic resistance in iraq", OKABE_ITO["black"]),
    (r"popular mobili[sz]ation|hashd", "#8C510A"),  # brown (ColorBrewer BrBG)
    (r"coalition|cjtf|nato|inherent resolve", "#332288"),  # before 'US' so 'US-led coalition' is the coalition
    (r"united states|^us\b|u\.s\.|american|pentagon", OKABE_ITO["sky"]),
    (r"israel|idf", "#44AA99"),
    (r"iran(?!ian security)|irgc|revolutionary guard|quds force", OKABE_ITO["yellow"]),
    (r"iraqi (security|army|government|state)|^isf$|counter.?terrorism service|peshmerga", "#999933"),
    (r"islamic state|isis|isil|daesh", "#882255"),
    (r"^unknown$", UNKNOWN),
]

TYPE_COLORS = {
    "airstrike": OKABE_ITO["sky"], "drone_strike": OKABE_ITO["blue"],
    "missile_or_rocket_attack": OKABE_ITO["vermillion"], "shelling": OKABE_ITO["orange"],
    "ied_or_bombing": OKABE_ITO["purple"], "assassination": OKABE_ITO["black"],
    "armed_clash": OKABE_ITO["green"], "confrontation_or_blockade": "#999933", "arrest": "#44AA99",
    "threat": OKABE_ITO["yellow"], "political_action": "#DDCC77", "other": GREY,
}


def _norm(name: str) -> str:
    return re.sub(r"[^a-z. ]+", " ", str(name).lower().replace("'", "").replace("’", "")).strip()


def faction_colors(names: Iterable[str]) -> dict[str, str]:
    """Colour for each name: a fixed colour for well-known actors, then Tol colours in sorted order."""
    out: dict[str, str] = {}
    used: set[str] = set()
    rest = []
    for name in sorted({str(n) for n in names}):
        n = _norm(name)
        for pat, col in _FIXED:
            if re.search(pat, n):
                out[name] = col
                used.add(col)
                break
        else:
            rest.append(name)
    free = [c for c in TOL_MUTED if c not in used]
    for i, name in enumerate(rest):
        out[name] = free[i] if i < len(free) else GREY
    out[OTHER] = OTHER_COLOR
    return out


def type_color(event_type: str) -> str:
    return TYPE_COLORS.get(event_type, GREY)


def rgb(hex_color: str, alpha: int = 255) -> list[int]:
    h = hex_color.lstrip("#")
    return [int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16), alpha]


def type_label(event_type: str) -> str:
    """'missile_or_rocket_attack' -> 'Missile or rocket attack'."""
    s = str(event_type).replace("_", " ").replace("ied ", "IED ")
    return s[:1].upper() + s[1:]
