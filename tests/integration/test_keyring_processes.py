"""Keys really persist: a key set in one process is read by the next; no keyring is said."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

PROBE = textwrap.dedent(
    """
    import sys
    from l4ydesk.secrets import SecretStore, SecretStoreUnavailable
    store = SecretStore()
    print("available" if store.available else "unavailable")
    try:
        if store.needs_passphrase and sys.argv[2]:
            store.unlock(sys.argv[2])  # the passphrase the user types
    except SecretStoreUnavailable as exc:
        print("unlock refused:", exc)
    if sys.argv[1] == "set":
        store.set("v0_api_key", "v1:team_abc:persisted-secret-123")
    elif sys.argv[1] == "get":
        try:
            print("key:", store.get("v0_api_key"))
        except SecretStoreUnavailable as exc:
            print("refused:", exc)
    elif sys.argv[1] == "try":
        try:
            store.set("v0_api_key", "x" * 20)
        except SecretStoreUnavailable as exc:
            print(exc)
    """
)


def _probe(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,  # as the window: nobody can answer a terminal prompt
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def _bare_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # no Secret Service on this machine
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    return env


def test_without_a_persisting_keyring_it_says_so_and_how_to_get_one(tmp_path: Path) -> None:
    said = _probe(_bare_env(tmp_path), "try", "")
    assert said.startswith("unavailable")
    assert "GNOME Keyring" in said and "KWallet" in said and "keyrings.cryptfile" in said


def test_a_key_set_in_one_process_is_read_by_another(tmp_path: Path) -> None:
    pytest.importorskip("keyrings.cryptfile")
    env = _bare_env(tmp_path)
    env["PYTHON_KEYRING_BACKEND"] = "keyrings.cryptfile.cryptfile.CryptFileKeyring"
    assert _probe(env, "set", "correct horse").startswith("available")
    assert "key: v1:team_abc:persisted-secret-123" in _probe(env, "get", "correct horse")
    stored = next((tmp_path / "data").rglob("*.cfg")).read_text()
    assert "persisted-secret" not in stored  # encrypted on disk, never plaintext
    # Locked (no passphrase typed, or a wrong one): a sentence, never a prompt that hangs.
    assert "refused: Your encrypted keyring is locked" in _probe(env, "get", "")
    wrong = _probe(env, "get", "wrong horse")
    assert "unlock refused" in wrong and "key: v1" not in wrong
