"""The main window as a user drives it: apps, explorer, editor, history, unsaved-work prompts."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from l4ydesk.app import Services, build_services
from l4ydesk.settings import load_settings
from l4ydesk.storage.models import RevisionSource
from l4ydesk.ui.editor_tabs import DIRTY_MARK
from l4ydesk.ui.main_window import MainWindow
from l4ydesk.ui.preview import LoadState
from l4ydesk.ui.window.features import ConnectFeature, PreviewFeature
from tests.conftest import wait_for
from tests.gui.windows import shown_window

Run = Callable[[Any], Any]


@pytest.fixture
def window(services: Services, qtbot: Any, arun: Run) -> Iterator[MainWindow]:
    with shown_window(services, qtbot, arun) as win:
        yield win


def _message_box() -> QMessageBox | None:
    boxes = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    return boxes[-1] if boxes else None


async def _answer(button: QMessageBox.StandardButton) -> None:
    # The box is opened by the action before this runs, or just after: answer it either way.
    await wait_for(lambda: _message_box() is not None, may_hold=True)
    box = _message_box()
    assert box is not None
    box.button(button).click()


async def _app_with(window: MainWindow, files: dict[str, bytes]) -> int:
    app = await window.apps.create_app("Shop")
    vfs = window.services.vfs
    vfs.write_many(app.app_id, files, RevisionSource.IMPORT)
    await window.files.refresh_async()
    return app.app_id


def test_empty_state_offers_next_steps_then_create_app(window: MainWindow, arun: Run) -> None:
    assert window.welcome.isVisible()
    assert window.current_app is None
    arun(window.apps.create_app("Harbor"))
    assert window.current_app is not None and window.current_app.name == "Harbor"
    assert window.apps.switcher.currentText() == "Harbor"
    assert not window.welcome.isVisible()
    assert "Harbor" in window.windowTitle()


def test_sample_app_opens_in_the_editor(window: MainWindow, arun: Run) -> None:
    arun(window.apps.import_sample())
    paths = window.files.explorer.paths()
    assert {"app/page.tsx", "components/booking-form.tsx", "package.json"} <= paths
    assert window.files.tabs.current_path() == "app/page.tsx"
    pane = window.files.tabs.current_pane()
    assert pane is not None and "export default" in pane.text()


def test_edit_and_save_creates_a_revision(window: MainWindow, arun: Run, qtbot: Any) -> None:
    app_id = arun(_app_with(window, {"app/page.tsx": b"export default function Page() {}\n"}))
    arun(window.files.open_file_async("app/page.tsx"))
    pane = window.files.tabs.current_pane()
    assert pane is not None
    pane.editor.moveCursor(pane.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(pane.editor, "// edited")
    assert window.files.tabs.tabText(0).startswith(DIRTY_MARK)
    assert window.windowTitle().endswith("•")
    qtbot.keyClick(pane.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    arun(wait_for(lambda: not window.files.tabs.dirty_paths()))
    assert window.services.vfs.read_text(app_id, "app/page.tsx").endswith("// edited")
    assert not window.files.tabs.tabText(0).startswith(DIRTY_MARK)
    arun(wait_for(lambda: window.files.history._list.count() == 2, may_hold=True))  # saved above
    assert "write by you" in window.files.history._list.item(0).text()


def test_create_rename_delete_and_undo(window: MainWindow, arun: Run) -> None:
    app_id = arun(_app_with(window, {"README.md": b"# hi"}))
    assert window.files.tabs.current_path() != "lib/utils.ts"
    window.files.explorer.create_requested.emit("lib/utils.ts")
    arun(wait_for(lambda: "lib/utils.ts" in window.files.explorer.paths()))
    arun(wait_for(lambda: window.files.tabs.current_path() == "lib/utils.ts", may_hold=True))
    window.files.explorer.rename_requested.emit("lib", "src/lib")
    arun(wait_for(lambda: "src/lib/utils.ts" in window.files.explorer.paths()))
    assert window.files.tabs.current_path() == "src/lib/utils.ts"  # the open tab followed the move
    window.files.explorer.delete_requested.emit(["src/lib/utils.ts"])
    arun(wait_for(lambda: "src/lib/utils.ts" not in window.files.explorer.paths()))
    assert window.files.tabs.count() == 0
    assert window.action("undo_file").text() == "Undo Delete src/lib/utils.ts"
    window.files.undo()
    arun(wait_for(lambda: "src/lib/utils.ts" in window.files.explorer.paths()))
    window.files.undo()  # undo the rename
    arun(wait_for(lambda: "lib/utils.ts" in window.files.explorer.paths()))
    assert [f.path for f in window.services.vfs.list_files(app_id)] == ["README.md", "lib/utils.ts"]


def test_drag_and_drop_moves_into_a_folder(window: MainWindow, arun: Run) -> None:
    arun(_app_with(window, {"a.ts": b"a", "components/b.tsx": b"b"}))
    window.files.explorer.move_into(["a.ts"], "components")
    arun(wait_for(lambda: "components/a.ts" in window.files.explorer.paths()))


def test_bad_names_are_refused_with_a_sentence(window: MainWindow, arun: Run) -> None:
    arun(_app_with(window, {"a.ts": b"a"}))
    window.files.explorer.create_requested.emit("../escape.ts")
    arun(wait_for(lambda: "outside the app" in window.statusBar().currentMessage()))
    arun(_answer(QMessageBox.StandardButton.Ok))
    assert window.files.explorer.paths() == {"a.ts"}


def test_restore_a_revision_from_history(window: MainWindow, arun: Run) -> None:
    app_id = arun(_app_with(window, {"a.css": b"body { color: red }"}))
    window.services.vfs.write(app_id, "a.css", b"body { color: blue }")
    arun(window.files.open_file_async("a.css"))
    arun(wait_for(lambda: window.files.history._list.count() == 2, may_hold=True))  # saved above
    window.files.history._list.setCurrentRow(1)
    # the diff and the restore run in the worker, which may finish before the wait starts
    arun(wait_for(lambda: "red" in window.files.history._diff.toPlainText(), may_hold=True))
    window.files.history._restore.click()
    arun(wait_for(lambda: window.services.vfs.stat(app_id, "a.css").revision == 3, may_hold=True))
    pane = window.files.tabs.current_pane()
    assert pane is not None
    arun(wait_for(lambda: pane.text() == "body { color: red }", may_hold=True))  # revision 3 seen
    assert not pane.is_modified()


def test_closing_a_tab_with_unsaved_changes_asks(window: MainWindow, arun: Run, qtbot: Any) -> None:
    app_id = arun(_app_with(window, {"a.ts": b"one"}))
    arun(window.files.open_file_async("a.ts"))
    pane = window.files.tabs.current_pane()
    assert pane is not None
    qtbot.keyClicks(pane.editor, "X")
    window.files.tabs.close_current()
    arun(_answer(QMessageBox.StandardButton.Cancel))
    assert window.files.tabs.count() == 1 and pane.is_modified()
    window.files.tabs.close_current()
    arun(_answer(QMessageBox.StandardButton.Save))
    arun(wait_for(lambda: window.files.tabs.count() == 0))
    assert window.services.vfs.read(app_id, "a.ts") == b"Xone"
    arun(window.files.open_file_async("a.ts"))
    pane = window.files.tabs.current_pane()
    assert pane is not None
    qtbot.keyClicks(pane.editor, "Y")
    assert window.files.tabs.count() == 1
    window.files.tabs.close_current()
    arun(_answer(QMessageBox.StandardButton.Discard))
    arun(wait_for(lambda: window.files.tabs.count() == 0, may_hold=True))  # 1 before
    assert window.services.vfs.read(app_id, "a.ts") == b"Xone"


def test_quitting_with_unsaved_changes_asks_and_saves(
    window: MainWindow, arun: Run, qtbot: Any
) -> None:
    app_id = arun(_app_with(window, {"a.ts": b"one"}))
    arun(window.files.open_file_async("a.ts"))
    pane = window.files.tabs.current_pane()
    assert pane is not None
    qtbot.keyClicks(pane.editor, "Z")
    window.close()
    arun(_answer(QMessageBox.StandardButton.Cancel))
    assert window.isVisible()
    with qtbot.waitSignal(window.closed, timeout=5000):
        window.close()
        arun(_answer(QMessageBox.StandardButton.Save))
    assert window.services.vfs.read(app_id, "a.ts") == b"Zone"


def test_binary_files_are_not_opened_as_text(window: MainWindow, arun: Run) -> None:
    arun(_app_with(window, {"public/logo.png": b"\x89PNG\r\n\x1a\n\x00\x00binary"}))
    arun(window.files.open_file_async("public/logo.png"))
    assert window.files.tabs.current_pane() is None
    assert "binary file" in window.files.tabs.currentWidget().text()


def test_the_first_window_fits_a_small_screen_and_a_saved_size_comes_back(
    services: Services, arun: Run, qtbot: Any
) -> None:
    def opened() -> MainWindow:
        win = MainWindow(services, lazy_docks=True)  # as the launcher builds it
        win.show()
        qtbot.waitExposed(win)
        arun(wait_for(lambda: not win.tasks.running, may_hold=True))  # the store opened
        return win

    def closed(win: MainWindow) -> None:
        arun(win.shutdown())
        with qtbot.waitSignal(win.closed, timeout=5000):
            win.close()
        win.deleteLater()

    first = opened()
    # The offscreen screen is 800×800: smaller than the 1280×800 a first start asks for.
    area = first.screen().availableGeometry()
    assert area.width() < 1280
    assert area.contains(first.frameGeometry())
    first.resize(700, 600)
    closed(first)
    again = opened()
    try:
        assert (again.width(), again.height()) == (700, 600)  # saved, not fitted again
    finally:
        closed(again)


def test_layout_and_last_app_are_restored(
    services: Services, window: MainWindow, arun: Run, qtbot: Any
) -> None:
    arun(window.apps.create_app("Remembered"))
    window.dock("history").hide()
    with qtbot.waitSignal(window.closed, timeout=5000):
        window.close()
    again = MainWindow(services)
    again.show()
    try:
        arun(wait_for(lambda: again.current_app is not None))
        assert again.current_app is not None and again.current_app.name == "Remembered"
        assert not again.dock("history").isVisible()
        assert again.dock("files").isVisible()
    finally:
        arun(again.shutdown())
        again.ctx.closing = True
        again.close()
        again.deleteLater()


def test_delete_app_asks_for_confirmation(window: MainWindow, arun: Run) -> None:
    arun(_app_with(window, {"a.ts": b"a"}))
    window.apps.ask_delete_app()
    arun(_answer(QMessageBox.StandardButton.Cancel))
    assert window.current_app is not None
    window.apps.ask_delete_app()
    box = window.apps.delete_box
    arun(wait_for(box.isVisible, may_hold=True))  # opened by ask_delete_app
    next(b for b in box.buttons() if b.text() == "Delete App").click()
    arun(wait_for(lambda: window.current_app is None))
    assert window.welcome.isVisible()
    assert window.services.catalog.list_apps() == []


def test_evidence_opens_the_file_at_its_line(window: MainWindow, arun: Run) -> None:
    body = "".join(f"const line{i} = {i}\n" for i in range(1, 40)).encode()
    arun(_app_with(window, {"lib/data.ts": body}))
    window.feature(ConnectFeature).panel.open_location_requested.emit("lib/data.ts", 25)
    arun(wait_for(lambda: window.files.tabs.current_path() == "lib/data.ts"))
    pane = window.files.tabs.current_pane()
    assert pane is not None
    arun(wait_for(lambda: pane.editor.cursor_line() == 25, may_hold=True))  # opened at its line


def test_local_preview_without_node_says_so(
    l4y_env: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any, arun: Run
) -> None:
    monkeypatch.setenv("L4YDESK_NODE", str(l4y_env / "no-such-node"))
    services = build_services(load_settings())
    win = MainWindow(services)
    win.show()
    pages: list[str] = []
    win.feature(PreviewFeature).local.failed.connect(pages.append)
    try:
        arun(_app_with(win, {"package.json": b"{}"}))
        win.action("local_preview").trigger()
        arun(wait_for(lambda: "Node.js was not found" in win.statusBar().currentMessage()))
        # The preview shows why, never a blank page.
        assert len(pages) == 1 and "Node.js was not found" in pages[0]
        panel = win.feature(PreviewFeature).panel
        arun(wait_for(lambda: panel.load_state is LoadState.LOADED, timeout=30))
        assert panel.toolbar.url_field.text() == ""  # not the page's data: URL
        arun(_answer(QMessageBox.StandardButton.Ok))
        assert win.dock("console").isVisible()
        assert "Node.js was not found" in win.feature(PreviewFeature).console.toPlainText()
        assert win.feature(PreviewFeature).local.state == "stopped"
        assert win.action("local_preview").text() == "Start Local Preview"
    finally:
        arun(win.shutdown())
        win.ctx.closing = True
        win.close()
        win.deleteLater()
        services.close()


def test_a_ts_file_holding_jsx_gets_a_rename_offer_that_restarts_the_preview(
    window: MainWindow, arun: Run, qtbot: Any
) -> None:
    provider = (
        b"export function AuthProvider({ children }: { children: any }) {\n"
        b"  return <Ctx.Provider value={null}>{children}</Ctx.Provider>\n}\n"
    )
    app_id = arun(_app_with(window, {"lib/auth.ts": provider}))
    arun(window.files.open_file_async("lib/auth.ts"))
    preview = window.feature(PreviewFeature)
    pages: list[str] = []
    preview.local.failed.connect(pages.append)
    window.action("local_preview").trigger()
    # No package.json either, so this start fails; the file's sentence came first, with an offer.
    arun(wait_for(lambda: bool(pages), timeout=30))
    arun(_answer(QMessageBox.StandardButton.Ok))
    console = preview.console
    assert "lib/auth.ts holds JSX" in console.toPlainText()
    assert console.offering and console.offer_button.text() == "Rename to auth.tsx"
    qtbot.mouseClick(console.offer_button, Qt.MouseButton.LeftButton)
    arun(wait_for(lambda: len(pages) == 2, timeout=30))  # renamed, then started again
    arun(_answer(QMessageBox.StandardButton.Ok))
    vfs = window.services.vfs
    assert vfs.exists(app_id, "lib/auth.tsx") and not vfs.exists(app_id, "lib/auth.ts")
    assert "Renamed lib/auth.ts to lib/auth.tsx" in console.toPlainText()
    assert "lib/auth.tsx" in window.files.explorer.paths()
    assert window.files.tabs.current_path() == "lib/auth.tsx"  # the open tab followed
    window.files.undo()  # the rename is undoable like any other
    # the undo's worker job may be done before the wait begins (the state before was checked)
    arun(wait_for(lambda: vfs.exists(app_id, "lib/auth.ts"), may_hold=True))
    arun(wait_for(lambda: not window.tasks.running, may_hold=True))  # the undo has finished
    assert not vfs.exists(app_id, "lib/auth.tsx")


def test_an_error_in_the_app_s_code_offers_to_open_its_file_at_the_line(
    window: MainWindow, arun: Run, qtbot: Any
) -> None:
    from l4ydesk.core.preview.local_server import OutputLine

    page = b"".join(b"// line %d\n" % n for n in range(1, 12))
    arun(_app_with(window, {"app/page.tsx": page}))
    preview = window.feature(PreviewFeature)
    console = preview.console
    window.dock("console").show()  # a running preview shows it
    # what the running preview reports when `next dev` prints a render error in app/page.tsx
    said = "The page stops on the server at app/page.tsx, line 9 (ReferenceError: …)."
    preview.local._on_preview_output(
        OutputLine("l4ydesk", "stderr", said, "app-error", "app/page.tsx", 9)
    )
    assert console.offering and console.offer_button.text() == "Open page.tsx at line 9"
    assert window.files.tabs.pane_for("app/page.tsx") is None
    qtbot.mouseClick(console.offer_button, Qt.MouseButton.LeftButton)
    arun(wait_for(lambda: window.files.tabs.current_path() == "app/page.tsx"))
    editor = window.files.tabs.pane_for("app/page.tsx")
    assert editor is not None
    # the cursor is on line 9 (block 8); the open may have placed it before the wait
    arun(wait_for(lambda: editor.editor.textCursor().blockNumber() == 8, may_hold=True))


def test_shutdown_leaves_no_task_pending(window: MainWindow, arun: Run) -> None:
    """Releasing the editors at shutdown refreshes the history: that refresh is ended too."""
    arun(window.apps.import_sample())
    arun(window.files.open_file_async("components/booking-form.tsx"))
    window.files.explorer.select_path("components/booking-form.tsx")
    arun(window.shutdown())

    async def pending() -> list[str]:
        me = asyncio.current_task()
        return sorted(t.get_name() for t in asyncio.all_tasks() if t is not me and not t.done())

    assert arun(pending()) == []
