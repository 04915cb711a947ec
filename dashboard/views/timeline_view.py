"""Timeline (plotly): one dot per event in lanes by event type (threats and statements in their own lane),
coloured like the map, monthly counts below, key events marked; a box selection sets the date filter."""
from __future__ import annotations

import functools
import logging
import math
import re
import weakref

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import streamlit as st
from plotly.subplots import make_subplots

from dashboard import display, palette
from pipeline import schema

logger = logging.getLogger(__name__)

MAX_DOTS = 2_000
TALK_LANE = "Threats & statements"
COLS = ["event_id", "event_date", "date_precision", "event_type", "actor1", "actor2", "location", "admin1",
        "fatalities", "geo_precision", "evidence"]
KEY_LANE = "Key events"
PLOT_CONFIG = {
    "displaylogo": False,
    "modeBarButtonsToRemove": ["lasso2d", "autoScale2d"],
    "toImageButtonOptions": {"format": "png", "filename": "pmu-timeline", "scale": 3, "width": 1600, "height": 600},
}


def _lane(event_type: str) -> str:
    return TALK_LANE if event_type in schema.TALK_TYPES else palette.type_label(event_type)


def _lane_positions(event_types: pd.Series, lane_code: dict[str, int]) -> np.ndarray:
    """Each event's lane number (0 for a lane not shown), looked up once per distinct type."""
    codes, uniq = pd.factorize(display.as_text(event_types, "other").to_numpy(dtype=object))
    per_type = np.array([float(lane_code.get(_lane(u), 0)) for u in uniq] + [0.0])
    return per_type[codes]


_LINE = re.compile(r"(.{1,70})(?:\s+|$)")  # up to 70 characters, then a break at a space
_BR_END = re.compile(r"(<br>)+$")


def _line_break(m: re.Match) -> str:
    return m.group(1) + "<br>"


WEEKLY_BELOW_DAYS = 183  # under six months, weekly bars show the rhythm that monthly bars hide
WEEK_MS = 7 * 86_400_000
BAR_FILL = 0.92  # a bar covers this share of its period, so neighbouring periods stay apart


def bin_of(lo: pd.Timestamp, hi: pd.Timestamp) -> str:
    """'week' for a range under six months, else 'month'."""
    return "week" if (hi - lo).days < WEEKLY_BELOW_DAYS else "month"


