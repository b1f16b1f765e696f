"""The records browser as a user drives it, on a real SQLite store: filter by type, search,
edit and save (Ctrl+S), bad JSON refused inline, revert, unsaved edits kept, linked apps."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from l4ydesk.app import Services
from l4ydesk.core.connections import ConnectionPlan, new_item
from l4ydesk.core.records import Record
from l4ydesk.ui.records import RecordsBrowser
from l4ydesk.ui.tasks import TaskRunner
from tests.conftest import wait_for

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"),
]

Run = Callable[[Any], Any]


@pytest.fixture
def records(services: Services) -> dict[str, Record]:
    book = services.records
    return {
        "mug": book.create("product", "Tide Mug", {"price": "38.00", "description": "Café mug"}),
        "bowl": book.create("product", "Pine Serving Bowl", {"price": "96.00"}),
        "workshop": book.create("event", "Glaze Lab", {"location": "Harbor studio"}),
        "newsletter": book.create("form", "Newsletter", {"title": "Newsletter"}),
    }


def make_browser(services: Services, tasks: TaskRunner, qtbot: Any, arun: Run) -> RecordsBrowser:
    browser = RecordsBrowser(services.records, tasks)
    qtbot.addWidget(browser)
    browser.resize(1000, 620)
    browser.show()  # the first show loads the list
    settle(browser, arun)
    return browser


def settle(browser: RecordsBrowser, arun: Run) -> None:
    tasks = browser._tasks
    # A wait for idle: it may already be.
    arun(
        wait_for(lambda: not tasks.running and not browser._search_timer.isActive(), may_hold=True)
    )


def names(browser: RecordsBrowser) -> list[str]:
    return [str(browser.model.index(r, 0).data()) for r in range(browser.model.rowCount())]


def open_record(browser: RecordsBrowser, record: Record, arun: Run) -> None:
    browser.select_record(record.id)
    arun(
        wait_for(
            lambda: browser.detail.record is not None and browser.detail.record.id == record.id
        )
    )
    settle(browser, arun)


def message_box() -> QMessageBox | None:
    boxes = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    return boxes[-1] if boxes else None


def test_empty_state_per_filter(
    services: Services, tasks: TaskRunner, qtbot: Any, arun: Run
) -> None:
    browser = make_browser(services, tasks, qtbot, arun)
    assert browser.empty_label.isVisible()
    assert "No business records yet" in browser.empty_label.text()
    services.records.create("event", "Glaze Lab")
    browser.set_type_filter("product")
    settle(browser, arun)
    assert browser.empty_label.text() == "No products yet."
    browser.set_type_filter("event")
    settle(browser, arun)
    assert not browser.empty_label.isVisible() and names(browser) == ["Glaze Lab"]
    qtbot.keyClicks(browser.search, "zebra")
    settle(browser, arun)
    assert browser.empty_label.text() == "No events match “zebra”."
    assert browser.detail.record is None


def test_type_filter_lists_the_nine_types_and_filters(
    services: Services, tasks: TaskRunner, records: dict[str, Record], qtbot: Any, arun: Run
) -> None:
    browser = make_browser(services, tasks, qtbot, arun)
    labels = [browser.type_filter.itemText(i) for i in range(browser.type_filter.count())]
    assert labels[0] == "All records" and len(labels) == 10 and "Checkouts" in labels
    assert names(browser) == ["Glaze Lab", "Newsletter", "Pine Serving Bowl", "Tide Mug"]
    assert browser.count_label.text() == "4 records"
    row = browser.model.row_of(records["workshop"].id)
    assert [browser.model.index(row, c).data() for c in range(3)] == [
        "Glaze Lab",
        "Event",
        "active",
    ]
    browser.set_type_filter("product")
    settle(browser, arun)
    assert names(browser) == ["Pine Serving Bowl", "Tide Mug"]


def test_search_is_debounced_and_matches_properties(
    services: Services, tasks: TaskRunner, records: dict[str, Record], qtbot: Any, arun: Run
) -> None:
    browser = make_browser(services, tasks, qtbot, arun)
    browser.search.setText("café")  # typed (QTest cannot type non-ASCII keys)
    assert browser._search_timer.isActive()  # typing waits for a pause before loading
    assert len(names(browser)) == 4
    settle(browser, arun)
    assert names(browser) == ["Tide Mug"]  # found by its description
    browser.search.clear()
    qtbot.keyClicks(browser.search, "harbor")
    settle(browser, arun)
    assert names(browser) == ["Glaze Lab"]


def test_edit_and_save_with_ctrl_s(
    services: Services, tasks: TaskRunner, records: dict[str, Record], qtbot: Any, arun: Run
) -> None:
    browser = make_browser(services, tasks, qtbot, arun)
    open_record(browser, records["mug"], arun)
    detail = browser.detail
    assert detail.name_edit.text() == "Tide Mug"
    assert "Not used by any app yet" in detail.apps_label.text()
    assert not detail.save_button.isEnabled()
    detail.name_edit.setFocus()
    detail.name_edit.selectAll()
    qtbot.keyClicks(detail.name_edit, "Tide Mug, large")
    table = detail.properties
    table.set_value_text(table.row_of("price"), '"44.00"')
    table.set_value_text(table.row_of("variants"), '[{"name": "Sea Glass"}]')
    detail.status_combo.setCurrentText("draft")
    detail.status_combo.activated.emit(detail.status_combo.currentIndex())
    assert detail.is_dirty() and detail.save_button.isEnabled()

    with qtbot.waitSignal(browser.record_saved) as saved:
        qtbot.keyClick(detail.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(browser, arun)
    assert saved.args == [records["mug"].id]
    stored = services.records.get(records["mug"].id)
    assert stored.name == "Tide Mug, large" and stored.status == "draft"
    assert stored.properties["price"] == "44.00"
    assert stored.properties["variants"] == [{"name": "Sea Glass"}]
    assert stored.properties["description"] == "Café mug"  # untouched rows are kept
    assert not detail.is_dirty() and not detail.save_button.isEnabled()
    assert browser.model.index(browser.model.row_of(stored.id), 2).data() == "draft"


def test_bad_json_is_refused_inline_and_nothing_is_saved(
    services: Services, tasks: TaskRunner, records: dict[str, Record], qtbot: Any, arun: Run
) -> None:
    browser = make_browser(services, tasks, qtbot, arun)
    open_record(browser, records["bowl"], arun)
    table = browser.detail.properties
    table.set_value_text(table.row_of("price"), "96 dollars")
    assert table.error_label.isVisible()
    assert "“price” is not valid JSON" in table.error_label.text()
    assert 'double quotes, like "Tide Mug"' in table.error_label.text()
    browser.detail.save_button.click()
    assert "Not saved" in browser.detail.error_label.text()
    settle(browser, arun)
    assert services.records.get(records["bowl"].id) == records["bowl"]

    table.add_row("price", '"99.00"')  # a second "price" row
    assert "appears twice" in table.error_label.text()
    table.remove_selected()
    table.set_value_text(table.row_of("price"), '"97.00"')
    assert not table.error_label.isVisible()
    browser.save()
    settle(browser, arun)
    assert services.records.get(records["bowl"].id).properties["price"] == "97.00"


def test_an_empty_name_is_refused_with_the_reason(
    services: Services, tasks: TaskRunner, records: dict[str, Record], qtbot: Any, arun: Run
) -> None:
    browser = make_browser(services, tasks, qtbot, arun)
    open_record(browser, records["bowl"], arun)
    browser.detail.name_edit.clear()
    qtbot.keyClicks(browser.detail.name_edit, " ")
    browser.save()
    settle(browser, arun)
    assert browser.detail.error_label.text() == "Not saved: A record needs a name."
    assert services.records.get(records["bowl"].id).name == "Pine Serving Bowl"
    browser.detail.revert()
    assert browser.detail.name_edit.text() == "Pine Serving Bowl"
    assert not browser.detail.is_dirty()


def test_choosing_another_record_with_unsaved_edits_asks(
    services: Services, tasks: TaskRunner, records: dict[str, Record], qtbot: Any, arun: Run
) -> None:
    browser = make_browser(services, tasks, qtbot, arun)
    open_record(browser, records["mug"], arun)
    qtbot.keyClicks(browser.detail.name_edit, " XL")
    assert message_box() is None
    browser.select_record(records["bowl"].id)
    arun(wait_for(lambda: message_box() is not None, may_hold=True))
    box = message_box()
    assert box is not None and "Tide Mug" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert browser.detail.name_edit.text() == "Tide Mug XL"  # kept, and still selected
    assert browser.list.currentIndex().row() == browser.model.row_of(records["mug"].id)

    assert message_box() is None
    browser.select_record(records["bowl"].id)
    arun(wait_for(lambda: message_box() is not None, may_hold=True))
    box = message_box()
    assert box is not None
    box.button(QMessageBox.StandardButton.Save).click()
    arun(
        wait_for(
            lambda: (
                browser.detail.record is not None
                and browser.detail.record.name == "Pine Serving Bowl"
            )
        )
    )
    settle(browser, arun)
    assert services.records.get(records["mug"].id).name == "Tide Mug XL"


def test_shows_the_apps_a_record_is_used_in_after_refresh(
    services: Services, tasks: TaskRunner, records: dict[str, Record], qtbot: Any, arun: Run
) -> None:
    browser = make_browser(services, tasks, qtbot, arun)
    open_record(browser, records["mug"], arun)
    app_id = services.catalog.create("Harbor & Pine").app_id
    item = new_item("product", "Tide Mug", {}, "lib/data.ts").link(records["mug"].id)
    services.connector.execute_plan(ConnectionPlan(app_id, (item,)))
    browser.refresh()  # what the window does on the Connect panel's records_changed
    arun(wait_for(lambda: "Harbor &amp; Pine" in browser.detail.apps_label.text()))
    settle(browser, arun)
