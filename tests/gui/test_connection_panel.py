"""The Connect panel as a user drives it, on the bundled sample app in a real SQLite store:
what it finds, evidence links, Create / Link / Skip, editing before creating, connecting,
re-running, undoing, and re-analysis after a file changes."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from l4ydesk.app import Services
from l4ydesk.core.analyzer.confidence import is_sure
from l4ydesk.core.connections import Action
from l4ydesk.storage.models import RevisionSource
from l4ydesk.ui.connect import Bulk, ConnectionPanel
from l4ydesk.ui.connect.state import FoundItem
from l4ydesk.ui.connect.wording import EMPTY, NO_APP
from l4ydesk.ui.tasks import TaskRunner
from tests.conftest import wait_for, wait_until

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    # The offscreen platform says this whenever a window is shown; it is not about our code.
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"),
]

Run = Callable[[Any], Any]


# ----- fixtures and helpers --------------------------------------------------------------------


@pytest.fixture
def panel(services: Services, tasks: TaskRunner, qtbot: Any) -> ConnectionPanel:
    widget = ConnectionPanel(services.vfs, services.records, services.connector, tasks)
    qtbot.addWidget(widget)
    widget.resize(460, 860)
    widget.show()
    return widget


def open_app(panel: ConnectionPanel, app_id: int, arun: Run) -> None:
    panel.set_app(app_id)
    settle(panel, arun)


def settle(panel: ConnectionPanel, arun: Run) -> None:
    """Wait until the panel has an analysis and no work is running."""
    tasks = panel._tasks
    # A wait for idle: the worker may already be done (the ops helper finishes short jobs
    # before the test gets here), and callers assert what the work changed afterwards.
    arun(
        wait_for(
            lambda: panel.snapshot is not None and not panel.busy and not tasks.running,
            may_hold=True,
        )
    )


def found(panel: ConnectionPanel, type_key: str, name: str) -> FoundItem:
    assert panel.snapshot is not None
    matches = [
        f for f in panel.snapshot.items if f.type_key == type_key and f.detection.name == name
    ]
    assert len(matches) == 1, [f.detection.name for f in panel.snapshot.items]
    return matches[0]


def action_text(panel: ConnectionPanel, item: FoundItem) -> str:
    return str(panel.model.data(panel.model.index_of_key(item.key, 1)))


def message_box() -> QMessageBox | None:
    boxes = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    return boxes[-1] if boxes else None


def confirm(panel: ConnectionPanel, arun: Run, expected: str | None = None) -> None:
    """Press Connect…, check the summary, press Connect and wait for the run to end."""
    assert message_box() is None
    panel.connect_button.click()
    arun(wait_for(lambda: message_box() is not None, may_hold=True))  # it may open at once
    box = message_box()
    assert box is not None
    if expected is not None:
        assert box.text() == expected
    connect = next(b for b in box.buttons() if b.text() == "Connect")
    # "Connected." may still be there from an earlier run: wait for this run's end too.
    runs: list[bool] = []
    panel.records_changed.connect(lambda: runs.append(True))
    connect.click()
    arun(wait_for(lambda: bool(runs) and "Connected." in panel.result_label.text()))
    settle(panel, arun)


def save_screenshot(panel: ConnectionPanel, arun: Run, name: str) -> None:
    """Into docs/screenshots/ when L4YDESK_SAVE_SCREENSHOTS=1 (a plain run leaves the tree be)."""
    if os.environ.get("L4YDESK_SAVE_SCREENSHOTS") != "1":
        return
    panel.tree.expandAll()
    arun(wait_for(lambda: True, may_hold=True))  # one turn of the loop: the tree repaints
    panel.grab().save(str(Path(__file__).resolve().parents[2] / "docs" / "screenshots" / name))


def only(panel: ConnectionPanel, keep: list[FoundItem]) -> None:
    """Skip everything but `keep`, which is set to Create unless the user chose otherwise."""
    panel.apply_bulk(Bulk.SKIP)
    for item in keep:
        panel.select_item(item.key)
        panel.item_detail.create_radio.click()


# ----- states ----------------------------------------------------------------------------------


def test_no_app_then_empty_state_with_problems(
    panel: ConnectionPanel, services: Services, arun: Run
) -> None:
    assert NO_APP in panel.message.title.text()
    assert not panel.connect_button.isVisible()
    app_id = services.catalog.create("Plain").app_id
    services.vfs.write_many(
        app_id,
        {
            "README.md": b"# Nothing to sell here\n",
            "components/broken.tsx": b"export function X() { return <div><p>hi</div> }}}\n",
            "lib/vendor.min.js": b"var a=1;" * 20000,
            # images are skipped by nature: counted apart, not as files that failed to read
            "public/hero.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
            "public/logo.jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01",
        },
        RevisionSource.IMPORT,
    )
    open_app(panel, app_id, arun)
    assert EMPTY in panel.message.title.text()
    assert panel.problems.isVisible()
    assert panel.problems.button.text() == (
        "⚠ 2 files could not be fully read · 2 binary files (images, fonts) not analyzed"
    )
    assert not panel.problems.list.isVisible()  # unobtrusive until asked for
    panel.problems.button.click()
    assert panel.problems.list.isVisible() and panel.problems.list.count() == 4
    entry = next(
        panel.problems.list.item(n)
        for n in range(4)
        if panel.problems.list.item(n).text().startswith("components/broken.tsx:1")
    )
    received: list[tuple[str, int]] = []
    panel.open_location_requested.connect(lambda path, line: received.append((path, line)))
    panel.problems.list.itemActivated.emit(entry)
    assert received == [("components/broken.tsx", 1)]
    panel.set_app(None)
    assert NO_APP in panel.message.title.text()


# ----- what it finds ---------------------------------------------------------------------------


def test_finds_the_sample_apps_records_grouped_by_type(
    panel: ConnectionPanel, sample_app: int, arun: Run
) -> None:
    open_app(panel, sample_app, arun)
    types = panel.model.types()
    assert {"product", "event", "contact", "form", "booking", "checkout"} <= set(types)
    for type_key in ("product", "form"):
        header = panel.model.index_of_type(type_key)
        count = panel.model.rowCount(header)
        assert panel.model.data(header) == f"{type_key.capitalize()}s ({count})"
    assert panel.model.rowCount(panel.model.index_of_type("product")) >= 6  # the product list
    found(panel, "product", "Tide Mug")
    found(panel, "form", "Book a session")  # the booking form...
    found(panel, "booking", "Book a session")  # ...and the bookings it takes
    found(panel, "form", "Contact us")
    found(panel, "contact", "Newsletter form")
    assert panel.model.items_of("event") and panel.model.items_of("checkout")
    assert not panel.snapshot or not panel.snapshot.problems
    assert not panel.problems.isVisible()
    assert "40 files" in panel.status_label.text()
    save_screenshot(panel, arun, "connect-panel.png")


def test_evidence_link_asks_to_open_the_file_at_the_line(
    panel: ConnectionPanel, sample_app: int, arun: Run, qtbot: Any
) -> None:
    open_app(panel, sample_app, arun)
    booking_form = found(panel, "form", "Book a session")
    panel.select_item(booking_form.key)
    evidence = booking_form.detection.evidence[0]
    label = panel.item_detail.evidence_label
    assert f"components/booking-form.tsx:{evidence.start_line}–{evidence.end_line}" in label.text()
    with qtbot.waitSignal(panel.open_location_requested) as blocker:
        label.linkActivated.emit("0")
    assert blocker.args == ["components/booking-form.tsx", evidence.start_line]
    with qtbot.waitSignal(panel.open_location_requested) as blocker:
        panel.tree.activated.emit(panel.model.index_of_key(booking_form.key))
    assert blocker.args == ["components/booking-form.tsx", evidence.start_line]


# ----- choosing --------------------------------------------------------------------------------


def test_skip_and_link_to_a_chosen_candidate(
    panel: ConnectionPanel, services: Services, sample_app: int, arun: Run
) -> None:
    records = services.records
    mug = records.create("product", "Tide Mug", {"price": "38.00", "currency": "USD"})
    vase = records.create("product", "Harbour bud vase (old)", {"price": "40.00"})
    open_app(panel, sample_app, arun)

    tide = found(panel, "product", "Tide Mug")
    assert tide.suggested.action is Action.LINK and tide.suggested.target_id == mug.id
    assert action_text(panel, tide) == "Link → Tide Mug"  # suggest_action's choice by default
    panel.select_item(tide.key)
    assert "same name" in panel.item_detail.candidates_label.text()
    panel.item_detail.skip_radio.click()
    assert action_text(panel, tide) == "Skip"

    bud = found(panel, "product", "Harbor Bud Vase")
    assert bud.suggested.action is Action.CREATE and bud.candidate(vase.id) is not None
    panel.select_item(bud.key)
    detail = panel.item_detail
    detail.candidate_combo.setCurrentIndex(detail.candidate_combo.findData(vase.id))
    detail.candidate_combo.activated.emit(detail.candidate_combo.currentIndex())
    assert detail.link_radio.isChecked()
    assert action_text(panel, bud) == "Link → Harbour bud vase (old)"

    panel.apply_bulk(Bulk.SKIP, "event")
    assert all(action_text(panel, e) == "Skip" for e in panel.model.items_of("event"))
    assert panel.snapshot is not None
    skipped = sum(1 for f in panel.snapshot.items if action_text(panel, f) == "Skip")
    create = len(panel.snapshot.items) - skipped - 1
    confirm(
        panel,
        arun,
        expected=f"{create} to create, 1 to link, {skipped} skipped — Connect?",
    )
    linked = {r.id for r in records.records_of(sample_app)}
    assert vase.id in linked and mug.id not in linked
    assert action_text(panel, found(panel, "product", "Harbor Bud Vase")).startswith("✓ ")
    assert action_text(panel, found(panel, "product", "Tide Mug")) == "Skip"


def test_edit_name_and_properties_before_creating(
    panel: ConnectionPanel, services: Services, sample_app: int, arun: Run, qtbot: Any
) -> None:
    open_app(panel, sample_app, arun)
    planter = found(panel, "product", "Moss Planter")
    only(panel, [planter])
    panel.select_item(planter.key)
    detail = panel.item_detail
    detail.name_edit.clear()
    qtbot.keyClicks(detail.name_edit, "Moss Hanging Planter")
    assert panel.model.data(panel.model.index_of_key(planter.key)) == "Moss Hanging Planter"
    table = detail.fields
    assert table.values()["name"] == "Moss Hanging Planter"  # the title followed the rename
    table.set_value_text(table.row_of("price"), "60 dollars")
    assert "not valid JSON" in table.error_label.text()
    panel.connect_button.click()
    assert "marked in red" in panel.result_label.text()
    assert message_box() is None  # refused before asking
    table.set_value_text(table.row_of("price"), '"60.00"')
    assert not table.error_label.isVisible()

    confirm(panel, arun)
    (record,) = services.records.records_of(sample_app)
    assert record.name == "Moss Hanging Planter"
    assert record.properties["price"] == "60.00"
    assert record.properties["name"] == "Moss Hanging Planter"
    assert action_text(panel, planter) == "✓ Moss Hanging Planter"


# ----- connecting, re-running, undoing ---------------------------------------------------------


def test_connect_shows_connected_state_reruns_add_nothing_and_undo_removes(
    panel: ConnectionPanel, services: Services, sample_app: int, arun: Run, qtbot: Any
) -> None:
    records = services.records
    open_app(panel, sample_app, arun)
    assert panel.snapshot is not None
    total = len(panel.snapshot.items)
    panel.apply_bulk(Bulk.SKIP, "event")
    events = len(panel.model.items_of("event"))
    # "Maybe" items (below the calibrated threshold) are skipped unless the user picks them.
    maybes = [
        f
        for f in panel.snapshot.items
        if f.type_key != "event" and not is_sure(f.detection.confidence)
    ]
    skipped = events + len(maybes)
    assert not panel.undo_button.isEnabled()

    with qtbot.waitSignal(panel.records_changed):
        confirm(
            panel,
            arun,
            expected=f"{total - skipped} to create, 0 to link, {skipped} skipped — Connect?",
        )
    assert f"{total - skipped} created" in panel.result_label.text()
    connected = [f for f in panel.snapshot.items if f.connected is not None]
    assert len(connected) == total - skipped
    assert len(records.records_of(sample_app)) == total - skipped
    tide = found(panel, "product", "Tide Mug")
    assert action_text(panel, tide) == "✓ Tide Mug"
    panel.select_item(tide.key)
    assert panel.item_detail.connected_label.isVisible()
    assert not panel.item_detail.action_box.isVisible()
    assert panel.undo_button.isEnabled()

    # A second run only adds what is new: the skipped events and Maybes, nothing twice.
    panel.apply_bulk(Bulk.CREATE)
    confirm(panel, arun, expected=f"{skipped} to create, 0 to link, 0 skipped — Connect?")
    assert len(records.records_of(sample_app)) == total
    everything = records.list_records()
    assert len(everything) == total
    assert len({(r.type, r.name) for r in everything}) == len(
        {(f.type_key, f.detection.name) for f in panel.snapshot.items}
    )
    panel.connect_button.click()
    assert panel.result_label.text() == "Everything found is already connected."
    assert message_box() is None

    # Undo takes back the last run (the events and Maybes), then the one before it.
    panel.undo_button.click()
    arun(wait_for(lambda: "Undone." in panel.result_label.text()))
    settle(panel, arun)
    assert f"deleted {skipped} record(s)" in panel.result_label.text()
    assert len(records.records_of(sample_app)) == total - skipped
    panel.undo_button.click()
    arun(wait_for(lambda: f"deleted {total - skipped} record(s)" in panel.result_label.text()))
    settle(panel, arun)
    assert records.records_of(sample_app) == [] and records.list_records() == []
    assert all(f.connected is None for f in panel.snapshot.items)
    assert action_text(panel, found(panel, "product", "Tide Mug")) == "Create"
    assert not panel.undo_button.isEnabled()


def test_refresh_after_a_file_change_reparses_only_that_file(
    panel: ConnectionPanel, services: Services, sample_app: int, arun: Run
) -> None:
    open_app(panel, sample_app, arun)
    assert panel.snapshot is not None and len(panel.snapshot.parsed) > 10
    parsed_before = panel.files_parsed
    tide = found(panel, "product", "Tide Mug")
    panel.select_item(tide.key)
    panel.item_detail.skip_radio.click()
    data = services.vfs.read(sample_app, "lib/data.ts")
    assert b'"Moss Planter"' in data
    changed = data.replace(b'"Moss Planter"', b'"Moss Hanger"')
    services.vfs.write(sample_app, "lib/data.ts", changed)

    panel.refresh()
    assert panel.busy
    panel.refresh()  # asked again while running: runs once more after, never two at once
    settle(panel, arun)
    names = {f.detection.name for f in panel.snapshot.items}
    assert "Moss Hanger" in names and "Moss Planter" not in names
    assert panel.files_parsed - parsed_before == 1  # lib/data.ts, once
    assert action_text(panel, found(panel, "product", "Tide Mug")) == "Skip"  # choice kept
    assert panel.tree.currentIndex() == panel.model.index_of_key(tide.key)  # selection kept


def test_big_groups_load_in_batches_and_bulk_actions_cover_every_item(
    panel: ConnectionPanel, services: Services, arun: Run
) -> None:
    app_id = services.catalog.create("Big shop").app_id
    rows = ",\n".join(
        f'  {{ name: "Product {n}", price: {n + 1}, image: "/p{n}.png" }}' for n in range(250)
    )
    services.vfs.write(
        app_id, "lib/products.ts", f"export const products = [\n{rows}\n]\n".encode()
    )
    open_app(panel, app_id, arun)
    header = panel.model.index_of_type("product")
    assert panel.model.data(header) == "Products (250)"
    assert panel.model.rowCount(header) < 250  # the view fetches more as it scrolls
    last = found(panel, "product", "Product 249")
    panel.select_item(last.key)
    assert panel.model.rowCount(header) == 250
    assert panel.item_detail.key == last.key
    panel.apply_bulk(Bulk.SKIP, "product")
    assert panel.counts_label.text() == "0 create · 0 link · 250 skip"
    panel.apply_bulk(Bulk.CREATE)
    assert panel.counts_label.text() == "250 create · 0 link · 0 skip"


def test_the_filter_narrows_a_big_list_and_bulk_actions_change_only_what_it_shows(
    panel: ConnectionPanel, services: Services, arun: Run, qtbot: Any
) -> None:
    app_id = services.catalog.create("Pet shop").app_id
    rows = ",\n".join(
        f'  {{ name: "{kind} {n}", price: {n + 1}, image: "/p{n}.png" }}'
        for n in range(300)
        for kind in (("Cat food",) if n % 3 else ("Dog lead",))
    )
    services.vfs.write_many(
        app_id,
        {
            "lib/catalogue.ts": f"export const products = [\n{rows}\n]\n".encode(),
            "app/shop/page.tsx": b'import { products } from "@/lib/catalogue"\n'
            b"export default function Shop() { return <ul>{products.map((p) => "
            b"<li key={p.name}>{p.name} {p.price}</li>)}</ul> }\n",
            "app/contact/page.tsx": b"export default function C() { return <form onSubmit={send}>"
            b'<h2>Write to us</h2><input name="email" type="email" /><textarea name="message" />'
            b"<button>Send</button></form> }\n",
        },
        RevisionSource.IMPORT,
    )
    open_app(panel, app_id, arun)
    assert panel.model.data(panel.model.index_of_type("product")) == "Products (300)"
    assert panel.status_label.text().startswith("301 items of 2 types")
    dog = found(panel, "product", "Dog lead 3")
    panel.select_item(dog.key)

    panel.activateWindow()
    panel.tree.setFocus()
    wait_until(qtbot, panel.tree.hasFocus, may_hold=True)  # focus may move at once
    qtbot.keyClick(panel.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel.filter_edit.hasFocus()
    qtbot.keyClicks(panel.filter_edit, "DOG lead")  # any case
    header = panel.model.index_of_type("product")
    assert panel.model.data(header) == "Products (100 of 300)"
    assert panel.model.types() == ["product"]  # the form matched nothing: hidden
    assert panel.status_label.text() == "100 of 301 items shown"
    assert panel.tree.currentIndex() == panel.model.index_of_key(dog.key)  # selection kept
    panel.apply_bulk(Bulk.SKIP, "product")
    assert panel.counts_label.text().endswith("100 skip")  # the 200 cat foods were left be
    assert action_text(panel, dog) == "Skip"

    panel.filter_edit.setText("catalogue.ts")  # a file's name matches its items too
    assert panel.model.data(panel.model.index_of_type("product")) == "Products (300)"
    panel.filter_edit.setText("no such thing")
    assert panel.model.types() == [] and panel.status_label.text() == "0 of 301 items shown"
    qtbot.keyClick(panel.filter_edit, Qt.Key.Key_Escape)
    assert panel.filter_edit.text() == ""
    assert "product" in panel.model.types() and "form" in panel.model.types()
    cat = found(panel, "product", "Cat food 1")
    assert action_text(panel, cat) == "Create"  # the bulk Skip did not reach it
    panel.filter_edit.setText("write to us")
    qtbot.keyClick(panel.filter_edit, Qt.Key.Key_Return)
    assert panel.tree.hasFocus()
    chosen = panel.model.found_at(panel.tree.currentIndex())
    assert chosen is not None and chosen.detection.name == "Write to us"


def test_switching_apps_mid_analysis_shows_only_the_new_app(
    panel: ConnectionPanel, services: Services, sample_app: int, arun: Run
) -> None:
    other = services.catalog.create("Other").app_id
    services.vfs.write(other, "README.md", b"# nothing here\n")
    panel.set_app(sample_app)
    panel.set_app(other)  # before the sample's analysis came back
    settle(panel, arun)
    assert panel.snapshot is not None and panel.snapshot.app_id == other
    assert EMPTY in panel.message.title.text()
    assert panel.model.types() == []


def test_maybe_items_close_their_group_and_are_skipped_by_default(
    panel: ConnectionPanel, services: Services, arun: Run
) -> None:
    from l4ydesk.core.analyzer.confidence import SURE_THRESHOLD

    shop = Path(__file__).resolve().parents[1] / "data" / "real_patterns" / "zapateria"
    app_id = services.catalog.create("Zapatería").app_id
    services.transfer.import_folder(app_id, shop)
    open_app(panel, app_id, arun)
    leftover = found(panel, "product", "Accesorios")  # bare names and prices, no picture
    sure = found(panel, "product", "Maratón Pro")
    assert leftover.detection.confidence < SURE_THRESHOLD <= sure.detection.confidence
    assert action_text(panel, leftover) == "Skip"
    assert action_text(panel, sure) != "Skip"
    sure_column = panel.model.data(panel.model.index_of_key(leftover.key, 2))
    assert str(sure_column).startswith("Maybe")
    products = panel.model.items_of("product")
    surety = [is_sure(p.detection.confidence) for p in products]
    assert surety == sorted(surety, reverse=True)  # Maybes close the group
    assert leftover.key in {p.key for p, ok in zip(products, surety, strict=True) if not ok}
    save_screenshot(panel, arun, "connect-maybe.png")
