"""Detections of one thing seen twice (data and markup, two files) are merged into one."""

from __future__ import annotations

from l4ydesk.core.analyzer import Detection, Evidence, analyze_files
from l4ydesk.core.analyzer.calibration import calibrated_confidence
from l4ydesk.core.analyzer.merge import merge


def test_a_product_in_data_and_in_a_static_card_of_one_component_is_one_product() -> None:
    report = analyze_files(
        {
            "app/page.tsx": b"""
        const products = [{ name: "Classic Tee", price: 25, image: "/tee.png" }]
        export default function Shop() {
          return (
            <main>
              <Card>
                <CardTitle>Classic Tee</CardTitle>
                <p>$25</p>
                <Button>Add to cart</Button>
              </Card>
            </main>
          )
        }
    """
        }
    )
    products = report.of_type("product")
    assert len(products) == 1
    tee = products[0]
    assert tee.fields["price"] == "25.00"
    assert tee.fields["currency"] == "USD"  # learned from the card
    assert tee.fields["image"] == "/tee.png"  # learned from the data
    assert len(tee.evidence) == 2
    # Shown at the calibrated rate of the surest products (both sources agree).
    assert tee.confidence == calibrated_confidence("product", 0.99)


def test_the_same_event_written_in_two_files_is_two_places_to_connect() -> None:
    report = analyze_files(
        {
            "lib/events.ts": b'export const events = [{ title: "Launch Party", date: "2025-06-01", '
            b'venue: "Pier 9" }, { title: "Meetup", date: "2025-07-01" }]',
            "app/page.tsx": b'const events = [{ title: "Launch Party", date: "2025-06-01", '
            b'location: "Pier 9" }, { title: "Meetup", date: "2025-08-01" }]',
            # a route serves lib/events.ts, so the app reaches it (unreach17)
            "app/api/events/route.ts": b'import { events } from "@/lib/events"\n'
            b"export function GET() { return Response.json(events) }",
        }
    )
    names = sorted(d.name for d in report.of_type("event"))
    # each file writes its own rows out: labellers and users count the party once per file
    assert names == ["Launch Party", "Launch Party", "Meetup", "Meetup"]
    parties = [d for d in report.of_type("event") if d.name == "Launch Party"]
    assert sorted(e.path for d in parties for e in d.evidence) == ["app/page.tsx", "lib/events.ts"]


def test_merge_prefers_the_confident_view_and_keeps_all_evidence() -> None:
    a = Detection(
        "product",
        "Mug",
        {"name": "Mug", "price": "12.00"},
        0.6,
        (Evidence("a.tsx", 1, 1, "<Mug/>"),),
    )
    b = Detection(
        "product",
        "mug",
        {"name": "mug", "price": "12.00", "sku": "M-1"},
        0.9,
        (Evidence("b.ts", 3, 4, "{ name: 'mug' }"),),
    )
    c = Detection(
        "product", "Mug", {"name": "Mug", "price": "15.00"}, 0.9, (Evidence("c.ts", 1, 1, "{}"),)
    )
    merged = merge([a, b, c])
    assert len(merged) == 2
    assert merged[0].name == "mug" and merged[0].fields["sku"] == "M-1"
    assert [e.path for e in merged[0].evidence] == ["b.ts", "a.tsx"]
    assert merged[0].confidence == 0.96


def test_one_handler_wired_to_two_buttons_is_one_workflow() -> None:
    report = analyze_files(
        {
            "app/actions.ts": b"""
            "use server"
            import { sendInvoiceEmail } from "@/lib/email"
            export async function save(d) {
              await db.invoice.create({ data: d })
              await sendInvoiceEmail(d)
            }
        """,
            "app/page.tsx": b"""
            import { save } from "./actions"
            export default function New() {
              return (
                <Card>
                  <Input value={client} onChange={(e) => setClient(e.target.value)} />
                  <Button onClick={() => save({ client, send: false })}>Save draft</Button>
                  <Button onClick={() => save({ client, send: true })}>Send</Button>
                </Card>
              )
            }
        """,
        }
    )
    flows = report.of_type("workflow")
    assert len(flows) == 1
    assert flows[0].fields["step_kinds"] == ["create_record", "send_email"]
