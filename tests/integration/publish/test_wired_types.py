"""The code the publish writes into a form without a `<form>` type-checks with React's own types.

Most v0 apps build with TypeScript's checks on, so a wrapper whose types do not fit a button's
`onClick` would fail their deploy. The shapes the wiring writes (a handler typed for a form
event, a handler with no parameter, a button or a `<form>` that had none) and the order button
that posts the details and then starts a checkout are wired by `wire_app`, then checked by `tsc
--noEmit --strict` against `@types/react` with the scaffold's helpers. Slow: installs TypeScript and
React's types with npm (from its cache when it has it).
"""

from __future__ import annotations

import asyncio
import json
import subprocess
from pathlib import Path

import pytest

from l4ydesk.core.analyzer import analyze_files
from l4ydesk.core.connection_plans import item_for_detection
from l4ydesk.core.preview.node import child_env, find_node
from l4ydesk.core.publish.scaffold import LinkedRecord
from l4ydesk.core.publish.scaffold.wire_edits import wire_checkout, wire_form
from l4ydesk.core.publish.scaffold.wiring import wire_app
from l4ydesk.resource_paths import resource

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]

PACKAGES = ("typescript@5.9.3", "@types/react@19.2.18")  # the sample app's

PAGES = {
    # a handler written for a <form>'s submit event, reused on a button
    "components/booking.tsx": """"use client";
import { useState, type FormEvent } from "react";

export function Booking() {
  const [name, setName] = useState("");
  const [day, setDay] = useState<Date | undefined>();
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    setDay(undefined);
  };
  return (
    <div>
      <h2>Book a table</h2>
      <label htmlFor="name">Name</label>
      <input id="name" value={name} onChange={(e) => setName(e.target.value)} />
      <label htmlFor="day">Day</label>
      <input id="day" type="date" value={day?.toISOString() ?? ""} onChange={() => setDay(day)} />
      <button onClick={handleSubmit}>Book now</button>
    </div>
  );
}
""",
    # a box whose button does nothing yet
    "components/newsletter.tsx": """export function Newsletter() {
  return (
    <div>
      <h3>Subscribe to our newsletter</h3>
      <input type="email" placeholder="Your email" />
      <button className="primary">Subscribe</button>
    </div>
  );
}
""",
    # a <form> with no handler: the browser would reload the page
    "components/contact.tsx": """export function Contact() {
  return (
    <form className="grid">
      <h3>Write to us</h3>
      <input name="email" type="email" />
      <textarea name="message" />
      <button type="submit">Send</button>
    </form>
  );
}
""",
    # a checkout form whose submit button pays
    "components/pay.tsx": """"use client";
import { useState, type FormEvent } from "react";

export function Pay({ items }: { items: { id: string; quantity: number }[] }) {
  const [paid, setPaid] = useState(false);
  const placeOrder = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPaid(true);
  };
  return (
    <form onSubmit={placeOrder}>
      <h3>Delivery</h3>
      <input name="address" required />
      <button type="submit">{paid ? "Paid" : "Pay now"}</button>
    </form>
  );
}
""",
    # an order page's one button: the details, then the checkout
    "components/order.tsx": """"use client";
import { useState } from "react";

export function Order({ items }: { items: { id: string; quantity: number }[] }) {
  const [phone, setPhone] = useState("");
  const [note, setNote] = useState("");
  return (
    <div>
      <h2>Your details</h2>
      <label htmlFor="phone">Phone</label>
      <input id="phone" type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />
      <label htmlFor="note">Note</label>
      <textarea id="note" value={note} onChange={(e) => setNote(e.target.value)} />
      <button onClick={() => alert("Order placed")}>Place order</button>
      <p>{items.length} items</p>
    </div>
  );
}
""",
}

# pages that sell one thing and have no cart, wired by hand as Connect's checkout item on them
ONE_THING = {
    "components/room.tsx": """"use client";
export function Room({ room, nights }: { room: { id: string; name: string }; nights: number }) {
  return <button onClick={() => alert("Booked")}>Confirm and pay</button>;
}
""",
    "components/tickets.tsx": """"use client";
import { useState } from "react";

export function Tickets() {
  const [ticketQuantity, setTicketQuantity] = useState(1);
  return (
    <div>
      <input
        type="number"
        value={ticketQuantity}
        onChange={(e) => setTicketQuantity(+e.target.value)}
      />
      <button onClick={() => alert("Bought")}>Buy tickets</button>
    </div>
  );
}
""",
}
ONE_THING_CALLS = {
    "components/room.tsx": "l4yStartCheckout(5, [{ product: room, quantity: nights }])",
    "components/tickets.tsx": "l4yStartCheckout(6, null, ticketQuantity)",
}


