"""The embedded store: the registry of documents, the extraction cache, articles added from the dashboard and
the analysts' corrections with their audit trail.

SQLite in the data folder by default (`<data>/pmu.sqlite`, WAL mode); `PMU_DB_URL=postgresql://…` puts the same
tables on PostgreSQL for a team that runs several servers. SQLAlchemy Core, one versioned table
(`store_version`) for migrations. Writes go through `Store.writing()`, which takes the one-writer lock: a file
lock beside the SQLite file, or a PostgreSQL advisory lock. The Parquet and CSV tables stay the output.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from filelock import FileLock

DB_FILE = "pmu.sqlite"
WRITER_LOCK = ".store.lock"
SCHEMA_VERSION = 1  # bump with a step in MIGRATIONS when a table changes
WRITER_WAIT_SECONDS = 600.0  # longer than any single write (a whole build's cache rows); longer means stuck
BUSY_TIMEOUT_MS = 30_000  # SQLite readers wait this long for a writer's commit instead of failing at once
PG_LOCK_KEY = 0x504D55  # 'PMU': the advisory lock every writer of one PostgreSQL store takes

meta = sa.MetaData()
version_table = sa.Table("store_version", meta, sa.Column("version", sa.Integer, nullable=False))
documents = sa.Table(
    "documents", meta,
    sa.Column("file", sa.String(300), primary_key=True),
    sa.Column("content_hash", sa.String(64), nullable=False, index=True),
    sa.Column("meta_hash", sa.String(64), nullable=False),
    sa.Column("size", sa.BigInteger, nullable=False),
    sa.Column("mtime_ns", sa.BigInteger, nullable=False),
    sa.Column("title", sa.Text, nullable=False, default=""),
    sa.Column("source", sa.Text, nullable=False, default=""),
    sa.Column("url", sa.Text, nullable=False, default=""),
    sa.Column("published", sa.String(10), nullable=False, default=""),
    sa.Column("status", sa.Text, nullable=False, default=""),
    sa.Column("seen_at", sa.DateTime, nullable=False),
)
extractions = sa.Table(
    "extractions", meta,
    sa.Column("content_hash", sa.String(64), primary_key=True),
    sa.Column("kb_hash", sa.String(64), primary_key=True),
    sa.Column("extractor_version", sa.String(80), primary_key=True),
    sa.Column("meta_hash", sa.String(64), primary_key=True),  # the manifest row: its date dates the events
    sa.Column("payload", sa.LargeBinary, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
)
added = sa.Table(
    "added_articles", meta,
    sa.Column("file", sa.String(300), primary_key=True),
    sa.Column("content", sa.LargeBinary, nullable=False),
    sa.Column("title", sa.Text, nullable=False, default=""),
    sa.Column("source", sa.Text, nullable=False, default=""),
    sa.Column("url", sa.Text, nullable=False, default=""),
    sa.Column("published", sa.String(10), nullable=False, default=""),
    sa.Column("added_by", sa.Text, nullable=False, default=""),
    sa.Column("added_at", sa.DateTime, nullable=False),
)
corrections = sa.Table(
    "corrections", meta,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("content_hash", sa.String(64), nullable=False, index=True),  # the source article's text
    sa.Column("file", sa.String(300), nullable=False, default=""),  # its name then, for people to read
    sa.Column("sent_start", sa.Integer, nullable=False),
    sa.Column("sent_end", sa.Integer, nullable=False),
    sa.Column("sentence_hash", sa.String(64), nullable=False),
    sa.Column("extracted_type", sa.String(40), nullable=False, default=""),  # tells apart events of one sentence
    sa.Column("event_id", sa.String(40), nullable=False, default=""),  # the row's id when corrected
    sa.Column("field", sa.String(40), nullable=False),
    sa.Column("before", sa.Text, nullable=False, default=""),
    sa.Column("after", sa.Text, nullable=False, default=""),
    sa.Column("reason", sa.Text, nullable=False, default=""),
    sa.Column("user", sa.Text, nullable=False, default=""),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("undone_at", sa.DateTime, nullable=True),
    sa.Column("undone_by", sa.Text, nullable=False, default=""),
)

# Steps from one version to the next: (to_version, SQL statements). Version 1 is made by create_all.
MIGRATIONS: list[tuple[int, list[str]]] = []


class StoreError(RuntimeError):
    """The store cannot be opened or is newer than this code."""


def now() -> datetime:
    """UTC without a zone: both backends store it the same way."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def sha(data: bytes | str) -> str:
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


