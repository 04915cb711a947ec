"""The build in chunks of documents: each chunk's texts and mentions go to disk as the build reaches them, and its
light records (articles without their text, events before geocoding, unplaced names, mention counts) to one file
that the next build reads in one go.

Chunks are cut by the documents' names (a name whose hash is 0 modulo CHUNK_MEAN ends one), so adding, changing or
removing a document changes its own chunk only. A chunk is named by a digest of its documents' names, content and
metadata hashes and the extraction's version: its part files (`<data>/parts/texts-<digest>.parquet`,
`mentions-<digest>.parquet`) never change once written, and a rebuild reuses every chunk whose digest it has
already seen. The published set lists which part holds each document (`parts.parquet`: file, part), so one
document's text or mentions is read without loading the others.
"""
from __future__ import annotations

import dataclasses
import hashlib
import logging
import os
import pickle
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import tableset
from pipeline.model import Article, Event
from pipeline.store import Anchor

log = logging.getLogger(__name__)
T = TypeVar("T")

PARTS = "parts"  # folder of the data folder holding the part files
INDEX = "parts.parquet"  # file of the published set: which part holds each document
RECORDS = "records.pkl"  # file of the data folder: the last build's light records by chunk digest
RECORDS_FORMAT = 3  # bump when freeze() or the fields of Article or Event change: older files are then ignored
CHUNK_MEAN = 64  # documents per chunk on average: a changed chunk re-reads this many cached extractions (~50 ms)
CHUNK_MAX = 256  # no chunk holds more, so a run of unlucky names cannot hold a large share of the corpus in memory
MENTION_COLUMNS = ["file", "start", "end", "label", "text", "canonical"]


def ends_chunk(name: str, size: int) -> bool:
    """Whether the document `name`, the size-th of its chunk, closes it: decided by its name alone, so chunks
    elsewhere in the corpus keep their documents when one is added or removed."""
    h = int.from_bytes(hashlib.sha1(name.encode("utf-8")).digest()[:4], "big")
    return h % CHUNK_MEAN == 0 or size >= CHUNK_MAX


def split(items: Iterable[T], name: Callable[[T], str]) -> list[list[T]]:
    """The items in order, cut into chunks by their names."""
    out: list[list[T]] = [[]]
    for item in items:
        out[-1].append(item)
        if ends_chunk(name(item), len(out[-1])):
            out.append([])
    return [c for c in out if c]


def digest(version: str, kb_hash: str, keys: Iterable[tuple[str, ...]]) -> str:
    """The chunk's name: its documents' (file, content key, metadata hash) and what extracted them."""
    h = hashlib.sha256(f"{version}\0{kb_hash}".encode())
    for key in keys:
        h.update(("\0".join(key) + "\n").encode("utf-8"))
    return h.hexdigest()[:32]


@dataclass
class ChunkRecord:
    """What a rebuild needs of an unchanged chunk: per document (article without its text, its word count,
    events before geocoding, unplaced names), and the chunk's mention tally (pipeline.tables.MentionTally)."""
    docs: list[tuple] = field(default_factory=list)  # (Article, words, events, unplaced)
    tally: object = None


ARTICLE_FIELDS = [f.name for f in dataclasses.fields(Article)]
EVENT_FIELDS = [f.name for f in dataclasses.fields(Event) if f.name != "anchors"]
ANCHOR_FIELDS = [f.name for f in dataclasses.fields(Anchor)]


def freeze(record: ChunkRecord) -> bytes:
    """The record pickled as plain tuples of strings, numbers and dates: unpickled at C speed, where the objects
    themselves (dataclasses, Counters) cost a Python call each. Done once, when the chunk is built; the bytes are
    what the build keeps of the chunk (a third of the objects' memory) and what save_records writes as they are."""
    docs = []
    for art, words, evs, un in record.docs:
        events = [(*(ev.__dict__[f] for f in EVENT_FIELDS), tuple(dataclasses.astuple(a) for a in ev.anchors))
                  for ev in evs]
        docs.append((tuple(art.__dict__[f] for f in ARTICLE_FIELDS), words, events, list(un)))
    t = record.tally
    tally = ([(label, canon, n, tuple(t.seen[(label, canon)])) for (label, canon), n in t.counts.items()],
             [(name, d, t.last[name]) for name, d in t.first.items()])
    return pickle.dumps((docs, tally), protocol=pickle.HIGHEST_PROTOCOL)


