"""Who may open the dashboard, and as what: the access gate, configured in `.streamlit/secrets.toml`.

- An `[auth]` section (an OIDC provider): Streamlit's own sign-in (st.login / st.user / st.logout);
  `[gate] editors = ["email", …]` names the editors.
- Else `[gate] password_hash` and/or `editor_password_hash` (argon2, made by `python -m dashboard.gate hash`):
  a password form; the editor password makes an editor. Failed attempts are rate-limited.
- Else the dashboard is open, meant for local use on 127.0.0.1; bound to another address it says so.

Editors may change the data (today: rebuild the tables); viewers only read. A misconfigured gate stays closed.
"""
from __future__ import annotations

import argparse
import getpass
import secrets as secrets_module
import sys
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import streamlit as st
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

EDITOR, VIEWER = "editor", "viewer"
OIDC, PASSWORD, OPEN = "oidc", "password", "open"
LOCAL_ADDRESSES = frozenset({"127.0.0.1", "localhost", "::1"})
MAX_FAILED_ATTEMPTS = 5  # a few typos in a row are normal; more within the window looks like guessing
FAILURE_WINDOW_SECONDS = 60.0  # so at most MAX_FAILED_ATTEMPTS guesses a minute per session and per address
ACCESS_KEY = "_gate_access"  # session_state: the Access a password sign-in granted
CLIENT_KEY = "_gate_client"  # session_state: this session's key for the rate limit
HASH_COMMAND = "python -m dashboard.gate hash"

_hasher = PasswordHasher()


class GateConfigError(RuntimeError):
    """The gate's settings cannot be used; the dashboard stays closed until they are fixed."""


@dataclass(frozen=True)
class Access:
    kind: str  # OIDC, PASSWORD or OPEN
    role: str  # EDITOR or VIEWER
    user: str = ""

    @property
    def editor(self) -> bool:
        return self.role == EDITOR


class Limiter:
    """Failed sign-ins per client key (a session, an address) in a sliding window; thread-safe, since every
    session of the server shares it."""

    def __init__(self, max_failures: int = MAX_FAILED_ATTEMPTS, window: float = FAILURE_WINDOW_SECONDS,
                 clock: Callable[[], float] = time.monotonic):
        self.max_failures, self.window, self.clock = max_failures, window, clock
        self._failures: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> list[float]:
        times = [t for t in self._failures.get(key, ()) if now - t < self.window]
        if times:
            self._failures[key] = times
        else:
            self._failures.pop(key, None)
        return times

    def wait(self, keys: Iterable[str]) -> float:
        """Seconds until any of keys may try again (0 when it may now)."""
        with self._lock:
            now = self.clock()
            waits = [times[-self.max_failures] + self.window - now
                     for k in keys if len(times := self._recent(k, now)) >= self.max_failures]
            return max(waits, default=0.0)

    def failed(self, keys: Iterable[str]) -> None:
        with self._lock:
            now = self.clock()
            for k in list(self._failures):  # forget clients whose failures have aged out
                self._recent(k, now)
            for k in keys:
                self._failures.setdefault(k, []).append(now)

    def succeeded(self, keys: Iterable[str]) -> None:
        with self._lock:
            for k in keys:
                self._failures.pop(k, None)


LIMITER = Limiter()


# ------------------------------------------------------------------ settings
def settings() -> tuple[Mapping, Mapping]:
    """The [auth] and [gate] sections of the secrets (empty when absent). A secrets file that exists but
    cannot be read is an error, never an open gate."""
    if not st.secrets.load_if_toml_exists():
        present = [p for p in st.get_option("secrets.files") if Path(p).is_file()]
        if present:
            raise GateConfigError(f"{Path(present[0]).name} cannot be read (is it valid TOML?).")
        return {}, {}
    return st.secrets.get("auth") or {}, st.secrets.get("gate") or {}


def mode(auth: Mapping, gate: Mapping) -> str:
    if auth:
        return OIDC
    if gate.get("password_hash") or gate.get("editor_password_hash"):
        return PASSWORD
    return OPEN


def bind_address() -> str:
    """The address the server listens on ('' when unset: then Streamlit listens on every interface)."""
    return str(st.get_option("server.address") or "")


def is_local(address: str) -> bool:
    return address in LOCAL_ADDRESSES


# ------------------------------------------------------------------ passwords
def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify(password_hash: str, password: str) -> bool:
    """Whether password matches the argon2 hash. Raises GateConfigError when the hash is not one."""
    try:
        return _hasher.verify(password_hash, password)
    except VerificationError:
        return False
    except InvalidHashError as exc:
        raise GateConfigError(f"a password hash in the [gate] section of secrets.toml is not an argon2 hash; "
                              f"make one with `{HASH_COMMAND}`.") from exc


def role_of(password: str, gate: Mapping) -> str | None:
    """EDITOR or VIEWER for the password that matches, None for a wrong one (the editor hash first)."""
    for field, role in (("editor_password_hash", EDITOR), ("password_hash", VIEWER)):
        h = gate.get(field)
        if h and verify(str(h), password):
            return role
    return None


