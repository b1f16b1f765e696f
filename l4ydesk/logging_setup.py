"""Logging to a rotating file in the log dir, with secrets redacted before anything is written."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from l4ydesk.redaction import redact

__all__ = ["LOG_FILE_NAME", "RedactingFilter", "configure_logging", "redact"]

LOG_FILE_NAME = "l4ydesk.log"


class RedactingFilter(logging.Filter):
    """Rewrites each record's final message with secrets removed."""

    def __init__(self, known_secrets: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.known_secrets = known_secrets

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, self.known_secrets)
        record.msg = redact(message, self.known_secrets)
        record.args = None
        return True


def configure_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """Send l4ydesk's logs to a rotating file (and warnings to stderr); return the file path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_l4ydesk", False):
            root.removeHandler(handler)
            handler.close()
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2 * 1024 * 1024, backupCount=5, encoding="utf-8"
    )
    file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    file_handler.addFilter(RedactingFilter())
    file_handler._l4ydesk = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    root.setLevel(level)
    return path