def _links(files: dict[str, bytes]) -> list[LinkedRecord]:
    links = []
    for record_id, detection in enumerate(analyze_files(files).detections, start=10):
        if detection.type_key in ("form", "checkout"):
            item = item_for_detection(detection)
            links.append(
                LinkedRecord(
                    record_id, detection.type_key, item.name, item.item_key, item.evidence_file
                )
            )
    return links


def test_wired_buttons_type_check_against_reacts_own_types(tmp_path: Path) -> None:
    files = {"package.json": b"{}", **{p: t.encode() for p, t in PAGES.items()}}
    result = wire_app(files, _links(files), ("forms", "checkout"))
    wired = {p: result.files[p].decode() for p in PAGES}
    # the pay form is linked by hand below (the analyzer reads a payment step as a checkout)
    assert all("l4ySubmit" in t for p, t in wired.items() if p != "components/pay.tsx"), (
        result.notes
    )
    assert "<form onSubmit={l4ySubmitForm(" in wired["components/contact.tsx"]
    # the order button is linked to a checkout as well (Connect's checkout item on that page)
    order = wired["components/order.tsx"]
    line = order[: order.index("<button onClick=")].count("\n") + 1
    paid = wire_checkout("components/order.tsx", order.encode(), line, 3)
    assert isinstance(paid, bytes), paid
    wired["components/order.tsx"] = order = paid.decode()
    assert "l4yStartCheckout(3, items))}>Place order" in order
    bare = PAGES["components/pay.tsx"]
    posted = wire_form(
        "components/pay.tsx", bare.encode(), bare[: bare.index("<form")].count("\n") + 1, 8
    )
    assert isinstance(posted, bytes), posted
    pay = posted.decode()
    line = pay[: pay.index("<button")].count("\n") + 1
    paid = wire_checkout("components/pay.tsx", pay.encode(), line, 4)
    assert isinstance(paid, bytes), paid
    wired["components/pay.tsx"] = pay = paid.decode()
    assert "onSubmit={l4ySubmitForm(" in pay and "l4yStartCheckout(4, items))}>" in pay
    for (path, text), checkout_id in zip(ONE_THING.items(), (5, 6), strict=True):
        line = text[: text.index("<button")].count("\n") + 1
        sold = wire_checkout(path, text.encode(), line, checkout_id)
        assert isinstance(sold, bytes), sold
        wired[path] = sold.decode()
        assert f"onClick={{{ONE_THING_CALLS[path]}}}" in wired[path]
    for path, text in wired.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text)
    for name in ("submit-form", "problem", "start-checkout"):
        target = tmp_path / "lib" / "l4y" / f"{name}.ts"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(resource("scaffold", f"{name}.ts").read_text())
    (tmp_path / "package.json").write_text('{"name": "wired-types", "private": true}\n')
    (tmp_path / "tsconfig.json").write_text(
        json.dumps(
            {
                "compilerOptions": {
                    "strict": True,
                    "noEmit": True,
                    "jsx": "preserve",
                    "module": "esnext",
                    "moduleResolution": "bundler",
                    "target": "es2020",
                    "lib": ["dom", "es2020"],
                    "skipLibCheck": True,
                },
                "include": ["components", "lib"],
            }
        )
    )
    runtime = asyncio.run(find_node())
    env = child_env(runtime, {"NO_COLOR": "1"})
    install = subprocess.run(
        [str(runtime.node), str(runtime.npm_cli), "install", "--prefer-offline", "--no-audit",
         "--no-fund", *PACKAGES],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert install.returncode == 0, install.stderr[-2000:]
    tsc = tmp_path / "node_modules" / "typescript" / "bin" / "tsc"
    checked = subprocess.run(
        [str(runtime.node), str(tsc), "-p", "."],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert checked.returncode == 0, checked.stdout[-3000:] + "\n" + "\n\n".join(wired.values())
