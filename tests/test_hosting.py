"""Hosting the dashboard for a team: no page control takes a path, links cannot open files, captions name
no server folder, the access gate (open, password, OIDC) and the editor/viewer split, the hash command."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import streamlit as st
from argon2 import PasswordHasher
from streamlit import config as st_config
from streamlit.testing.v1 import AppTest

try:
    from tests import dashboard_support as ds
except ImportError:  # tests/ is not a package
    import dashboard_support as ds
from dashboard import data, gate

CHEAP = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)  # the hash carries its cost: verify follows it
VIEWER_PW, EDITOR_PW = "blue heron at dusk", "seven quiet lanterns"
VIEWS = ("map", "events", "actors", "places", "sources")
SECRET_LINE = "top-secret line that no page may show"


@pytest.fixture(scope="module")
def synth_dir(tmp_path_factory):
    return ds.write_synthetic(tmp_path_factory.mktemp("hosting"), n=120, seed=11)


@pytest.fixture
def env(synth_dir, monkeypatch):
    monkeypatch.setenv("PMU_DATA", str(synth_dir))
    monkeypatch.delenv("PMU_INPUT", raising=False)
    return synth_dir


@pytest.fixture(scope="module")
def hashes():
    return {"password_hash": CHEAP.hash(VIEWER_PW), "editor_password_hash": CHEAP.hash(EDITOR_PW)}


def app(query: dict | None = None, secrets: dict | None = None, user: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(ds.APP), default_timeout=120)
    for k, v in (query or {}).items():
        at.query_params[k] = v
    for k, v in (secrets or {}).items():
        at.secrets[k] = v
    if user is not None:
        at.user = user
    return at


def run(at: AppTest) -> AppTest:
    at.run()
    assert not at.exception, at.exception
    return at


def shown_text(at: AppTest) -> str:
    """Everything the page shows as text: markdown, captions, alerts, code blocks."""
    parts = [e.value for kind in ("markdown", "caption", "info", "warning", "error", "success", "code")
             for e in getattr(at, kind)]
    return "\n".join(str(p) for p in parts)


def has_dashboard(at: AppTest) -> bool:
    return "id='headline'" in shown_text(at)


def sidebar_buttons(at: AppTest) -> list[str]:
    return [b.label for b in at.sidebar.button]


def submit_password(at: AppTest, password: str) -> AppTest:
    at.text_input[0].input(password)
    at.button[0].click()
    return run(at)


# ------------------------------------------------------------------ no free-text paths
def test_no_text_input_takes_a_path(env):
    inputs = {}
    for view in VIEWS:
        at = run(app({"view": view}))
        assert has_dashboard(at)
        inputs.update({t.key: t.label for t in at.text_input})
    assert set(inputs) == {"f_text"}, inputs  # the evidence search is the only free text on the page
    assert not any(w in label.lower() for label in inputs.values() for w in ("folder", "path", "file", "directory"))


def test_searching_for_a_path_opens_nothing(env, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET_LINE, encoding="utf-8")
    at = run(app({"view": "sources"}))
    at.sidebar.text_input(key="f_text").input(str(secret)).run()
    assert not at.exception
    assert SECRET_LINE not in shown_text(at)


@pytest.mark.parametrize("doc", ["../../etc/passwd", "/etc/passwd", "doc_999.txt", "articles/doc_000.txt", "SECRET"])
def test_crafted_doc_link_shows_a_message_and_no_file(env, tmp_path, doc):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET_LINE, encoding="utf-8")
    doc = str(secret) if doc == "SECRET" else doc
    at = run(app({"view": "sources", "doc": doc}))
    assert any("not in the documents table" in w.value for w in at.warning), [w.value for w in at.warning]
    page = shown_text(at)
    assert "class='article reader'" not in page  # no text at all in the reader
    assert SECRET_LINE not in page and "root:x:" not in page
    assert at.selectbox(key="reader_pick").value is None


def test_a_listed_doc_link_opens_its_saved_text(env):
    at = run(app({"view": "sources", "doc": "doc_003.txt"}))
    assert not at.warning
    assert at.selectbox(key="reader_pick").value == "doc_003.txt"
    reader = [m.value for m in at.markdown if "class='article reader'" in m.value]
    assert reader and data.article_text(env, "doc_003.txt").split("\n")[-2][:40] in reader[0]


def test_crafted_event_link_shows_a_message(env):
    at = run(app({"event": "../../etc/passwd"}))
    assert any("not in the current tables" in i.value for i in at.info)
    assert "root:x:" not in shown_text(at)


def test_no_page_names_a_server_folder(env):
    hidden = {str(env.resolve()), str(env.resolve().parent), str(ds.ROOT)}
    for view in VIEWS:
        at = run(app({"view": view, "event": ""}))
        page = shown_text(at)
        assert not [h for h in hidden if h in page], view
    assert f"{env.name}/" in page  # names relative to the data folder instead


def test_missing_tables_message_names_no_server_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("PMU_DATA", str(tmp_path / "nothing"))
    monkeypatch.setenv("PMU_INPUT", str(tmp_path / "no-articles"))
    at = run(app())
    assert at.error and "nothing/" in at.error[0].value and str(tmp_path) not in at.error[0].value


def test_unreadable_table_message_names_no_server_folder(tmp_path, monkeypatch):
    folder = ds.write_synthetic(tmp_path / "d", n=20)
    (folder / "events.parquet").write_bytes(b"not a parquet file")
    monkeypatch.setenv("PMU_DATA", str(folder))
    at = run(app())
    assert at.error and "events.parquet" in at.error[0].value and str(tmp_path) not in at.error[0].value


# ------------------------------------------------------------------ the gate
def test_no_secrets_runs_open_for_local_use(env):
    at = run(app())
    assert has_dashboard(at)
    assert "Rebuild the tables" in sidebar_buttons(at)  # 127.0.0.1 (.streamlit/config.toml): the owner edits
    assert not [t for t in at.text_input if t.label == "Password"]


def test_open_on_a_shared_address_says_so_and_reads_only(env):
    before = st_config.get_option("server.address")
    st_config.set_option("server.address", "0.0.0.0")
    try:
        at = run(app())
    finally:
        st_config.set_option("server.address", before)
    assert has_dashboard(at)
    assert any("Open to everyone" in c.value and "secrets.toml" in c.value for c in at.sidebar.caption)
    assert "Rebuild the tables" not in sidebar_buttons(at)


def test_wrong_password_shows_an_error_and_no_data(env, hashes):
    at = run(app(secrets={"gate": hashes}))
    assert not has_dashboard(at) and not at.dataframe and not at.sidebar.multiselect
    submit_password(at, "not the password")
    assert at.error and "Wrong password" in at.error[0].value
    assert not has_dashboard(at) and not at.dataframe


def test_viewer_password_shows_the_dashboard_read_only(env, hashes):
    at = submit_password(run(app(secrets={"gate": hashes})), VIEWER_PW)
    assert has_dashboard(at) and not at.error
    assert any("viewer password" in c.value for c in at.sidebar.caption)
    assert "Rebuild the tables" not in sidebar_buttons(at)
    at.sidebar.button(key="gate_logout").click()
    run(at)
    assert not has_dashboard(at) and [t for t in at.text_input if t.label == "Password"]


def test_editor_password_may_rebuild(env, hashes):
    at = run(app(secrets={"gate": hashes}))
    assert not has_dashboard(at)
    submit_password(at, EDITOR_PW)
    assert has_dashboard(at) and "Rebuild the tables" in sidebar_buttons(at)
    assert any("editor password" in c.value for c in at.sidebar.caption)


def test_repeated_wrong_passwords_are_refused_for_a_while(env, hashes):
    at = run(app(secrets={"gate": hashes}))
    for _ in range(gate.MAX_FAILED_ATTEMPTS):
        submit_password(at, "guess")
    submit_password(at, VIEWER_PW)  # right, but too soon
    assert "Too many wrong passwords" in at.error[0].value and not has_dashboard(at)


def test_a_bad_hash_keeps_the_dashboard_closed(env):
    at = run(app(secrets={"gate": {"password_hash": "plain-text-password"}}))
    submit_password(at, "plain-text-password")
    assert at.error and "not an argon2 hash" in at.error[0].value and gate.HASH_COMMAND in at.error[0].value
    assert not has_dashboard(at)


def test_an_unreadable_secrets_file_keeps_the_dashboard_closed(env, tmp_path):
    bad = tmp_path / "secrets.toml"
    bad.write_text('[gate\npassword_hash = "unfinished\n', encoding="utf-8")
    before = st_config.get_option("secrets.files")
    st_config.set_option("secrets.files", [str(bad)])
    st.secrets._reset()  # forget what was parsed, so the next read finds the broken file
    try:
        at = run(app())
    finally:
        st_config.set_option("secrets.files", before)
        st.secrets._reset()
    assert at.error and "secrets.toml cannot be read" in at.error[0].value
    assert not has_dashboard(at)


OIDC = {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "test-cookie-secret",
        "client_id": "dashboard", "client_secret": "test-client-secret",
        "server_metadata_url": "https://id.example.org/.well-known/openid-configuration"}


def test_oidc_shows_a_login_button_and_no_data(env, hashes):
    at = run(app(secrets={"auth": OIDC, "gate": hashes}, user={"is_logged_in": False}))
    assert [b for b in at.button if b.label == "Log in"]
    assert not has_dashboard(at) and not at.text_input  # the identity provider, not the password form


def test_oidc_user_listed_as_editor_may_rebuild(env):
    secrets = {"auth": OIDC, "gate": {"editors": ["Lead@Example.org"]}}
    at = run(app(secrets=secrets, user={"is_logged_in": True, "email": "lead@example.org", "name": "Lead"}))
    assert has_dashboard(at) and "Rebuild the tables" in sidebar_buttons(at)
    other = run(app(secrets=secrets, user={"is_logged_in": True, "email": "reader@example.org"}))
    assert has_dashboard(other) and "Rebuild the tables" not in sidebar_buttons(other)
    assert any("reader@example.org (viewer)" in c.value for c in other.sidebar.caption)


# ------------------------------------------------------------------ rebuilding
ARTICLES = {
    "a1.txt": "BAGHDAD, March 4, 2021 — Rockets struck Ain al-Asad air base in Anbar province on Wednesday, "
              "a coalition spokesman said. Nobody was hurt and no group claimed the attack.\n",
    "a2.txt": "ERBIL, January 10, 2022 — A drone loaded with explosives hit a base near Erbil airport on Monday, "
              "Kurdish officials said. Kataib Hezbollah denied any role.\n",
}


def write_articles(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_rebuild_reads_only_the_configured_folder(synth_dir, tmp_path, monkeypatch):
    folder = tmp_path / "data"
    shutil.copytree(synth_dir, folder)
    src = write_articles(tmp_path / "configured")
    monkeypatch.setenv("PMU_DATA", str(folder))
    monkeypatch.setenv("PMU_INPUT", str(src))
    at = run(app())
    at.sidebar.button(key="rebuild").click()
    run(at)
    info = data.read_build_info(folder)
    assert info["input_dir"] == str(src.resolve()) and info["documents"] == len(ARTICLES)
    assert data.article_text(folder, "a1.txt") == ARTICLES["a1.txt"]
    assert has_dashboard(at) and not at.error


def test_app_arguments_set_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("PMU_DATA", "unset")  # so that the test's end restores both variables
    monkeypatch.setenv("PMU_INPUT", "unset")
    data.configure(["--data", str(tmp_path / "d"), "--input", str(tmp_path / "in"), "-x", "tests/"])
    assert data.data_dir() == (tmp_path / "d").resolve() and data.input_dir() == (tmp_path / "in").resolve()


# ------------------------------------------------------------------ the gate's parts
def test_limiter_counts_failures_in_a_window():
    now = [100.0]
    lim = gate.Limiter(max_failures=3, window=60, clock=lambda: now[0])
    for _ in range(2):
        lim.failed(["s1", "ip:1"])
    assert lim.wait(["s1"]) == 0
    lim.failed(["s1", "ip:1"])
    assert lim.wait(["s1"]) == 60 and lim.wait(["s2", "ip:1"]) == 60 and lim.wait(["s2"]) == 0
    now[0] += 61
    assert lim.wait(["s1", "ip:1"]) == 0
    lim.failed(["s1"])
    lim.succeeded(["s1"])
    assert lim.wait(["s1"]) == 0 and not lim._failures.get("ip:1")


def test_roles_from_passwords(hashes):
    assert gate.role_of(EDITOR_PW, hashes) == gate.EDITOR
    assert gate.role_of(VIEWER_PW, hashes) == gate.VIEWER
    assert gate.role_of("nope", hashes) is None
    assert gate.role_of(VIEWER_PW, {"editor_password_hash": hashes["editor_password_hash"]}) is None
    assert gate.mode({}, {}) == gate.OPEN and gate.mode({}, hashes) == gate.PASSWORD
    assert gate.mode(OIDC, hashes) == gate.OIDC


@pytest.mark.parametrize("editor", [False, True])
def test_hash_command_prints_a_secrets_line(editor):
    cmd = [sys.executable, "-m", "dashboard.gate", "hash"] + (["--editor"] if editor else [])
    r = subprocess.run(cmd, input=VIEWER_PW + "\n", capture_output=True, text=True, cwd=ds.ROOT, timeout=60)
    assert r.returncode == 0, r.stderr
    field, _, value = r.stdout.strip().partition(" = ")
    assert field == ("editor_password_hash" if editor else "password_hash")
    h = value.strip('"')
    assert h.startswith("$argon2id$") and gate.verify(h, VIEWER_PW) and not gate.verify(h, VIEWER_PW + "x")
    assert "[gate]" in r.stderr


def test_hash_command_refuses_an_empty_password():
    r = subprocess.run([sys.executable, "-m", "dashboard.gate", "hash"], input="\n", capture_output=True,
                       text=True, cwd=ds.ROOT, timeout=60)
    assert r.returncode == 2 and "empty password" in r.stderr and not r.stdout
