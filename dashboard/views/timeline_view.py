"""Timeline (plotly): one dot per event in lanes by event type (threats and statements in their own lane),
coloured like the map, monthly counts below, key events marked; a box selection sets the date filter."""
from __future__ import annotations

import logging

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import streamlit as st
from plotly.subplots import make_subplots

from dashboard import display, palette
from pipeline import schema

logger = logging.getLogger(__name__)

MAX_DOTS = 4_000
TALK_LANE = "Threats & statements"
KEY_LANE = "Key events"
PLOT_CONFIG = {
    "displaylogo": False,
    "modeBarButtonsToRemove": ["lasso2d", "autoScale2d"],
    "toImageButtonOptions": {"format": "png", "filename": "pmu-timeline", "scale": 3, "width": 1600, "height": 600},
}


def _lane(event_type: str) -> str:
    return TALK_LANE if event_type in schema.TALK_TYPES else palette.type_label(event_type)


def _hover(df: pd.DataFrame) -> list[str]:
    out = []
    for r in df.to_dict("records"):
        ev = display.esc(display.shorten(r["evidence"], 200))
        ev = "<br>".join(_wrap(ev, 70))
        out.append(f"<b>{display.esc(display.fmt_date(r['event_date'], r['date_precision']))}</b> · "
                   f"{display.esc(palette.type_label(r['event_type']))}<br>{display.esc(display.actors_text(r))}"
                   f"<br>{display.esc(display.place_text(r))} · killed: {display.fmt_int(r['fatalities'])}"
                   f"<br><i>{ev}</i>")
    return out


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
    """At most limit rows: every deadly event first, then a random sample of the rest."""
    if len(df) <= limit:
        return df
    killed = df[df["fatalities"].fillna(0) > 0]
    if len(killed) >= limit:
        return killed.sample(limit, random_state=seed)
    rest = df.drop(killed.index)
    return pd.concat([killed, rest.sample(limit - len(killed), random_state=seed)])


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


