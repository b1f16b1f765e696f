"""The main window: composes the editor, the docks of its features, menus and the status bar.

It holds no operations and no business rules. File operations (with their undo stack) live in
`ui/window/file_ops.py`, app operations in `ui/window/app_ops.py`, the menus, shortcuts and
toolbar in `ui/window/actions.py`. A feature (a dock with its actions and toolbar widgets)
installs itself with one call, `feature.install(ctx)` (see `ui/window/context.py`), and is
listed once in `default_features()`. Views hear about changes through one broadcast,
`ctx.changes` (`ui/window/changes.py`); every store call runs through `ctx.op`
(`ui/window/ops.py`): in the worker, then the view if it is still current.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QPaintEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMessageBox, QStackedWidget, QWidget

from l4ydesk.ui.calendar import CalendarFeature
from l4ydesk.ui.credits.feature import CreditsFeature
from l4ydesk.ui.empty_state import WelcomePage
from l4ydesk.ui.platform.feature import PlatformFeature
from l4ydesk.ui.publish.feature import PublishFeature
from l4ydesk.ui.tasks import TaskRunner
from l4ydesk.ui.window.actions import Actions, build_core_toolbar_and_actions
from l4ydesk.ui.window.app_ops import AppOps
from l4ydesk.ui.window.context import Feature, WindowContext
from l4ydesk.ui.window.features import (
    ChatFeature,
    ConnectFeature,
    PreferencesFeature,
    PreviewFeature,
)
from l4ydesk.ui.window.file_ops import FileOps

if TYPE_CHECKING:
    from l4ydesk.app import Services
    from l4ydesk.core.apps import AppInfo

F = TypeVar("F")
DEFAULT_SIZE = (1280, 800)  # the first start's size, on a screen big enough for it
Area = Qt.DockWidgetArea


def default_features() -> list[Feature]:
    """The features of the window, installed in this order (a new feature adds one line)."""
    chat = ChatFeature()
    preview = PreviewFeature()
    features: list[Feature] = [chat, preview, ConnectFeature(preview), PreferencesFeature()]
    credits = CreditsFeature(chat)
    publish = PublishFeature(chat, preview, credits)
    return [*features, CalendarFeature(), credits, PlatformFeature(), publish]


class MainWindow(QMainWindow):
    """The l4ydesk window. With `lazy_docks`, dock contents are built when first shown (those
    on screen at start right after the first paint); the launcher uses that for start-up time.

    Signals:
        closed(): the window has closed (after any unsaved work was dealt with).
        first_painted(): the window has painted itself for the first time.
        ready(): the store is open and the apps are listed (the window is fully usable).
        store_failed(str): with `lazy_docks`, the store could not be opened; the reason.
    """

    closed = Signal()
    first_painted = Signal()
    ready = Signal()
    store_failed = Signal(str)

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        features: list[Feature] | None = None,
        *,
        lazy_docks: bool = False,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = TaskRunner(services.executor, self)
        self.tasks.task_failed.connect(self._on_tasks_task_failed)
        self._painted = False
        ini = services.settings.config_dir / "window.ini"
        layout = QSettings(str(ini), QSettings.Format.IniFormat)
        self.setWindowTitle("l4ydesk")
        self.resize(*DEFAULT_SIZE)
        self.ctx = ctx = WindowContext(self, services, self.tasks, layout, Actions(self))
        ctx.lazy_docks = lazy_docks  # build dock contents when first shown (start-up time)
        ctx.files = self.files = FileOps(ctx)
        ctx.apps = self.apps = AppOps(ctx)
        self._build_central()
        build_core_toolbar_and_actions(ctx)
        ctx.add_status_widget(self.files.transfer.progress)
        ctx.add_status_widget(self.files.file_count)
        ctx.add_dock("files", "Files", self.files.explorer, Area.LeftDockWidgetArea)
        ctx.add_dock("history", "History", self.files.history, Area.RightDockWidgetArea)
        ctx.on_shutdown(self.files.tabs.close_all_silently)
        self.features = default_features() if features is None else features
        for feature in self.features:
            feature.install(ctx)
        self._arrange_docks()
        self._restore_layout()
        self.ctx.changes.changed.connect(self._on_changes)
        self.apps.show_app(None)
        if not lazy_docks:
            self.tasks.start(self._start(), "load apps")
        # else: the store is opened in the worker after the first paint (_after_first_paint).

    async def _start(self) -> None:
        await self.apps.load_apps(select=self.ctx.layout.value("last_app"))
        self.ready.emit()

    async def _open_store_then_start(self) -> None:
        """Open the store in the worker (SQLAlchemy, a migration if one is due), then go on."""
        from l4ydesk.store_errors import StoreError

        try:
            await self.ctx.op("open the store", self.services.open).run()
        except StoreError as exc:
            self.store_failed.emit(str(exc))
            return
        self.ctx.build_visible_docks()
        await self._start()

    # ----- composition ---------------------------------------------------------------------

    def _build_central(self) -> None:
        self.welcome = WelcomePage(self)
        self.welcome.create_app_requested.connect(self.apps.ask_new_app)
        self.welcome.open_sample_requested.connect(self.apps.open_sample_app)
        self.welcome.import_requested.connect(self.apps.new_app_from_disk)
        self._central = QStackedWidget(self)
        self._central.addWidget(self.welcome)
        self._central.addWidget(self.files.editor)
        self.setCentralWidget(self._central)

    def _arrange_docks(self) -> None:
        """The default layout: files over chat on the left, a tab group on the right."""
        docks = self.ctx.docks
        if "chat" in docks:
            self.splitDockWidget(docks["files"], docks["chat"], Qt.Orientation.Vertical)
            self.resizeDocks([docks["files"], docks["chat"]], [320, 480], Qt.Orientation.Vertical)
        # Every right-hand dock a feature added (Calendar, …) joins the tab group, in order.
        right = Area.RightDockWidgetArea
        group = [d for d in docks.values() if self.dockWidgetArea(d) == right and not d.isHidden()]
        for first, second in pairwise(group):
            self.tabifyDockWidget(first, second)
        docks["history"].raise_()
        self.resizeDocks([docks["files"], docks["history"]], [280, 360], Qt.Orientation.Horizontal)

    def _restore_layout(self) -> None:
        self.ctx.default_state = self.saveState()
        geometry = self.ctx.layout.value("geometry")
        state = self.ctx.layout.value("state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self._fit_to_screen()
        if state is not None:
            self.restoreState(state)

    def _fit_to_screen(self) -> None:
        """First start: 1280×800, or less on a smaller screen (a 1366×768 laptop), centred."""
        screen = self.screen()
        if screen is None:
            return
        area = screen.availableGeometry()
        width = min(DEFAULT_SIZE[0], int(area.width() * 0.95))
        height = min(DEFAULT_SIZE[1], int(area.height() * 0.92))
        self.resize(width, height)
        self.move(area.center().x() - width // 2, area.center().y() - height // 2)

    def _save_layout(self) -> None:
        layout, app = self.ctx.layout, self.ctx.current_app
        layout.setValue("geometry", self.saveGeometry())
        layout.setValue("state", self.saveState())
        layout.setValue("last_app", app.app_id if app else 0)
        layout.sync()

    def _on_changes(self, changes: object) -> None:
        self._central.setCurrentIndex(1 if self.ctx.current_app is not None else 0)

    # ----- lookups (features, docks, actions) ----------------------------------------------

    def feature(self, kind: type[F]) -> F:
        return next(f for f in self.features if isinstance(f, kind))

    def dock(self, name: str) -> QDockWidget:
        return self.ctx.docks[name]

    def action(self, name: str) -> QAction:
        return self.ctx.actions[name]

    @property
    def current_app(self) -> AppInfo | None:
        return self.ctx.current_app

    # ----- entry points for the launcher ---------------------------------------------------

    def open_sample_app(self) -> None:
        self.apps.open_sample_app()

    def open_source_as_app(self, source: Path, name: str | None = None) -> None:
        self.apps.open_source_as_app(source, name)

    # ----- errors, paint, close ------------------------------------------------------------

    def _on_tasks_task_failed(self, message: str) -> None:
        self.statusBar().showMessage(message, 15000)
        if not self.ctx.closing:
            box = QMessageBox(
                QMessageBox.Icon.Warning, "l4ydesk", message, QMessageBox.StandardButton.Ok, self
            )
            box.open()
            self._error_box = box

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        self.first_painted.emit()
        if self.ctx.lazy_docks:
            self.tasks.start(self._open_store_then_start(), "open the store")

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.ctx.closing:
            event.accept()
            return
        event.ignore()
        self.files.with_saved_work(self._finish_close)

    def _finish_close(self) -> None:
        self.ctx.closing = True
        self._save_layout()
        self.close()
        self.closed.emit()

    async def shutdown(self) -> None:
        """Stop background work and release editors; called once the window has closed."""
        await self.ctx.shutdown()
