"""Hostile imports: zip bombs, names export cannot write, invisible characters, twins."""

from __future__ import annotations

import resource
import struct
import unicodedata
import zipfile
from pathlib import Path

import pytest

from l4ydesk.core import transfer as transfer_module
from l4ydesk.core.errors import InvalidArchiveError, InvalidPathError, L4yError
from l4ydesk.core.paths import normalize_path, path_key
from l4ydesk.core.transfer import FileTransfer
from l4ydesk.core.vfs import VirtualFileSystem


def _forge_sizes(archive: Path, declared: int) -> None:
    """Rewrite every size a zip declares (local headers and central directory) to `declared`."""
    data = bytearray(archive.read_bytes())
    pos = 0
    while (pos := data.find(b"PK\x03\x04", pos)) >= 0:
        struct.pack_into("<I", data, pos + 22, declared)  # uncompressed size
        pos += 4
    pos = 0
    while (pos := data.find(b"PK\x01\x02", pos)) >= 0:
        struct.pack_into("<I", data, pos + 24, declared)
        pos += 4
    archive.write_bytes(bytes(data))


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def test_zip_with_forged_small_sizes_is_refused_without_unpacking_it(
    transfer: FileTransfer, vfs: VirtualFileSystem, app_id: int, tmp_path: Path
) -> None:
    archive = tmp_path / "bomb.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for n in range(3):
            zf.writestr(f"src/blob{n}.txt", b"\0" * (60 * 1024 * 1024))
    _forge_sizes(archive, 100)
    before = _peak_rss_mb()
    with pytest.raises(InvalidArchiveError) as caught:
        transfer.import_zip(app_id, archive)
    # Streamed with hard limits: it stopped long before holding 180 MB of zeros.
    assert _peak_rss_mb() - before < 40
    assert "bomb.zip" in str(caught.value) and "Nothing was imported" in str(caught.value)
    assert vfs.list_files(app_id) == []


def test_honest_zip_of_zeros_is_refused_by_ratio(
    transfer: FileTransfer, vfs: VirtualFileSystem, app_id: int, tmp_path: Path
) -> None:
    archive = tmp_path / "zeros.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for n in range(40):
            zf.writestr(f"z/{n}.txt", b"\0" * (1024 * 1024 - 1))
    assert archive.stat().st_size < 100_000
    with pytest.raises(InvalidArchiveError, match="compress"):
        transfer.import_zip(app_id, archive)
    assert vfs.list_files(app_id) == []


def test_folder_import_has_a_total_size_limit(
    transfer: FileTransfer,
    vfs: VirtualFileSystem,
    app_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(transfer_module, "MAX_IMPORT_BYTES", 1000)
    src = tmp_path / "big"
    src.mkdir()
    for n in range(5):
        (src / f"{n}.ts").write_bytes(b"x" * 300)
    with pytest.raises(L4yError, match="more than"):
        transfer.import_folder(app_id, src)
    assert vfs.list_files(app_id) == []


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("😀" * 200 + ".txt", "255 bytes"),
        ("a\x7fb.ts", "control character"),
        ("a\x85b.ts", "control character"),
        ("invoice\u202egpj.exe", "invisible or direction"),
        ("pa\u200bge.tsx", "invisible or direction"),
        ("x\u2066y.ts", "invisible or direction"),
        ("\ufeffindex.ts", "invisible or direction"),
        ("inv\u200coice.ts", "invisible or direction"),  # a joiner between Latin letters
    ],
)
def test_names_export_cannot_write_are_refused(name: str, fragment: str) -> None:
    with pytest.raises(InvalidPathError, match=fragment):
        normalize_path(f"app/{name}")


def test_joiners_that_spell_a_word_are_kept() -> None:
    # Persian writes "centimetre" with a zero-width non-joiner; emoji families join with ZWJ
    persian = "app/\u0633\u0627\u0646\u062a\u06cc\u200c\u0645\u062a\u0631.tsx"
    assert normalize_path(persian) == persian
    family = "public/\U0001f468\u200d\U0001f469\u200d\U0001f467.png"
    assert normalize_path(family) == family


