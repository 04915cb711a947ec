"""HTML extraction: the pipeline's selectolax code against trafilatura, on saved pages and on
pathological deeply nested, unclosed pages. Prints the figures; asserts nothing (it is not a test).

For each saved page (benchmarks/html_pages.py, written for this benchmark) and each extractor:
seconds per page (best of --repeat runs), story sentences kept (of those listed), furniture lines
leaked (related headlines, menus), and whether title and date were found. For the nested pages
('<div>' * N + text at 0.28, 0.55 and 0.83 MB): seconds for
  - lexbor alone (selectolax's parser, no guard): what the pipeline did before the guard;
  - ingest.html_to_text: the depth scan, which refuses the page before parsing;
  - trafilatura.extract (if installed).
Each nested-page measurement runs in a subprocess killed after --timeout seconds, so the benchmark
itself is bounded; a killed run prints '> T s'.

    python benchmarks/bench_html.py [--repeat 3] [--timeout 120]

trafilatura is not a dependency of the pipeline; to compare, put it on the path, e.g.
`pip install --target /tmp/traf trafilatura==2.3.1` and run with PYTHONPATH=/tmp/traf (appended).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from html_pages import NEST_MB, nested_page, saved_pages  # noqa: E402

from pipeline import ingest  # noqa: E402


def _trafilatura():
    try:
        import trafilatura
    except ImportError:
        return None
    return trafilatura


def run_selectolax(html: str) -> tuple[str, dict]:
    return ingest.html_to_text(html)


def run_trafilatura(html: str) -> tuple[str, dict]:
    traf = _trafilatura()
    text = traf.extract(html, include_comments=False, favor_precision=True) or ""
    meta = traf.extract_metadata(html)
    return text, {"title": meta.title if meta else "", "published": meta.date if meta else ""}


def quality(text: str, body: list[str], furniture: list[str]) -> tuple[int, int]:
    """(story sentences kept, furniture lines leaked), whitespace ignored."""
    flat = " ".join(text.split())
    return sum(" ".join(s.split()) in flat for s in body), sum(f in flat for f in furniture)


def repo_page() -> tuple[str, str, list[str], list[str]]:
    """The test suite's page with a 'Related stories' box (tests/data/related_stories.html)."""
    html = (ROOT / "tests" / "data" / "related_stories.html").read_text(encoding="utf-8")
    body = ["Three rockets struck Ain al-Asad air base on Tuesday, causing no casualties, a coalition official said.",
            "No group claimed the attack."]
    return "related box", html, body, ["US drone strike kills commander in Baghdad", "Militias attack convoy near Nasiriyah"]


def best_of(fn, html: str, repeat: int) -> tuple[float, tuple]:
    best, out = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn(html)
        best = min(best, time.perf_counter() - t0)
    return best, out


def saved(repeat: int) -> None:
    extractors = [("selectolax (pipeline)", run_selectolax)]
    if _trafilatura():
        extractors.append(("trafilatura", run_trafilatura))
    else:
        print("trafilatura is not installed: only the pipeline's extractor is measured")
    print(f"{'page':18s} {'KB':>6s}  {'extractor':22s} {'s/page':>8s} {'kept':>6s} {'leaked':>6s} title date")
    totals = {}
    for name, html, body, furniture in saved_pages() + [repo_page()]:
        for label, fn in extractors:
            secs, (text, meta) = best_of(fn, html, repeat)
            kept, leaked = quality(text, body, furniture)
            totals.setdefault(label, [0.0, 0, 0, 0])
            t = totals[label]
            t[0], t[1], t[2], t[3] = t[0] + secs, t[1] + kept, t[2] + len(body), t[3] + leaked
            print(f"{name:18s} {len(html) / 1e3:6.0f}  {label:22s} {secs:8.4f} {kept:>2d}/{len(body):<3d} "
                  f"{leaked:>6d} {'yes' if meta.get('title') else 'no':5s} {str(meta.get('published') or 'no')[:10]}")
    for label, (secs, kept, of, leaked) in totals.items():
        print(f"  {label}: {secs / (len(saved_pages()) + 1):.4f} s per page on average, kept {kept}/{of} story sentences, "
              f"leaked {leaked} furniture lines")


# ---- nested pages: each in its own process, killed after the timeout ----------------------------

def _child(kind: str, mb: float) -> None:
    html = nested_page(mb)
    t0 = time.perf_counter()
    outcome = "parsed"
    if kind == "lexbor":
        from selectolax.lexbor import LexborHTMLParser
        LexborHTMLParser(html)
    elif kind == "pipeline":
        try:
            ingest.html_to_text(html)
        except ingest.HtmlTooDeep as exc:
            outcome = f"refused: {exc}"
    else:
        text = _trafilatura().extract(html)
        outcome = "extracted text" if text else "returned nothing"
    print(json.dumps({"seconds": time.perf_counter() - t0, "outcome": outcome}))


def nested(timeout: float) -> None:
    kinds = ["lexbor", "pipeline"] + (["trafilatura"] if _trafilatura() else [])
    labels = {"lexbor": "lexbor parse, no guard", "pipeline": "ingest.html_to_text", "trafilatura": "trafilatura.extract"}
    print(f"\n'<div>' * N + text: seconds per page (subprocess, killed after {timeout:.0f} s)")
    print(f"{'MB':>5s} {'N':>8s}  " + "  ".join(f"{labels[k]:>24s}" for k in kinds))
    worst = {k: 0.0 for k in kinds}
    outcomes = {}
    for mb in NEST_MB:
        cells = []
        for kind in kinds:
            try:
                r = subprocess.run([sys.executable, __file__, "--child", kind, str(mb)], capture_output=True,
                                   text=True, timeout=timeout, check=True)
                res = json.loads(r.stdout.strip().splitlines()[-1])
                worst[kind] = max(worst[kind], res["seconds"])
                outcomes[kind] = res["outcome"]
                cells.append(f"{res['seconds']:24.4f}")
            except subprocess.TimeoutExpired:
                worst[kind] = float("inf")
                cells.append(f"{'> ' + str(int(timeout)) + ' s':>24s}")
        print(f"{mb:5.2f} {int(mb * 1_000_000 / 5):8d}  " + "  ".join(cells))
    for kind in kinds:
        shown = f"more than {timeout:.0f} s (killed)" if worst[kind] == float("inf") else f"{worst[kind]:.4f} s"
        print(f"  {labels[kind]}: worst {shown}; {outcomes.get(kind, 'timed out')}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        _child(args.child[0], float(args.child[1]))
        return
    saved(args.repeat)
    nested(args.timeout)


if __name__ == "__main__":
    main()
