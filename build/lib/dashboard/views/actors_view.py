"""Faction profiles: aliases, umbrella body, people linked to the faction, counts, first and last seen,
and a small chart of its events per year."""
from __future__ import annotations

import logging

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard import data, display, palette
from dashboard.views.timeline_view import PLOT_CONFIG

logger = logging.getLogger(__name__)

GROUP_TYPES = ("faction", "umbrella", "front", "group", "militia", "coalition", "force", "state", "party")


def faction_names(tables: data.Tables) -> list[str]:
    """Non-person actors ordered by events."""
    a = tables.actors
    a = a[~a["actor_type"].str.lower().str.contains("person", na=False)]
    pmu = a["actor_type"].str.lower().str.contains("faction|umbrella|front|militia|pmu", na=False)
    a = a.assign(_pmu=~pmu).sort_values(["_pmu", "events", "mentions"], ascending=[True, False, False])
    return a["actor"].tolist()


def render(events_all: pd.DataFrame, tables: data.Tables, selected: str) -> str:
    names = faction_names(tables)
    if not names:
        st.info("The actors table is empty.")
        return selected
    idx = names.index(selected) if selected in names else 0
    name = st.selectbox("Faction or actor", names, index=idx, key="profile_pick")
    a = tables.actors.set_index("actor").loc[name]
    if isinstance(a, pd.DataFrame):
        a = a.iloc[0]
    col = palette.faction_colors([name])[name]
    left, right = st.columns([2, 3])
    with left:
        st.markdown(f"<h3 style='margin-bottom:0'><span class='lg-dot' style='background:{col};width:16px;height:16px'></span> "
                    f"{display.esc(name)}</h3><div class='muted'>{display.esc(a['actor_type'])}</div>", unsafe_allow_html=True)
        parent = a["parent"] if isinstance(a["parent"], str) and a["parent"] else None
        kids = tables.actors[tables.actors["parent"] == name]["actor"].tolist()
        people = tables.actors[tables.actors["affiliation"] == name]["actor"].tolist()
        facts = {
            "Aliases seen": ", ".join(data.split_list(a["aliases_seen"])) or "—",
            "Part of": parent or "—",
            "Member groups": ", ".join(kids) or "—",
            "People linked": ", ".join(people) or "—",
            "Mentions": f"{int(a['mentions']):,}",
            "Events": f"{int(a['events']):,} (as perpetrator or target)",
            "First seen": display.fmt_date(a["first_seen"]),
            "Last seen": display.fmt_date(a["last_seen"]),
        }
        st.markdown("<table class='facts'>" + "".join(f"<tr><th>{k}</th><td>{display.esc(v)}</td></tr>" for k, v in facts.items())
                    + "</table>", unsafe_allow_html=True)
    with right:
        ev = events_all
        by = ev[ev["actor1"] == name]
        against = ev[ev["actor2"] == name]
        yr = pd.DataFrame({"As perpetrator": by["event_date"].dt.year.value_counts(),
                           "As target": against["event_date"].dt.year.value_counts()}).fillna(0).sort_index()
        if yr.empty:
            st.caption("No events with this actor as perpetrator or target.")
        else:
            fig = go.Figure([go.Bar(x=yr.index, y=yr["As perpetrator"], name="As perpetrator", marker_color=col),
                             go.Bar(x=yr.index, y=yr["As target"], name="As target", marker_color="#BBBBBB")])
            fig.update_layout(barmode="group", height=260, margin=dict(l=10, r=10, t=30, b=10),
                              title=dict(text="Events per year (all types)", x=0, font=dict(size=13)),
                              legend=dict(orientation="h", y=1.1, x=1, xanchor="right"), plot_bgcolor="white")
            fig.update_xaxes(dtick=1)
            st.plotly_chart(fig, config=PLOT_CONFIG, key="profile_chart")
            kinds = by["event_type"].map(palette.type_label).value_counts()
            if len(kinds):
                st.caption("As perpetrator: " + ", ".join(f"{k} {v}" for k, v in kinds.items()))
    with st.expander("All actors"):
        st.dataframe(tables.actors, hide_index=True, placeholder="—", column_config={
            "first_seen": st.column_config.DateColumn("First seen", format="D MMM YYYY"),
            "last_seen": st.column_config.DateColumn("Last seen", format="D MMM YYYY")})
    return name
