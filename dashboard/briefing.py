"""Static briefing image: the map (plotly, with the offline border outlines) and the timeline side by side
in one 1920×1080 figure, rendered to PNG on the server by kaleido with the system's chromium."""
from __future__ import annotations

import html
import logging
import math
import threading
import warnings

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from dashboard import display, geo, palette
from dashboard.views import map_view, timeline_view

logger = logging.getLogger(__name__)

WIDTH, HEIGHT, SCALE = 1920, 1080, 2
_server_lock = threading.Lock()
LABEL_POS = {"Fallujah": "bottom left", "Baghdad": "middle right", "Ramadi": "top left", "Hillah": "middle right",
             "Karbala": "middle left", "Najaf": "bottom center", "Baqubah": "top right", "Samarra": "middle left"}
_server_started = False


def map_traces(events: pd.DataFrame, all_events: pd.DataFrame, color_by: str) -> list[go.Scatter]:
    traces: list[go.Scatter] = []
    for feat in geo.borders()["features"]:
        g = feat["geometry"]
        polys = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
        iraq = feat["properties"].get("iso_a3") == "IRQ"
        for poly in polys:
            ring = poly[0]
            traces.append(go.Scatter(x=[p[0] for p in ring], y=[p[1] for p in ring], mode="lines", fill="toself",
                                     fillcolor="#FDFCF8" if iraq else "#EEEDE9", line=dict(color="#6E6E6E", width=1),
                                     hoverinfo="skip", showlegend=False))
    cities = pd.DataFrame(geo.CITIES, columns=["name", "lat", "lon"])
    traces.append(go.Scatter(x=cities["lon"], y=cities["lat"], mode="markers+text", text=cities["name"],
                             textposition=[LABEL_POS.get(n, "top center") for n in cities["name"]], textfont=dict(size=13, color="#222"),
                             marker=dict(size=5, color="#222"), hoverinfo="skip", showlegend=False))
    countries = pd.DataFrame(geo.COUNTRY_LABELS, columns=["name", "lat", "lon"])
    traces.append(go.Scatter(x=countries["lon"], y=countries["lat"], mode="text", text=countries["name"],
                             textfont=dict(size=14, color="#8A8A8A"), hoverinfo="skip", showlegend=False))
    # the events after the labels: drawn above them
    keys, colors = display.color_keys(events, color_by, all_events)
    ev = events[map_view.sited(events)]  # as on the page: coarse places are not drawn at a centroid
    for k in keys.value_counts().index:
        if not (keys.loc[ev.index] == k).any():  # on the legend even when none of its events is on the map
            traces.append(go.Scatter(x=[None], y=[None], mode="markers", name=display.legend_label(k, color_by),
                                     marker=dict(size=10, color=colors.get(k, palette.GREY)), legendgroup=k,
                                     showlegend=True, hoverinfo="skip"))
    for k in keys.loc[ev.index].value_counts().index:
        sub = ev[keys.loc[ev.index] == k]
        imprecise = (sub["geo_precision"] == 3).fillna(False).to_numpy()
        size = np.clip(7 + 3 * np.sqrt(sub["fatalities"].fillna(0).to_numpy(float)), 7, 26)
        col = colors.get(k, palette.GREY)
        traces.append(go.Scatter(
            x=sub["longitude"], y=sub["latitude"], mode="markers", name=display.legend_label(k, color_by),
            marker=dict(size=size, color=col, opacity=0.85, symbol=np.where(imprecise, "circle-open", "circle").tolist(),
                        line=dict(color=np.where(imprecise, col, "white").tolist(), width=np.where(imprecise, 2.5, 0.6).tolist())),
            hoverinfo="skip", legendgroup=k, showlegend=True))
    return traces