def test_names_are_nfc_and_nfd_twins_are_one_name() -> None:
    nfd = unicodedata.normalize("NFD", "app/café.tsx")
    assert normalize_path(nfd) == unicodedata.normalize("NFC", "app/café.tsx")
    assert path_key(nfd) == path_key("app/café.tsx")


def test_zip_with_file_folder_clash_and_twins_keeps_one_and_says_why(
    transfer: FileTransfer, vfs: VirtualFileSystem, app_id: int, tmp_path: Path
) -> None:
    archive = tmp_path / "clash.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("x", b"file")
        zf.writestr("x/y.txt", b"inside")
        zf.writestr(unicodedata.normalize("NFC", "café.ts"), b"1")
        zf.writestr(unicodedata.normalize("NFD", "café.ts"), b"2")
        zf.writestr("ok.ts", b"ok")
    report = transfer.import_zip(app_id, archive)
    reasons = dict(report.skipped)
    assert "x/y.txt" in reasons and "is a file" in reasons["x/y.txt"]
    assert any("same name" in r for r in reasons.values())
    paths = sorted(f.path for f in vfs.list_files(app_id))
    assert paths == sorted(["ok.ts", "x", unicodedata.normalize("NFC", "café.ts")])
    out = tmp_path / "out"
    assert transfer.export_folder(app_id, out) == 3


def test_failed_export_leaves_no_partial_folder(
    transfer: FileTransfer, vfs: VirtualFileSystem, app_id: int, tmp_path: Path
) -> None:
    for n in range(10):
        vfs.write(app_id, f"f{n}.ts", b"x")
    out = tmp_path / "out"
    blocker = tmp_path / "blocked"
    blocker.write_text("a file where the export's parent folder should be")
    with pytest.raises(L4yError):
        transfer.export_folder(app_id, blocker / "out")
    assert blocker.read_text().startswith("a file")
    # A failure in the middle of writing: nothing is left at the destination.
    original = Path.write_bytes
    calls = {"n": 0}

    def failing_write(self: Path, data: bytes) -> int:
        calls["n"] += 1
        if calls["n"] == 6:
            raise OSError(28, "No space left on device")
        return original(self, data)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Path, "write_bytes", failing_write)
        with pytest.raises(L4yError, match="No space left"):
            transfer.export_folder(app_id, out)
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".export")]
    assert transfer.export_folder(app_id, out) == 10


def test_long_imports_commit_in_bounded_batches(
    transfer: FileTransfer,
    vfs: VirtualFileSystem,
    app_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(transfer_module, "BATCH_FILES", 10)
    src = tmp_path / "many"
    src.mkdir()
    for n in range(35):
        (src / f"{n:02}.ts").write_bytes(b"x%d" % n)
    commits: list[int] = []
    original = vfs.write_many

    def counting(*args: object, **kwargs: object) -> object:
        commits.append(len(args[1]))  # type: ignore[arg-type]
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(vfs, "write_many", counting)
    report = transfer.import_folder(app_id, src)
    assert report.written == 35
    assert commits == [10, 10, 10, 5]  # each batch its own short write transaction


def test_analyze_skips_huge_source_files_with_a_note(tmp_path: Path) -> None:
    from l4ydesk.core.analyzer.project import load_project

    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "page.tsx").write_text("export default function P() { return null }\n")
    (tmp_path / "app" / "huge.ts").write_bytes(b"// x\n" * 1_000_000)
    skipped: list[tuple[str, str]] = []
    files = load_project(tmp_path, max_file_bytes=1024 * 1024, skipped=skipped)
    assert list(files) == ["app/page.tsx"]
    assert skipped and skipped[0][0] == "app/huge.ts" and "over the" in skipped[0][1]