def figure(events: pd.DataFrame, talk: pd.DataFrame, key_events: pd.DataFrame, all_events: pd.DataFrame,
           color_by: str = "faction", height: int = 520, show_title: bool = False, gl: bool = True) -> go.Figure:
    """The timeline figure (also used for the static briefing image)."""
    both = pd.concat([events, talk[~talk["event_id"].isin(events["event_id"])]]) if len(talk) else events
    keys, colors = display.color_keys(both, color_by, all_events)
    fig = make_subplots(rows=2, cols=1, shared_xaxes=True, row_heights=[0.64, 0.36], vertical_spacing=0.05)
    dots = sample(both)
    lanes_present = [palette.type_label(t) for t in schema.EVENT_TYPES
                     if t not in schema.TALK_TYPES and (both["event_type"] == t).any()]
    lanes = ([TALK_LANE] if both["event_type"].isin(schema.TALK_TYPES).any() else []) + lanes_present[::-1]
    use_gl = gl and len(dots) > 1500
    Scatter = go.Scattergl if use_gl else go.Scatter
    rng = np.random.default_rng(0)
    order = keys.loc[dots.index].value_counts().index.tolist()
    for k in order:
        sub = dots[keys.loc[dots.index] == k]
        if sub.empty:
            continue
        y = sub["event_type"].map(_lane)
        jitter = rng.uniform(-0.28, 0.28, len(sub))
        ycode = [lanes.index(v) + j if v in lanes else 0 for v, j in zip(y, jitter)]
        imprecise = (sub["geo_precision"] == 3).fillna(False).to_numpy()
        fig.add_trace(Scatter(
            x=sub["event_date"], y=ycode, mode="markers", name=display.legend_label(k, color_by),
            legendgroup=k, customdata=sub["event_id"].to_numpy(),
            marker=dict(color=colors.get(k, palette.GREY), size=np.clip(6 + 2 * np.sqrt(sub["fatalities"].fillna(0).to_numpy(float)), 6, 18),
                        symbol=np.where(imprecise, "circle-open", "circle").tolist(),
                        line=dict(width=np.where(imprecise, 2, 0.5).tolist(), color=np.where(imprecise, colors.get(k, palette.GREY), "white").tolist())),
            hovertext=_hover(sub), hoverinfo="text", hoverlabel=dict(align="left"),
        ), row=1, col=1)
    # monthly counts, stacked like the legend
    main_keys = keys.loc[events.index]
    month = events["event_date"].dt.to_period("M").dt.to_timestamp()
    counts = (pd.DataFrame({"m": month, "k": main_keys}).dropna().groupby(["m", "k"]).size()
              .unstack(fill_value=0))
    for k in [k for k in order if k in counts.columns] + [k for k in counts.columns if k not in order]:
        fig.add_trace(go.Bar(x=counts.index, y=counts[k], name=display.legend_label(k, color_by), legendgroup=k,
                             showlegend=False, marker_color=colors.get(k, palette.GREY), marker_line_width=0,
                             hovertemplate="%{x|%b %Y}: %{y} events<extra>" + display.esc(display.legend_label(k, color_by)) + "</extra>"),
                      row=2, col=1)
    # key events
    if len(both["event_date"].dropna()):
        lo, hi = both["event_date"].min(), both["event_date"].max()
    else:
        lo, hi = pd.Timestamp("2014-01-01"), pd.Timestamp("2025-01-01")
    pad = max(pd.Timedelta(days=15), (hi - lo) * 0.02)
    lo, hi = lo - pad, hi + pad
    kev = key_events[(key_events["date"] >= lo) & (key_events["date"] <= hi)] if len(key_events) else key_events
    if len(kev):
        ky = len(lanes) - 0.3
        clusters = _cluster_key_events(kev, (hi - lo).days)
        for i, c in enumerate(clusters):
            for d in c["dates"]:
                fig.add_vline(x=d, line=dict(color="rgba(60,60,60,0.35)", width=1, dash="dot"))
            label = c["items"][0]["label"] + (f" (+{len(c['items']) - 1})" if len(c["items"]) > 1 else "")
            late = (c["dates"][0] - lo) > (hi - lo) * 0.8
            fig.add_annotation(x=c["dates"][0], y=ky + 0.55 + (0.5 if i % 2 else 0), yref="y", xref="x", text=display.esc(label),
                               showarrow=False, xanchor="right" if late else "left", font=dict(size=11, color="#333"),
                               bgcolor="rgba(255,255,255,0.8)")
        fig.add_trace(go.Scatter(
            x=[r["date"] for c in clusters for r in c["items"]], y=[ky + 0.2] * len(kev), mode="markers",
            name=KEY_LANE, marker=dict(symbol="diamond", size=9, color="#444"), showlegend=False,
            hovertext=[f"<b>{display.esc(r['label'])}</b> ({r['date']:%d %b %Y})<br>" + "<br>".join(_wrap(display.esc(r['description']), 70))
                       for c in clusters for r in c["items"]], hoverinfo="text"), row=1, col=1)
    top = len(lanes) + (1.3 if len(kev) else 0.2)
    fig.update_yaxes(tickmode="array", tickvals=list(range(len(lanes))), ticktext=lanes, range=[-0.6, top],
                     showgrid=True, gridcolor="#EEE", zeroline=False, fixedrange=True, row=1, col=1)
    fig.update_yaxes(title_text="per month", fixedrange=True, row=2, col=1, gridcolor="#EEE")
    fig.update_xaxes(range=[lo, hi], showgrid=False, row=1, col=1)
    fig.update_xaxes(range=[lo, hi], row=2, col=1)
    fig.update_layout(
        height=height, margin=dict(l=10, r=10, t=30 if show_title else 10, b=10),
        plot_bgcolor="white", paper_bgcolor="white", barmode="stack", bargap=0.05,
        dragmode="select", selectdirection="h", hovermode="closest", font=dict(size=12),
        legend=dict(orientation="h", yanchor="bottom", y=1.01, x=0, font=dict(size=11)),
        title=dict(text="Events over time", x=0, font=dict(size=14)) if show_title else None,
    )
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
           color_by: str, on_range, height: int = 460, selectable: bool = True) -> None:
    if len(events) + len(talk) > MAX_DOTS:
        st.caption(f"Dots show {MAX_DOTS:,} of {len(events) + len(talk):,} events (every deadly one first); "
                   "the monthly bars count all of them.")
    fig = figure(events, talk, key_events, all_events, color_by, height=height)
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
    st.caption("Drag across the timeline to filter the map and table to those dates; click a dot to open its card.")
