"""Builder apps: create, rename, duplicate, delete."""

from __future__ import annotations

import pytest

from l4ydesk.core.apps import AppCatalog, slugify
from l4ydesk.core.errors import AppNotFoundError, L4yError
from l4ydesk.core.vfs import VirtualFileSystem
from l4ydesk.storage.models import AppStatus


def test_create_gives_unique_slugs(catalog: AppCatalog) -> None:
    a = catalog.create("Harbor & Pine")
    b = catalog.create("Harbor & Pine")
    assert (a.slug, b.slug) == ("harbor-pine", "harbor-pine-2")
    assert a.status == AppStatus.DRAFT
    assert [x.name for x in catalog.list_apps()] == ["Harbor & Pine", "Harbor & Pine"]


def test_rename_and_find(catalog: AppCatalog) -> None:
    app = catalog.create("Old")
    catalog.rename(app.app_id, "  New   name ")
    assert catalog.find("new-name").name == "New name"
    assert catalog.find(str(app.app_id)).app_id == app.app_id
    with pytest.raises(AppNotFoundError, match="apps list"):
        catalog.find("missing")
    with pytest.raises(L4yError, match="needs a name"):
        catalog.rename(app.app_id, "   ")


def test_duplicate_copies_files_independently(catalog: AppCatalog, vfs: VirtualFileSystem) -> None:
    app = catalog.create("Shop")
    vfs.write(app.app_id, "app/page.tsx", b"v1")
    copy = catalog.duplicate(app.app_id)
    assert copy.name == "Shop copy" and copy.file_count == 1
    vfs.write(copy.app_id, "app/page.tsx", b"changed in copy")
    assert vfs.read(app.app_id, "app/page.tsx") == b"v1"


def test_delete_removes_app_and_files(catalog: AppCatalog, vfs: VirtualFileSystem) -> None:
    app = catalog.create("Doomed")
    vfs.write(app.app_id, "a.ts", b"a")
    vfs.write(app.app_id, "a.ts", b"b")
    catalog.delete(app.app_id)
    assert catalog.list_apps() == []
    with pytest.raises(AppNotFoundError):
        vfs.list_files(app.app_id)


def test_slugify_handles_unicode() -> None:
    assert slugify("Café Crème!") == "cafe-creme"
    assert slugify("!!!") == "app"
