"""Attacks on US forces week by week, by the group that made them (fronts under their faction), as in the attack
trackers analysts know, and two periods of equal length compared (e.g. since 17 October 2023 against the
same length before)."""
from __future__ import annotations

import logging
from datetime import date

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard import display, palette
from dashboard.views import timeline_view
from pipeline import schema, sides

logger = logging.getLogger(__name__)

SPLIT_DATE = date(2023, 10, 17)  # the start of the 2023-24 campaign against US forces: the usual comparison point
TOP_GROUPS = 8  # more groups than this in one chart are grouped as 'Other'


def attacks_on_us(events: pd.DataFrame) -> pd.DataFrame:
    """The strikes and attacks whose target is on the US side."""
    m = events["event_type"].isin(schema.STRIKE_TYPES).to_numpy(bool)
    m = m & (sides.sides(events["actor2"]) == "us_coalition").to_numpy(bool)
    return events[m]


def weekly_by_group(events: pd.DataFrame) -> pd.DataFrame:
    """Attacks on US forces per week (rows: Monday of the week, every week from first to last) and group."""
    att = attacks_on_us(events).dropna(subset=["event_date"])
    if att.empty:
        return pd.DataFrame()
    groups = sides.rolled(att["actor1"]).replace({"unknown": "Unclaimed"})
    top = groups.value_counts().index[:TOP_GROUPS]
    groups = groups.where(groups.isin(top), palette.OTHER)
    weeks = pd.DatetimeIndex(timeline_view.week_start(att["event_date"].to_numpy()))
    table = pd.crosstab(weeks, groups.to_numpy())
    full = pd.date_range(table.index.min(), table.index.max(), freq="7D")
    return table.reindex(full, fill_value=0)


def split_default(events: pd.DataFrame) -> date:
    """SPLIT_DATE when the events reach both sides of it, else the middle of their dates."""
    d = events["event_date"].dropna()
    if d.empty:
        return SPLIT_DATE
    if d.min() < pd.Timestamp(SPLIT_DATE) < d.max():
        return SPLIT_DATE
    return (d.min() + (d.max() - d.min()) / 2).date()


def compare_periods(events: pd.DataFrame, split: date, end: date | None = None) -> pd.DataFrame:
    """Counts for [split, end] against the same number of days before split."""
    d = events["event_date"]
    end_ts = pd.Timestamp(end) if end else (d.max() if d.notna().any() else pd.Timestamp(split))
    start = pd.Timestamp(split)
    length = max(pd.Timedelta(days=1), end_ts - start + pd.Timedelta(days=1))
    after = events[(d >= start) & (d < start + length)]
    before = events[(d >= start - length) & (d < start)]

    def row(df: pd.DataFrame) -> list[int]:
        att = attacks_on_us(df)
        us = df[(sides.sides(df["actor1"]) == "us_coalition").to_numpy(bool)]
        return [len(df), len(att), int(att["fatalities"].fillna(0).sum()), len(us), int(df["fatalities"].fillna(0).sum())]

    labels = ["Events", "Attacks on US forces", "…killed in them", "US strikes", "Killed, all events"]
    b, a = row(before), row(after)
    days = length.days
    return pd.DataFrame({
        "": labels,
        f"{(start - length):%d %b %Y} – {(start - pd.Timedelta(days=1)):%d %b %Y}": b,
        f"{start:%d %b %Y} – {(start + length - pd.Timedelta(days=1)):%d %b %Y} ({days} days)": a,
        "change": [f"{x - y:+,}" for x, y in zip(a, b)],
    })


def weekly_figure(table: pd.DataFrame, height: int = 300) -> go.Figure:
    colors = palette.faction_colors([c for c in table.columns if c not in (palette.OTHER, "Unclaimed")])
    colors["Unclaimed"] = palette.UNKNOWN
    fig = go.Figure()
    mid = table.index + pd.Timedelta(days=3.5)
    for col in table.columns:
        fig.add_bar(x=mid, y=table[col].to_numpy(), name=display.legend_label(col, "faction") if col not in
                    ("Unclaimed", palette.OTHER) else col, marker_color=colors.get(col, palette.GREY),
                    width=timeline_view.WEEK_MS * timeline_view.BAR_FILL,
                    customdata=table.index.strftime("%d %b %Y"), hovertemplate="week of %{customdata}: %{y}<extra>"
                    + display.esc(col) + "</extra>")
    lo, hi = table.index.min(), table.index.max() + pd.Timedelta(days=7)
    fig.update_layout(barmode="stack", height=height, margin=dict(l=10, r=10, t=10, b=10), plot_bgcolor="white",
                      legend=dict(orientation="h", y=1.02, yanchor="bottom", x=0, font=dict(size=11)),
                      yaxis=dict(title="attacks per week", gridcolor="#EEE", rangemode="tozero"),
                      xaxis=dict(type="date", range=[lo, hi], **timeline_view.ticks(lo, hi)))
    return fig


@st.cache_resource(show_spinner=False, max_entries=12)
def _weekly(cache_key: str, _events: pd.DataFrame) -> tuple[pd.DataFrame, date]:
    """weekly_by_group and split_default for one (tables, filters): reruns that change neither reuse them."""
    return weekly_by_group(_events), split_default(_events)


@st.cache_resource(show_spinner=False, max_entries=12)
def _compared(cache_key: str, split: date, _events: pd.DataFrame) -> pd.DataFrame:
    return compare_periods(_events, split)


def render(events: pd.DataFrame, cache_key: str | None = None) -> None:
    box = st.expander("Attacks on US forces by group, week by week · two periods compared", expanded=False,
                      key="trend_box", on_change="rerun")
    if box.open is False:  # computed only when opened: a closed box costs a rerun nothing
        return
    if cache_key is None:
        table, split0 = weekly_by_group(events), split_default(events)
    else:
        table, split0 = _weekly(cache_key, events)
    with box:
        if table.empty:
            st.caption("No attacks on US forces among these events.")
        else:
            st.plotly_chart(weekly_figure(table), config={"displaylogo": False}, key="weekly_groups")
            st.caption("Fronts are counted under the faction they front for; 'Unclaimed' = perpetrator not stated.")
        split = st.date_input("Compare from", value=split0, key="compare_from", format="DD/MM/YYYY",
                              help="The period from this date to the last event, against the same number of days before it.")
        st.dataframe(compare_periods(events, split) if cache_key is None else _compared(cache_key, split, events),
                     hide_index=True)