def figure(events: pd.DataFrame, talk: pd.DataFrame, key_events: pd.DataFrame, all_events: pd.DataFrame,
           color_by: str, headline: str, as_of: str, sources: str = "", directions: str = "") -> go.Figure:
    fig = make_subplots(rows=2, cols=2, column_widths=[0.47, 0.53], row_heights=[0.62, 0.38],
                        specs=[[{"rowspan": 2}, {}], [None, {}]], horizontal_spacing=0.05, vertical_spacing=0.06)
    for t in map_traces(events, all_events, color_by):
        fig.add_trace(t, row=1, col=1)
    tl = timeline_view.figure(events, talk, key_events, all_events, color_by, gl=False)
    axis_map = {"x": "x2", "y": "y2", "x2": "x3", "y2": "y3"}
    for t in tl.data:
        t.update(xaxis=axis_map[t.xaxis or "x"], yaxis=axis_map[t.yaxis or "y"], showlegend=False)
        fig.add_trace(t)
    for s in tl.layout.shapes:
        d = s.to_plotly_json()
        d["xref"] = axis_map.get(d.get("xref", "x"), d.get("xref"))
        yref = d.get("yref", "paper")
        if yref.endswith(" domain"):
            d["yref"] = axis_map[yref.split()[0]] + " domain"
        fig.add_shape(d)
    for a in tl.layout.annotations:
        d = a.to_plotly_json()
        d["xref"], d["yref"] = axis_map.get(d.get("xref", "x"), "x2"), axis_map.get(d.get("yref", "y"), "y2")
        fig.add_annotation(d)
    y1 = tl.layout.yaxis
    fig.update_layout(yaxis2=dict(tickmode="array", tickvals=y1.tickvals, ticktext=y1.ticktext, range=y1.range,
                                  gridcolor="#EEE", zeroline=False),
                      xaxis2=dict(range=tl.layout.xaxis.range, matches="x3", showticklabels=False, showgrid=False),
                      xaxis3=dict(range=tl.layout.xaxis2.range, showgrid=False, dtick=tl.layout.xaxis2.dtick,
                                  tick0=tl.layout.xaxis2.tick0, tickformat=tl.layout.xaxis2.tickformat),
                      yaxis3=dict(title_text=tl.layout.yaxis2.title.text, gridcolor="#EEE", dtick=tl.layout.yaxis2.dtick,
                                  tick0=0, rangemode="tozero"))
    x0, y0, x1, y1b = geo.BOUNDS
    fig.update_xaxes(range=[x0, x1], visible=False, row=1, col=1)
    fig.update_yaxes(range=[y0, y1b], visible=False, scaleanchor="x", scaleratio=1 / math.cos(math.radians(33)),
                     row=1, col=1)
    killed = int(events["fatalities"].fillna(0).sum())
    fig.update_layout(
        width=WIDTH, height=HEIGHT, plot_bgcolor="#DEE9F3", paper_bgcolor="white", barmode="stack", bargap=0.05,
        font=dict(family="DejaVu Sans, Arial, sans-serif", size=14, color="#1B1F24"),
        margin=dict(l=30, r=30, t=140, b=150),
        title=dict(text=f"<span style='font-size:18px;color:#555'>PMU – US confrontation in Iraq</span><br>"
                        f"<b>{html.escape(headline)}</b>"
                        + (f"<br><span style='font-size:18px'>{html.escape(directions)}</span>" if directions else ""),
                   x=0.015, y=0.975, font=dict(size=26)),
        legend=dict(orientation="h", x=0.0, y=-0.02, yanchor="top", font=dict(size=14),
                    entrywidthmode="fraction", entrywidth=0.155,
                    title=dict(text={"side": "Perpetrator's side:", "faction": "Perpetrator:"}.get(color_by, "Event type:"))),
    )
    coarse = len(events) - int(map_view.sited(events).sum())
    fig.add_annotation(text=f"{html.escape(as_of)} · {len(events):,} events, {killed:,} killed · size = people killed"
                            + (f" · {coarse:,} events known only to a governorate or country are not drawn" if coarse else "")
                            + " · Borders: Natural Earth",
                       xref="paper", yref="paper", x=1, y=-0.105, xanchor="right", yanchor="top", showarrow=False,
                       font=dict(size=12, color="#666"))
    if sources:
        fig.add_annotation(text=html.escape(sources), xref="paper", yref="paper", x=0, y=-0.125, xanchor="left",
                           yanchor="top", showarrow=False, align="left", font=dict(size=12, color="#333"))
    # the map keeps its own light-blue sea; the timeline panels are white
    fig.add_shape(type="rect", xref="x2 domain", yref="y2 domain", x0=0, x1=1, y0=0, y1=1, fillcolor="white",
                  line_width=0, layer="below")
    fig.add_shape(type="rect", xref="x3 domain", yref="y3 domain", x0=0, x1=1, y0=0, y1=1, fillcolor="white",
                  line_width=0, layer="below")
    return fig


