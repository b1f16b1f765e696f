"""Secrets live only in the keyring, and never reach the log file."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest
from keyring.backends import fail

from l4ydesk.logging_setup import LOG_FILE_NAME, redact
from l4ydesk.secrets import SecretStore, SecretStoreUnavailable
from l4ydesk.settings import load_settings


def test_secret_round_trip_in_the_keyring() -> None:
    store = SecretStore()
    assert store.available
    store.set("v0_api_key", "v1-secret-value-123456")
    assert store.get("v0_api_key") == "v1-secret-value-123456"
    store.delete("v0_api_key")
    store.delete("v0_api_key")  # idempotent
    assert store.get("v0_api_key") is None


def test_no_keyring_is_a_clear_error_never_a_plaintext_fallback(tmp_path: Path) -> None:
    store = SecretStore(fail.Keyring())
    assert not store.available
    with pytest.raises(SecretStoreUnavailable, match=r"keyrings\.alt|GNOME Keyring"):
        store.set("v0_api_key", "x")
    with pytest.raises(SecretStoreUnavailable):
        store.get("v0_api_key")
    assert not any(tmp_path.iterdir())


@pytest.mark.parametrize(
    "line",
    [
        "Authorization: Bearer sk-or-v1-abcdefghijklmnop",
        "request failed with api_key=abcd1234efgh5678",
        '{"token": "ghp_abcdefghijklmnopqrstuvwxyz"}',
        "using key sk_live_51Habcdefghijklmnop",
    ],
)
def test_redaction_removes_credential_shapes(line: str) -> None:
    cleaned = redact(line)
    assert "abcdefghijklmnop" not in cleaned and "abcd1234efgh5678" not in cleaned
    assert "***" in cleaned


def test_log_file_never_contains_a_secret(tmp_path: Path, read_log: Callable[[], str]) -> None:
    logging.getLogger("l4ydesk.test").warning(
        "v0 said 401 for Authorization: Bearer %s", "v1-topsecret-abcdefghijkl"
    )
    try:
        raise RuntimeError("token=sk-live-abcdefghijklmnopq leaked")
    except RuntimeError:
        logging.getLogger("l4ydesk.test").exception("failed")
    text = read_log()
    assert (tmp_path / LOG_FILE_NAME).read_text() == text
    assert "topsecret" not in text and "abcdefghijklmnopq" not in text
    assert "v0 said 401" in text and "failed" in text


def test_settings_follow_environment_overrides(tmp_path: Path) -> None:
    settings = load_settings(
        {
            "L4YDESK_DATA_DIR": str(tmp_path),
            "L4YDESK_V0_URL": "http://127.0.0.1:9/v1/",
            "L4YDESK_DB_URL": "postgresql+psycopg://team@db/l4ydesk",
        }
    )
    assert settings.data_dir == tmp_path
    assert settings.log_dir == tmp_path / "logs"
    assert settings.service_url("v0") == "http://127.0.0.1:9/v1"
    assert settings.db_url.startswith("postgresql") and not settings.uses_sqlite
    assert load_settings({"L4YDESK_DATA_DIR": str(tmp_path)}).db_url.endswith("l4ydesk.db")