def url_for(data_dir: Path) -> str:
    """PMU_DB_URL, else a SQLite file in the data folder."""
    env = os.environ.get("PMU_DB_URL", "").strip()
    if env:
        return env.replace("postgresql://", "postgresql+psycopg://", 1) if env.startswith("postgresql://") else env
    return f"sqlite:///{Path(data_dir).resolve() / DB_FILE}"


def exists(data_dir: Path) -> bool:
    """Whether the data folder has a store: PMU_DB_URL names a server, or the SQLite file is there."""
    return bool(os.environ.get("PMU_DB_URL", "").strip()) or (Path(data_dir) / DB_FILE).exists()


@dataclass
class Anchor:
    """Where an event's evidence is: the source text's hash, the sentence's offsets and hash."""
    content_hash: str
    start: int
    end: int
    sentence_hash: str
    event_type: str = ""


_engines: dict[str, sa.Engine] = {}


def _engine(url: str) -> sa.Engine:
    if url not in _engines:
        if url.startswith("sqlite"):
            eng = sa.create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

            @sa.event.listens_for(eng, "connect")
            def _wal(dbapi_conn, _record):  # WAL: readers never wait for the writer
                cur = dbapi_conn.cursor()
                cur.execute("PRAGMA journal_mode=WAL")
                cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
                cur.execute("PRAGMA synchronous=NORMAL")
                cur.close()
        else:
            eng = sa.create_engine(url, pool_pre_ping=True)
        _engines[url] = eng
    return _engines[url]


