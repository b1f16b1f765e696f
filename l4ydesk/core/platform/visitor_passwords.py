"""Visitors' passwords and emails: what is accepted, and how a password is hashed and checked.

Hashing is the standard library's scrypt (RFC 7914) with a random 16-byte salt per password
and OWASP's listed parameters N=2^14, r=8, p=5 (16 MiB of memory per hash). The parameters
are stored with the hash, so raising them later re-hashes each password at its next sign-in.
Comparisons are `hmac.compare_digest`. At most a few hashes run at once: each one takes its
memory, and a burst of sign-ins must not take the server's.

Passwords follow NIST SP 800-63B §5.1.1.2: length over composition rules, NFKC-normalised
before hashing, refused when common or when they are the email itself.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import re
import secrets
import threading
import unicodedata
from dataclasses import dataclass
from typing import Final

from l4ydesk.core.platform.errors import FieldProblem, InvalidInputError

MIN_PASSWORD: Final = 10
MAX_PASSWORD: Final = 200  # characters; a longer one is a mistake or an attempt to burn CPU
MAX_EMAIL: Final = 254  # RFC 5321's limit on a forward path, less the angle brackets


@dataclass(frozen=True)
class ScryptCost:
    n: int = 2**14
    r: int = 8
    p: int = 5

    @property
    def memory(self) -> int:
        # scrypt needs 128·r·N bytes for its vector, plus 128·r·p; leave room for OpenSSL's own.
        return 128 * self.r * (self.n + self.p) + 16 * 1024 * 1024


DEFAULT_COST: Final = ScryptCost()
_SALT_BYTES: Final = 16
_HASH_BYTES: Final = 32
_HASHING = threading.BoundedSemaphore(4)

# Passwords of 10+ characters from the top of the breached-password lists (SecLists'
# 10k-most-common); the length rule already refuses the shorter ones.
_COMMON: Final = frozenset(
    {
        "1234567890",
        "0123456789",
        "9876543210",
        "1111111111",
        "0000000000",
        "1234512345",
        "123456789a",
        "a123456789",
        "1q2w3e4r5t",
        "qwertyuiop",
        "asdfghjkl;",
        "zxcvbnm,./",
        "1qaz2wsx3edc",
        "qwerty1234",
        "qwerty123456",
        "password12",
        "password123",
        "password1234",
        "passw0rd123",
        "iloveyou12",
        "iloveyou123",
        "letmein123",
        "welcome123",
        "welcome1234",
        "admin12345",
        "administrator",
        "abcdefghij",
        "abcd123456",
        "football123",
        "baseball123",
        "monkey1234",
        "dragon1234",
        "sunshine123",
        "princess123",
        "superman123",
        "trustno1234",
        "changeme123",
        "q1w2e3r4t5",
        "1q2w3e4r5t6y",
        "qazwsxedc123",
        "11223344556677",
        "987654321a",
    }
)

# RFC 5322 atext (plus any non-ASCII letter, RFC 6531) in dot-separated runs; a domain of
# at least two labels of letters, digits and inner hyphens (IDN labels may be non-ASCII).
_ATEXT = r"[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~\u0080-\U0010FFFF]+"
_LOCAL = re.compile(rf"^{_ATEXT}(\.{_ATEXT})*$")
_LABEL = re.compile(r"^(?!-)[A-Za-z0-9\u0080-\U0010FFFF-]{1,63}(?<!-)$")


def normalize_email(raw: str) -> tuple[str, str]:
    """(the email as typed, NFC; the key that makes it unique) or InvalidInputError."""
    email = unicodedata.normalize("NFC", raw.strip())
    local, at, domain = email.rpartition("@")
    problem = None
    if not email:
        problem = "is empty; give the email address the visitor signs in with"
    elif len(email) > MAX_EMAIL:
        problem = f"is longer than {MAX_EMAIL} characters"
    elif any(unicodedata.category(ch)[0] in "CZ" for ch in email):
        problem = "has spaces or invisible characters in it"
    elif not at or not local or len(local) > 64 or not _LOCAL.match(local):
        problem = "is not an email address (name@example.com)"
    elif domain.count(".") < 1 or not all(_LABEL.match(label) for label in domain.split(".")):
        problem = "is not an email address: the part after @ is not a domain"
    if problem is not None:
        sentence = f"The email {problem}."
        raise InvalidInputError([FieldProblem("email", sentence)], sentence)
    return email, email.casefold()


def normalized_password(password: str) -> str:
    return unicodedata.normalize("NFKC", password)


def password_problem(password: str, email: str) -> str | None:
    """Why a new password is refused, as a sentence; None when it is acceptable."""
    text = normalized_password(password)
    if len(text) < MIN_PASSWORD:
        return f"The password needs at least {MIN_PASSWORD} characters; a few words work well."
    if len(text) > MAX_PASSWORD:
        return f"The password may have at most {MAX_PASSWORD} characters."
    folded = text.casefold()
    if len(set(folded)) < 4:
        return "The password repeats too few characters; choose a less predictable one."
    local = email.casefold().rpartition("@")[0]
    if folded in _COMMON or folded == email.casefold() or (len(local) >= 4 and local in folded):
        return (
            "The password is too easy to guess (it is common or contains the email); "
            "choose another."
        )
    return None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _scrypt(password: str, salt: bytes, cost: ScryptCost) -> bytes:
    with _HASHING:
        return hashlib.scrypt(
            normalized_password(password).encode("utf-8"),
            salt=salt,
            n=cost.n,
            r=cost.r,
            p=cost.p,
            maxmem=cost.memory,
            dklen=_HASH_BYTES,
        )


def hash_password(password: str, cost: ScryptCost = DEFAULT_COST) -> str:
    salt = secrets.token_bytes(_SALT_BYTES)
    digest = _scrypt(password, salt, cost)
    return f"scrypt${cost.n}${cost.r}${cost.p}${_b64(salt)}${_b64(digest)}"


def _parse(stored: str) -> tuple[ScryptCost, bytes, bytes] | None:
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != "scrypt" or not all(p.isdigit() for p in parts[1:4]):
        return None
    try:
        salt, digest = base64.b64decode(parts[4], validate=True), base64.b64decode(parts[5])
    except ValueError:
        return None
    return ScryptCost(int(parts[1]), int(parts[2]), int(parts[3])), salt, digest


def verify_password(password: str, stored: str) -> bool:
    parsed = _parse(stored)
    if parsed is None:
        return False
    cost, salt, digest = parsed
    return hmac.compare_digest(_scrypt(password, salt, cost), digest)


def needs_rehash(stored: str, cost: ScryptCost = DEFAULT_COST) -> bool:
    parsed = _parse(stored)
    return parsed is None or parsed[0] != cost


@functools.cache
def _decoy() -> str:
    return hash_password(secrets.token_urlsafe(24))


def spend_decoy_check(password: str) -> None:
    """Checked when the email is unknown, so that costs the time a known email's check does."""
    verify_password(password, _decoy())
