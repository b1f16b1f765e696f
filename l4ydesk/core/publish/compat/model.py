"""What a compatibility rule reports, and the set of app files the rules edit in turn."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class RuleChange:
    """One change a rule made: the rule's name, a sentence saying what and why, the files."""

    rule: str
    description: str
    paths: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "description": self.description, "paths": list(self.paths)}


@dataclass
class CompatResult:
    """The app's files after the rules, and what changed (empty when nothing needed to)."""

    files: dict[str, bytes]
    changes: list[RuleChange] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.changes)

    def changed_paths(self, before: Mapping[str, bytes]) -> list[str]:
        """Paths whose bytes differ from `before` (new files included), sorted."""
        return sorted(p for p, data in self.files.items() if before.get(p) != data)

    def removed_paths(self, before: Mapping[str, bytes]) -> list[str]:
        """Paths of `before` the rules took away (a renamed file's old name), sorted."""
        return sorted(p for p in before if p not in self.files)


class FileSet:
    """The files under edit. Rules read text and write through here, so the engine knows what
    each rule touched and the derived views (package.json, parsed sources) never go stale."""

    def __init__(self, files: Mapping[str, bytes]) -> None:
        self.files: dict[str, bytes] = dict(files)
        self.version = 0  # bumped on every write; caches keyed by it
        self._cache: dict[str, tuple[int, Any]] = {}

    def __contains__(self, path: object) -> bool:
        return path in self.files

    def text(self, path: str) -> str | None:
        data = self.files.get(path)
        if data is None:
            return None
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return None

    def write(self, path: str, content: str | bytes) -> bool:
        """Store `content` at `path`; False (and no version bump) when it is already there."""
        data = content.encode("utf-8") if isinstance(content, str) else content
        if self.files.get(path) == data:
            return False
        self.files[path] = data
        self.version += 1
        return True

    def rename(self, old: str, new: str) -> None:
        """Move the file at `old` to `new` (which must be free)."""
        assert new not in self.files, new
        self.files[new] = self.files.pop(old)
        self.version += 1

    def cached(self, name: str, build: Callable[[], Any]) -> Any:
        """A view derived from the files, rebuilt only after a write."""
        hit = self._cache.get(name)
        if hit is not None and hit[0] == self.version:
            return hit[1]
        value = build()
        self._cache[name] = (self.version, value)
        return value


Rule = Callable[[FileSet], list[RuleChange]]
