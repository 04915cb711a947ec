"""A throwaway PostgreSQL server on 127.0.0.1 for the store's tests: Debian's `postgresql` package (installed by
`make test`), a new cluster in a temporary folder, stopped at the end. Run as root, the server runs as the
`postgres` user (PostgreSQL refuses root). No mock: if it cannot start, the test fails saying why."""
from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

START_SECONDS = 60  # pg_ctl's wait for a new cluster on a slow, busy machine


def _bin_dir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if not found:
        raise RuntimeError("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/pg_ctl): run `make test`, "
                           "which installs Debian's postgresql package, or `apt-get install postgresql`.")
    return Path(found[-1]).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_server_user(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    runuser = shutil.which("runuser")
    if not runuser:
        raise RuntimeError("running as root and `runuser` is missing: cannot start PostgreSQL as the postgres user")
    return [runuser, "-u", "postgres", "--", *cmd]


def _run(cmd: list[str]) -> None:
    r = subprocess.run(_as_server_user(cmd), capture_output=True, text=True, timeout=START_SECONDS * 2)
    if r.returncode != 0:
        raise RuntimeError(f"PostgreSQL could not start: `{' '.join(cmd[:2])}` failed: "
                           f"{(r.stderr or r.stdout).strip()[-800:]}")


@contextlib.contextmanager
def postgres() -> Iterator[str]:
    """Start a cluster; yield its SQLAlchemy URL (database `postgres`, user `postgres`, trust on 127.0.0.1)."""
    bin_dir = _bin_dir()
    tmp = Path(tempfile.mkdtemp(prefix="pmu-pg-"))
    data, sock = tmp / "data", tmp / "sock"
    sock.mkdir()
    if os.geteuid() == 0:
        shutil.chown(tmp, "postgres")
        shutil.chown(sock, "postgres")
    port = _free_port()
    try:
        _run([str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"])
        _run([str(bin_dir / "pg_ctl"), "-D", str(data), "-w", "-t", str(START_SECONDS), "-l", str(tmp / "log"),
              "-o", f"-h 127.0.0.1 -p {port} -k {sock} -F", "start"])
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        if (data / "postmaster.pid").exists():
            subprocess.run(_as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                           capture_output=True, timeout=START_SECONDS)
        shutil.rmtree(tmp, ignore_errors=True)
