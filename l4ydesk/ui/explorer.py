"""The file explorer: an app's files as a tree, with filtering, context menus and drag-and-drop."""

from __future__ import annotations

import posixpath
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QMimeData,
    QModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from l4ydesk.ui.icons import folder_icon, icon_for_path

if TYPE_CHECKING:
    from l4ydesk.core.vfs import FileInfo

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
IS_FOLDER_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
MIME_PATHS = "application/x-l4ydesk-paths"
# Files added to the tree per event-loop turn: about 10 ms of work.
BUILD_SLICE = 600


class _FileTree(QTreeView):
    """A tree view whose drag-and-drop moves files through the explorer's signal."""

    def __init__(self, explorer: FileExplorer) -> None:
        super().__init__(explorer)
        self._explorer = explorer
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

    def startDrag(self, supported: Qt.DropAction) -> None:
        paths = self._explorer.selected_paths()
        if not paths:
            return
        mime = QMimeData()
        mime.setData(MIME_PATHS, "\n".join(paths).encode())
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.exec(Qt.DropAction.MoveAction)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(MIME_PATHS):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(MIME_PATHS):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if not event.mimeData().hasFormat(MIME_PATHS):
            event.ignore()
            return
        paths = bytes(event.mimeData().data(MIME_PATHS).data()).decode().split("\n")
        folder = self._explorer.folder_at(self.indexAt(event.position().toPoint()))
        self._explorer.move_into(paths, folder)
        event.acceptProposedAction()


