"""Environment variables an app's preview needs: found in its code, kept in the keyring.

Real v0 apps read keys such as `NEXT_PUBLIC_SUPABASE_URL` from the environment; without them
the page fails (Supabase: "Your project's URL and Key are required…"). The names come from the
code (`process.env.X`, `process.env["X"]`) and from the app's example env file (.env.example);
the values the user types are stored per app in the OS keyring (never the database), given to
`next dev` only, and a failing page that mentions a missing one is explained in a sentence.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Protocol

from l4ydesk.redaction import remember_secret

_CODE_SUFFIXES = frozenset({".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs", ".mts", ".cts"})
_SKIPPED_DIRS = frozenset({"node_modules", ".next", "out", "dist", "build", ".git"})
_MAX_SCANNED = 1_000_000  # bytes per file: a bundled or minified file is not the app's code
_REFERENCE = re.compile(
    rb"""\bprocess\.env(?:\.([A-Za-z_][A-Za-z0-9_]*)\b|\[\s*["']([A-Za-z_][A-Za-z0-9_]*)["']\s*\])"""
)
_EXAMPLE_LINE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=")
EXAMPLE_FILES = (".env.example", ".env.local.example", ".env.sample", ".env.template")
# Env files Next.js loads by itself in `next dev`: what they set is not missing.
LOADED_FILES = (".env", ".env.local", ".env.development", ".env.development.local")
VALID_NAME = re.compile(r"\A[A-Za-z_][A-Za-z0-9_]*\Z")
# Set by Node.js, Next.js, Vercel or l4ydesk, never by the user for a preview.
_PLATFORM_NAMES = frozenset(
    {
        "NODE_ENV", "NEXT_RUNTIME", "NEXT_PHASE", "NEXT_DEPLOYMENT_ID", "PORT", "HOSTNAME",
        "HOME", "PATH", "PWD", "CI", "TZ", "LANG", "NODE_OPTIONS", "NODE_PATH", "VERCEL",
        "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY", "NEXT_TELEMETRY_DISABLED", "NO_COLOR", "BROWSER",
        "__NEXT_PRIVATE_ORIGIN", "NEXT_PUBLIC_VERCEL_ENV", "NEXT_PUBLIC_VERCEL_URL",
    }
)  # fmt: skip
_PLATFORM_PREFIXES = ("VERCEL_", "NEXT_PRIVATE_", "__NEXT", "npm_", "TURBOPACK", "NODE_")
_ERROR_WORDS = re.compile(r"error|⨯|required|missing|undefined|not (?:set|defined|provided)", re.I)
_SUPABASE = re.compile(
    r"Supabase client|supabaseUrl is required|supabaseKey is required|URL and (?:API )?Key are "
    r"required",
    re.I,
)


# Placeholders let pages render for clicking and connecting without the real services: a URL
# on the reserved .invalid domain never resolves, so calls fail fast and their data stays empty.
PLACEHOLDER_URL = "https://placeholder.invalid"
PLACEHOLDER_EMAIL = "placeholder@example.invalid"
PLACEHOLDER_TEXT = "placeholder"
_URL_WORDS = re.compile(r"(?:^|_)(?:URL|URI|ENDPOINT|HOST|ORIGIN|DOMAIN|BASE)(?:_|$)")


def placeholder_value(name: str) -> str:
    """A value of the right shape for `name`: a URL, an e-mail address or a word."""
    upper = name.upper()
    if _URL_WORDS.search(upper):
        return PLACEHOLDER_URL
    if "EMAIL" in upper or upper.endswith("_FROM"):
        return PLACEHOLDER_EMAIL
    return PLACEHOLDER_TEXT


class PreviewEnvError(ValueError):
    """A variable the user typed cannot be given to the preview; the text says why."""


@dataclass(frozen=True)
class EnvVar:
    """One variable the app reads, and where l4ydesk saw it."""

    name: str
    files: tuple[str, ...]  # the code files that read it and example env files that list it

    @property
    def public(self) -> bool:
        """NEXT_PUBLIC_ values are built into the page's JavaScript, visible to its visitors."""
        return self.name.startswith("NEXT_PUBLIC_")

    @property
    def looks_secret(self) -> bool:
        return bool(re.search(r"KEY|SECRET|TOKEN|PASSWORD|PRIVATE", self.name)) and not self.public


def is_platform_name(name: str) -> bool:
    return name in _PLATFORM_NAMES or name.startswith(_PLATFORM_PREFIXES)


def detect_env_vars(files: Mapping[str, bytes]) -> list[EnvVar]:
    """The variables the app's code or example env file reads, sorted by name."""
    seen: dict[str, list[str]] = {}
    for path, data in sorted(files.items()):
        parts = PurePosixPath(path)
        if _SKIPPED_DIRS.intersection(parts.parts[:-1]):
            continue
        names: Iterable[str] = ()
        if parts.suffix in _CODE_SUFFIXES and len(data) <= _MAX_SCANNED:
            names = ((m.group(1) or m.group(2)).decode("ascii") for m in _REFERENCE.finditer(data))
        elif parts.name in EXAMPLE_FILES:
            names = env_file_names(data)
        for name in names:
            if not is_platform_name(name) and path not in seen.setdefault(name, []):
                seen[name].append(path)
    return [EnvVar(name, tuple(paths)) for name, paths in sorted(seen.items())]


def env_file_names(data: bytes) -> list[str]:
    """The names an env file (`NAME=value` lines) sets."""
    text = data.decode("utf-8", errors="replace")
    return [m.group(1) for m in map(_EXAMPLE_LINE.match, text.splitlines()) if m]


def names_set_by_app_files(files: Mapping[str, bytes]) -> set[str]:
    """Names the app's own .env files set (Next.js loads those itself)."""
    names: set[str] = set()
    for name in LOADED_FILES:
        if name in files:
            names.update(env_file_names(files[name]))
    return names


def check_values(values: Mapping[str, str]) -> dict[str, str]:
    """The values without empty ones; raises PreviewEnvError for a name or value that cannot
    be an environment variable."""
    cleaned: dict[str, str] = {}
    for name, value in values.items():
        if not VALID_NAME.match(name):
            raise PreviewEnvError(
                f"“{name}” cannot be an environment variable name: use letters, digits and _, "
                "not starting with a digit."
            )
        if is_platform_name(name):
            raise PreviewEnvError(
                f"{name} is set by Node.js, Next.js or l4ydesk for the preview and cannot be "
                "changed here."
            )
        if "\0" in value:
            raise PreviewEnvError(f"The value of {name} contains a NUL character; remove it.")
        if value.strip():
            cleaned[name] = value.strip()
    return cleaned


def missing_env_sentence(
    lines: Sequence[str], wanted: Sequence[EnvVar], provided: Collection[str]
) -> tuple[str, tuple[str, ...]] | None:
    """When server output says the page failed for want of a variable: the sentence that says
    so and the names to set; None when these lines are about something else."""
    unset = [var.name for var in wanted if var.name not in provided]
    text = "\n".join(lines)
    if not unset or not _ERROR_WORDS.search(text):
        return None
    named = tuple(name for name in unset if re.search(rf"\b{re.escape(name)}\b", text))
    if not named and _SUPABASE.search(text):
        named = tuple(name for name in unset if "SUPABASE" in name) or tuple(unset)
    if not named:
        return None
    return (
        f"The page failed because the app reads environment variables that are not set for "
        f"its preview: {', '.join(named)}. Set them for this app (Set environment variables… "
        "in the console; they are kept in your keyring) and the preview restarts with them.",
        named,
    )


def unset_note(wanted: Sequence[EnvVar], provided: Collection[str]) -> str | None:
    """Said at start: the variables the app reads that nothing sets."""
    unset = [var.name for var in wanted if var.name not in provided]
    if not unset:
        return None
    shown = ", ".join(unset[:8]) + (f" and {len(unset) - 8} more" if len(unset) > 8 else "")
    return (
        f"This app reads environment variables that are not set for its preview: {shown}. "
        "Pages that need them may fail; set them with Set environment variables… in the console."
    )


class SecretBackend(Protocol):
    """The part of l4ydesk.secrets.SecretStore that this module uses."""

    def get(self, name: str) -> str | None: ...
    def set(self, name: str, value: str) -> None: ...
    def delete(self, name: str) -> None: ...


class PreviewEnvStore:
    """Per-app preview variables in the keyring: one entry per app, a JSON object of values."""

    def __init__(self, secrets: SecretBackend) -> None:
        self._secrets = secrets

    @staticmethod
    def key(app_slug: str) -> str:
        return f"preview_env:{app_slug}"

    def load(self, app_slug: str) -> dict[str, str]:
        raw = self._secrets.get(self.key(app_slug))
        if not raw:
            return {}
        try:
            data = json.loads(raw)
        except ValueError:
            return {}
        if not isinstance(data, dict):
            return {}
        values = {str(k): v for k, v in data.items() if isinstance(v, str)}
        for name, value in values.items():
            if EnvVar(name, ()).looks_secret:
                remember_secret(value)  # redacted by value in logs, like the app's own keys
        return values

    def save(self, app_slug: str, values: Mapping[str, str]) -> dict[str, str]:
        """Store the non-empty values (checked); no values deletes the entry. Returns them."""
        cleaned = check_values(values)
        if cleaned:
            self._secrets.set(self.key(app_slug), json.dumps(cleaned, sort_keys=True))
        else:
            self._secrets.delete(self.key(app_slug))
        return cleaned
