"""The Connect panel's view side: showing its state and answering its tree, filter and details.

`ConnectionPanel` (panel.py) builds the widgets, owns the app and the background work, and
inherits this; the attributes below are the ones it builds.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QTreeView,
    QWidget,
)

from l4ydesk.core.connections import Action
from l4ydesk.ui.connect import wording
from l4ydesk.ui.connect.item_detail import ItemDetail
from l4ydesk.ui.connect.menus import bulk_menu, item_menu
from l4ydesk.ui.connect.parts import MessagePage, RunBar
from l4ydesk.ui.connect.problems import ProblemsView
from l4ydesk.ui.connect.state import Choice, Choices, ConnectSnapshot, FoundItem
from l4ydesk.ui.connect.tree_model import ConnectTreeModel
from l4ydesk.ui.connect.type_detail import Bulk, TypeDetail
from l4ydesk.ui.tasks import CoalescedJob


class ConnectionPanelView(QWidget):
    """Renders a Connect panel's snapshot and choices, and answers its widgets' signals.

    Signals:
        open_location_requested(str, int): show this file of the open app at this 1-based line.
    """

    open_location_requested = Signal(str, int)

    # Built by ConnectionPanel.
    _choices: Choices
    _snapshot: ConnectSnapshot | None
    _app_id: int | None
    _analysis: CoalescedJob
    _running: str
    _collapsed: set[str]
    _menu: QMenu | None
    _details: QStackedWidget
    _pages: QStackedWidget
    status_label: QLabel
    all_button: QToolButton
    refresh_button: QToolButton
    model: ConnectTreeModel
    tree: QTreeView
    filter_edit: QLineEdit
    item_detail: ItemDetail
    type_detail: TypeDetail
    message: MessagePage
    problems: ProblemsView
    run_bar: RunBar
    undo_button: QPushButton
    connect_button: QPushButton
    counts_label: QLabel

    def apply_bulk(self, bulk: Bulk, type_key: str | None = None) -> None:
        """Set every open item (of one type, or all) to Create, Skip, or a clear Link."""
        if self._running:
            return
        items = self.model.items_of(type_key)
        if bulk is Bulk.CREATE:
            self._choices.create_all(items)
        elif bulk is Bulk.SKIP:
            self._choices.skip_all(items)
        elif not self._choices.link_where_clear(items):
            self._show_result("No item clearly matches an existing record; nothing was changed.")
        self.model.choices_changed()
        self._show_current()
        self._update_controls()

    # ----- rendering -----------------------------------------------------------------------

    def _say_error(self, sentence: str) -> None:
        self._show_result(sentence, error=True)

    def _apply(self, snapshot: ConnectSnapshot) -> None:
        self._snapshot = snapshot
        self._reset_keeping_selection(lambda: self.model.set_items(snapshot.items))
        self.problems.set_problems(snapshot.problems)
        if snapshot.items:
            self._pages.setCurrentIndex(1)
        else:
            self._show_message(wording.EMPTY, wording.EMPTY_HINT)
        self._update_controls()

    def _reset_keeping_selection(self, reset: Callable[[], None]) -> None:
        """Reset the model, then open the groups the user left open and reselect the row."""
        current = self.tree.currentIndex()
        keep_key = self.item_detail.key if self.model.found_at(current) else None
        keep_type = self.model.type_at(current)
        reset()
        for type_key in self.model.types():
            if type_key not in self._collapsed:
                self.tree.expand(self.model.index_of_type(type_key))
        restore = (
            self.model.index_of_key(keep_key)
            if keep_key
            else self.model.index_of_type(keep_type or "")
        )
        if restore.isValid():
            self.tree.setCurrentIndex(restore)
            self.tree.scrollTo(restore)
        else:
            self._details.setCurrentIndex(0)

    def _show_message(self, title: str, hint: str = "") -> None:
        self.message.show_text(title, hint)
        self._pages.setCurrentIndex(0)

    def _show_current(self) -> None:
        """Render the detail of the current tree row again (after its data changed)."""
        self._on_tree_current_changed(self.tree.currentIndex(), QModelIndex())

    def _show_result(self, text: str, *, error: bool = False, success: bool = False) -> None:
        self.run_bar.show_result(text, error=error, success=success)

    def _set_running(self, what: str) -> None:
        self._running = what
        self.item_detail.set_busy(bool(what))
        self.type_detail.setEnabled(not what)
        self._update_controls()

    def _update_controls(self) -> None:
        snapshot = self._snapshot
        has_app = self._app_id is not None
        has_items = snapshot is not None and bool(snapshot.items)
        idle = not self._running
        self.refresh_button.setEnabled(has_app and idle)
        self.all_button.setEnabled(has_items and idle)
        self.connect_button.setEnabled(has_items and idle)
        self.undo_button.setEnabled(snapshot is not None and snapshot.last_run is not None and idle)
        if snapshot is not None and snapshot.last_run is not None:
            self.undo_button.setToolTip(f"Take back the last run: {snapshot.last_run.summary()}")
        for widget in (self.undo_button, self.connect_button, self.counts_label):
            widget.setVisible(has_app)
        if snapshot is not None and has_items:
            counts = self.model.counts()
            self.counts_label.setText(
                f"{counts.create} create · {counts.link} link · {counts.skip} skip"
            )
            self.status_label.setText(
                wording.status_text(
                    len(snapshot.items),
                    self.model.connected_count(),
                    self.model.type_count(),
                    snapshot.files_total,
                    shown=self.model.shown_count() if self.model.filtering else None,
                )
            )
        else:
            self.counts_label.setText("")
            self.status_label.setText("" if snapshot is None else "Nothing found")
        self.run_bar.show_progress(
            self._running or ("Analyzing the app's code…" if self._analysis.running else "")
        )

    # ----- slots ---------------------------------------------------------------------------

    def _on_filter_edit_text_changed(self, text: str) -> None:
        self._reset_keeping_selection(lambda: self.model.set_filter(text))
        self._update_controls()

    def _on_filter_edit_return_pressed(self) -> None:
        """Enter goes to the first item shown, so the keyboard can carry on in the tree."""
        types = self.model.types()
        if types:
            first = self.model.index(0, 0, self.model.index_of_type(types[0]))
            self.tree.setCurrentIndex(first)
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        found = self.model.found_at(current)
        if found is not None:
            if not self._editing(found.key):
                choice = self._choices.get(found.key)
                self.item_detail.show_item(found, self._choices.item(found), choice)
            self._details.setCurrentWidget(self.item_detail)
            return
        type_key = self.model.type_at(current)
        if type_key is not None:
            items = self.model.items_of(type_key)
            summary = self.model.data(current.siblingAtColumn(1))
            self.type_detail.show_type(type_key, items, str(summary or ""))
            self._details.setCurrentWidget(self.type_detail)
        else:
            self._details.setCurrentIndex(0)

    def _editing(self, key: str) -> bool:
        """True while the user is typing in this item's editor (a refresh must not reset it)."""
        if self.item_detail.key != key or self._details.currentWidget() is not self.item_detail:
            return False
        focus = QApplication.focusWidget()
        return self.item_detail.has_errors() or (
            focus is not None and self.item_detail.isAncestorOf(focus)
        )

    def _on_item_detail_choice_changed(self, key: str, choice: object) -> None:
        if isinstance(choice, Choice):
            self._choices.set(key, choice)
            self.model.choices_changed([key])
            self._update_controls()

    def _on_type_detail_bulk_requested(self, type_key: str, bulk: str) -> None:
        self.apply_bulk(Bulk(bulk), type_key)

    def _on_tree_activated(self, index: QModelIndex) -> None:
        found = self.model.found_at(index)
        if found is not None and found.detection.evidence:
            evidence = found.detection.evidence[0]
            self.open_location_requested.emit(evidence.path, evidence.start_line)

    def _on_tree_collapsed(self, index: QModelIndex) -> None:
        type_key = self.model.type_at(index)
        if type_key:
            self._collapsed.add(type_key)

    def _on_tree_expanded(self, index: QModelIndex) -> None:
        self._collapsed.discard(self.model.type_at(index) or "")

    def _on_tree_context_menu_requested(self, pos: QPoint) -> None:
        index = self.tree.indexAt(pos)
        type_key = self.model.type_at(index)
        found = self.model.found_at(index)
        if type_key is not None:
            menu = bulk_menu(self, lambda bulk: self.apply_bulk(bulk, type_key))
        elif found is not None:
            menu = item_menu(
                self,
                found,
                lambda action, target: self._set_item_action(found, action, target),
                lambda: self._on_tree_activated(index),
            )
        else:
            return
        menu.setEnabled(not self._running)
        menu.popup(self.tree.viewport().mapToGlobal(pos))
        self._menu = menu  # kept: a popup()ed menu without an owner would be collected

    def _set_item_action(self, found: FoundItem, action: Action, target: int | None) -> None:
        self._choices.set_action(found, action, target)
        self.model.choices_changed([found.key])
        if self.item_detail.key == found.key:
            self._show_current()
        self._update_controls()
