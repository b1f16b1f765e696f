"""Normalizing file paths inside a builder app, and refusing the ones that are unsafe.

Every path in the store is a relative POSIX path such as `app/page.tsx`. Paths come from users,
zip files, v0 and the AI, so anything that could escape the app or break on another OS is
refused with a sentence that says why.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping

from l4ydesk.core.errors import InvalidPathError
from l4ydesk.core.text_safety import control_character, hidden_character

MAX_PATH_LENGTH = 1024
# File systems limit a name to 255 bytes (ext4, APFS as UTF-8), not 255 characters.
MAX_NAME_BYTES = 255

# Names Windows reserves for devices, with or without an extension.
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$", re.IGNORECASE)
_FORBIDDEN_CHARS = set('<>:"|?*')


def normalize_path(raw: str) -> str:
    """Return the canonical form of `raw` or raise InvalidPathError."""
    if not isinstance(raw, str) or not raw.strip():
        raise InvalidPathError("A file name is required.")
    if "\x00" in raw:
        raise InvalidPathError("File names cannot contain a NUL byte.")
    if control_character(raw) is not None:
        raise InvalidPathError(f"{raw!r} contains a control character; rename it.")
    hidden = hidden_character(raw)
    if hidden is not None:
        raise InvalidPathError(
            f"{raw!r} contains an invisible or direction-changing character ({hidden}), "
            "which can make a name look like another; rename it."
        )
    # One spelling per name: "café" typed on macOS (NFD) and on Linux (NFC) is the same file.
    path = unicodedata.normalize("NFC", raw).replace("\\", "/").strip()
    if path.startswith("/") or re.match(r"^[A-Za-z]:", path):
        raise InvalidPathError(
            f"'{raw}' is an absolute path; use a path inside the app, like 'app/page.tsx'."
        )
    parts = [part for part in path.split("/") if part not in ("", ".")]
    if not parts:
        raise InvalidPathError("A file name is required.")
    for part in parts:
        _check_name(part, raw)
    normalized = "/".join(parts)
    if len(normalized) > MAX_PATH_LENGTH:
        raise InvalidPathError(f"The path is longer than {MAX_PATH_LENGTH} characters.")
    return normalized


def _check_name(part: str, raw: str) -> None:
    if part == "..":
        raise InvalidPathError(f"'{raw}' points outside the app ('..' is not allowed).")
    if len(part.encode("utf-8")) > MAX_NAME_BYTES:
        raise InvalidPathError(
            f"The name '{part[:40]}…' is longer than {MAX_NAME_BYTES} bytes of UTF-8, which "
            "no common file system can store; shorten it."
        )
    bad = sorted(_FORBIDDEN_CHARS.intersection(part))
    if bad:
        raise InvalidPathError(f"'{part}' contains {' '.join(bad)}, which files cannot use.")
    if _RESERVED.match(part):
        raise InvalidPathError(f"'{part}' is a reserved device name on Windows; choose another.")
    if part != part.rstrip(" ."):
        raise InvalidPathError(f"'{part}' ends with a dot or a space, which Windows cannot store.")


def path_key(path: str) -> str:
    """The case- and NFC/NFD-insensitive identity of a path: two live files may not share one."""
    return unicodedata.normalize("NFC", path).casefold()


def is_under(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder + "/")


def parent_folders(path: str) -> list[str]:
    parts = path.split("/")[:-1]
    return ["/".join(parts[: i + 1]) for i in range(len(parts))]


def package_folders(paths: Iterable[str]) -> list[str]:
    """Folders below the top that hold a package.json (none in node_modules), shallowest first."""
    folders = {p.rsplit("/", 1)[0] for p in paths if p.endswith("/package.json")}
    return sorted(
        (f for f in folders if "node_modules" not in f.split("/")),
        key=lambda folder: (folder.count("/"), folder),
    )


def nested_app_hint(paths: Iterable[str]) -> str:
    """When an app has no package.json at the top but a folder of it has one (a repository
    that keeps the Next.js app in `web/`), a sentence naming that folder; else ""."""
    folders = package_folders(paths)
    if not folders:
        return ""
    return f" Its package.json is in {folders[0]}/: that folder is the app; use it instead."


def declares_next(package_json: bytes) -> bool:
    """Whether a package.json lists Next.js among its dependencies."""
    try:
        package = json.loads(package_json)
    except (ValueError, UnicodeDecodeError):
        return False
    if not isinstance(package, dict):
        return False
    declared = [package.get(k) for k in ("dependencies", "devDependencies")]
    return any(isinstance(d, dict) and "next" in d for d in declared)


def next_app_folder(files: Mapping[str, bytes]) -> str:
    """The folder that holds the Next.js app: "" for the top, or the shallowest folder whose
    package.json declares next when the top's does not (a repository with `frontend/` and
    `backend/` under a script-only root, or with no package.json at the top)."""
    if declares_next(files.get("package.json", b"")):
        return ""
    folders = package_folders(files)
    return next((f for f in folders if declares_next(files[f"{f}/package.json"])), "")


def files_under(files: Mapping[str, bytes], folder: str) -> dict[str, bytes]:
    """The files inside `folder`, with paths relative to it (all of them for "")."""
    if not folder:
        return dict(files)
    prefix = folder + "/"
    return {p[len(prefix) :]: data for p, data in files.items() if p.startswith(prefix)}
