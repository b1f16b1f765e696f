"""One mapper from failure to sentence: the command line, the window and the chat agree."""

from __future__ import annotations

import errno

import pytest
from sqlalchemy.exc import OperationalError

from l4ydesk.clients.errors import AuthError
from l4ydesk.core.chat.errors import sentence_for as chat_sentence
from l4ydesk.core.errors import L4yError
from l4ydesk.core.sentences import sentence_for
from l4ydesk.secrets import SecretStoreUnavailable


@pytest.mark.parametrize(
    ("error", "fragment"),
    [
        (AuthError("v0", status=None), "No v0 API key is set"),
        (AuthError("v0"), "was refused"),
        (L4yError("Nothing was imported."), "Nothing was imported."),
        (SecretStoreUnavailable(), "No keyring that keeps keys"),
        (OSError(errno.ENOSPC, "No space left on device"), "disk is full"),
        (OperationalError("INSERT", {}, Exception("database is locked")), "busy"),
        (RuntimeError("token=sk-live-abcdefghijklmnop"), "RuntimeError"),
    ],
)
def test_every_failure_has_one_sentence(error: BaseException, fragment: str) -> None:
    said = sentence_for(error)
    assert fragment in said
    assert "sk-live" not in said  # an unexpected error's text is never shown


def test_window_and_chat_use_the_same_mapper() -> None:
    pytest.importorskip("PySide6")
    from l4ydesk.ui.tasks import describe_error

    error = AuthError("OpenRouter", status=None)
    assert describe_error(error) == chat_sentence(error) == sentence_for(error)
    assert "Open Log Folder" in describe_error(RuntimeError("boom"))
