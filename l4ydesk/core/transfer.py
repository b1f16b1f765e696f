"""Bringing files into an app from disk (a folder or a zip) and exporting them back out.

Imports skip what does not belong in an app's source (node_modules, build output, VCS data),
and every file that cannot be stored is listed with the reason instead of failing the import.
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from l4ydesk.core.errors import InvalidArchiveError, InvalidPathError, L4yError
from l4ydesk.core.paths import normalize_path, path_key
from l4ydesk.core.vfs import VirtualFileSystem
from l4ydesk.storage.models import RevisionSource

IGNORED_DIRS = frozenset(
    {"node_modules", ".git", ".next", ".turbo", ".vercel", "__pycache__", ".cache", "out"}
)
IGNORED_FILES = frozenset({".DS_Store", "Thumbs.db"})
# A zip whose contents would unpack to more than this is refused (zip bombs).
MAX_ARCHIVE_BYTES = 1024 * 1024 * 1024

Progress = Callable[[str, int, int], None]


@dataclass
class ImportReport:
    written: int = 0
    unchanged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)

    def summary(self) -> str:
        text = f"Imported {self.written} file{'s' if self.written != 1 else ''}"
        if self.unchanged:
            text += f", {self.unchanged} unchanged"
        if self.skipped:
            text += f", skipped {len(self.skipped)}"
        return text + "."


class FileTransfer:
    """Imports and exports the files of builder apps."""

    def __init__(self, vfs: VirtualFileSystem) -> None:
        self._vfs = vfs

    def import_path(
        self, app_id: int, source: Path, progress: Progress | None = None
    ) -> ImportReport:
        if source.is_dir():
            return self.import_folder(app_id, source, progress)
        if zipfile.is_zipfile(source):
            return self.import_zip(app_id, source, progress)
        if not source.exists():
            raise L4yError(f"{source} does not exist.")
        raise InvalidArchiveError(f"{source.name} is neither a folder nor a zip file.")

    def import_folder(
        self, app_id: int, folder: Path, progress: Progress | None = None
    ) -> ImportReport:
        report = ImportReport()
        files: dict[str, bytes] = {}
        keys: dict[str, str] = {}
        candidates = list(_walk(folder, report))
        for done, (relative, full) in enumerate(candidates, start=1):
            if full.stat().st_size > self._vfs.max_file_bytes:
                report.skipped.append((relative, _too_large(full.stat().st_size, self._vfs)))
                continue
            self._collect(files, keys, relative, full.read_bytes(), report)
            if progress and done % 100 == 0:
                progress("Reading files", done, len(candidates))
        return self._write(app_id, files, report, progress)

    def import_zip(
        self, app_id: int, archive: Path, progress: Progress | None = None
    ) -> ImportReport:
        report = ImportReport()
        files: dict[str, bytes] = {}
        keys: dict[str, str] = {}
        try:
            with zipfile.ZipFile(archive) as zf:
                infos = [i for i in zf.infolist() if not i.is_dir()]
                if sum(i.file_size for i in infos) > MAX_ARCHIVE_BYTES:
                    raise InvalidArchiveError(
                        f"{archive.name} would unpack to more than 1 GB; it was not imported."
                    )
                prefix = _common_root([i.filename for i in infos])
                for done, info in enumerate(infos, start=1):
                    name = info.filename[len(prefix) :]
                    if _ignored(name):
                        continue
                    if info.file_size > self._vfs.max_file_bytes:
                        report.skipped.append((name, _too_large(info.file_size, self._vfs)))
                        continue
                    self._collect(files, keys, name, zf.read(info), report)
                    if progress and done % 100 == 0:
                        progress("Reading archive", done, len(infos))
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError) as exc:
            raise InvalidArchiveError(
                f"{archive.name} is not a readable zip file ({exc}). Nothing was imported."
            ) from exc
        return self._write(app_id, files, report, progress)

    def export_folder(self, app_id: int, destination: Path) -> int:
        """Write every live file under `destination`, which must be empty or new."""
        if destination.exists() and any(destination.iterdir()):
            raise L4yError(f"{destination} is not empty; choose an empty folder.")
        files = self._vfs.read_all(app_id)
        root = destination.resolve()
        for path, data in files.items():
            target = (root / path).resolve()
            if not target.is_relative_to(root):  # defence in depth; paths are normalized
                raise InvalidPathError(f"'{path}' would be written outside {destination}.")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        return len(files)

    def export_zip(self, app_id: int, destination: Path) -> int:
        """Write a zip of every live file; the file appears only once it is complete."""
        files = self._vfs.read_all(app_id)
        destination.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".export-", suffix=".zip", dir=destination.parent)
        try:
            with (
                os.fdopen(fd, "wb") as handle,
                zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as zf,
            ):
                for path, data in files.items():
                    zf.writestr(path, data)
            os.replace(tmp_name, destination)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
        return len(files)

    def _collect(
        self,
        files: dict[str, bytes],
        keys: dict[str, str],
        name: str,
        data: bytes,
        report: ImportReport,
    ) -> None:
        try:
            path = normalize_path(name)
        except InvalidPathError as exc:
            report.skipped.append((name, str(exc)))
            return
        clash = keys.setdefault(path_key(path), path)
        if clash != path:
            report.skipped.append((path, f"differs only by case from '{clash}'"))
            return
        files[path] = data

    def _write(
        self, app_id: int, files: dict[str, bytes], report: ImportReport, progress: Progress | None
    ) -> ImportReport:
        def on_write(done: int, total: int) -> None:
            if progress:
                progress("Saving files", done, total)

        written = self._vfs.write_many(app_id, files, RevisionSource.IMPORT, "import", on_write)
        report.written = len(written)
        report.unchanged = len(files) - len(written)
        return report


def _walk(folder: Path, report: ImportReport) -> list[tuple[str, Path]]:
    found: list[tuple[str, Path]] = []
    for root, dirs, names in os.walk(folder, followlinks=False):
        base = Path(root)
        dirs[:] = sorted(d for d in dirs if d not in IGNORED_DIRS)
        for name in sorted(names):
            full = base / name
            relative = full.relative_to(folder).as_posix()
            if name in IGNORED_FILES:
                continue
            if full.is_symlink():
                report.skipped.append((relative, "symbolic links are not imported"))
                continue
            found.append((relative, full))
    return found


def _ignored(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return any(p in IGNORED_DIRS for p in parts[:-1]) or parts[-1] in IGNORED_FILES


def _common_root(names: list[str]) -> str:
    """`project/` when every entry of a zip sits in one top folder (as GitHub zips do)."""
    tops = {n.split("/", 1)[0] for n in names}
    if len(tops) == 1 and all("/" in n for n in names):
        return tops.pop() + "/"
    return ""


def _too_large(size: int, vfs: VirtualFileSystem) -> str:
    return f"{size / 1_048_576:.1f} MB is over the {vfs.max_file_bytes / 1_048_576:.0f} MB limit"