def _ensure_server() -> None:
    global _server_started
    with _server_lock:
        if _server_started:
            return
        try:
            import kaleido
            # mathjax=False: kaleido's page would otherwise load MathJax from a CDN (the figure has no LaTeX);
            # plotly.js comes from the installed plotly package
            kaleido.start_sync_server(mathjax=False, silence_warnings=True)
        except (ImportError, RuntimeError) as exc:  # already running, or kaleido missing: to_image reports it
            logger.info("kaleido sync server not started: %s", exc)
        _server_started = True


SOURCE_TITLE_CHARS = 40  # a source with no outlet is named by the start of its title


def source_names(documents: pd.DataFrame) -> dict[str, str]:
    """{file: how a reader knows the source}: the outlet, else the address's host, else the title; never a file name."""
    from pipeline import export
    names = export.outlet_names(documents)
    for f, t in zip(documents["file"], documents["title"]):
        if str(f) not in names and isinstance(t, str) and t.strip():
            names[str(f)] = "“" + display.shorten(t.strip(), SOURCE_TITLE_CHARS) + "”"
    return names


def sources_line(events: pd.DataFrame, documents: pd.DataFrame, limit: int = 6) -> str:
    """'Sources (12 articles): Reuters, Rudaw, …': the outlets reporting most of the events."""
    outlet = source_names(documents)
    files = events["sources"].astype("string").fillna("").str.split(";").explode().str.strip()
    files = files[files != ""]
    counts = files.map(lambda f: outlet.get(f, f).split(" (")[0].strip()).value_counts()
    names = list(counts.index[:limit])
    more = f" and {len(counts) - limit} more" if len(counts) > limit else ""
    n = files.nunique()
    return f"Sources ({n} article{'s' if n != 1 else ''}): " + ", ".join(names) + more if n else ""


def png(events: pd.DataFrame, talk: pd.DataFrame, key_events: pd.DataFrame, all_events: pd.DataFrame,
        color_by: str, headline: str, as_of: str, sources: str = "", directions: str = "",
        width: int = WIDTH, height: int = HEIGHT, scale: int = SCALE) -> bytes:
    fig = figure(events, talk, key_events, all_events, color_by, headline, as_of, sources, directions)
    _ensure_server()
    with warnings.catch_warnings():  # plotly notes that kaleido options are ignored with a running server
        warnings.filterwarnings("ignore", message="The kopts argument is ignored")
        return fig.to_image(format="png", width=width, height=height, scale=scale)


# ---------------------------------------------------------------- one-page PDF
PDF_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"  # Debian's fonts-dejavu-core: every script the articles use
PDF_FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PDF_TOP_EVENTS = 8  # the table lists the deadliest events; more would not fit one page under the map
CAVEATS = ("Caveats: events are extracted automatically from news articles and may be wrong or incomplete; each "
           "carries a confidence (0-100 %), a date precision (1 = day, 2 = week, 3 = month or coarser) and a place "
           "precision (1 = the place, 2 = near it, 3 = governorate or wider). Counts of killed are as the articles "
           "state them. Check the evidence sentence of any event before citing it.")


