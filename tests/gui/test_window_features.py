"""The window's extension point: a feature adds a dock, an action and a toolbar widget in one
`install(ctx)` call, hears `Changes`, runs store work through `ctx.op`, and is shut down."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from l4ydesk.app import Services
from l4ydesk.ui.main_window import MainWindow, default_features
from l4ydesk.ui.window.actions import ActionSpec
from l4ydesk.ui.window.changes import Changes
from l4ydesk.ui.window.context import WindowContext
from l4ydesk.ui.window.ops import Stale
from tests.conftest import wait_for, wait_until

Run = Callable[[Any], Any]


class CountingFeature:
    """A small real feature: a dock listing the open app's file count, and a menu action."""

    def __init__(self) -> None:
        self.seen: list[Changes] = []
        self.shut_down = False
        self.triggered = 0

    def install(self, ctx: WindowContext) -> None:
        self.ctx = ctx
        self.label = QLabel("no app", ctx.window)
        ctx.add_dock(
            "counter", "Counter", self.label, Qt.DockWidgetArea.RightDockWidgetArea,
            tab_with="records",
        )  # fmt: skip
        ctx.add_action(ActionSpec("count", "Count Files", "&App", self._count, needs_app=True))
        self.badge = QLabel("badge", ctx.window)
        ctx.add_toolbar_widget(self.badge)
        ctx.changes.changed.connect(self._on_changes)
        ctx.on_shutdown(self._stop)

    def _count(self) -> None:
        self.triggered += 1
        self.ctx.app_op("count files", self.ctx.services.vfs.list_files).success(
            lambda files: self.label.setText(f"{len(files)} files")
        ).run_in_background()

    def _on_changes(self, changes: Changes) -> None:
        self.seen.append(changes)

    async def _stop(self) -> None:
        self.shut_down = True


@pytest.fixture
def counted(services: Services, qtbot: Any, arun: Run) -> Iterator[tuple[MainWindow, Any]]:
    feature = CountingFeature()
    win = MainWindow(services, features=[*default_features(), feature])
    win.show()
    qtbot.waitExposed(win)
    yield win, feature
    arun(win.shutdown())
    assert feature.shut_down
    win.ctx.closing = True
    win.close()
    win.deleteLater()


def _menu_texts(win: MainWindow, title: str) -> list[str]:
    menu = next(a.menu() for a in win.menuBar().actions() if a.text() == title)
    return [a.text() or "—" for a in menu.actions()]  # type: ignore[union-attr]


def test_a_feature_installs_dock_action_and_toolbar_widget(
    counted: tuple[MainWindow, CountingFeature], arun: Run
) -> None:
    win, feature = counted
    assert win.dock("counter").widget() is feature.label
    assert "Counter" in _menu_texts(win, "&View")
    assert feature.badge.parent() is win.ctx.actions.toolbar
    assert not win.action("count").isEnabled()  # needs an open app
    app = arun(win.apps.create_app("Counted"))
    win.services.vfs.write(app.app_id, "a.ts", b"a")
    assert any(c.app for c in feature.seen)
    assert win.action("count").isEnabled()
    assert feature.label.text() == "no app"
    win.action("count").trigger()
    arun(wait_for(lambda: feature.label.text() == "1 files"))


def test_menus_keep_their_sections_whatever_the_install_order(
    counted: tuple[MainWindow, CountingFeature],
) -> None:
    win, _feature = counted
    assert _menu_texts(win, "&App") == [
        "New App…", "Open Sample App", "Rename App…", "Duplicate App", "Count Files",
        "—", "Start Local Preview", "Start Platform API", "API Keys…", "Webhooks…", "Publish…",
        "—", "Delete App…",
    ]  # fmt: skip
    assert _menu_texts(win, "&File")[-3:] == ["Export App…", "—", "Quit"]


def test_saving_broadcasts_the_changed_file_once(
    counted: tuple[MainWindow, CountingFeature], arun: Run
) -> None:
    win, feature = counted
    app = arun(win.apps.create_app("Saved"))
    win.services.vfs.write(app.app_id, "a.ts", b"a")
    arun(win.files.refresh_async())
    arun(win.files.open_file_async("a.ts"))
    feature.seen.clear()
    arun(win.files.save("a.ts", "b"))
    assert [c.files for c in feature.seen if c.files] == [frozenset({"a.ts"})]


