"""A list element's rows, created by Connect, are what the published app's list page shows:
the rows' array (in a module the list's page imports) gets a loader, and the page loads it."""

from __future__ import annotations

import json
import re

from l4ydesk.core.analyzer import IncrementalAnalyzer, analyze_files
from l4ydesk.core.apps import AppCatalog
from l4ydesk.core.connection_plans import PlanItem
from l4ydesk.core.connection_rows import list_rows
from l4ydesk.core.connections import ConnectionPlan, Connector, item_for_detection
from l4ydesk.core.publish.config import PublishConfig
from l4ydesk.core.publish.prepare import prepare_files
from l4ydesk.core.publish.scaffold import LinkedRecord, ScaffoldInputs, generate
from l4ydesk.core.records import RecordBook
from l4ydesk.core.transfer import FileTransfer
from l4ydesk.core.vfs import VirtualFileSystem
from l4ydesk.storage.db import Store
from tests.list_rows_support import CLIENT_NAMES, CRM


def _connected_crm(store: Store) -> int:
    app_id = AppCatalog(store).create("Clinic CRM").app_id
    vfs = VirtualFileSystem(store, max_file_bytes=4 * 1024 * 1024)
    FileTransfer(vfs).import_folder(app_id, CRM)
    report = IncrementalAnalyzer().analyze(vfs.read_all(app_id))
    [clients] = [d for d in report.detections if d.fields.get("list")]
    item = item_for_detection(clients)
    assert item.evidence_file == "app/clients/page.tsx"  # the list's page, not the array's file
    assert len(Connector(store).execute_plan(ConnectionPlan(app_id, (item,))).created) == 6
    return app_id


def test_the_list_page_loads_the_records_made_from_its_rows(store: Store) -> None:
    app_id = _connected_crm(store)
    config = PublishConfig(name="CRM", categories=("crm",), platform_url="https://api.example.test")
    prepared = prepare_files(store, app_id, config, badge=False)
    files = prepared.files

    loader = files["lib/l4y/data/clients.ts"].decode()
    assert 'import { clients as sample } from "@/lib/clients";' in loader
    found = re.search(r"const MAPPING: SampleMapping = (\{.*?\n\});", loader, re.S)
    assert found is not None
    mapping = json.loads(found[1])
    ids = {r.name: r.id for r in RecordBook(store).list_records()}
    # each created record replaces the sample row it was made from
    assert mapping["linked"] == {str(ids[name]): n for n, name in enumerate(CLIENT_NAMES)}
    assert mapping["fields"]["email"] == "email" and mapping["fields"]["company"] == "company"
    page = files["app/clients/page.tsx"].decode()
    assert "const clients = await loadClients(); // l4ydesk: the store's records" in page
    assert "export default async function ClientsPage()" in page


def test_rows_named_by_their_number_find_their_sample_items() -> None:
    # the corpus's invoice dashboard: rows are named by their id ("INV-2024-003"), no name key
    folder = CRM.parent / "corpus" / "invoice-dashboard"
    files = {
        str(p.relative_to(folder)): p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file() and p.name != "expected.json"
    }
    files["package.json"] = (CRM / "package.json").read_bytes()
    [invoices] = [d for d in analyze_files(files).detections if d.fields.get("list")]
    item = item_for_detection(invoices)
    linked = _sample_rows_replaced(files, item, "invoices", first_id=100)
    assert linked == {str(100 + n): n for n in range(5)}


BOOKINGS = b"""export const bookings = [
  { id: 1, customer: "Ada Lovelace", service: "Haircut", date: "2026-03-02", status: "confirmed" },
  { id: 2, customer: "Alan Turing", service: "Beard trim", date: "2026-03-03", status: "pending" },
  { id: 3, customer: "Grace Hopper", service: "Colour", date: "2026-03-04", status: "confirmed" },
]
"""
BOOKINGS_PAGE = b"""import { bookings } from "@/lib/bookings"

export default function BookingsPage() {
  return (
    <main>
      <h1>Upcoming Bookings</h1>
      <table>
        <tbody>
          {bookings.map((b) => (
            <tr key={b.id}><td>{b.customer}</td><td>{b.service}</td><td>{b.date}</td></tr>
          ))}
        </tbody>
      </table>
    </main>
  )
}
"""


def test_booking_rows_named_by_who_booked_what_find_their_sample_items() -> None:
    files = {
        "lib/bookings.ts": BOOKINGS,
        "app/bookings/page.tsx": BOOKINGS_PAGE,
        "package.json": (CRM / "package.json").read_bytes(),
    }
    [bookings] = [d for d in analyze_files(files).detections if d.fields.get("list")]
    assert bookings.type_key == "booking"
    item = item_for_detection(bookings)
    assert list_rows(item).items[0].name == "Ada Lovelace – Haircut"
    linked = _sample_rows_replaced(files, item, "bookings", first_id=200)
    assert linked == {str(200 + n): n for n in range(3)}


def _sample_rows_replaced(
    files: dict[str, bytes], item: PlanItem, category: str, first_id: int
) -> dict[str, int]:
    """Publish with one record per row of `item` (ids from `first_id`): the loader's map of
    record id to the sample row it replaces."""
    links = tuple(
        LinkedRecord(
            first_id + n, item.type, row.name, row.item_key, row.evidence_file, item.item_key
        )
        for n, row in enumerate(list_rows(item).items)
    )
    out = generate(files, ScaffoldInputs((category,), links)).files
    loader = out[f"lib/l4y/data/{category}.ts"].decode()
    found = re.search(r"const MAPPING: SampleMapping = (\{.*?\n\});", loader, re.S)
    assert found is not None
    linked: dict[str, int] = json.loads(found[1])["linked"]
    return linked