def week_start(dates: np.ndarray) -> np.ndarray:
    """The Monday of each date's week (datetime64[D]); numpy's own weeks start on Thursday."""
    days = dates.astype("datetime64[D]").astype(np.int64)
    return (((days + 3) // 7) * 7 - 3).astype("datetime64[D]")


def ticks(lo: pd.Timestamp, hi: pd.Timestamp) -> dict:
    """Tick spacing and format for a date axis from lo to hi: a tick every week, month, quarter or year."""
    span = (hi - lo).days
    if span <= 70:
        return dict(dtick=WEEK_MS, tick0="2000-01-03", tickformat="%d %b\n%Y")
    if span < WEEKLY_BELOW_DAYS:
        return dict(dtick=2 * WEEK_MS, tick0="2000-01-03", tickformat="%d %b\n%Y")
    if span <= 2 * 365:
        return dict(dtick="M1" if span <= 400 else "M2", tickformat="%b\n%Y")
    if span <= 6 * 365:
        return dict(dtick="M6" if span > 3 * 365 else "M3", tickformat="%b\n%Y")
    return dict(dtick="M12", tickformat="%Y")


def monthly_counts(dates: pd.Series, keys: pd.Series, period: str = "month") -> pd.DataFrame:
    """Events per period (month or week, rows, sorted; only periods with events; indexed by the period's first
    day) and key (columns, sorted), as groupby([period, key]).size().unstack(fill_value=0) gives, with bincounts
    over integer codes."""
    if period == "week":
        months = week_start(dates.to_numpy())
    else:
        months = dates.to_numpy().astype("datetime64[M]")
    kc, kn = pd.factorize(keys.to_numpy(dtype=object))  # a missing key gets -1
    ok = ~np.isnat(months) & (kc >= 0)
    if not ok.any():
        return pd.DataFrame()
    mi = months[ok].astype(np.int64)
    lo = mi.min()
    kc = kc[ok]
    nk = len(kn)
    mat = np.bincount((mi - lo) * nk + kc, minlength=(mi.max() - lo + 1) * nk).reshape(-1, nk)
    present = mat.sum(axis=1) > 0
    srt = np.argsort(np.asarray(kn, dtype=object), kind="stable")
    unit = "datetime64[D]" if period == "week" else "datetime64[M]"
    index = pd.DatetimeIndex((np.flatnonzero(present) + lo).astype(unit).astype("datetime64[ns]"), name="m")
    return pd.DataFrame(mat[present][:, srt].astype(np.int64), index=index,
                        columns=pd.Index(np.asarray(kn, dtype=object)[srt], name="k"))


def _hover(df: pd.DataFrame) -> np.ndarray:
    """Hover text per event, built with vectorised string operations (fast for thousands of dots)."""
    if df.empty:
        return np.array([], dtype=object)
    t = display.event_strings(df, 200)
    cols = [t[c].to_numpy(dtype=object) for c in ("date", "type", "actors", "place", "killed", "evidence")]
    out = np.empty(len(t), dtype=object)  # every part is a string: one f-string a dot, not eleven column sums
    out[:] = [f"<b>{d}</b> · {ty}<br>{a}<br>{p} · killed: {k}<br><i>{_BR_END.sub('', _LINE.sub(_line_break, e))}</i>"
              for d, ty, a, p, k, e in zip(*cols)]
    return out


def _fixed(values: np.ndarray) -> np.ndarray:
    """Strings as a fixed-width numpy array (missing values as ''). Plotly deep-copies a figure's traces when it
    makes the figure and again when Streamlit asks for its dict; an object array is copied string by string
    (~30 ms for the hover texts, dates and ids of 2,000 dots), a fixed-width one as one block."""
    values = list(values)
    if not all(type(v) is str for v in values):
        values = ["" if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v) for v in values]
    return np.asarray(values, dtype=str)


def _wrap(s: str, width: int) -> list[str]:
    lines, cur = [], ""
    for w in s.split():
        if len(cur) + len(w) + 1 > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    if cur:
        lines.append(cur)
    return lines or [""]


def sample(df: pd.DataFrame, limit: int = MAX_DOTS, seed: int = 0) -> pd.DataFrame:
    """At most limit rows: every deadly event first, then a random sample of the rest (order kept)."""
    if len(df) <= limit:
        return df
    rng = np.random.default_rng(seed)
    deadly = df["fatalities"].fillna(0).to_numpy(float) > 0
    k = np.flatnonzero(deadly)
    r = np.flatnonzero(~deadly)
    if len(k) >= limit:
        pick = rng.choice(k, limit, replace=False)
    else:
        pick = np.concatenate([k, rng.choice(r, limit - len(k), replace=False)])
    return df.iloc[np.sort(pick)]


def _cluster_key_events(kev: pd.DataFrame, span_days: float) -> list[dict]:
    """Key events close together (within 4% of the visible span) share one label."""
    out: list[dict] = []
    gap = max(10.0, span_days * 0.04)
    for r in kev.sort_values("date").to_dict("records"):
        if out and (r["date"] - out[-1]["dates"][-1]).days <= gap:
            out[-1]["dates"].append(r["date"])
            out[-1]["items"].append(r)
        else:
            out.append({"dates": [r["date"]], "items": [r]})
    return out


@functools.lru_cache(maxsize=1)
def _subplot_layout() -> dict:
    """Axis domains of the two stacked panels (computed once by make_subplots)."""
    lay = make_subplots(rows=2, cols=1, shared_xaxes=True, row_heights=[0.64, 0.36],
                        vertical_spacing=0.05).to_dict()["layout"]
    return {k: v for k, v in lay.items() if k.startswith(("xaxis", "yaxis"))}


_DOTS: dict[tuple[int, int], tuple[weakref.ref, weakref.ref, dict]] = {}
DOT_SETS_KEPT = 8  # dot sets remembered (2,000 dots each): the filter states a session goes back and forth between


def dot_data(events: pd.DataFrame, talk: pd.DataFrame) -> dict:
    """The timeline's dots for the events and the talk lane, and all about them that does not depend on the
    colouring: the sample, the lanes, per-dot date, lane position, size, id and hover text. Remembered per
    (events, talk) object pair: the filtered sets are kept per filter state (layout.filtered_sets), so a new
    colouring of the same filters reuses the 2,000 formatted hover texts. Read only."""
    key = (id(events), id(talk))
    hit = _DOTS.pop(key, None)
    if hit is not None and hit[0]() is events and hit[1]() is talk:
        _DOTS[key] = hit
        return hit[2]
    out = _dot_data(events, talk)
    for k in [k for k, (a, b, _) in list(_DOTS.items()) if a() is None or b() is None]:
        del _DOTS[k]
    while len(_DOTS) >= DOT_SETS_KEPT:
        _DOTS.pop(next(iter(_DOTS)))
    try:
        _DOTS[key] = (weakref.ref(events), weakref.ref(talk), out)
    except TypeError:
        pass
    return out


def _dot_data(events: pd.DataFrame, talk: pd.DataFrame) -> dict:
    events = events[COLS]
    if len(talk):
        talk = talk.loc[~talk["event_type"].isin(events["event_type"].unique()), COLS]
    # dots: a sample of each set (the monthly bars below count every event)
    dots_ev = sample(events, MAX_DOTS * 3 // 4 if len(talk) else MAX_DOTS)
    dots_talk = sample(talk, MAX_DOTS - len(dots_ev)) if len(talk) else talk
    dots = pd.concat([dots_ev, dots_talk]) if len(dots_talk) else dots_ev
    present = set(events["event_type"].unique()) | (set(talk["event_type"].unique()) if len(talk) else set())
    lanes_present = [palette.type_label(t) for t in schema.EVENT_TYPES if t not in schema.TALK_TYPES and t in present]
    lanes = ([TALK_LANE] if present & set(schema.TALK_TYPES) else []) + lanes_present[::-1]
    rng = np.random.default_rng(0)
    lane_code = {v: i for i, v in enumerate(lanes)}
    # per-dot arrays computed once, then sliced per trace
    return {
        "events": events, "talk": talk, "dots": dots, "dots_ev": dots_ev, "dots_talk": dots_talk, "lanes": lanes,
        "imprecise": (dots["geo_precision"] == 3).fillna(False),
        "hover": _fixed(_hover(dots)),
        "x": _fixed(dots["event_date"].dt.strftime("%Y-%m-%d").to_numpy(dtype=object)),
        "y": (_lane_positions(dots["event_type"], lane_code) + rng.uniform(-0.28, 0.28, len(dots))),
        "size": np.clip(6 + 2 * np.sqrt(dots["fatalities"].fillna(0).to_numpy(float)), 6, 18),
        "ids": _fixed(dots["event_id"].to_numpy(dtype=object)),
    }


def figure(events: pd.DataFrame, talk: pd.DataFrame, key_events: pd.DataFrame, all_events: pd.DataFrame,
           color_by: str = "side", height: int = 520, show_title: bool = False, gl: bool = True,
           legend: bool = True) -> go.Figure:
    """The timeline figure (also used for the static briefing image).

    Built from plain dicts and assembled without plotly's per-property validation, which otherwise
    dominates the rerun time with thousands of dots."""
    d = dot_data(events, talk)
    events, talk, dots, dots_ev, dots_talk, lanes = d["events"], d["talk"], d["dots"], d["dots_ev"], d["dots_talk"], d["lanes"]
    keys_ev, colors = display.color_keys(events, color_by, all_events)
    dot_keys = keys_ev.loc[dots_ev.index]
    if len(dots_talk):
        dot_keys = pd.concat([dot_keys, display.color_keys(dots_talk, color_by, all_events)[0]])
    use_gl = gl and len(dots) > 1500
    order = [k for k, n in dot_keys.value_counts().items() if n > 0]
    groups = dots.groupby([dot_keys.rename("_k"), d["imprecise"].rename("_imp")], sort=False).indices
    dot_x, dot_y, dot_size, dot_ids, dot_hover = d["x"], d["y"], d["size"], d["ids"], d["hover"]
    traces: list[dict] = []
    for k in order:
        for imprecise in (False, True):
            pos = groups.get((k, imprecise))
            if pos is None or not len(pos):
                continue
            col = colors.get(k, palette.GREY)
            traces.append(dict(
                type="scattergl" if use_gl else "scatter", xaxis="x", yaxis="y",
                x=dot_x[pos], y=dot_y[pos], mode="markers",
                name=display.legend_label(k, color_by), legendgroup=k,
                showlegend=not imprecise or (k, False) not in groups, customdata=dot_ids[pos],
                marker=dict(color=col, size=dot_size[pos], symbol="circle-open" if imprecise else "circle",
                            line=dict(width=2 if imprecise else 0.5, color=col if imprecise else "white")),
                hovertext=dot_hover[pos], hoverinfo="text", hoverlabel=dict(align="left")))
    # counts per week or month, stacked like the legend; each bar spans its period
    all_dates = pd.concat([events["event_date"], talk["event_date"]]).dropna() if len(talk) else events["event_date"].dropna()
    span_lo, span_hi = (all_dates.min(), all_dates.max()) if len(all_dates) else (pd.Timestamp("2014-01-01"), pd.Timestamp("2025-01-01"))
    period = bin_of(span_lo, span_hi)
    counts = monthly_counts(events["event_date"], keys_ev, period)
    if len(counts):
        if period == "week":
            mid = counts.index + pd.Timedelta(days=3.5)
            widths = np.full(len(counts), WEEK_MS * BAR_FILL)
        else:
            ends = counts.index + pd.offsets.MonthBegin(1)
            mid = counts.index + (ends - counts.index) / 2
            widths = ((ends - counts.index).total_seconds().to_numpy() * 1000 * BAR_FILL)
        mx = mid.strftime("%Y-%m-%d %H:%M").to_numpy()
    else:
        mx, widths = [], []
    hover_fmt = "week of %{customdata}" if period == "week" else "%{customdata}"
    starts = (counts.index.strftime("%d %b %Y") if period == "week" else counts.index.strftime("%b %Y")).to_numpy() if len(counts) else []
    for k in [k for k in order if k in counts.columns] + [k for k in counts.columns if k not in order]:
        traces.append(dict(type="bar", xaxis="x2", yaxis="y2", x=mx, y=counts[k].to_numpy(), width=widths,
                           customdata=starts, name=display.legend_label(k, color_by), legendgroup=k, showlegend=False,
                           marker=dict(color=colors.get(k, palette.GREY), line=dict(width=0)),
                           hovertemplate=hover_fmt + ": %{y} events<extra>" + display.esc(display.legend_label(k, color_by)) + "</extra>"))
    # key events
    dates = pd.concat([events["event_date"], talk["event_date"]]).dropna() if len(talk) else events["event_date"].dropna()
    if len(dates):
        lo, hi = dates.min(), dates.max()
    else:
        lo, hi = pd.Timestamp("2014-01-01"), pd.Timestamp("2025-01-01")
    pad = max(pd.Timedelta(days=15), (hi - lo) * 0.02)
    lo, hi = lo - pad, hi + pad
    kev = key_events[(key_events["date"] >= lo) & (key_events["date"] <= hi)] if len(key_events) else key_events
    shapes: list[dict] = []
    annotations: list[dict] = []
    if len(kev):
        ky = len(lanes) - 0.3
        clusters = _cluster_key_events(kev, (hi - lo).days)
        for i, c in enumerate(clusters):
            for d in c["dates"]:
                shapes.append(dict(type="line", xref="x", yref="paper", x0=d, x1=d, y0=0, y1=1,
                                   line=dict(color="rgba(60,60,60,0.35)", width=1, dash="dot")))
            label = c["items"][0]["label"] + (f" (+{len(c['items']) - 1})" if len(c["items"]) > 1 else "")
            late = (c["dates"][0] - lo) > (hi - lo) * 0.8
            annotations.append(dict(x=c["dates"][0], y=ky + 0.55 + (0.5 if i % 2 else 0), yref="y", xref="x",
                                    text=display.esc(label), showarrow=False, xanchor="right" if late else "left",
                                    font=dict(size=11, color="#333"), bgcolor="rgba(255,255,255,0.8)"))
        traces.append(dict(
            type="scatter", xaxis="x", yaxis="y", x=[r["date"] for c in clusters for r in c["items"]],
            y=[ky + 0.2] * len(kev), mode="markers", name=KEY_LANE, showlegend=False,
            marker=dict(symbol="diamond", size=9, color="#444"), hoverinfo="text",
            hovertext=[f"<b>{display.esc(r['label'])}</b> ({r['date']:%d %b %Y})<br>" + "<br>".join(_wrap(display.esc(r['description']), 70))
                       for c in clusters for r in c["items"]]))
    top = len(lanes) + (1.3 if len(kev) else 0.2)
    layout = {k: dict(v) for k, v in _subplot_layout().items()}
    layout["yaxis"].update(tickmode="array", tickvals=list(range(len(lanes))), ticktext=lanes, range=[-0.6, top],
                           showgrid=True, gridcolor="#EEE", zeroline=False, fixedrange=True)
    peak = int(counts.to_numpy().sum(axis=1).max()) if len(counts) else 1
    layout["yaxis2"].update(title=dict(text=f"per {period}"), fixedrange=True, gridcolor="#EEE",
                            dtick=max(1, math.ceil(peak / 4)), tick0=0, rangemode="tozero")
    layout["xaxis"].update(range=[lo, hi], showgrid=False, type="date")
    layout["xaxis2"].update(range=[lo, hi], type="date", **ticks(lo, hi))
    layout.update(
        height=height, margin=dict(l=10, r=10, t=30 if show_title else 10, b=10),
        plot_bgcolor="white", paper_bgcolor="white", barmode="stack", bargap=0.05,
        # zoom, not select: Streamlit turns click-selection off while the chart is in box-select mode, and a
        # click on a dot must open its card; the box selection (date filter) is the toolbar's Box Select
        dragmode="zoom", selectdirection="h", hovermode="closest", clickmode="event+select", font=dict(size=12),
        legend=dict(orientation="h", yanchor="bottom", y=1.01, x=0, font=dict(size=11)), showlegend=legend,
        shapes=shapes, annotations=annotations,
    )
    if show_title:
        layout["title"] = dict(text="Events over time", x=0, font=dict(size=14))
    return go.Figure(data=traces, layout=layout, _validate=False)


class SharedFigure(go.Figure):
    """A figure kept in a cache and only read afterwards: its dict, which Streamlit asks for on every rerun
    (a deep copy and a base64 encoding of every array, ~15 ms with 2,000 dots), is made once."""

    def to_dict(self) -> dict:
        d = self.__dict__.get("_dict_once")
        if d is None:
            d = self.__dict__["_dict_once"] = super().to_dict()
        return d


@st.cache_resource(show_spinner=False, max_entries=12)
def _cached_figure(cache_key: str, _events: pd.DataFrame, _talk: pd.DataFrame, _key_events: pd.DataFrame,
                   _all_events: pd.DataFrame, color_by: str, height: int, legend: bool = True) -> go.Figure:
    """The figure for one (tables, filters, colouring): reruns that change nothing else reuse it.
    Streamlit only reads the figure (it serialises a copy), so sharing it is safe."""
    fig = figure(_events, _talk, _key_events, _all_events, color_by, height=height, legend=legend)
    fig.__class__ = SharedFigure  # the same figure, its dict made once
    return fig


def selection_range(state) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """Date range of a horizontal box selection in a plotly selection state, if any."""
    try:
        boxes = state["selection"]["box"]
    except (KeyError, TypeError):
        return None
    for b in boxes or []:
        xs = b.get("x") or []
        if len(xs) >= 2:
            try:
                a, z = sorted(pd.to_datetime(xs[:2], format="mixed"))
            except (ValueError, TypeError):
                continue
            return a, z
    return None


def selected_event(state) -> str | None:
    try:
        pts = state["selection"]["points"]
    except (KeyError, TypeError):
        return None
    if state["selection"].get("box"):
        return None
    ids = [p.get("customdata") for p in pts or [] if isinstance(p.get("customdata"), str)]
    return ids[0] if len(ids) == 1 else None


def render(events: pd.DataFrame, talk: pd.DataFrame, key_events: pd.DataFrame, all_events: pd.DataFrame,
           color_by: str, on_range, height: int = 460, selectable: bool = True, legend: bool = True,
           cache_key: str | None = None) -> None:
    if len(events) + len(talk) > MAX_DOTS:
        st.caption(f"Dots show {MAX_DOTS:,} of {len(events) + len(talk):,} events (every deadly one first); "
                   "the bars count all of them.")
    if cache_key is None:
        fig = figure(events, talk, key_events, all_events, color_by, height=height, legend=legend)
    else:  # the legend is part of the key: a copy of the figure to hide it would cost ~0.2 s with 2,000 dots
        fig = _cached_figure(cache_key, events, talk, key_events, all_events, color_by, height, legend)
    if not selectable:
        st.plotly_chart(fig, config=PLOT_CONFIG)
        return
    key = f"timeline_{st.session_state.get('timeline_gen', 0)}"

    def _cb() -> None:
        state = st.session_state.get(key)
        rng = selection_range(state)
        if rng is not None:
            on_range(rng[0].date(), rng[1].date())
            st.session_state["timeline_gen"] = st.session_state.get("timeline_gen", 0) + 1
            return
        ev = selected_event(state)
        if ev:
            st.session_state["event"] = ev

    st.plotly_chart(fig, config=PLOT_CONFIG, key=key, on_select=_cb, selection_mode=("points", "box"))
    st.caption("Click a dot to open its card. To filter the map and table to some dates, choose *Box Select* in "
               "the chart's toolbar and drag across the timeline; drag without it to zoom in.")