def _anchor(values: tuple) -> Anchor:
    a = object.__new__(Anchor)
    a.__dict__ = dict(zip(ANCHOR_FIELDS, values))
    return a


def thaw(frozen: bytes) -> ChunkRecord:
    """The objects back from freeze()."""
    from pipeline.tables import MentionTally
    docs, (counts, dates) = pickle.loads(frozen)  # noqa: S301 - the data folder's own file
    out, new = ChunkRecord(), object.__new__
    for art_row, words, events, un in docs:
        art = new(Article)
        art.__dict__ = dict(zip(ARTICLE_FIELDS, art_row))
        evs = []
        for row in events:  # the fields' own lists were pickled as lists: each event gets fresh ones
            ev = new(Event)
            ev.__dict__ = d = dict(zip(EVENT_FIELDS, row))
            d["anchors"] = [_anchor(a) for a in row[-1]]
            evs.append(ev)
        out.docs.append((art, words, evs, un))
    tally = MentionTally()
    for label, canon, n, seen in counts:
        tally.counts[(label, canon)] = n
        tally.seen[(label, canon)] = set(seen)
    for name, first, last in dates:
        tally.first[name], tally.last[name] = first, last
    out.tally = tally
    return out


def part_path(data_dir: Path, kind: str, name: str) -> Path:
    return Path(data_dir) / PARTS / f"{kind}-{name}.parquet"


def has_parts(data_dir: Path, name: str) -> bool:
    return part_path(data_dir, "texts", name).exists() and part_path(data_dir, "mentions", name).exists()


def write_parts(data_dir: Path, name: str, texts: list[tuple[str, str]], mentions: list[tuple]) -> None:
    """The chunk's two part files, each written under a temporary name and renamed: never half-written."""
    (Path(data_dir) / PARTS).mkdir(parents=True, exist_ok=True)
    files, txt = zip(*texts) if texts else ((), ())
    _write(part_path(data_dir, "texts", name), pa.table({"file": pa.array(files, pa.string()),
                                                         "text": pa.array(txt, pa.string())}))
    cols = list(zip(*mentions)) if mentions else [()] * len(MENTION_COLUMNS)
    types = [pa.string(), pa.int64(), pa.int64(), pa.string(), pa.string(), pa.string()]
    _write(part_path(data_dir, "mentions", name),
           pa.table({c: pa.array(v, t) for c, v, t in zip(MENTION_COLUMNS, cols, types)}))


def _write(path: Path, table: pa.Table) -> None:
    _replace(path, lambda tmp: pq.write_table(table, tmp))


def _replace(path: Path, fill: Callable[[Path], object]) -> None:
    """path made by fill() under a temporary name, then renamed: a killed build leaves the previous file."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}{tableset.TMP_SUFFIX}")
    fill(tmp)
    os.replace(tmp, path)


def index_writer(rows: list[tuple[str, str]]) -> tableset.Writer:
    """The set's parts.parquet: (file, part) per document; part is empty for a document with no saved text."""
    def write(path: Path) -> int:
        files, names = zip(*rows) if rows else ((), ())
        pq.write_table(pa.table({"file": pa.array(files, pa.string()), "part": pa.array(names, pa.string())}), path)
        return len(rows)
    return write


def index_parts(set_dir: Path) -> set[str]:
    """The part names a published set's index refers to; empty when it has none."""
    p = Path(set_dir) / INDEX
    if not p.exists():
        return set()
    try:
        return set(pq.ParquetFile(p).read(columns=["part"]).column("part").to_pylist()) - {""}
    except (OSError, ValueError) as exc:
        log.warning("cannot read %s: %s", p, exc)
        return set()


