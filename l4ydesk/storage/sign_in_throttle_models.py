"""Table of visitor sign-in throttling: failed sign-ins per app and email, and their lockouts.

Keyed by the app and the email's key, not by the account: an unknown email is counted and
locked exactly like a known one, so a 429 tells nobody whether an account exists. In the
database, not in memory, so every server process serving the store sees the same count.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from l4ydesk.storage.models import Base


class SignInThrottle(Base):
    """Failures of one email at one app in the current window, and its lockout if any."""

    __tablename__ = "visitor_sign_in_throttles"
    __table_args__ = (UniqueConstraint("app_id", "email_key", name="uq_sign_in_throttle"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    app_id: Mapped[int] = mapped_column(ForeignKey("builder_apps.id", ondelete="CASCADE"))
    email_key: Mapped[str] = mapped_column(String(320))
    failures: Mapped[int] = mapped_column(Integer, default=0)  # in the window below
    window_started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    lockouts: Mapped[int] = mapped_column(Integer, default=0)  # since the last good sign-in
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    last_failed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
