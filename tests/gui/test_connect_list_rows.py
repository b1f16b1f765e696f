"""The Connect panel on a list element (an admin page of clients): Create says it makes one
record per row and names them, the run creates them once, and the list then reads connected."""

from __future__ import annotations

from typing import Any

import pytest

from l4ydesk.app import Services
from l4ydesk.core.connection_rows import ListRows
from l4ydesk.core.connections import ConnectionPlan, new_item
from l4ydesk.storage.models import RevisionSource
from l4ydesk.ui.connect import ConnectionPanel
from l4ydesk.ui.connect.list_rows import ListRowsNote
from l4ydesk.ui.tasks import TaskRunner
from tests.gui.test_connection_panel import (
    Run,
    action_text,
    confirm,
    found,
    open_app,
    save_screenshot,
)
from tests.list_rows_support import CLIENT_NAMES, crm_files

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"),
]


@pytest.fixture
def panel(services: Services, tasks: TaskRunner, qtbot: Any) -> ConnectionPanel:
    widget = ConnectionPanel(services.vfs, services.records, services.connector, tasks)
    qtbot.addWidget(widget)
    widget.resize(520, 760)  # room for the list's note in the screenshot
    widget.show()
    return widget


@pytest.fixture
def crm_app(services: Services) -> int:
    app_id = services.catalog.create("Clinic CRM").app_id
    services.vfs.write_many(app_id, crm_files(), RevisionSource.IMPORT)
    return app_id


def test_create_on_a_list_says_it_makes_the_rows_then_makes_them_once(
    panel: ConnectionPanel, services: Services, crm_app: int, arun: Run
) -> None:
    open_app(panel, crm_app, arun)
    clients = found(panel, "contact", "Clients")
    panel.select_item(clients.key)
    detail = panel.item_detail
    # Sure lists start as Create, Maybe ones as Skip (the calibration decides which); the
    # note follows the choice either way
    assert detail.rows_note.isVisible() == detail.create_radio.isChecked()
    detail.skip_radio.click()
    assert not detail.rows_note.isVisible()
    detail.create_radio.click()

    assert detail.create_radio.text() == "Create a record per row"
    assert detail.rows_note.isVisible() and not detail.record_box.isVisible()
    assert detail.rows_note.sentence.text() == "Creates 6 contacts from the list's rows."
    assert detail.rows_note.names.text() == ", ".join(CLIENT_NAMES)
    assert detail.rows_note.toolTip().splitlines() == CLIENT_NAMES
    assert action_text(panel, clients) == "Create 6 rows"
    save_screenshot(panel, arun, "connect-list-rows.png")

    confirm(panel, arun, "6 to create, 0 to link, 0 skipped — Connect?")
    assert "6 created" in panel.result_label.text()
    assert sorted(r.name for r in services.records.list_records()) == sorted(CLIENT_NAMES)
    clients = found(panel, "contact", "Clients")
    assert clients.connected is not None and action_text(panel, clients) == "✓ its rows"
    panel.select_item(clients.key)
    assert "Its rows are connected as records" in detail.connected_label.text()
    assert not detail.rows_note.isVisible()
    # the same element planned again (a second run, a re-analysis) creates nothing
    again = ConnectionPlan(crm_app, (clients.suggested.create(),))
    assert services.connector.execute_plan(again).created == ()


def test_the_note_counts_the_rows_it_skips(qtbot: Any) -> None:
    note = ListRowsNote()
    qtbot.addWidget(note)
    rows = ListRows(
        tuple(new_item("contact", f"Client {n}") for n in range(50)), nameless=2, over_limit=0
    )
    note.show_rows("Contact", rows)
    assert note.sentence.text() == (
        "Creates 50 contacts from the list's rows; 2 rows without a name are skipped."
    )
    assert note.names.text().endswith("Client 7 and 42 more")
    assert note.toolTip().splitlines()[-1] == "… and 10 more"


def test_link_on_a_list_links_it_to_one_existing_record(
    panel: ConnectionPanel, services: Services, crm_app: int, arun: Run
) -> None:
    crm = services.records.create("contact", "Clients")
    open_app(panel, crm_app, arun)
    clients = found(panel, "contact", "Clients")
    panel.select_item(clients.key)
    detail = panel.item_detail
    detail.link_radio.click()
    assert detail.candidate_combo.currentData() == crm.id
    assert not detail.rows_note.isVisible() and detail.link_note.isVisible()
    confirm(panel, arun, "0 to create, 1 to link, 0 skipped — Connect?")
    assert [r.name for r in services.records.list_records()] == ["Clients"]
    assert services.connector.connected_items(crm_app) == {clients.key: crm.id}
