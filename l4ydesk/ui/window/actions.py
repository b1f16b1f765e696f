"""The window's menus, shortcuts and toolbar, declared in one place.

Each action is an `ActionSpec` (text, menu, section, shortcut, toolbar, whether it needs an open
app, what it runs). `CORE_ACTIONS` lists the window's own; features add theirs with
`WindowContext.add_action`. Menus are kept sorted by section with separators between sections,
so a feature's action lands in the right group whatever the install order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenu, QToolBar

if TYPE_CHECKING:
    from l4ydesk.ui.window.context import WindowContext

MENUS = ("&File", "&Edit", "&App", "&View", "&Settings", "&Help")
Shortcut = str | QKeySequence.StandardKey | None


@dataclass(frozen=True)
class ActionSpec:
    """One menu action. `section` groups actions within a menu (separators between groups)."""

    name: str
    text: str
    menu: str
    run: Callable[[], object]
    shortcut: Shortcut = None
    section: int = 0
    toolbar: bool = False
    needs_app: bool = False


class Actions:
    """Builds and holds the menus, the main toolbar and every declared action by name."""

    def __init__(self, window: QMainWindow) -> None:
        self._window = window
        self._menus: dict[str, QMenu] = {m: window.menuBar().addMenu(m) for m in MENUS}
        self._entries: dict[str, list[tuple[int, QAction]]] = {m: [] for m in MENUS}
        self._by_name: dict[str, QAction] = {}
        self._needs_app: list[QAction] = []
        self._separators: dict[str, list[QAction]] = {}
        self.toolbar = QToolBar("Main", window)
        self.toolbar.setObjectName("toolbar_main")
        self.toolbar.setMovable(False)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def __getitem__(self, name: str) -> QAction:
        return self._by_name[name]

    def add(self, spec: ActionSpec) -> QAction:
        action = QAction(spec.text, self._window)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        run = spec.run
        action.triggered.connect(lambda _checked=False: run())
        self._by_name[spec.name] = action
        if spec.needs_app:
            self._needs_app.append(action)
        self._place(spec.menu, spec.section, action)
        if spec.toolbar:
            self.toolbar.addAction(action)
        return action

    def add_view_toggle(self, dock: QDockWidget) -> None:
        self._place("&View", 0, dock.toggleViewAction())

    def set_app_open(self, is_open: bool) -> None:
        for action in self._needs_app:
            action.setEnabled(is_open)

    def _place(self, menu_name: str, section: int, action: QAction) -> None:
        entries = self._entries[menu_name]
        index = sum(1 for s, _a in entries if s <= section)
        entries.insert(index, (section, action))
        menu = self._menus[menu_name]
        for old in menu.actions():  # removeAction, not clear(): clear() deletes actions
            menu.removeAction(old)
        separators = self._separators.setdefault(menu_name, [])
        used = 0
        previous: int | None = None
        for s, a in entries:
            if previous is not None and s != previous:
                if used == len(separators):
                    separators.append(QAction(self._window))
                    separators[-1].setSeparator(True)
                menu.addAction(separators[used])
                used += 1
            menu.addAction(a)
            previous = s


def core_actions(ctx: WindowContext) -> list[ActionSpec]:
    """The window's own actions (features add theirs when installed)."""
    key = QKeySequence.StandardKey
    files, apps, w = ctx.files, ctx.apps, ctx.window
    return [
        ActionSpec(
            "new_file",
            "New File…",
            "&File",
            lambda: files.explorer.ask_new_file(),
            "Ctrl+N",
            toolbar=True,
            needs_app=True,
        ),
        ActionSpec("save", "Save", "&File", files.tabs.save_current, key.Save, toolbar=True),
        ActionSpec("save_all", "Save All", "&File", files.tabs.save_all, "Ctrl+Shift+S"),
        ActionSpec("close_tab", "Close Tab", "&File", files.tabs.close_current, "Ctrl+W"),
        ActionSpec(
            "import",
            "Import Folder or Zip…",
            "&File",
            files.transfer.ask_import,
            "Ctrl+O",
            section=1,
            toolbar=True,
            needs_app=True,
        ),
        ActionSpec(
            "export",
            "Export App…",
            "&File",
            files.transfer.ask_export,
            "Ctrl+E",
            section=1,
            toolbar=True,
            needs_app=True,
        ),
        ActionSpec("quit", "Quit", "&File", w.close, key.Quit, section=2),
        ActionSpec("undo_file", "Undo File Change", "&Edit", files.undo, "Ctrl+Alt+Z"),
        ActionSpec("new_app", "New App…", "&App", apps.ask_new_app, "Ctrl+Shift+N"),
        ActionSpec("sample", "Open Sample App", "&App", apps.open_sample_app),
        ActionSpec("rename_app", "Rename App…", "&App", apps.ask_rename_app, needs_app=True),
        ActionSpec("duplicate_app", "Duplicate App", "&App", apps.duplicate_app, needs_app=True),
        ActionSpec(
            "delete_app", "Delete App…", "&App", apps.ask_delete_app, section=2, needs_app=True
        ),
        ActionSpec(
            "refresh", "Refresh Files", "&View", files.refresh, "F5", section=1, needs_app=True
        ),
        ActionSpec("reset_layout", "Reset Layout", "&View", ctx.reset_layout, section=1),
        ActionSpec("logs", "Open Log Folder", "&Help", apps.open_logs),
        ActionSpec("about", "About l4ydesk", "&Help", apps.about),
    ]


def build_core_toolbar_and_actions(ctx: WindowContext) -> None:
    """The toolbar starts with the app switcher and New App, then the file actions."""
    toolbar = ctx.actions.toolbar
    toolbar.addWidget(QLabel(" App: ", ctx.window))
    toolbar.addWidget(ctx.apps.switcher)
    specs = core_actions(ctx)
    new_app = next(s for s in specs if s.name == "new_app")
    toolbar.addAction(ctx.add_action(new_app))
    toolbar.addSeparator()
    for spec in specs:
        if spec is not new_app:
            ctx.add_action(spec)
    ctx.actions["undo_file"].setEnabled(False)
