"""Tabs of open files: dirty markers, save requests, and never closing unsaved work silently."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QTabWidget, QWidget

from l4ydesk.ui.icons import icon_for_path

if TYPE_CHECKING:
    from l4ydesk.ui.editor.editor_pane import EditorPane

_PANE_MODULE = "l4ydesk.ui.editor.editor_pane"


def _as_pane(widget: object) -> EditorPane | None:
    """`widget` if it is an editor pane. The editor (and its highlighter) is imported when the
    first file opens, not at start-up: until then no widget can be a pane."""
    module = sys.modules.get(_PANE_MODULE)
    return widget if module is not None and isinstance(widget, module.EditorPane) else None


DIRTY_MARK = "● "


class BinaryFilePage(QLabel):
    """What a tab shows for a file that is not text."""

    def __init__(self, path: str, size: int, parent: QWidget | None = None) -> None:
        super().__init__(
            f"<p><b>{path}</b> is a binary file ({size:,} bytes).</p>"
            "<p>It is kept byte-exact, but cannot be edited as text here. "
            "Export the app to change it in another program.</p>",
            parent,
        )
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.path = path


class EditorTabs(QTabWidget):
    """The open files of the current app, one tab each.

    Signals:
        save_requested(str, str): save this path with this text as a new revision.
        current_path_changed(str): the file in the visible tab ('' when none).
        dirty_changed(): some tab's unsaved state changed.
    """

    save_requested = Signal(str, str)
    current_path_changed = Signal(str)
    dirty_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabsClosable(True)
        self.setMovable(True)
        self.setDocumentMode(True)
        self.tabCloseRequested.connect(self.request_close)
        self.currentChanged.connect(self._on_self_current_changed)
        self._closing_after_save: set[str] = set()

    # ----- opening -------------------------------------------------------------------------

    def open_text(self, path: str, text: str) -> EditorPane:
        existing = self.pane_for(path)
        if existing is not None:
            self.setCurrentWidget(existing)
            return existing
        from l4ydesk.ui.editor.editor_pane import EditorPane

        pane = EditorPane(self)
        pane.setProperty("path", path)
        pane.set_text(text, path)
        pane.modified_changed.connect(lambda _m, p=pane: self._refresh_title(p))
        self.setCurrentIndex(self.addTab(pane, icon_for_path(path), _title(path)))
        self.setTabToolTip(self.indexOf(pane), path)
        pane.editor.setFocus()
        return pane

    def open_binary(self, path: str, size: int) -> None:
        for index in range(self.count()):
            widget = self.widget(index)
            if isinstance(widget, BinaryFilePage) and widget.path == path:
                self.setCurrentIndex(index)
                return
        page = BinaryFilePage(path, size, self)
        self.setCurrentIndex(self.addTab(page, icon_for_path(path), _title(path)))

    # ----- queries -------------------------------------------------------------------------

    def panes(self) -> list[EditorPane]:
        return [p for i in range(self.count()) if (p := _as_pane(self.widget(i))) is not None]

    def pane_for(self, path: str) -> EditorPane | None:
        return next((p for p in self.panes() if p.property("path") == path), None)

    def current_path(self) -> str:
        return self._path_of(self.currentWidget())

    def current_pane(self) -> EditorPane | None:
        return _as_pane(self.currentWidget())

    def dirty_paths(self) -> list[str]:
        return [str(p.property("path")) for p in self.panes() if p.is_modified()]

    # ----- saving --------------------------------------------------------------------------

    def save_current(self) -> None:
        pane = self.current_pane()
        if pane is not None:
            self.save_requested.emit(str(pane.property("path")), pane.text())

    def save_all(self) -> None:
        for pane in self.panes():
            if pane.is_modified():
                self.save_requested.emit(str(pane.property("path")), pane.text())

    def mark_saved(self, path: str, saved_text: str) -> None:
        """The store has `saved_text` for `path`; clear the marker unless typing went on."""
        pane = self.pane_for(path)
        if pane is None:
            return
        if pane.text() == saved_text:
            pane.mark_saved()
        if path in self._closing_after_save:
            self._closing_after_save.discard(path)
            self._remove(pane)

    def save_failed(self, path: str) -> None:
        self._closing_after_save.discard(path)

    def reload(self, path: str, text: str) -> None:
        """Show the stored text (after a restore); the caller has made sure nothing is lost."""
        pane = self.pane_for(path)
        if pane is not None:
            pane.set_text(text, path)

    # ----- closing -------------------------------------------------------------------------

    def request_close(self, index: int) -> None:
        widget = self.widget(index)
        pane = _as_pane(widget)
        if pane is None or not pane.is_modified():
            self._remove(widget)
            return
        path = str(pane.property("path"))
        self.setCurrentIndex(index)
        ask_unsaved(
            self,
            f"'{path}' has unsaved changes.",
            on_save=lambda: self._save_then_close(pane),
            on_discard=lambda: self._remove(pane),
        )

    def close_current(self) -> None:
        if self.currentIndex() >= 0:
            self.request_close(self.currentIndex())

    def close_all_silently(self) -> None:
        while self.count():
            self._remove(self.widget(0))

    def _save_then_close(self, pane: EditorPane) -> None:
        path = str(pane.property("path"))
        self._closing_after_save.add(path)
        self.save_requested.emit(path, pane.text())

    def _remove(self, widget: QWidget | None) -> None:
        if widget is None:
            return
        self.removeTab(self.indexOf(widget))
        pane = _as_pane(widget)
        if pane is not None:
            pane.close_resources()
        widget.deleteLater()
        self.dirty_changed.emit()

    # ----- files changed elsewhere ---------------------------------------------------------

    def paths_renamed(self, renames: dict[str, str]) -> None:
        for pane in self.panes():
            old = str(pane.property("path"))
            if old in renames:
                new = renames[old]
                pane.setProperty("path", new)
                pane.editor.set_language_for_path(new)
                self.setTabToolTip(self.indexOf(pane), new)
                self._refresh_title(pane)

    def paths_deleted(self, paths: set[str]) -> None:
        """Close tabs of deleted files; unsaved ones stay open, marked, so nothing is lost."""
        for index in reversed(range(self.count())):
            widget = self.widget(index)
            path = self._path_of(widget)
            if path not in paths:
                continue
            pane = _as_pane(widget)
            if pane is not None and pane.is_modified():
                self.setTabText(index, f"{DIRTY_MARK}{_title(path)} (deleted)")
            else:
                self._remove(widget)

    # ----- helpers -------------------------------------------------------------------------

    def _path_of(self, widget: QWidget | None) -> str:
        pane = _as_pane(widget)
        if pane is not None:
            return str(pane.property("path"))
        if isinstance(widget, BinaryFilePage):
            return widget.path
        return ""

    def _refresh_title(self, pane: EditorPane) -> None:
        index = self.indexOf(pane)
        if index < 0:
            return
        title = _title(str(pane.property("path")))
        self.setTabText(index, f"{DIRTY_MARK}{title}" if pane.is_modified() else title)
        self.dirty_changed.emit()

    def _on_self_current_changed(self, _index: int) -> None:
        self.current_path_changed.emit(self.current_path())


def _title(path: str) -> str:
    return path.rsplit("/", 1)[-1]


def ask_unsaved(
    parent: QWidget,
    text: str,
    on_save: Callable[[], None],
    on_discard: Callable[[], None],
    on_cancel: Callable[[], None] | None = None,
) -> QMessageBox:
    """Save / Don't Save / Cancel, shown with open() so no nested event loop runs."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Unsaved changes")
    box.setText(text)
    box.setInformativeText("Do you want to save your changes?")
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)

    def on_finished(result: int) -> None:
        button = box.standardButton(box.clickedButton()) if box.clickedButton() else None
        if button == QMessageBox.StandardButton.Save:
            on_save()
        elif button == QMessageBox.StandardButton.Discard:
            on_discard()
        elif on_cancel is not None:
            on_cancel()

    box.finished.connect(on_finished)
    box.open()
    return box
