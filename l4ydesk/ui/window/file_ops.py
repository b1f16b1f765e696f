"""File operations of the open app: explorer, editor tabs, saves, history and their undo stack.

Every store call goes through `ctx.op`/`ctx.app_op` (worker, then view if still current); every
change is announced once on `ctx.changes` (`Changes(files=…)` / `Changes(file_list=True)`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QMessageBox, QStackedWidget

from l4ydesk.core.errors import BinaryFileError
from l4ydesk.core.paths import is_under, normalize_path
from l4ydesk.core.sniff import looks_binary
from l4ydesk.ui.editor_tabs import EditorTabs, ask_unsaved
from l4ydesk.ui.empty_state import NoFileOpenPage
from l4ydesk.ui.explorer import FileExplorer
from l4ydesk.ui.revisions import RevisionPanel
from l4ydesk.ui.window.changes import Changes
from l4ydesk.ui.window.context import WindowContext
from l4ydesk.ui.window.transfer_ops import TransferOps

if TYPE_CHECKING:
    from l4ydesk.core.vfs import VirtualFileSystem

UndoStep = tuple[str, Callable[[], Awaitable[None]]]
UNDO_DEPTH = 50


class FileOps:
    """Owns the explorer, the history panel and the editor tabs, and every file operation."""

    def __init__(self, ctx: WindowContext) -> None:
        self._ctx = ctx
        self._undo: list[UndoStep] = []
        w = ctx.window
        self.tabs = EditorTabs(w)
        self.tabs.save_requested.connect(self._on_tabs_save_requested)
        self.tabs.current_path_changed.connect(self._on_tabs_current_path_changed)
        self.tabs.dirty_changed.connect(self.update_title)
        self.editor = QStackedWidget(w)  # "no file open" page, or the tabs
        self.editor.addWidget(NoFileOpenPage(w))
        self.editor.addWidget(self.tabs)
        self.explorer = FileExplorer(w)
        self.explorer.file_activated.connect(self.open_file)
        self.explorer.create_requested.connect(self._on_explorer_create_requested)
        self.explorer.rename_requested.connect(self._on_explorer_rename_requested)
        self.explorer.delete_requested.connect(self._on_explorer_delete_requested)
        self.history = RevisionPanel(w)
        self.history.revision_selected.connect(self._on_history_revision_selected)
        self.history.restore_requested.connect(self._on_history_restore_requested)
        self.file_count = QLabel(w)
        self.transfer = TransferOps(ctx, self)
        self.explorer.import_requested.connect(lambda _folder: self.transfer.ask_import())
        self.explorer.export_requested.connect(self.transfer.ask_export)

    @property
    def _vfs(self) -> VirtualFileSystem:
        return self._ctx.services.vfs  # the store may open after the window (see app.py)

    # ----- the open app --------------------------------------------------------------------

    def app_opened(self) -> None:
        """Reset what belongs to the previous app (tabs, undo stack, lists)."""
        has_app = self._ctx.current_app is not None
        if has_app:
            self.tabs.close_all_silently()
            self._undo.clear()
            self._update_undo_action()
        self.explorer.set_empty_text(
            "No files yet.\nImport a folder or a zip, or create a file."
            if has_app
            else "No app is open.\nCreate one, or open the sample app."
        )
        if not has_app:
            self.explorer.set_files([])
            self.history.clear()
            self.file_count.setText("")

    def refresh(self) -> None:
        self._ctx.tasks.start(self.refresh_async(), "refresh files")

    async def refresh_async(self, changed: frozenset[str] = frozenset()) -> None:
        """Show the store's files; announce the new list (and `changed` files) once."""
        if self._ctx.current_app is None:
            return
        files = await self._ctx.app_op("list files", self._vfs.list_files).run()
        self.explorer.set_files(files)
        self.file_count.setText(f"{len(files)} files")
        self._ctx.publish(Changes(file_list=True, files=changed))

    async def changed_elsewhere(self, paths: list[str]) -> None:
        """v0 or the AI changed files: refresh the tree, and open tabs without local edits."""
        await self.refresh_async(changed=frozenset(paths))
        if self._ctx.current_app is None:
            return
        live = self.explorer.paths()
        self.tabs.paths_deleted({p for p in paths if p not in live})
        for path in paths:
            pane = self.tabs.pane_for(path)
            if path in live and pane is not None and not pane.is_modified():
                text = await self._ctx.app_op("reload file", self._vfs.read_text, path).run()
                self.tabs.reload(path, text)

    def open_file(self, path: str) -> None:
        self._ctx.tasks.start(self.open_file_async(path), "open file")

    async def open_file_async(self, path: str) -> None:
        if self._ctx.current_app is None:
            return
        if self.tabs.pane_for(path) is not None:
            self.tabs.open_text(path, "")  # focuses the existing tab
            return
        data = await self._ctx.app_op("open file", self._vfs.read, path).run()
        if looks_binary(data):
            self.tabs.open_binary(path, len(data))
        else:
            self.tabs.open_text(path, data.decode("utf-8"))
        self.update_title()

    def open_location(self, path: str, line: int) -> None:
        """Open `path` in the editor with the cursor on `line` (from evidence, inspector)."""

        async def run() -> None:
            await self.open_file_async(path)
            pane = self.tabs.pane_for(path)
            if pane is not None:
                pane.editor.go_to_line(line)
                pane.editor.setFocus()

        self._ctx.tasks.start(run(), "open location")

    def update_title(self) -> None:
        """Window title (app name, unsaved mark), editor page and the save actions' state."""
        dirty_paths = self.tabs.dirty_paths()
        actions = self._ctx.actions
        actions["save"].setEnabled(self.tabs.current_pane() is not None)
        actions["save_all"].setEnabled(bool(dirty_paths))
        actions["close_tab"].setEnabled(self.tabs.count() > 0)
        app = self._ctx.current_app
        name = f"{app.name} — " if app else ""
        self._ctx.window.setWindowTitle(f"{name}l4ydesk{' •' if dirty_paths else ''}")
        self.editor.setCurrentIndex(1 if self.tabs.count() else 0)

    # ----- create, rename, delete ----------------------------------------------------------

    def _on_explorer_create_requested(self, path: str) -> None:
        self._ctx.tasks.start(self._create_file(path), "create file")

    async def _create_file(self, path: str) -> None:
        assert self._ctx.current_app is not None
        app_id = self._ctx.current_app.app_id
        info = await self._ctx.app_op("create file", self._vfs.create, path, b"").run()
        self.push_undo(f"Create {info.path}", lambda: self._undo_create(app_id, info.path))
        await self.refresh_async()
        self.explorer.select_path(info.path)
        await self.open_file_async(info.path)

    async def _undo_create(self, app_id: int, path: str) -> None:
        await self._ctx.op("undo create", self._vfs.delete, app_id, path).run()
        self.tabs.paths_deleted({path})
        await self.refresh_async()

    def _on_explorer_rename_requested(self, old: str, new: str) -> None:
        self._ctx.tasks.start(self._rename(old, new), "rename")

    async def rename(self, old: str, new: str) -> None:
        """Rename a file or folder of the open app, undoably; open tabs follow."""
        await self._rename(old, new)

    async def _rename(self, old: str, new: str, undoable: bool = True) -> None:
        target = normalize_path(new)
        await self._ctx.app_op("rename", self._vfs.rename, old, target).run()
        self.tabs.paths_renamed(
            {p: target + p[len(old) :] for p in self.explorer.paths() if is_under(p, old)}
        )
        if undoable:
            self.push_undo(f"Rename {old}", lambda: self._rename(target, old, undoable=False))
        await self.refresh_async()
        self.explorer.select_path(target)
        self._ctx.status(f"Moved {old} to {target}.", 5000)

    def _on_explorer_delete_requested(self, paths: list[str]) -> None:
        self._ctx.tasks.start(self._delete(paths), "delete files")

    async def _delete(self, paths: list[str]) -> None:
        assert self._ctx.current_app is not None
        app_id = self._ctx.current_app.app_id
        before = self.explorer.paths()
        ids: list[int] = []
        for path in paths:
            ids += await self._ctx.op("delete", self._vfs.delete, app_id, path).run()
        gone = {p for p in before if any(p == d or p.startswith(d + "/") for d in paths)}
        self.tabs.paths_deleted(gone)
        label = paths[0] if len(paths) == 1 else f"{len(paths)} items"
        self.push_undo(f"Delete {label}", lambda: self._undelete(app_id, ids))
        await self.refresh_async()
        self._ctx.status(f"Deleted {label}. Undo with Ctrl+Alt+Z.", 8000)

    async def _undelete(self, app_id: int, ids: list[int]) -> None:
        await self._ctx.op("undelete", self._vfs.undelete, app_id, ids).run()
        await self.refresh_async()

    # ----- save ----------------------------------------------------------------------------

    def _on_tabs_save_requested(self, path: str, text: str) -> None:
        self._ctx.tasks.start(self.save(path, text), f"save {path}")

    async def save(self, path: str, text: str) -> None:
        from l4ydesk.storage.models import RevisionSource  # SQLAlchemy: not before first paint

        assert self._ctx.current_app is not None
        data = text.encode("utf-8")
        op = self._ctx.op(
            "save", self._vfs.write, self._ctx.current_app.app_id, path, data, RevisionSource.USER
        )
        info = await op.failure(lambda _exc: self.tabs.save_failed(path)).run()
        self.tabs.mark_saved(path, text)
        self._ctx.status(f"Saved {path} (revision {info.revision}).", 4000)
        if path not in self.explorer.paths():
            await self.refresh_async()
        if self.tabs.current_path() == path:
            await self._load_history(path)
        self._ctx.publish(Changes(files=frozenset({path})))

    def with_saved_work(
        self, proceed: Callable[[], object], on_cancel: Callable[[], None] | None = None
    ) -> None:
        """Run `proceed` once unsaved editor changes are saved or knowingly discarded."""
        dirty = self.tabs.dirty_paths()
        if not dirty:
            proceed()
            return

        def save_then() -> None:
            self._ctx.tasks.start(self._save_all_then(proceed), "save all")

        def discard() -> None:
            proceed()

        ask_unsaved(
            self._ctx.window,
            f"{len(dirty)} file(s) have unsaved changes.",
            save_then,
            discard,
            on_cancel,
        )

    async def _save_all_then(self, proceed: Callable[[], object]) -> None:
        for pane in self.tabs.panes():
            if pane.is_modified():
                await self.save(str(pane.property("path")), pane.text())
        proceed()

    # ----- undo of file operations ---------------------------------------------------------

    def push_undo(self, label: str, step: Callable[[], Awaitable[None]]) -> None:
        self._undo.append((label, step))
        del self._undo[:-UNDO_DEPTH]
        self._update_undo_action()

    def _update_undo_action(self) -> None:
        action = self._ctx.actions["undo_file"]
        action.setEnabled(bool(self._undo))
        action.setText(f"Undo {self._undo[-1][0]}" if self._undo else "Undo File Change")

    def undo(self) -> None:
        if self._undo:
            label, step = self._undo.pop()
            self._update_undo_action()
            self._ctx.tasks.start(self._run_undo(label, step), "undo")

    async def _run_undo(self, label: str, step: Callable[[], Awaitable[None]]) -> None:
        await step()
        self._ctx.status(f"Undone: {label}.", 5000)

    # ----- history -------------------------------------------------------------------------

    def _on_tabs_current_path_changed(self, path: str) -> None:
        self.update_title()
        if path:
            self._ctx.tasks.start(self._load_history(path), "load history")
        else:
            self.history.clear()

    async def _load_history(self, path: str) -> None:
        if self._ctx.current_app is None:
            return
        revisions = await self._ctx.app_op("load history", self._vfs.history, path).run()
        self.history.set_history(path, revisions)

    def _on_history_revision_selected(self, revision_id: int) -> None:
        self._ctx.tasks.start(self._load_diff(revision_id), "load diff")

    async def _load_diff(self, revision_id: int) -> None:
        path = self.history.path  # captured: the panel may move on while we read
        if self._ctx.current_app is None or not path:
            return
        old = await self._ctx.op("load diff", self._vfs.read_revision, revision_id).run()
        current = await (
            self._ctx.app_op("load diff", self._vfs.read, path)
            .while_current(lambda: self.history.path == path)
            .run()
        )
        if looks_binary(old) or looks_binary(current):
            self.history.show_diff(revision_id, None, None)
        else:
            self.history.show_diff(revision_id, old.decode(), current.decode())

    def _on_history_restore_requested(self, path: str, number: int) -> None:
        pane = self.tabs.pane_for(path)

        def start() -> None:
            self._ctx.tasks.start(self._restore(path, number), "restore revision")

        if pane is None or not pane.is_modified():
            start()
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Restore revision",
            f"'{path}' has unsaved changes. Restoring revision {number} "
            "replaces them in the editor.",
            QMessageBox.StandardButton.Cancel,
            self._ctx.window,
        )
        replace = box.addButton("Restore Anyway", QMessageBox.ButtonRole.DestructiveRole)
        box.finished.connect(lambda _r: start() if box.clickedButton() is replace else None)
        box.open()
        self._restore_box = box

    async def _restore(self, path: str, number: int) -> None:
        restore = self._vfs.restore_revision
        info = await self._ctx.app_op("restore revision", restore, path, number).run()
        try:
            text = await self._ctx.app_op("restore revision", self._vfs.read_text, path).run()
            self.tabs.reload(path, text)
        except BinaryFileError:
            pass
        await self._load_history(path)
        self._ctx.status(f"Restored {path} to revision {number} (now #{info.revision}).", 6000)
