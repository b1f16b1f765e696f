"""Tables of visitor sign-in (`/api/v1/auth/…`): the accounts of a published app's visitors.

Each account belongs to one app: the same email may sign up to two apps and gets two accounts
that know nothing of each other. Only a salted scrypt hash of a password is kept, and only a
keyed SHA-256 of a session token (as for API keys), so a copy of the database signs nobody in.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from l4ydesk.storage.models import Base, utcnow


class VisitorAccount(Base):
    """One visitor of one app. `email_key` (NFC, case-folded) is what makes an email unique."""

    __tablename__ = "visitor_accounts"
    __table_args__ = (UniqueConstraint("app_id", "email_key", name="uq_visitor_email"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    app_id: Mapped[int] = mapped_column(ForeignKey("builder_apps.id", ondelete="CASCADE"))
    email: Mapped[str] = mapped_column(String(320))  # as the visitor typed it (NFC)
    email_key: Mapped[str] = mapped_column(String(320))
    # "scrypt$<n>$<r>$<p>$<salt b64>$<hash b64>": the parameters travel with the hash.
    password_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)


class VisitorSession(Base):
    """A signed-in session: the keyed hash of its token, its expiry, and its end if signed out."""

    __tablename__ = "visitor_sessions"
    id: Mapped[int] = mapped_column(primary_key=True)
    visitor_id: Mapped[int] = mapped_column(
        ForeignKey("visitor_accounts.id", ondelete="CASCADE"), index=True
    )
    app_id: Mapped[int] = mapped_column(ForeignKey("builder_apps.id", ondelete="CASCADE"))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
