"""The virtual file system keeps every revision, refuses bad input and loses nothing."""

from __future__ import annotations

import pytest

from l4ydesk.core.errors import (
    BinaryFileError,
    FileExistsInAppError,
    FileNotFoundInAppError,
    FileTooLargeError,
    InvalidPathError,
)
from l4ydesk.core.vfs import VirtualFileSystem
from l4ydesk.storage.models import RevisionOperation, RevisionSource

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))


def test_create_write_read_and_history(vfs: VirtualFileSystem, app_id: int) -> None:
    vfs.create(app_id, "app/page.tsx", b"export default function Page() {}\n")
    info = vfs.write(app_id, "app/page.tsx", b"export default function Page() { return 1 }\n")
    assert info.revision == 2
    assert vfs.read_text(app_id, "app/page.tsx").endswith("return 1 }\n")
    history = vfs.history(app_id, "app/page.tsx")
    assert [h.number for h in history] == [2, 1]
    assert [h.operation for h in history] == [RevisionOperation.WRITE, RevisionOperation.CREATE]
    assert vfs.read_revision(history[1].revision_id) == b"export default function Page() {}\n"


def test_saving_identical_bytes_adds_no_revision(vfs: VirtualFileSystem, app_id: int) -> None:
    vfs.write(app_id, "a.ts", b"x")
    assert vfs.write(app_id, "a.ts", b"x").revision == 1


def test_restore_revision_is_a_new_revision(vfs: VirtualFileSystem, app_id: int) -> None:
    vfs.write(app_id, "a.css", b"one")
    vfs.write(app_id, "a.css", b"two")
    restored = vfs.restore_revision(app_id, "a.css", 1)
    assert restored.revision == 3
    assert vfs.read(app_id, "a.css") == b"one"
    assert vfs.history(app_id, "a.css")[0].operation == RevisionOperation.RESTORE


def test_duplicate_and_case_only_duplicate_are_refused(vfs: VirtualFileSystem, app_id: int) -> None:
    vfs.create(app_id, "app/Page.tsx", b"")
    with pytest.raises(FileExistsInAppError, match="already exists"):
        vfs.create(app_id, "app/Page.tsx", b"")
    with pytest.raises(FileExistsInAppError, match="upper/lower case"):
        vfs.create(app_id, "app/page.tsx", b"")
    with pytest.raises(InvalidPathError, match="upper/lower case"):
        vfs.write_many(app_id, {"x/A.ts": b"1", "x/a.ts": b"2"}, RevisionSource.IMPORT)


def test_file_and_folder_cannot_share_a_name(vfs: VirtualFileSystem, app_id: int) -> None:
    vfs.create(app_id, "lib", b"")
    with pytest.raises(FileExistsInAppError, match="is a file"):
        vfs.create(app_id, "lib/utils.ts", b"")
    vfs.create(app_id, "components/ui/button.tsx", b"")
    with pytest.raises(FileExistsInAppError, match="is a folder"):
        vfs.create(app_id, "components", b"")


@pytest.mark.parametrize("bad", ["../x.ts", "/abs.ts", "a/\x00.ts", "AUX.tsx"])
def test_bad_paths_are_refused_everywhere(vfs: VirtualFileSystem, app_id: int, bad: str) -> None:
    with pytest.raises(InvalidPathError):
        vfs.create(app_id, bad, b"")
    with pytest.raises(InvalidPathError):
        vfs.write_many(app_id, {bad: b""}, RevisionSource.V0)
    vfs.create(app_id, "ok.ts", b"")
    with pytest.raises(InvalidPathError):
        vfs.rename(app_id, "ok.ts", bad)
    assert [f.path for f in vfs.list_files(app_id)] == ["ok.ts"]


def test_binary_is_byte_exact_and_never_opened_as_text(vfs: VirtualFileSystem, app_id: int) -> None:
    info = vfs.write(app_id, "public/logo.png", PNG)
    assert info.is_binary
    assert vfs.read(app_id, "public/logo.png") == PNG
    with pytest.raises(BinaryFileError, match="binary"):
        vfs.read_text(app_id, "public/logo.png")


