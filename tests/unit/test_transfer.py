"""Import from folders and zips, export back out, byte-exact, with unsafe entries skipped."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from l4ydesk.core.errors import InvalidArchiveError, L4yError
from l4ydesk.core.transfer import FileTransfer
from l4ydesk.core.vfs import VirtualFileSystem

SAMPLE = {
    "app/page.tsx": b"export default function Page() { return <main>Hi</main> }\n",
    "app/layout.tsx": "export const metadata = { title: 'Caf\u00e9' }\n".encode(),
    "public/logo.png": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
    "components/ui/button.tsx": b"export function Button() {}\r\n",  # CRLF kept as is
    "package.json": b'{"name": "demo"}',
}


def _write_tree(root: Path, files: dict[str, bytes]) -> None:
    for path, data in files.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def test_folder_round_trip_is_byte_exact(
    transfer: FileTransfer, vfs: VirtualFileSystem, app_id: int, tmp_path: Path
) -> None:
    src = tmp_path / "src"
    _write_tree(src, SAMPLE)
    _write_tree(src, {"node_modules/react/index.js": b"x", ".next/cache": b"y", ".git/HEAD": b"z"})
    report = transfer.import_folder(app_id, src)
    assert report.written == len(SAMPLE)
    assert vfs.read_all(app_id) == SAMPLE
    out = tmp_path / "out"
    assert transfer.export_folder(app_id, out) == len(SAMPLE)
    exported = {
        p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()
    }
    assert exported == SAMPLE


def test_a_repository_keeping_its_app_in_a_folder_brings_that_folder_in(
    transfer: FileTransfer, vfs: VirtualFileSystem, app_id: int, tmp_path: Path
) -> None:
    repo = tmp_path / "repo"
    _write_tree(repo, {f"caregiver-app/{p}": d for p, d in SAMPLE.items()})
    _write_tree(repo, {"README.md": b"# the app is in caregiver-app/", "Preview": b"link"})
    report = transfer.import_folder(app_id, repo)
    assert vfs.read_all(app_id) == SAMPLE  # at the top, where the preview and publish need it
    assert report.app_folder == "caregiver-app"
    assert sorted(report.skipped) == [
        ("Preview", "outside caregiver-app/, the folder with the app's package.json"),
        ("README.md", "outside caregiver-app/, the folder with the app's package.json"),
    ]
    assert report.summary() == (
        f"Imported {len(SAMPLE)} files from caregiver-app/, the folder with the app's "
        "package.json, skipped 2."
    )
    again = transfer.import_folder(app_id, repo)  # the repository, updated later: same map
    assert again.app_folder == "caregiver-app" and again.unchanged == len(SAMPLE)
    assert vfs.read_all(app_id) == SAMPLE


def test_a_monorepo_with_several_packages_is_imported_as_it_is(
    transfer: FileTransfer, vfs: VirtualFileSystem, app_id: int, tmp_path: Path
) -> None:
    repo = tmp_path / "mono"
    _write_tree(repo, {"web/package.json": b"{}", "api/package.json": b"{}", "README.md": b"#"})
    report = transfer.import_folder(app_id, repo)
    assert report.app_folder == "" and report.written == 3
    assert vfs.exists(app_id, "web/package.json") and vfs.exists(app_id, "api/package.json")


def test_zip_round_trip_is_byte_exact(
    transfer: FileTransfer, vfs: VirtualFileSystem, app_id: int, catalog: object, tmp_path: Path
) -> None:
    archive = tmp_path / "app.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path, data in SAMPLE.items():
            zf.writestr(f"my-app-main/{path}", data)  # GitHub-style single top folder
    report = transfer.import_zip(app_id, archive)
    assert report.written == len(SAMPLE)
    assert vfs.read_all(app_id) == SAMPLE
    out = tmp_path / "export.zip"
    transfer.export_zip(app_id, out)
    with zipfile.ZipFile(out) as zf:
        assert {n: zf.read(n) for n in zf.namelist()} == SAMPLE


def test_zip_slip_and_bad_names_are_skipped_with_reasons(
    transfer: FileTransfer, vfs: VirtualFileSystem, app_id: int, tmp_path: Path
) -> None:
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("../../etc/evil.sh", b"rm -rf /")
        zf.writestr("/abs.txt", b"x")
        zf.writestr("ok/CON.tsx", b"x")
        zf.writestr("ok/fine.ts", b"fine")
    report = transfer.import_zip(app_id, archive)
    assert report.written == 1
    reasons = dict(report.skipped)
    assert "outside the app" in reasons["../../etc/evil.sh"]
    assert "reserved" in reasons["ok/CON.tsx"]
    assert [f.path for f in vfs.list_files(app_id)] == ["ok/fine.ts"]
    assert not (tmp_path.parent / "etc" / "evil.sh").exists()


def test_case_clash_and_oversized_files_are_skipped(
    transfer: FileTransfer, vfs: VirtualFileSystem, app_id: int, tmp_path: Path
) -> None:
    archive = tmp_path / "clash.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("a/Readme.md", b"1")
        zf.writestr("a/README.md", b"2")
        zf.writestr("a/huge.bin", b"\0" * (vfs.max_file_bytes + 1))
    report = transfer.import_zip(app_id, archive)
    assert report.written == 1
    assert {p for p, _ in report.skipped} == {"README.md", "huge.bin"}  # top folder stripped
    assert "over the" in dict(report.skipped)["huge.bin"]


def test_not_a_zip_and_truncated_zip_are_clear_errors(
    transfer: FileTransfer, vfs: VirtualFileSystem, app_id: int, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(InvalidArchiveError, match="neither a folder nor a zip"):
        transfer.import_path(app_id, junk)
    good = tmp_path / "good.zip"
    with zipfile.ZipFile(good, "w") as zf:
        zf.writestr("a.ts", b"x" * 10000)
    truncated = tmp_path / "truncated.zip"
    truncated.write_bytes(good.read_bytes()[:-30])
    with pytest.raises(InvalidArchiveError):
        transfer.import_zip(app_id, truncated)
    assert vfs.list_files(app_id) == []


def test_symlinks_are_not_followed(
    transfer: FileTransfer, vfs: VirtualFileSystem, app_id: int, tmp_path: Path
) -> None:
    src = tmp_path / "src"
    _write_tree(src, {"a.ts": b"a"})
    secret = tmp_path / "secret.txt"
    secret.write_text("password")
    os.symlink(secret, src / "link.txt")
    report = transfer.import_folder(app_id, src)
    assert dict(report.skipped)["link.txt"] == "symbolic links are not imported"
    assert [f.path for f in vfs.list_files(app_id)] == ["a.ts"]


def test_export_refuses_a_non_empty_folder(
    transfer: FileTransfer, vfs: VirtualFileSystem, app_id: int, tmp_path: Path
) -> None:
    vfs.write(app_id, "a.ts", b"a")
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "keep.txt").write_text("mine")
    with pytest.raises(L4yError, match="not empty"):
        transfer.export_folder(app_id, tmp_path / "busy")
    assert (tmp_path / "busy" / "keep.txt").read_text() == "mine"


def test_reimport_only_writes_changes(
    transfer: FileTransfer, vfs: VirtualFileSystem, app_id: int, tmp_path: Path
) -> None:
    src = tmp_path / "src"
    _write_tree(src, SAMPLE)
    transfer.import_folder(app_id, src)
    (src / "app/page.tsx").write_bytes(b"changed")
    report = transfer.import_folder(app_id, src)
    assert (report.written, report.unchanged) == (1, len(SAMPLE) - 1)
    assert vfs.stat(app_id, "app/page.tsx").revision == 2
