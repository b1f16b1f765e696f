"""App operations: the switcher, create, open, rename, duplicate, delete, the sample app; and
the window-level commands (reset layout, log folder, About)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QInputDialog, QMessageBox

from l4ydesk import __version__
from l4ydesk.app import SAMPLE_APP_NAME, sample_app_dir
from l4ydesk.core.apps import AppInfo
from l4ydesk.ui.window.changes import Changes
from l4ydesk.ui.window.context import WindowContext
from l4ydesk.ui.window.transfer_ops import await_dialog


class AppOps:
    """Which builder app is open, and everything that creates, changes or removes apps."""

    def __init__(self, ctx: WindowContext) -> None:
        self._ctx = ctx
        self._catalog = ctx.services.catalog
        self.switcher = QComboBox(ctx.window)
        self.switcher.setMinimumWidth(240)
        self.switcher.setPlaceholderText("No app")
        self.switcher.activated.connect(self._on_switcher_activated)

    async def load_apps(self, select: object = None) -> None:
        apps = await self._ctx.op("load apps", self._catalog.list_apps).run()
        self.switcher.clear()
        for app in apps:
            self.switcher.addItem(app.name, app.app_id)
        wanted = int(str(select)) if str(select or "").isdigit() else None
        chosen = next((a for a in apps if a.app_id == wanted), None)
        current = self._ctx.current_app
        if chosen is not None:
            await self._open_app(chosen)
        elif current is not None and not any(a.app_id == current.app_id for a in apps):
            self.show_app(None)
        self._sync_switcher()

    def _sync_switcher(self) -> None:
        app = self._ctx.current_app
        self.switcher.setCurrentIndex(self.switcher.findData(app.app_id) if app else -1)

    def _on_switcher_activated(self, index: int) -> None:
        app_id = self.switcher.itemData(index)
        if self._ctx.current_app is not None and app_id == self._ctx.current_app.app_id:
            return
        self._ctx.files.with_saved_work(
            lambda: self._ctx.tasks.start(self._switch_to(int(app_id)), "open app"),
            on_cancel=self._sync_switcher,
        )

    async def _switch_to(self, app_id: int) -> None:
        await self._open_app(await self._ctx.op("open app", self._catalog.get, app_id).run())

    async def _open_app(self, app: AppInfo) -> None:
        self.show_app(app)
        await self._ctx.files.refresh_async()
        self._sync_switcher()

    def show_app(self, app: AppInfo | None) -> None:
        """Make `app` (or none) the open app and tell every view (`Changes(app=True)`)."""
        self._ctx.current_app = app
        self._ctx.actions.set_app_open(app is not None)
        self._ctx.files.app_opened()
        self._ctx.files.update_title()
        self._ctx.publish(Changes(app=True))

    def ask_new_app(self) -> None:
        dialog = QInputDialog(self._ctx.window)
        dialog.setWindowTitle("New app")
        dialog.setLabelText("Name of the new app:")
        dialog.textValueSelected.connect(
            lambda name: (
                self._ctx.tasks.start(self.create_app(name), "create app") if name.strip() else None
            )
        )
        dialog.open()

    async def create_app(self, name: str) -> AppInfo:
        app = await self._ctx.op("create app", self._catalog.create, name).run()
        await self.load_apps(select=app.app_id)
        self._ctx.status(f"Created {app.name}.", 5000)
        return app

    def open_sample_app(self) -> None:
        self._ctx.files.with_saved_work(
            lambda: self._ctx.tasks.start(self.import_sample(), "open sample")
        )

    async def import_sample(self) -> AppInfo:
        existing = await self._ctx.op("open sample", self._catalog.list_apps).run()
        app = next((a for a in existing if a.name == SAMPLE_APP_NAME), None)
        if app is None:
            app = await self._ctx.op("open sample", self._catalog.create, SAMPLE_APP_NAME).run()
            await self.load_apps(select=app.app_id)
            await self._ctx.files.transfer.import_into_app(sample_app_dir())
        else:
            await self.load_apps(select=app.app_id)
        if "app/page.tsx" in self._ctx.files.explorer.paths():
            await self._ctx.files.open_file_async("app/page.tsx")
        return app

    def open_source_as_app(self, source: Path, name: str | None = None) -> None:
        """Create an app from a folder or zip on disk and open it (`l4ydesk open PATH`)."""
        self._ctx.tasks.start(self._new_app_from(source, name), "open from disk")

    def new_app_from_disk(self) -> None:
        async def run() -> None:
            source = await self._ctx.files.transfer.pick_source()
            if source is not None:
                await self._new_app_from(source, None)

        self._ctx.tasks.start(run(), "new app from disk")

    async def _new_app_from(self, source: Path, name: str | None) -> None:
        stem = source.stem if source.is_file() else source.name
        await self.create_app(name or stem or "Imported app")
        await self._ctx.files.transfer.import_into_app(source)

    def ask_rename_app(self) -> None:
        app = self._ctx.current_app
        if app is None:
            return
        dialog = QInputDialog(self._ctx.window)
        dialog.setWindowTitle("Rename app")
        dialog.setLabelText("New name:")
        dialog.setTextValue(app.name)
        dialog.textValueSelected.connect(
            lambda name: self._ctx.tasks.start(self._rename_app(app.app_id, name), "rename app")
        )
        dialog.open()

    async def _rename_app(self, app_id: int, name: str) -> None:
        app = await self._ctx.op("rename app", self._catalog.rename, app_id, name).run()
        self._ctx.current_app = app
        await self.load_apps(select=app.app_id)

    def duplicate_app(self) -> None:
        if self._ctx.current_app is not None:
            self._ctx.tasks.start(self._duplicate(self._ctx.current_app.app_id), "duplicate app")

    async def _duplicate(self, app_id: int) -> None:
        copy = await self._ctx.op("duplicate app", self._catalog.duplicate, app_id).run()
        await self.load_apps(select=copy.app_id)
        self._ctx.status(f"Created {copy.name} with {copy.file_count} files.", 5000)

    def ask_delete_app(self) -> None:
        app = self._ctx.current_app
        if app is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Delete app",
            f"Delete “{app.name}” and its {app.file_count} files with all their history?",
            QMessageBox.StandardButton.Cancel,
            self._ctx.window,
        )
        box.setInformativeText("This cannot be undone. Export the app first to keep a copy.")
        delete = box.addButton("Delete App", QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(
            lambda _r: (
                self._ctx.tasks.start(self._delete_app(app.app_id), "delete app")
                if box.clickedButton() is delete
                else None
            )
        )
        box.open()
        self.delete_box = box

    async def _delete_app(self, app_id: int) -> None:
        self._ctx.files.tabs.close_all_silently()
        await self._ctx.op("delete app", self._catalog.delete, app_id).run()
        self.show_app(None)
        await self.load_apps()
        self._ctx.status("App deleted.", 5000)

    # ----- window-level commands -----------------------------------------------------------

    def open_logs(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._ctx.services.settings.log_dir)))

    def about(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            "About l4ydesk",
            f"l4ydesk {__version__}\nA desktop builder for agencies.\n\n"
            f"Data: {self._ctx.services.settings.data_dir}",
            QMessageBox.StandardButton.Ok,
            self._ctx.window,
        )
        box.open()
        self._about_box = box


__all__ = ["AppOps", "await_dialog"]
