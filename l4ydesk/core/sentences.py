"""The one place that turns a failure into the sentence a person sees (CLI, window, chat).

Expected failures carry their own sentence (`L4yError`, the store's refusals, a remote
service's `user_message`); everything else is said plainly, with the details left to the log,
never a traceback and never the exception's text (it may hold a path, a query or a secret).
"""

from __future__ import annotations

import errno
import sys

from l4ydesk.clients.errors import AuthError, RemoteError
from l4ydesk.core.errors import L4yError
from l4ydesk.store_errors import StoreBusyError, StoreError

LOG_HINT = "the details are in l4ydesk's log file"


def missing_key_sentence(service: str) -> str:
    return f"No {service} API key is set. Add your {service} key in Settings → Keys."


def sentence_for(error: BaseException, log_hint: str = LOG_HINT) -> str:
    """What happened and what to do, for any exception; `log_hint` says where the log is."""
    if isinstance(error, AuthError) and error.status is None:
        # The transport raises this when the key callable gave nothing: a missing key.
        return missing_key_sentence(error.service)
    if isinstance(error, RemoteError):
        return error.user_message
    if isinstance(error, L4yError | StoreError):
        return str(error)
    user_message = getattr(error, "user_message", None)
    if isinstance(user_message, str) and user_message:
        return user_message
    # Only an error SQLAlchemy raised can be one of its own: no import (and no start-up cost).
    sa_errors = sys.modules.get("sqlalchemy.exc")
    if (
        sa_errors is not None
        and isinstance(error, sa_errors.OperationalError)
        and "locked" in str(error.orig).lower()
    ):
        return str(StoreBusyError())
    if isinstance(error, PermissionError):
        return (
            f"l4ydesk is not allowed to use {error.filename or 'that file'}; "
            "check its permissions and try again."
        )
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return "The disk is full; nothing more was written. Free some space and try again."
    if isinstance(error, OSError):
        where = f" ({error.filename})" if error.filename else ""
        return f"The operation failed: {error.strerror or 'a system error'}{where}; {log_hint}."
    if isinstance(error, MemoryError):
        return f"There was not enough memory for this; nothing was changed. {_cap(log_hint)}."
    return (
        f"Something unexpected went wrong ({type(error).__name__}); nothing more was changed, "
        f"and {log_hint}."
    )


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]
