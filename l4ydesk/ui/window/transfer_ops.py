"""Import into and export from the open app: source pickers, progress, the import report."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressBar

from l4ydesk.core.transfer import ImportReport
from l4ydesk.ui.window.context import WindowContext

if TYPE_CHECKING:
    from l4ydesk.ui.window.file_ops import FileOps

log = logging.getLogger(__name__)


class TransferOps:
    """Folder/zip import with a progress bar in the status bar, and export to a folder or zip."""

    def __init__(self, ctx: WindowContext, files: FileOps) -> None:
        self._ctx = ctx
        self._files = files
        self.progress = QProgressBar(ctx.window)
        self.progress.setMaximumWidth(220)
        self.progress.setVisible(False)

    def ask_import(self) -> None:
        if self._ctx.current_app is not None:
            self._ctx.tasks.start(self._import_from_dialog(), "import")

    async def _import_from_dialog(self) -> None:
        source = await self.pick_source()
        if source is not None:
            await self.import_into_app(source)

    async def pick_source(self) -> Path | None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Import",
            "Import a folder or a zip file?",
            QMessageBox.StandardButton.Cancel,
            self._ctx.window,
        )
        folder_btn = box.addButton("Folder…", QMessageBox.ButtonRole.AcceptRole)
        zip_btn = box.addButton("Zip File…", QMessageBox.ButtonRole.AcceptRole)
        await await_dialog(box)
        clicked = box.clickedButton()
        if clicked is folder_btn:
            dialog = QFileDialog(self._ctx.window, "Import folder")
            dialog.setFileMode(QFileDialog.FileMode.Directory)
        elif clicked is zip_btn:
            dialog = QFileDialog(self._ctx.window, "Import zip file", "", "Zip files (*.zip)")
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        else:
            return None
        if await await_dialog(dialog) and dialog.selectedFiles():
            return Path(dialog.selectedFiles()[0])
        return None

    async def import_into_app(self, source: Path) -> ImportReport:
        loop = asyncio.get_running_loop()
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self._ctx.status(f"Importing {source.name}…")

        def progress(stage: str, done: int, total: int) -> None:
            loop.call_soon_threadsafe(self._show_progress, stage, done, total)

        app = self._ctx.current_app
        assert app is not None
        import_path = self._ctx.services.transfer.import_path
        op = self._ctx.op("import", import_path, app.app_id, source, progress)
        try:
            report = await op.run()
        finally:
            self.progress.setVisible(False)
        await self._files.refresh_async()
        log.info("import finished: %s", report.summary())
        self._ctx.status(report.summary(), 10000)
        if report.skipped:
            details = "\n".join(f"{p}: {why}" for p, why in report.skipped[:50])
            box = QMessageBox(
                QMessageBox.Icon.Information,
                "Import finished",
                report.summary(),
                QMessageBox.StandardButton.Ok,
                self._ctx.window,
            )
            box.setDetailedText(details)
            box.open()
            self._import_box = box
        return report

    def _show_progress(self, stage: str, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(f"{stage} %v/%m")

    def ask_export(self) -> None:
        if self._ctx.current_app is not None:
            self._ctx.tasks.start(self._export_from_dialog(), "export")

    async def _export_from_dialog(self) -> None:
        app = self._ctx.current_app
        assert app is not None
        dialog = QFileDialog(
            self._ctx.window, "Export app as zip (or choose a folder name without .zip)"
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(f"{app.slug}.zip")
        if not await await_dialog(dialog) or not dialog.selectedFiles():
            return
        target = Path(dialog.selectedFiles()[0])
        transfer = self._ctx.services.transfer
        export = transfer.export_zip if target.suffix.lower() == ".zip" else transfer.export_folder
        count = await self._ctx.op("export", export, app.app_id, target).run()
        self._ctx.status(f"Exported {count} files to {target}.", 8000)


async def await_dialog(dialog: QMessageBox | QFileDialog) -> int | None:
    """Show a dialog with open() and wait for it without a nested event loop."""
    future: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def on_finished(result: int) -> None:
        if not future.done():
            future.set_result(result)

    dialog.finished.connect(on_finished)
    dialog.open()
    result = await future
    return result if result else None