def top_events(events: pd.DataFrame, documents: pd.DataFrame, limit: int = PDF_TOP_EVENTS) -> pd.DataFrame:
    """The deadliest events (then the latest) with their outlets, for the PDF's table."""
    outlet = source_names(documents)
    ev = events.assign(_k=events["fatalities"].fillna(-1)).sort_values(["_k", "event_date"], ascending=False).head(limit)
    t = display.event_strings(ev, 120).map(html.unescape)
    src = [", ".join(dict.fromkeys(outlet.get(f.strip(), f.strip()).split(" (")[0] for f in str(s).split(";") if f.strip()))
           for s in ev["sources"].astype("string").fillna("")]
    return pd.DataFrame({"Date": t["date"], "Event": t["type"], "Actors": t["actors"], "Place": t["place"],
                         "Killed": t["killed"], "Sources": src, "Precision": [
                             f"date {int(tp) if pd.notna(tp) else '?'} · place {int(gp) if pd.notna(gp) else '?'} · "
                             f"{float(c):.0%}" if pd.notna(c) else "" for tp, gp, c in
                             zip(ev.get("time_precision", pd.Series(index=ev.index, dtype=float)), ev["geo_precision"],
                                 ev["confidence"])]})


def pdf(events: pd.DataFrame, talk: pd.DataFrame, key_events: pd.DataFrame, all_events: pd.DataFrame,
        documents: pd.DataFrame, color_by: str, headline: str, as_of: str, directions: str = "") -> bytes:
    """One A4 landscape page: title, headline, map and timeline (the briefing image), the top events with their
    sources, and a line of caveats."""
    from fpdf import FPDF

    image = png(events, talk, key_events, all_events, color_by, headline, as_of,
                sources_line(events, documents), directions, scale=1)
    doc = FPDF(orientation="L", unit="mm", format="A4")
    doc.set_auto_page_break(False)
    doc.add_page()
    try:
        doc.add_font("DejaVu", "", PDF_FONT)
        doc.add_font("DejaVu", "B", PDF_FONT_BOLD)
        font = "DejaVu"
    except (OSError, RuntimeError) as exc:  # fpdf2 raises FileNotFoundError or its own error
        logger.warning("PDF without DejaVu Sans (%s); non-Latin text will be replaced", exc)
        font = "Helvetica"

    def text(s: str) -> str:
        return s if font == "DejaVu" else s.encode("latin-1", "replace").decode("latin-1")

    margin, width = 10, 277
    doc.set_xy(margin, 8)
    import io
    doc.image(io.BytesIO(image), x=margin, y=8, w=width * 0.82)  # 16:9: 227 x 128 mm
    doc.set_font(font, "", 7)
    table = top_events(events, documents)
    y = 8 + width * 0.82 * 9 / 16 + 2
    doc.set_xy(margin, y)
    doc.set_font(font, "B", 8)
    doc.cell(0, 4, text(f"The {len(table)} deadliest events of the selection, with their sources"),
             new_x="LMARGIN", new_y="NEXT")
    widths = [20, 28, 62, 45, 12, 75, 35]
    doc.set_font(font, "B", 6.5)
    for w, col in zip(widths, table.columns):
        doc.cell(w, 3.6, text(col), border="B")
    doc.ln(3.6)
    doc.set_font(font, "", 6.5)
    for row in table.itertuples(index=False):
        doc.set_x(margin)
        for w, v in zip(widths, row):
            s = str(v)
            while doc.get_string_width(s) > w - 1 and len(s) > 3:
                s = s[:-2]
            if s != str(v):
                s = s[:-1] + "…"
            doc.cell(w, 3.4, text(s))
        doc.ln(3.4)
    doc.set_xy(margin, 200)
    doc.set_font(font, "", 6.5)
    doc.multi_cell(width, 3, text(CAVEATS + f" {as_of}."))
    return bytes(doc.output())
