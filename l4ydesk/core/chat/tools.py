"""The built-in AI's file tools over an app's VFS, and the change records that make undo work.

Every change is a revision with source ai. Each change is reported to `on_change` as soon as it
is made, as a JSON-ready dict, so an agent step can be undone even after a crash or restart:
  {"op": "create", "file_id", "path", "after"}          (after: content hash)
  {"op": "write",  "file_id", "path", "before", "after"} (before: revision number)
  {"op": "delete", "path", "file_ids"}
  {"op": "rename", "old", "new", "files": [[file_id, old_path, new_path], ...]}
A tool that fails returns an error text for the model to correct itself; it never raises.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from l4ydesk.core.chat.values import FileChanges
from l4ydesk.core.errors import FileNotFoundInAppError, L4yError
from l4ydesk.core.paths import normalize_path
from l4ydesk.core.vfs import VirtualFileSystem, looks_binary
from l4ydesk.storage.models import RevisionSource

MAX_READ_CHARS = 60_000
Change = dict[str, Any]


def _tool(name: str, description: str, properties: Mapping[str, str]) -> dict[str, Any]:
    optional = {"folder"}
    return {
        "type": "function",
        "function": {
            "name": name,
            "description": description,
            "parameters": {
                "type": "object",
                "properties": {
                    key: {"type": "string", "description": text} for key, text in properties.items()
                },
                "required": [key for key in properties if key not in optional],
                "additionalProperties": False,
            },
        },
    }


TOOL_SPECS: tuple[dict[str, Any], ...] = (
    _tool(
        "list_files",
        "List the app's files with their sizes in bytes.",
        {"folder": "Only list files under this folder (optional)."},
    ),
    _tool("read_file", "Read a text file of the app.", {"path": "The file's path."}),
    _tool(
        "write_file",
        "Create a file, or replace a file's whole content.",
        {"path": "The file's path.", "content": "The complete new content."},
    ),
    _tool(
        "edit_file",
        "Replace one exact piece of a file. old_text must occur exactly once in the file; "
        "include a few surrounding lines to make it unique.",
        {
            "path": "The file's path.",
            "old_text": "The exact text to replace.",
            "new_text": "The text to put in its place.",
        },
    ),
    _tool(
        "delete_file",
        "Delete a file, or a folder with everything in it.",
        {"path": "The file or folder."},
    ),
    _tool(
        "rename_file",
        "Rename or move a file or a folder.",
        {"old_path": "Where it is now.", "new_path": "Where it goes."},
    ),
)
TOOL_NAMES = frozenset(spec["function"]["name"] for spec in TOOL_SPECS)


@dataclass(frozen=True)
class ToolResult:
    """`content` goes back to the model; `summary` is a line for people."""

    ok: bool
    content: str
    summary: str
    changes: FileChanges = field(default_factory=FileChanges)


class ToolError(L4yError):
    pass


def tool_path(arguments: Mapping[str, Any] | None) -> str | None:
    """The file a call is about, for display and for the usage hooks."""
    if not arguments:
        return None
    for key in ("path", "old_path", "folder"):
        value = arguments.get(key)
        if isinstance(value, str) and value:
            return value
    return None


class AgentFileTools:
    """Runs the agent's tool calls on one app; blocking (call it off the event loop)."""

    def __init__(
        self, vfs: VirtualFileSystem, app_id: int, on_change: Callable[[Change], None]
    ) -> None:
        self._vfs = vfs
        self._app_id = app_id
        self._on_change = on_change

    def run(self, name: str, arguments: Mapping[str, Any] | None) -> ToolResult:
        if name not in TOOL_NAMES:
            return _failed(f"There is no tool named '{name}'. Use one of: {_names()}.")
        if arguments is None:
            return _failed(f"The arguments of {name} were not valid JSON; send a JSON object.")
        try:
            handler: Callable[[Mapping[str, Any]], ToolResult] = getattr(self, f"_{name}")
            return handler(arguments)
        except L4yError as exc:
            return _failed(str(exc))

    # ----- tools ---------------------------------------------------------------------------

    def _list_files(self, args: Mapping[str, Any]) -> ToolResult:
        folder = args.get("folder")
        prefix = normalize_path(folder) + "/" if isinstance(folder, str) and folder else ""
        files = [f for f in self._vfs.list_files(self._app_id) if f.path.startswith(prefix)]
        if not files:
            return ToolResult(True, "No files.", "no files")
        lines = [f"{f.path} ({f.size} bytes)" for f in files]
        return ToolResult(True, "\n".join(lines), f"{len(files)} files")

    def _read_file(self, args: Mapping[str, Any]) -> ToolResult:
        path = normalize_path(_text(args, "path"))
        data = self._vfs.read(self._app_id, path)
        if looks_binary(data):
            raise ToolError(f"'{path}' is a binary file; it cannot be read as text.")
        text = data.decode("utf-8")
        if len(text) > MAX_READ_CHARS:
            text = text[:MAX_READ_CHARS] + f"\n… (cut: the file has {len(text):,} characters)"
        return ToolResult(True, text, f"read {path}")

    def _write_file(self, args: Mapping[str, Any]) -> ToolResult:
        path = normalize_path(_text(args, "path"))
        content = _text(args, "content", allow_empty=True)
        return self._save(path, content, "wrote")

    def _edit_file(self, args: Mapping[str, Any]) -> ToolResult:
        path = normalize_path(_text(args, "path"))
        old = _text(args, "old_text")
        new = _text(args, "new_text", allow_empty=True)
        data = self._vfs.read(self._app_id, path)
        if looks_binary(data):
            raise ToolError(f"'{path}' is a binary file; it cannot be edited as text.")
        text = data.decode("utf-8")
        count = text.count(old)
        if count == 0:
            raise ToolError(
                f"old_text was not found in '{path}'; read the file and copy it exactly."
            )
        if count > 1:
            raise ToolError(
                f"old_text occurs {count} times in '{path}'; include more surrounding lines "
                "so it occurs exactly once."
            )
        return self._save(path, text.replace(old, new, 1), "edited")

    def _delete_file(self, args: Mapping[str, Any]) -> ToolResult:
        path = normalize_path(_text(args, "path"))
        file_ids = self._vfs.delete(self._app_id, path)
        self._on_change({"op": "delete", "path": path, "file_ids": file_ids})
        what = f"{len(file_ids)} files under {path}" if len(file_ids) > 1 else path
        return ToolResult(True, f"Deleted {what}.", f"deleted {what}", FileChanges(deleted=(path,)))

    def _rename_file(self, args: Mapping[str, Any]) -> ToolResult:
        old = normalize_path(_text(args, "old_path"))
        new = normalize_path(_text(args, "new_path"))
        before = {f.file_id: f.path for f in self._vfs.list_files(self._app_id)}
        moved = self._vfs.rename(self._app_id, old, new, RevisionSource.AI)
        if not moved:
            return ToolResult(True, "Nothing to rename: the paths are the same.", "no change")
        files = [[f.file_id, before.get(f.file_id, old), f.path] for f in moved]
        self._on_change({"op": "rename", "old": old, "new": new, "files": files})
        return ToolResult(
            True,
            f"Renamed {old} to {new}.",
            f"renamed {old} → {new}",
            FileChanges(renamed=((old, new),)),
        )

    # ----- helpers -------------------------------------------------------------------------

    def _save(self, path: str, content: str, verb: str) -> ToolResult:
        try:
            before = self._vfs.stat(self._app_id, path)
        except FileNotFoundInAppError:
            before = None
        info = self._vfs.write(
            self._app_id, path, content.encode("utf-8"), RevisionSource.AI, "built-in AI"
        )
        if before is not None and info.revision == before.revision:
            return ToolResult(True, f"{path} already had this content.", f"{path} unchanged")
        if before is None:
            change: Change = {"op": "create", "file_id": info.file_id, "path": info.path}
            verb = "created"
        else:
            change = {"op": "write", "file_id": info.file_id, "path": info.path}
            change["before"] = before.revision
        change["after"] = info.content_hash
        self._on_change(change)
        return ToolResult(
            True,
            f"{verb.capitalize()} {info.path}.",
            f"{verb} {info.path}",
            FileChanges(written=(info.path,)),
        )


def _text(args: Mapping[str, Any], key: str, *, allow_empty: bool = False) -> str:
    value = args.get(key)
    if not isinstance(value, str) or (not value and not allow_empty):
        raise ToolError(f"'{key}' is required and must be text.")
    return value


def _failed(message: str) -> ToolResult:
    return ToolResult(False, f"Error: {message}", message)


def _names() -> str:
    return ", ".join(sorted(TOOL_NAMES))