def test_an_operation_for_an_app_no_longer_open_is_dropped(
    counted: tuple[MainWindow, CountingFeature], arun: Run
) -> None:
    win, _feature = counted
    first = arun(win.apps.create_app("First"))
    shown: list[object] = []
    op = win.ctx.app_op("slow", lambda app_id: app_id).success(shown.append)

    async def switch_then_run() -> None:
        win.apps.show_app(arun_second)
        await op.run()

    arun_second = arun(win.ctx.op("second", win.services.catalog.create, "Second").run())
    assert win.current_app is not None and win.current_app.app_id == first.app_id
    with pytest.raises(Stale):
        arun(switch_then_run())
    assert shown == []


def test_a_failing_operation_cleans_up_and_is_said_in_a_sentence(
    counted: tuple[MainWindow, CountingFeature], arun: Run
) -> None:
    win, _feature = counted
    cleaned: list[BaseException] = []

    def refuse() -> None:
        raise PermissionError(13, "Permission denied", "/locked/file")

    assert "/locked/file" not in win.statusBar().currentMessage()
    win.ctx.op("refuse", refuse).failure(cleaned.append).run_in_background()
    arun(wait_for(lambda: "/locked/file" in win.statusBar().currentMessage()))
    assert "not allowed" in win.statusBar().currentMessage()
    assert len(cleaned) == 1 and isinstance(cleaned[0], PermissionError)
    win.ctx.closing = True  # no modal box left open for the next test


def test_lazy_window_paints_then_opens_the_store_and_builds_docks_when_shown(
    l4y_env: Any, qtbot: Any, arun: Run
) -> None:
    from l4ydesk.app import build_services
    from l4ydesk.settings import load_settings
    from l4ydesk.ui.window.features import ChatFeature, ConnectFeature

    services = build_services(load_settings(), open_store=False)
    win = MainWindow(services, lazy_docks=True)
    chat, connect = win.feature(ChatFeature), win.feature(ConnectFeature)
    try:
        assert not services.is_open
        assert chat._panel is None and connect._panel is None  # nothing built before paint
        with qtbot.waitSignal(win.first_painted, timeout=10000):
            win.show()
        with qtbot.waitSignal(win.ready, timeout=20000):
            pass  # the store opens in the worker after the paint, then the apps are listed
        assert services.is_open
        assert chat._panel is not None  # on screen at start: built once the store is open
        assert win.dock("chat").widget() is chat._panel
        assert connect._panel is None  # a tab behind History: not built yet
        app = arun(win.apps.create_app("Lazy"))
        win.dock("connect").raise_()
        wait_until(qtbot, lambda: connect._panel is not None, may_hold=True)  # None above
        assert win.dock("connect").widget() is connect._panel
        assert connect._panel is not None and connect._panel.app_id == app.app_id
        assert chat._panel.app_id == app.app_id
    finally:
        arun(win.shutdown())
        win.ctx.closing = True
        win.close()
        win.deleteLater()
        services.close()


def test_a_store_that_cannot_be_opened_is_said_after_the_paint(
    l4y_env: Any, qtbot: Any, arun: Run
) -> None:
    from l4ydesk.app import build_services
    from l4ydesk.settings import load_settings

    settings = load_settings()
    settings.ensure_dirs()
    (settings.data_dir / "l4ydesk.db").write_bytes(b"a shopping list, not a database\n" * 50)
    services = build_services(settings, open_store=False)
    win = MainWindow(services, lazy_docks=True)
    try:
        with qtbot.waitSignal(win.store_failed, timeout=20000) as failed:
            win.show()
        assert "left untouched" in failed.args[0]
        assert not services.is_open
    finally:
        arun(win.shutdown())
        win.ctx.closing = True
        win.close()
        win.deleteLater()
        services.close()


def test_the_inspector_is_wired_whether_docks_are_built_at_once_or_when_shown(
    counted: tuple[MainWindow, Any], qtbot: Any
) -> None:
    # A window without lazy docks builds the preview as its feature installs, before the
    # Connect feature asks to be told: "What is this?" was then never wired (a docs script
    # found it; the app itself builds docks lazily).
    from l4ydesk.ui.window.features import ConnectFeature, PreviewFeature

    win, _ = counted
    inspect = win.feature(ConnectFeature).inspect
    assert inspect.popover.parent() is win.feature(PreviewFeature).panel
