"""Every key the app holds is redacted by value (v0 keys have colons) in logs, notes, exports."""

from __future__ import annotations

import logging
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from l4ydesk.core.chat.history import ChatLog
from l4ydesk.core.chat.values import MessageStatus, Provider
from l4ydesk.core.transfer import FileTransfer
from l4ydesk.core.vfs import VirtualFileSystem
from l4ydesk.redaction import forget_secret, redact
from l4ydesk.secrets import SecretStore
from l4ydesk.storage.db import Store

V0_KEY = "v1:team_abc123:Zq9SECRETx7Lw2Pk"
PLAIN_KEY = "plainsecretwithnoshape42"


@pytest.fixture
def held_keys() -> Iterator[None]:
    secrets = SecretStore()
    secrets.set("v0_api_key", V0_KEY)
    secrets.set("openrouter_api_key", PLAIN_KEY)
    yield
    for name in ("v0_api_key", "openrouter_api_key"):
        secrets.delete(name)
    forget_secret(V0_KEY)
    forget_secret(PLAIN_KEY)


def test_v0_key_shape_is_redacted_without_knowing_it() -> None:
    assert "SECRET" not in redact("Bearer v1:team_xyz:SECRETabcdef123")
    assert "SECRET" not in redact("the key v1:team_xyz:SECRETabcdef123 was refused")


def test_keys_in_use_are_redacted_in_the_log(read_log: Callable[[], str], held_keys: None) -> None:
    logging.getLogger("l4ydesk.test").warning("v0 echoed %s and %s", V0_KEY, PLAIN_KEY)
    text = read_log()
    assert "Zq9SECRET" not in text and PLAIN_KEY not in text and "v0 echoed" in text


def test_stored_chat_notes_and_answers_never_hold_a_key(
    store: Store, app_id: int, held_keys: None
) -> None:
    chats = ChatLog(store)
    turn = chats.start_turn(app_id, Provider.AI, "m", "hello", MessageStatus.SENDING)
    chats.finish_turn(
        turn.turn_id,
        user_status=MessageStatus.SENT,
        answer=f"partial answer; stream error: invalid key {PLAIN_KEY}",
        answer_status=MessageStatus.PARTIAL,
        note=f"The service said: Authorization: Bearer {V0_KEY}",
    )
    stored = " ".join(m.content + m.note for m in chats.messages(app_id))
    assert PLAIN_KEY not in stored and "Zq9SECRET" not in stored
    assert "partial answer" in stored


def test_exports_never_hold_a_key(
    transfer: FileTransfer, vfs: VirtualFileSystem, app_id: int, tmp_path: Path, held_keys: None
) -> None:
    vfs.write(app_id, ".env.local", f"OPENROUTER_KEY={PLAIN_KEY}\nV0={V0_KEY}\n".encode())
    vfs.write(app_id, "app/page.tsx", b"export default function P() { return null }\n")
    transfer.export_folder(app_id, tmp_path / "out")
    exported = (tmp_path / "out" / ".env.local").read_text()
    assert PLAIN_KEY not in exported and V0_KEY not in exported
    transfer.export_zip(app_id, tmp_path / "out.zip")
    with zipfile.ZipFile(tmp_path / "out.zip") as zf:
        assert PLAIN_KEY.encode() not in zf.read(".env.local")
    assert PLAIN_KEY.encode() in vfs.read(app_id, ".env.local")  # the store is untouched