class Store:
    def __init__(self, data_dir: Path, url: str | None = None):
        self.data_dir = Path(data_dir)
        self.url = url or url_for(self.data_dir)
        self.sqlite = self.url.startswith("sqlite")
        if self.sqlite:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        try:
            self.engine = _engine(self.url)
            self._migrate()
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"cannot open the store ({self.describe()}): {type(exc).__name__}: "
                             f"{str(exc).splitlines()[0]}") from exc

    def describe(self) -> str:
        """The store's location without a password."""
        return sa.engine.make_url(self.url).render_as_string(hide_password=True)

    # ---- schema and the writer lock -------------------------------------------------------------------
    def _migrate(self) -> None:
        with self.writing() as conn:
            meta.create_all(conn)
            v = conn.execute(sa.select(version_table.c.version)).scalar()
            if v is None:
                conn.execute(version_table.insert().values(version=SCHEMA_VERSION))
                return
            if v > SCHEMA_VERSION:
                raise StoreError(f"the store is at version {v}, newer than this code ({SCHEMA_VERSION})")
            for to, statements in MIGRATIONS:
                if v < to:
                    for s in statements:
                        conn.execute(sa.text(s))
                    conn.execute(version_table.update().values(version=to))
                    v = to

    def version(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(sa.select(version_table.c.version)).scalar())

    @contextlib.contextmanager
    def writing(self) -> Iterator[sa.Connection]:
        """One transaction under the one-writer lock."""
        if self.sqlite:
            with FileLock(self.data_dir / WRITER_LOCK, timeout=WRITER_WAIT_SECONDS), self.engine.begin() as conn:
                yield conn
        else:
            with self.engine.begin() as conn:
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_LOCK_KEY})
                yield conn

    # ---- document registry ------------------------------------------------------------------------------
    def documents(self) -> dict[str, dict]:
        with self.engine.connect() as conn:
            return {r.file: r._asdict() for r in conn.execute(sa.select(documents))}

    def register(self, rows: list[dict]) -> None:
        """Replace the registry with rows (one per file of the build)."""
        with self.writing() as conn:
            conn.execute(documents.delete())
            if rows:
                conn.execute(documents.insert(), rows)

    def find_content(self, content_hash: str) -> str | None:
        """The registered file whose text has this hash, if any."""
        with self.engine.connect() as conn:
            return conn.execute(sa.select(documents.c.file).where(documents.c.content_hash == content_hash)
                                .limit(1)).scalar()

    # ---- extraction cache ---------------------------------------------------------------------------------
    def cached(self, kb_hash: str, version: str, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], tuple]:
        """(payload, created_at) by (content_hash, meta_hash) for the keys that the cache holds."""
        want = set(keys)
        if not want:
            return {}
        out = {}
        hashes = sorted({k[0] for k in want})
        step = 500  # below every backend's limit on bound parameters
        with self.engine.connect() as conn:
            for i in range(0, len(hashes), step):
                q = sa.select(extractions.c.content_hash, extractions.c.meta_hash, extractions.c.payload,
                              extractions.c.created_at).where(
                    extractions.c.kb_hash == kb_hash, extractions.c.extractor_version == version,
                    extractions.c.content_hash.in_(hashes[i:i + step]))
                for r in conn.execute(q):
                    if (r.content_hash, r.meta_hash) in want:
                        out[(r.content_hash, r.meta_hash)] = (loads(r.payload), r.created_at)
        return out

    def put_extractions(self, kb_hash: str, version: str, items: list[tuple[str, str, object]]) -> datetime:
        """Store (content_hash, meta_hash, payload) results (payload as dumps() bytes, taken before later stages
        change the events); returns their time."""
        t = now()
        items = list({(c, m): (c, m, p) for c, m, p in items}.values())  # two files with one text: one row
        if not items:
            return t
        with self.writing() as conn:
            for content_hash, meta_hash, _ in items:
                conn.execute(extractions.delete().where(
                    extractions.c.content_hash == content_hash, extractions.c.meta_hash == meta_hash,
                    extractions.c.kb_hash == kb_hash, extractions.c.extractor_version == version))
            conn.execute(extractions.insert(), [
                {"content_hash": c, "meta_hash": m, "kb_hash": kb_hash, "extractor_version": version,
                 "payload": p if isinstance(p, bytes) else dumps(p), "created_at": t} for c, m, p in items])
        return t

    def extraction_count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(extractions)).scalar())

    # ---- articles added from the dashboard -----------------------------------------------------------------
    def add_article(self, file: str, content: bytes, title: str = "", source: str = "", url: str = "",
                    published: str = "", user: str = "") -> None:
        with self.writing() as conn:
            conn.execute(added.insert().values(file=file, content=content, title=title, source=source, url=url,
                                               published=published, added_by=user, added_at=now()))

    def remove_article(self, file: str) -> None:
        with self.writing() as conn:
            conn.execute(added.delete().where(added.c.file == file))

    def added_articles(self) -> list[dict]:
        with self.engine.connect() as conn:
            return [r._asdict() for r in conn.execute(sa.select(added).order_by(added.c.file))]

    # ---- corrections --------------------------------------------------------------------------------------
    def add_correction(self, anchor: Anchor, field: str, before: str, after: str, reason: str = "", user: str = "",
                       event_id: str = "", file: str = "", created_at: datetime | None = None,
                       undone_at: datetime | None = None, undone_by: str = "") -> int:
        with self.writing() as conn:
            r = conn.execute(corrections.insert().values(
                content_hash=anchor.content_hash, sent_start=anchor.start, sent_end=anchor.end,
                sentence_hash=anchor.sentence_hash, extracted_type=anchor.event_type, event_id=event_id, file=file,
                field=field, before=before, after=after, reason=reason, user=user,
                created_at=created_at or now(), undone_at=undone_at, undone_by=undone_by))
            return int(r.inserted_primary_key[0])

    def corrections(self, active_only: bool = False) -> list[dict]:
        q = sa.select(corrections).order_by(corrections.c.created_at, corrections.c.id)
        if active_only:
            q = q.where(corrections.c.undone_at.is_(None))
        with self.engine.connect() as conn:
            return [r._asdict() for r in conn.execute(q)]

    def undo(self, correction_id: int, user: str = "") -> bool:
        """Mark a correction undone (it stays in the history). False when it was not active."""
        with self.writing() as conn:
            r = conn.execute(corrections.update().where(corrections.c.id == correction_id,
                                                        corrections.c.undone_at.is_(None))
                             .values(undone_at=now(), undone_by=user))
            return r.rowcount == 1


def dumps(obj) -> bytes:
    return zlib.compress(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL), 1)


def loads(blob: bytes):
    """Only ever our own rows: the store is the data folder's, written by this code."""
    return pickle.loads(zlib.decompress(blob))  # noqa: S301


def anchor_of(content_hash: str, start: int, sentence: str, event_type: str = "") -> Anchor:
    return Anchor(content_hash, int(start), int(start) + len(sentence), sha(sentence), event_type)