def _client_keys() -> list[str]:
    ss = st.session_state
    if CLIENT_KEY not in ss:
        ss[CLIENT_KEY] = secrets_module.token_hex(8)
    keys = [f"session:{ss[CLIENT_KEY]}"]
    ip = st.context.ip_address
    return keys + [f"ip:{ip}"] if ip else keys


# ------------------------------------------------------------------ pages
def _title() -> None:
    st.markdown("<h1 class='app-title'>PMU – US confrontation in Iraq</h1>", unsafe_allow_html=True)


def _closed(message: str) -> None:
    _title()
    st.error(f"**The dashboard is closed: its access settings are wrong.** {message}", icon=":material/lock:")
    st.stop()


def _oidc(auth: Mapping, gate: Mapping) -> Access:
    if st.user.get("is_logged_in"):
        email = str(st.user.get("email") or "")
        editors = {str(e).lower() for e in gate.get("editors", ())}
        return Access(OIDC, EDITOR if email.lower() in editors else VIEWER, email or str(st.user.get("name") or ""))
    _title()
    st.info("Sign in to see the dashboard.", icon=":material/lock:")
    if st.button("Log in", type="primary", icon=":material/login:", key="gate_login"):
        try:
            import authlib  # noqa: F401  (st.login needs it)
        except ImportError:
            _closed("Sign-in with an identity provider needs Authlib: `pip install -r requirements.txt`.")
        st.login(gate.get("provider") or None)
    st.stop()
    raise AssertionError("unreachable")


def _password(gate: Mapping) -> Access:
    granted = st.session_state.get(ACCESS_KEY)
    if isinstance(granted, Access):
        return granted
    _title()
    keys = _client_keys()
    with st.columns([1, 2])[0], st.form("gate_form", clear_on_submit=True):
        password = st.text_input("Password", type="password")
        submitted = st.form_submit_button("Enter", icon=":material/login:")
    if submitted:
        wait = LIMITER.wait(keys)
        role = None
        if wait > 0:
            st.error(f"Too many wrong passwords. Try again in {wait:.0f} s.", icon=":material/timer:")
        elif password and (role := role_of(password, gate)):
            LIMITER.succeeded(keys)
            st.session_state[ACCESS_KEY] = Access(PASSWORD, role)
            st.rerun()
        else:
            LIMITER.failed(keys)
            st.error("Wrong password.", icon=":material/key_off:")
    st.stop()
    raise AssertionError("unreachable")


def require() -> Access:
    """The visitor's Access. Draws the sign-in page and stops the script while there is none; stops with an
    error when the settings cannot be used (never falls open)."""
    try:
        auth, gate = settings()
        kind = mode(auth, gate)
        if kind == OIDC:
            return _oidc(auth, gate)
        if kind == PASSWORD:
            return _password(gate)
    except GateConfigError as exc:
        _closed(str(exc))
    # open: local use is the owner's (an editor); a server others can reach gets readers only
    return Access(OPEN, EDITOR if is_local(bind_address()) else VIEWER)


def _sign_out() -> None:
    st.session_state.pop(ACCESS_KEY, None)


def account(access: Access) -> None:
    """Sidebar: who is signed in and the sign-out button; for an open dashboard on a shared address, a note."""
    sb = st.sidebar
    if access.kind == OIDC:
        sb.caption(f"Signed in as {access.user or 'unknown'} ({access.role}).")
        if sb.button("Log out", icon=":material/logout:", key="gate_logout"):
            st.logout()
    elif access.kind == PASSWORD:
        sb.caption(f"Signed in with the {access.role} password.")
        sb.button("Log out", icon=":material/logout:", key="gate_logout", on_click=_sign_out)
    elif not is_local(bind_address()):
        sb.caption(f"Open to everyone who can reach this server (address {bind_address() or 'all interfaces'}), "
                   "with no sign-in and read-only. Set a password or an identity provider in "
                   ".streamlit/secrets.toml (README, Hosting).")


# ------------------------------------------------------------------ command line
def _read_password() -> str:
    if sys.stdin.isatty():
        first = getpass.getpass("Password: ")
        if getpass.getpass("Again: ") != first:
            raise SystemExit("error: the two passwords differ")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m dashboard.gate", description="Make a password hash for the "
                                 "dashboard's [gate] section in .streamlit/secrets.toml.")
    sub = ap.add_subparsers(dest="command", required=True)
    h = sub.add_parser("hash", help="read a password (prompt, or the first line of stdin) and print the secrets line")
    h.add_argument("--editor", action="store_true", help="the editors' password (editor_password_hash)")
    args = ap.parse_args(argv)
    password = _read_password()
    if not password:
        print("error: empty password", file=sys.stderr)
        return 2
    field = "editor_password_hash" if args.editor else "password_hash"
    print(f'{field} = "{hash_password(password)}"')
    print("Put this line under [gate] in .streamlit/secrets.toml.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