def test_too_large_is_refused_and_nothing_is_written(vfs: VirtualFileSystem, app_id: int) -> None:
    with pytest.raises(FileTooLargeError, match="MB"):
        vfs.write(app_id, "big.json", b"x" * (vfs.max_file_bytes + 1))
    assert vfs.list_files(app_id) == []


def test_rename_folder_moves_everything_under_it(vfs: VirtualFileSystem, app_id: int) -> None:
    vfs.write_many(
        app_id,
        {"components/a.tsx": b"a", "components/ui/b.tsx": b"b", "componentsX.ts": b"c"},
        RevisionSource.IMPORT,
    )
    moved = vfs.rename(app_id, "components", "src/components")
    assert sorted(m.path for m in moved) == ["src/components/a.tsx", "src/components/ui/b.tsx"]
    assert [f.path for f in vfs.list_files(app_id)] == [
        "componentsX.ts",
        "src/components/a.tsx",
        "src/components/ui/b.tsx",
    ]
    assert vfs.history(app_id, "src/components/a.tsx")[0].message == "renamed from components"


def test_rename_onto_existing_is_refused(vfs: VirtualFileSystem, app_id: int) -> None:
    vfs.write(app_id, "a.ts", b"a")
    vfs.write(app_id, "b.ts", b"b")
    with pytest.raises(FileExistsInAppError):
        vfs.rename(app_id, "a.ts", "B.ts")
    with pytest.raises(InvalidPathError, match="inside itself"):
        vfs.rename(app_id, "a.ts", "a.ts/x")


def test_delete_is_recoverable(vfs: VirtualFileSystem, app_id: int) -> None:
    vfs.write(app_id, "app/page.tsx", b"v1")
    vfs.write(app_id, "app/page.tsx", b"v2")
    ids = vfs.delete(app_id, "app")
    assert vfs.list_files(app_id) == []
    assert [d.path for d in vfs.list_deleted(app_id)] == ["app/page.tsx"]
    with pytest.raises(FileNotFoundInAppError):
        vfs.read(app_id, "app/page.tsx")
    vfs.undelete(app_id, ids)
    assert vfs.read(app_id, "app/page.tsx") == b"v2"
    assert vfs.stat(app_id, "app/page.tsx").revision == 2


def test_undelete_refuses_when_path_is_taken_again(vfs: VirtualFileSystem, app_id: int) -> None:
    vfs.write(app_id, "a.ts", b"old")
    ids = vfs.delete(app_id, "a.ts")
    vfs.write(app_id, "a.ts", b"new")
    with pytest.raises(FileExistsInAppError, match="exists again"):
        vfs.undelete(app_id, ids)
    assert vfs.read(app_id, "a.ts") == b"new"


def test_write_many_is_all_or_nothing(vfs: VirtualFileSystem, app_id: int) -> None:
    vfs.write(app_id, "keep.ts", b"mine")
    with pytest.raises(FileTooLargeError):
        vfs.write_many(
            app_id,
            {"keep.ts": b"theirs", "huge.bin": b"x" * (vfs.max_file_bytes + 1)},
            RevisionSource.V0,
        )
    assert vfs.read(app_id, "keep.ts") == b"mine"
    assert [f.path for f in vfs.list_files(app_id)] == ["keep.ts"]


def test_write_many_skips_unchanged_and_records_source(vfs: VirtualFileSystem, app_id: int) -> None:
    vfs.write_many(app_id, {"a.ts": b"1", "b.ts": b"2"}, RevisionSource.IMPORT)
    changed = vfs.write_many(app_id, {"a.ts": b"1", "b.ts": b"3"}, RevisionSource.V0)
    assert [(c.path, c.revision, c.source) for c in changed] == [("b.ts", 2, RevisionSource.V0)]


def test_same_content_is_stored_once(vfs: VirtualFileSystem, app_id: int) -> None:
    from sqlalchemy import func, select

    from l4ydesk.storage.models import Blob

    vfs.write_many(app_id, {f"f{i}.ts": b"same" for i in range(10)}, RevisionSource.IMPORT)
    with vfs._store.session() as session:
        assert session.scalar(select(func.count()).select_from(Blob)) == 1
