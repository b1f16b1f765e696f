"""Bringing files into an app from disk (a folder or a zip) and exporting them back out.

Imports skip what does not belong in an app's source (node_modules, build output, VCS data),
and every file that cannot be stored is listed with the reason instead of failing the import.
Hostile input is refused before anything is written: names are checked as a set (case and
Unicode twins, a file that is also a folder), a folder or zip may hold at most
`MAX_IMPORT_BYTES`, and a zip is decompressed as a stream with hard limits on each entry, the
total and the compression ratio, whatever sizes it declares. Files are then written in batches
of bounded size, each its own short transaction, so a long import never holds the database
for long and memory never holds more than one batch.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from l4ydesk.core.errors import InvalidArchiveError, InvalidPathError, L4yError
from l4ydesk.core.paths import normalize_path, package_folders, path_key
from l4ydesk.core.vfs import VirtualFileSystem
from l4ydesk.redaction import redact_bytes
from l4ydesk.storage.models import RevisionSource

IGNORED_DIRS = frozenset(
    {"node_modules", ".git", ".next", ".turbo", ".vercel", "__pycache__", ".cache", "out"}
)
IGNORED_FILES = frozenset({".DS_Store", "Thumbs.db"})
# A folder or a zip whose files add up to more than this is refused (and zip bombs with it).
MAX_IMPORT_BYTES = 1024 * 1024 * 1024
# Source code compresses 3-10 times; a zip entry (or archive) far beyond is a bomb.
MAX_COMPRESSION_RATIO = 100
_RATIO_FLOOR = 1024 * 1024  # small entries may compress as well as they like
# One write transaction holds at most this much: the write lock is released often.
BATCH_BYTES = 32 * 1024 * 1024
BATCH_FILES = 500
_CHUNK = 64 * 1024

Progress = Callable[[str, int, int], None]


@dataclass
class ImportReport:
    written: int = 0
    unchanged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    app_folder: str = ""  # the subfolder taken as the app (it holds the only package.json)

    def summary(self) -> str:
        text = f"Imported {self.written} file{'s' if self.written != 1 else ''}"
        if self.app_folder:
            text += f" from {self.app_folder}/, the folder with the app's package.json"
        if self.unchanged:
            text += f", {self.unchanged} unchanged"
        if self.skipped:
            text += f", skipped {len(self.skipped)}"
        return text + "."


@dataclass(frozen=True)
class _Entry:
    path: str  # normalized
    size: int
    source: str  # the folder path or the zip member name


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
        candidates: list[tuple[str, int, str]] = []
        for relative, full in _walk(folder, report):
            try:
                size = full.stat().st_size
            except OSError as exc:
                report.skipped.append((relative, f"could not be read ({exc.strerror})"))
                continue
            candidates.append((relative, size, str(full)))
        entries = self._plan(candidates, report, folder.name)

        def read(entry: _Entry) -> bytes:
            with open(entry.source, "rb") as handle:
                # Never more than the limit, even if the file grew since it was listed.
                data = handle.read(self._vfs.max_file_bytes + 1)
            if len(data) > self._vfs.max_file_bytes:
                raise L4yError(f"'{entry.path}' grew past the size limit while it was imported.")
            return data

        return self._write(app_id, entries, read, report, progress)

    def import_zip(
        self, app_id: int, archive: Path, progress: Progress | None = None
    ) -> ImportReport:
        report = ImportReport()
        try:
            with zipfile.ZipFile(archive) as zf:
                infos = {i.filename: i for i in zf.infolist() if not i.is_dir()}
                prefix = _common_root(list(infos))
                candidates = [
                    (name[len(prefix) :], info.file_size, name)
                    for name, info in infos.items()
                    if not _ignored(name[len(prefix) :])
                ]
                entries = self._plan(candidates, report, archive.name)
                # A first pass decompresses everything as a stream, keeping nothing, so a bomb
                # is refused before a single file is written.
                _check_archive(zf, [infos[e.source] for e in entries], archive.name)

                def read(entry: _Entry) -> bytes:
                    return _read_entry(zf, infos[entry.source], archive.name)

                return self._write(app_id, entries, read, report, progress)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError) as exc:
            raise InvalidArchiveError(
                f"{archive.name} is not a readable zip file ({exc}). Nothing was imported."
            ) from exc

    def export_folder(self, app_id: int, destination: Path) -> int:
        """Write every live file into `destination` (empty or new), or leave nothing there.

        The files are written into a temporary folder beside it, which is renamed into place
        only once complete, so a failed export never leaves a partial folder.
        """
        if destination.exists() and (not destination.is_dir() or any(destination.iterdir())):
            raise L4yError(f"{destination} is not empty; choose an empty folder.")
        files = _without_secrets(self._vfs.read_all(app_id))
        try:
            destination.parent.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(prefix=".export-", dir=destination.parent))
        except OSError as exc:
            raise L4yError(
                f"Could not export to {destination}: {exc.strerror or exc}. Choose another folder."
            ) from exc
        try:
            root = staging.resolve()
            for path, data in files.items():
                target = (root / path).resolve()
                if not target.is_relative_to(root):  # defence in depth; paths are normalized
                    raise InvalidPathError(f"'{path}' would be written outside {destination}.")
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
            if destination.exists():
                destination.rmdir()  # empty, checked above
            os.rename(staging, destination)
        except OSError as exc:
            shutil.rmtree(staging, ignore_errors=True)
            raise L4yError(
                f"The export to {destination} failed ({exc.strerror or exc}); nothing was left "
                "there. Free some space or choose another folder, then export again."
            ) from exc
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        return len(files)

    def export_zip(self, app_id: int, destination: Path) -> int:
        """Write a zip of every live file; the file appears only once it is complete."""
        files = _without_secrets(self._vfs.read_all(app_id))
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

    def _plan(
        self,
        candidates: list[tuple[str, int, str]],
        report: ImportReport,
        origin: str,
    ) -> list[_Entry]:
        """The entries to import, decided from names and sizes alone, before reading any.

        A repository that keeps its app in one folder (`web/package.json`, nothing at the top)
        brings that folder in as the app, every time (a re-import maps the same way): the
        preview and publishing need package.json at the top.
        """
        folder = _app_subfolder([c[0] for c in candidates])
        if folder:
            report.app_folder = folder
            inside = [(n[len(folder) + 1 :], size, src) for n, size, src in candidates
                      if n.startswith(folder + "/")]  # fmt: skip
            report.skipped += [
                (n, f"outside {folder}/, the folder with the app's package.json")
                for n, _size, _src in candidates
                if not n.startswith(folder + "/")
            ]
            candidates = inside
        entries: dict[str, _Entry] = {}  # by path key
        for name, size, source in candidates:
            try:
                path = normalize_path(name)
            except InvalidPathError as exc:
                report.skipped.append((name, str(exc)))
                continue
            if size > self._vfs.max_file_bytes:
                report.skipped.append((path, _too_large(size, self._vfs)))
                continue
            key = path_key(path)
            clash = entries.get(key)
            if clash is not None:
                reason = (
                    f"has the same name as '{clash.path}' (written another way)"
                    if clash.path.casefold() == path.casefold() or name != path
                    else f"differs only by case from '{clash.path}'"
                )
                report.skipped.append((name, reason))
                continue
            entries[key] = _Entry(path, size, source)
        # A name cannot be a file and a folder at once: the file inside the other one loses.
        kept: list[_Entry] = []
        for key, entry in sorted(entries.items()):
            parents = key.split("/")[:-1]
            holder = next(
                (
                    entries["/".join(parents[: i + 1])]
                    for i in range(len(parents))
                    if "/".join(parents[: i + 1]) in entries
                ),
                None,
            )
            if holder is not None:
                report.skipped.append(
                    (entry.path, f"'{holder.path}' is a file, so it cannot hold it")
                )
                continue
            kept.append(entry)
        total = sum(e.size for e in kept)
        if total > MAX_IMPORT_BYTES:
            raise InvalidArchiveError(
                f"{origin} holds {total / 1_073_741_824:.1f} GB of files, more than the "
                f"{MAX_IMPORT_BYTES / 1_073_741_824:.0f} GB an import may bring in. Nothing was "
                "imported; import the app's source without its assets or build output."
            )
        return kept

    def _write(
        self,
        app_id: int,
        entries: list[_Entry],
        read: Callable[[_Entry], bytes],
        report: ImportReport,
        progress: Progress | None,
    ) -> ImportReport:
        done = 0
        for batch in _batches(entries):
            files = {entry.path: read(entry) for entry in batch}
            written = self._vfs.write_many(app_id, files, RevisionSource.IMPORT, "import")
            report.written += len(written)
            report.unchanged += len(files) - len(written)
            done += len(batch)
            if progress:
                progress("Saving files", done, len(entries))
        return report


def _app_subfolder(names: list[str]) -> str:
    """The one folder holding a package.json when the top holds none; "" otherwise (a
    monorepo with several packages is imported as it is)."""
    if "package.json" in names:
        return ""
    folders = package_folders(names)
    return folders[0] if len(folders) == 1 else ""


def _without_secrets(files: dict[str, bytes]) -> dict[str, bytes]:
    # A key the app holds (pasted into a file, or written there by the AI) never leaves in an
    # export; the files in the store are left as they are.
    return {path: redact_bytes(data) for path, data in files.items()}


def _batches(entries: list[_Entry]) -> Iterator[list[_Entry]]:
    batch: list[_Entry] = []
    size = 0
    for entry in entries:
        if batch and (len(batch) >= BATCH_FILES or size + entry.size > BATCH_BYTES):
            yield batch
            batch, size = [], 0
        batch.append(entry)
        size += entry.size
    if batch:
        yield batch


def _check_archive(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], origin: str) -> None:
    total = compressed = 0
    for info in infos:
        total += _stream(zf, info, origin, keep=False)[0]
        compressed += info.compress_size
        if total > MAX_IMPORT_BYTES:
            raise InvalidArchiveError(
                f"{origin} unpacks to more than {MAX_IMPORT_BYTES / 1_073_741_824:.0f} GB. "
                "Nothing was imported."
            )
    if total > 8 * _RATIO_FLOOR and total > MAX_COMPRESSION_RATIO * max(compressed, 1):
        raise InvalidArchiveError(_bomb(origin))


def _read_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, origin: str) -> bytes:
    return _stream(zf, info, origin, keep=True)[1]


def _stream(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, origin: str, keep: bool
) -> tuple[int, bytes]:
    """Decompress one entry in chunks, stopping as soon as it breaks a limit."""
    parts: list[bytes] = []
    count = 0
    # The declared size is a claim, not a limit we trust: hold the entry to it (it was
    # checked against the file limit) and to a sane ratio over its compressed bytes.
    with zf.open(info) as handle:
        while chunk := handle.read(_CHUNK):
            count += len(chunk)
            if count > info.file_size:
                raise InvalidArchiveError(
                    f"{origin}: '{info.filename}' unpacks to more than the "
                    f"{info.file_size} bytes it declares (a zip bomb?). Nothing was imported."
                )
            if count > _RATIO_FLOOR and count > MAX_COMPRESSION_RATIO * max(info.compress_size, 1):
                raise InvalidArchiveError(_bomb(origin))
            if keep:
                parts.append(chunk)
    return count, b"".join(parts)


def _bomb(origin: str) -> str:
    return (
        f"{origin} is compressed more than {MAX_COMPRESSION_RATIO} times, as zip bombs are. "
        "Nothing was imported; zip the app's source again without repeated filler."
    )


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