class FileExplorer(QWidget):
    """Shows one app's files and asks for changes to them.

    Signals:
        file_activated(str): a file was double-clicked or opened with Enter.
        tree_shown(): the tree on screen now matches the last `set_files`.
        create_requested(str): a new empty file at this path.
        rename_requested(str, str): move a file or folder from the first path to the second.
        delete_requested(list): move these files or folders to the app's trash.
        import_requested(str): import from disk into this folder ('' is the app's root).
        export_requested(): export the app.
    """

    file_activated = Signal(str)
    tree_shown = Signal()
    create_requested = Signal(str)
    rename_requested = Signal(str, str)
    delete_requested = Signal(list)
    import_requested = Signal(str)
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = QStandardItemModel(self)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self._model)
        self._proxy.setRecursiveFilteringEnabled(True)
        self._proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._proxy.setSortRole(SORT_ROLE)
        self._filter = QLineEdit(self)
        self._filter.setPlaceholderText("Filter files by name (Ctrl+Shift+F)")
        self._filter.setClearButtonEnabled(True)
        self._filter.textChanged.connect(self._on_filter_text_changed)
        self._tree = _FileTree(self)
        self._tree.setModel(self._proxy)
        self._tree.setHeaderHidden(True)
        # Renames go through a dialog and the store; never edit names in place.
        self._tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._tree.setSortingEnabled(True)
        self._tree.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self._tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._tree.customContextMenuRequested.connect(self._on_tree_context_menu)
        self._tree.activated.connect(self._on_tree_activated)
        self._tree.doubleClicked.connect(self._on_tree_activated)
        self._empty = QLabel("No files yet.\nImport a folder or a zip, or create a file.", self)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._empty.setStyleSheet("color: #7f8c8d; padding: 24px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._filter)
        layout.addWidget(self._tree)
        layout.addWidget(self._empty)
        self._add_shortcuts()
        self._paths: set[str] = set()
        self._generation = 0
        self.set_files([])

    # ----- state ---------------------------------------------------------------------------

    @property
    def tree(self) -> QTreeView:
        return self._tree

    def paths(self) -> set[str]:
        return set(self._paths)

    def set_files(self, files: Iterable[FileInfo]) -> None:
        """Show these files, keeping folders the user had open.

        Large trees are built in slices between events so the window stays responsive; the
        `tree_shown` signal says when the new tree is on screen.
        """
        files = list(files)
        self._paths = {info.path for info in files}
        self._generation += 1
        builder = _TreeBuilder(QStandardItemModel(self))
        if len(files) <= BUILD_SLICE:
            builder.add(files)
            self._install(builder.model, self._expanded_folders())
        else:
            self._build_slice(files, 0, builder, self._generation, self._expanded_folders())

    def _build_slice(
        self,
        files: list[FileInfo],
        start: int,
        builder: _TreeBuilder,
        generation: int,
        expanded: list[str],
    ) -> None:
        if generation != self._generation:
            builder.model.deleteLater()  # a newer listing replaced this one
            return
        builder.add(files[start : start + BUILD_SLICE])
        if start + BUILD_SLICE < len(files):
            QTimer.singleShot(
                0,
                lambda: self._build_slice(
                    files, start + BUILD_SLICE, builder, generation, expanded
                ),
            )
        else:
            self._install(builder.model, expanded)

    def _install(self, model: QStandardItemModel, expanded: list[str]) -> None:
        # Swapping in a detached model: filling an attached one notifies the proxy and the
        # view once per row, which costs more than building it.
        old, self._model = self._model, model
        self._proxy.setSourceModel(model)
        old.deleteLater()
        self._proxy.sort(0)
        self._empty.setVisible(not self._paths)
        self._tree.setVisible(bool(self._paths))
        for folder in expanded:
            index = self._index_for(folder)
            if index.isValid():
                self._tree.expand(index)
        self.tree_shown.emit()

    def set_empty_text(self, text: str) -> None:
        """What the explorer says when there are no files to show."""
        self._empty.setText(text)

    def selected_paths(self) -> list[str]:
        rows = self._tree.selectionModel().selectedRows() if self._tree.selectionModel() else []
        return [str(index.data(PATH_ROLE)) for index in rows]

    def select_path(self, path: str) -> None:
        index = self._index_for(path)
        if index.isValid():
            self._tree.setCurrentIndex(index)
            self._tree.scrollTo(index)

    def folder_at(self, index: QModelIndex) -> str:
        """The folder a drop or a 'new file' at `index` goes into."""
        if not index.isValid():
            return ""
        path = str(index.data(PATH_ROLE))
        return path if index.data(IS_FOLDER_ROLE) else posixpath.dirname(path)

    def move_into(self, paths: list[str], folder: str) -> None:
        for path in paths:
            target = (
                posixpath.join(folder, posixpath.basename(path))
                if folder
                else posixpath.basename(path)
            )
            if target != path and not target.startswith(path + "/"):
                self.rename_requested.emit(path, target)

    # ----- user actions --------------------------------------------------------------------

    def ask_new_file(self, folder: str = "") -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle("New file")
        dialog.setLabelText("Path of the new file (folders are created as needed):")
        dialog.setTextValue(f"{folder}/" if folder else "")
        dialog.textValueSelected.connect(
            lambda text: self.create_requested.emit(text.strip()) if text.strip() else None
        )
        dialog.open()

    def ask_rename(self, path: str | None = None) -> None:
        path = path or next(iter(self.selected_paths()), None)
        if not path:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle("Rename or move")
        dialog.setLabelText(f"New path for '{path}':")
        dialog.setTextValue(path)
        dialog.textValueSelected.connect(
            lambda text: (
                self.rename_requested.emit(path, text.strip())
                if text.strip() and text.strip() != path
                else None
            )
        )
        dialog.open()

    def request_delete(self) -> None:
        paths = self.selected_paths()
        if paths:
            self.delete_requested.emit(paths)

    def _add_shortcuts(self) -> None:
        for keys, slot in (
            (QKeySequence(Qt.Key.Key_F2), lambda: self.ask_rename()),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.request_delete),
            (QKeySequence("Ctrl+Shift+F"), self._filter.setFocus),
        ):
            action = QAction(self)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    def _on_tree_activated(self, index: QModelIndex) -> None:
        if index.isValid() and not index.data(IS_FOLDER_ROLE):
            self.file_activated.emit(str(index.data(PATH_ROLE)))

    def _on_filter_text_changed(self, text: str) -> None:
        self._proxy.setFilterFixedString(text)
        if text:
            self._tree.expandAll()

    def _on_tree_context_menu(self, pos: QPoint) -> None:
        index = self._tree.indexAt(pos)
        folder = self.folder_at(index)
        menu = QMenu(self)
        menu.addAction("New File…", lambda: self.ask_new_file(folder))
        menu.addAction("Import Folder or Zip…", lambda: self.import_requested.emit(folder))
        if index.isValid():
            menu.addSeparator()
            if not index.data(IS_FOLDER_ROLE):
                menu.addAction("Open", lambda: self._on_tree_activated(index))
            menu.addAction(
                "Rename or Move…\tF2", lambda: self.ask_rename(str(index.data(PATH_ROLE)))
            )
            menu.addAction("Delete\tDel", self.request_delete)
        menu.addSeparator()
        menu.addAction("Export App…", self.export_requested.emit)
        menu.popup(self._tree.viewport().mapToGlobal(pos))

    # ----- helpers -------------------------------------------------------------------------

    def _expanded_folders(self) -> list[str]:
        found: list[str] = []
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for row in range(self._proxy.rowCount(parent)):
                index = self._proxy.index(row, 0, parent)
                if index.data(IS_FOLDER_ROLE) and self._tree.isExpanded(index):
                    found.append(str(index.data(PATH_ROLE)))
                    stack.append(index)
        return found

    def _index_for(self, path: str) -> QModelIndex:
        matches = self._model.match(
            self._model.index(0, 0),
            PATH_ROLE,
            path,
            1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )
        return self._proxy.mapFromSource(matches[0]) if matches else QModelIndex()


class _TreeBuilder:
    """Adds files to a detached model, creating their folders on the way."""

    def __init__(self, model: QStandardItemModel) -> None:
        self.model = model
        self._folders: dict[str, QStandardItem] = {}

    def add(self, files: Iterable[FileInfo]) -> None:
        root = self.model.invisibleRootItem()
        for info in files:
            parent = root
            parts = info.path.split("/")
            for depth in range(1, len(parts)):
                folder = "/".join(parts[:depth])
                if folder not in self._folders:
                    item = _item(parts[depth - 1], folder, is_folder=True)
                    parent.appendRow(item)
                    self._folders[folder] = item
                parent = self._folders[folder]
            leaf = _item(parts[-1], info.path, is_folder=False)
            leaf.setToolTip(f"{info.path}\n{_size(info.size)} · revision {info.revision}")
            parent.appendRow(leaf)


def _item(name: str, path: str, is_folder: bool) -> QStandardItem:
    item = QStandardItem(folder_icon() if is_folder else icon_for_path(path), name)
    item.setData(path, PATH_ROLE)
    item.setData(is_folder, IS_FOLDER_ROLE)
    # Folders sort before files, then names case-insensitively.
    item.setData(("0" if is_folder else "1") + name.casefold(), SORT_ROLE)
    item.setDropEnabled(is_folder)
    return item


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1048576:.1f} MB"