def referenced(data_dir: Path) -> set[str]:
    """The parts that any build folder still in the data folder (the current and the previous set) refers to."""
    data_dir = Path(data_dir)
    sets = [data_dir, *sorted((data_dir / tableset.BUILDS).glob("*"))]
    return set().union(*(index_parts(s) for s in sets if s.is_dir()))


def clean(data_dir: Path, keep: set[str]) -> None:
    """Remove the part files no kept set refers to, and temporary files of killed builds. Runs under the build
    lock, after the switch: the current and the previous set (pipeline.tableset keeps both) are in keep."""
    folder = Path(data_dir) / PARTS
    for p in folder.iterdir() if folder.is_dir() else ():
        name = p.name.removesuffix(".parquet").split("-", 1)[-1]
        if p.name.startswith(".") or name not in keep:
            p.unlink(missing_ok=True)
    for p in Path(data_dir).glob(f".{RECORDS}.*{tableset.TMP_SUFFIX}"):
        p.unlink(missing_ok=True)


def load_records(data_dir: Path) -> dict[str, bytes]:
    """The last build's records (frozen, see freeze) by chunk digest, in one read; {} when absent, unreadable or
    of another format."""
    p = Path(data_dir) / RECORDS
    if not p.exists():
        return {}
    try:
        with p.open("rb") as f:
            fmt, records = pickle.load(f)  # noqa: S301 - the data folder's own file, written by save_records
    except Exception as exc:  # noqa: BLE001 - a damaged cache only costs a slower build
        log.warning("ignoring unreadable %s (%s): every chunk is read from the store", p, exc)
        return {}
    return records if fmt == RECORDS_FORMAT and isinstance(records, dict) else {}


def save_records(data_dir: Path, records: dict[str, bytes]) -> None:
    """Written under a temporary name and renamed: a killed build leaves the previous file."""
    _replace(Path(data_dir) / RECORDS,
             lambda tmp: tmp.write_bytes(pickle.dumps((RECORDS_FORMAT, records), protocol=pickle.HIGHEST_PROTOCOL)))


# ---- reading one document -----------------------------------------------------------------------------------
def part_of(set_dir: Path, file: str) -> str | None:
    """The part holding `file` according to the set's index; None when the set has no index or lacks the file."""
    p = Path(set_dir) / INDEX
    if not p.exists():
        return None
    t = pq.read_table(p, filters=[("file", "==", str(file))])
    return t.column("part")[0].as_py() if t.num_rows else None


def read_text(data_dir: Path, part: str, file: str) -> str | None:
    """One document's saved text from its part (a filtered read: the other documents are not loaded)."""
    if not part:
        return ""
    t = pq.read_table(part_path(data_dir, "texts", part), filters=[("file", "==", str(file))])
    return t.column("text")[0].as_py() if t.num_rows else None


def read_mentions(data_dir: Path, part: str, file: str):
    """One document's mentions (a DataFrame of MENTION_COLUMNS) from its part."""
    if not part:
        import pandas as pd
        return pd.DataFrame(columns=MENTION_COLUMNS)
    return pq.read_table(part_path(data_dir, "mentions", part), filters=[("file", "==", str(file))]).to_pandas()


def read_all(data_dir: Path, kind: str):
    """The whole texts or mentions table of the data folder's published set (the parts in the index's order), as
    one DataFrame: for exports and checks, not for the dashboard, which reads one document at a time."""
    import pandas as pd
    data_dir = Path(data_dir)
    index = pq.read_table(tableset.published(data_dir) / INDEX).column("part").to_pylist()
    names = list(dict.fromkeys(p for p in index if p))
    frames = [pq.read_table(part_path(data_dir, kind, n)).to_pandas() for n in names]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(
        columns=MENTION_COLUMNS if kind == "mentions" else ["file", "text"])
