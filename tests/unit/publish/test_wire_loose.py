"""Wiring inputs that have no `<form>`: the saving button posts the values the inputs show."""

from __future__ import annotations

import pytest

from l4ydesk.core.analyzer import analyze_files
from l4ydesk.core.analyzer.syntax import first_error_line
from l4ydesk.core.connection_plans import item_for_detection
from l4ydesk.core.publish.scaffold import LinkedRecord
from l4ydesk.core.publish.scaffold.wire_edits import parsed, wire_checkout
from l4ydesk.core.publish.scaffold.wire_loose import wire_form_at
from l4ydesk.core.publish.scaffold.wiring import wire_app
from tests.publish_support import line_of, wired_in_order

PATH = "components/booking.tsx"

BOOKING = """"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { Calendar } from "@/components/ui/calendar";
import {
  Select, SelectContent, SelectItem, SelectTrigger, SelectValue,
} from "@/components/ui/select";

export function BookingRequest() {
  const [form, setForm] = useState({ name: "", email: "", notes: "" });
  const [service, setService] = useState("");
  const [day, setDay] = useState<Date | undefined>();
  const [sent, setSent] = useState(false);
  const edit = (key: string) => (e: { target: { value: string } }) =>
    setForm({ ...form, [key]: e.target.value });
  const handleBook = () => {
    if (!form.name) return;
    setSent(true);
  };
  if (sent) return <p>Thank you, we will confirm your appointment.</p>;
  return (
    <div className="space-y-4">
      <h2>Book an appointment</h2>
      <Label htmlFor="name">Full name</Label>
      <Input id="name" value={form.name} onChange={edit("name")} />
      <Label htmlFor="email">Email</Label>
      <Input id="email" type="email" value={form.email} onChange={edit("email")} />
      <Label>Service</Label>
      <Select value={service} onValueChange={setService}>
        <SelectTrigger><SelectValue placeholder="Choose a service" /></SelectTrigger>
        <SelectContent>
          <SelectItem value="cut">Haircut</SelectItem>
          <SelectItem value="colour">Colour</SelectItem>
        </SelectContent>
      </Select>
      <Label>Day</Label>
      <Calendar mode="single" selected={day} onSelect={setDay} />
      <Label htmlFor="notes">Notes</Label>
      <Textarea id="notes" value={form.notes} onChange={edit("notes")} />
      <Button onClick={handleBook}>Book now</Button>
    </div>
  );
}
"""


def _links(files: dict[str, bytes], first_id: int = 30) -> list[LinkedRecord]:
    forms = [d for d in analyze_files(files).detections if d.type_key == "form"]
    links = []
    for record_id, detection in enumerate(forms, start=first_id):
        item = item_for_detection(detection)
        links.append(LinkedRecord(record_id, "form", item.name, item.item_key, item.evidence_file))
    return links


def _fields(files: dict[str, bytes]) -> list[str]:
    forms = [d for d in analyze_files(files).detections if d.type_key == "form"]
    assert len(forms) == 1, forms
    return [str(f["name"]) for f in forms[0].fields["fields"]]


def test_the_saving_button_posts_what_each_input_shows() -> None:
    files = {"package.json": b"{}", PATH: BOOKING.encode()}
    names = _fields(files)
    result = wire_app(files, _links(files), ("forms",))
    assert result.wired == 1 and result.not_wired == 0, result.notes
    text = result.files[PATH].decode()
    wrapped = text[text.index("<Button onClick={") :].split("\n", 1)[0]
    assert wrapped.startswith("<Button onClick={l4ySubmitFields(30, (shown) => ({ ")
    assert wrapped.endswith("}), handleBook)}>Book now</Button>")
    # every field the form record has is posted, each read from what its input shows
    shown = {"form.name", "form.email", "service", "day", "form.notes"}
    for name in names:
        assert f'"{name}": ' in wrapped
    assert {
        part.split(": ", 1)[1] for part in wrapped.split("({ ")[1].split(" })")[0].split(", ")
    } == shown
    assert 'import { l4ySubmitFields } from "../lib/l4y/submit-form";' in text
    src = parsed(PATH, result.files[PATH])
    assert src is not None and first_error_line(src.tree) is None
    # a second run changes nothing, and a relinked form gets its new id
    assert wire_app(result.files, _links(files), ("forms",)).files == result.files
    again = wire_app(result.files, _links(files, first_id=44), ("forms",)).files[PATH].decode()
    assert "l4ySubmitFields(44, (shown) => ({" in again and "l4ySubmitFields(30" not in again
    assert again.count("import { l4ySubmitFields }") == 1


def _wired_once(source: str, path: str = PATH) -> str:
    """`source` wired as Connect would link its one form; a second run changes nothing."""
    files = {"package.json": b"{}", path: source.encode()}
    result = wire_app(files, _links(files), ("forms",))
    assert result.wired == 1 and result.not_wired == 0, result.notes
    assert wire_app(result.files, _links(files), ("forms",)).files == result.files
    return result.files[path].decode()


def _variant(old: str, new: str) -> str:
    assert old in BOOKING
    return BOOKING.replace(old, new)


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        (
            _variant(
                '<Calendar mode="single" selected={day} onSelect={setDay} />',
                '<Calendar mode="single" onSelect={setDay} />',
            ),
            "keeps its value to itself",
        ),
        (
            _variant("<Button onClick={handleBook}>Book now", "<Button onClick={handleBook}>Next"),
            "moves to a next step",
        ),
        (
            # a row callback's names are not the button's
            _variant(
                '<Textarea id="notes" value={form.notes} onChange={edit("notes")} />',
                '{[0].map((i) => (<Textarea key={i} id="notes" value={form.notes + i} '
                'onChange={edit("notes")} />))}',
            ),
            "out of the button's reach",
        ),
        (
            _variant(
                "<Button onClick={handleBook}>Book now</Button>",
                "<Button onClick={handleBook}>Book now</Button>"
                "<Button onClick={() => setSent(true)}>Send request</Button>",
            ),
            "several buttons act on the inputs",
        ),
    ],
)
def test_shapes_it_cannot_read_safely_are_left_as_they_are(source: str, reason: str) -> None:
    files = {"package.json": b"{}", PATH: source.encode()}
    links = _links(files)
    assert links, "the analyzer still finds the form"
    result = wire_app(files, links, ("forms",))
    assert result.files[PATH] == files[PATH]
    assert result.wired == 0 and result.not_wired == 1
    assert reason in result.notes[0], result.notes


NEWSLETTER = """import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

export function Footer() {
  return (
    <footer>
      <h3>Subscribe to our newsletter</h3>
      <div className="flex gap-2">
        <Input type="email" placeholder="Your email" />
        <Button className="rounded-full">Subscribe</Button>
      </div>
    </footer>
  );
}
"""


def test_a_box_whose_button_does_nothing_yet_posts_what_its_input_holds() -> None:
    # v0 footers ship a newsletter box with no handler: the button gets one, and the input an
    # attribute the page finds it by (shadcn's Input passes it to the <input>)
    path = "components/footer.tsx"
    names = _fields({"package.json": b"{}", path: NEWSLETTER.encode()})
    assert len(names) == 1
    text = _wired_once(NEWSLETTER, path)
    name = names[0]
    assert f'<Input data-l4y-field="{name}" type="email" placeholder="Your email" />' in text
    assert (
        f'<Button onClick={{l4ySubmitFields(30, (shown) => ({{ "{name}": shown("{name}") }}), '
        'null)} className="rounded-full">Subscribe</Button>'
    ) in text
    src = parsed(path, text.encode())
    assert src is not None and first_error_line(src.tree) is None


def test_a_select_that_keeps_its_choice_is_read_from_its_trigger() -> None:
    # shadcn's <Select> with no value: its trigger shows the chosen item's words (or the
    # placeholder, which the helper reads as empty), so the trigger is what the page reads
    source = _variant(
        "<Select value={service} onValueChange={setService}>\n        <SelectTrigger><SelectValue",
        '<Select>\n        <SelectTrigger id="service"><SelectValue',
    )
    text = _wired_once(source)
    name = next(n for n in _fields({"package.json": b"{}", PATH: source.encode()}) if "serv" in n)
    assert f'<SelectTrigger data-l4y-field="{name}" id="service">' in text
    assert f'"{name}": shown("{name}")' in text


def test_a_plain_input_beside_controlled_ones_is_read_from_the_page() -> None:
    source = _variant(
        '<Textarea id="notes" value={form.notes} onChange={edit("notes")} />',
        '<Textarea id="notes" name="notes" />',
    )
    text = _wired_once(source)
    assert '<Textarea data-l4y-field="notes" id="notes" name="notes" />' in text
    assert '"notes": shown("notes") }), handleBook)}>Book now</Button>' in text


def test_a_wizard_posts_from_its_last_step_not_from_next() -> None:
    source = _variant(
        "<Button onClick={handleBook}>Book now</Button>",
        '{["9:00", "10:00"].map((t) => <Button key={t} onClick={() => setService(t)}>{t}</Button>)}'
        "\n      <Button onClick={() => setSent(false)}>Next</Button>"
        "\n      <Button onClick={handleBook}>Confirm booking</Button>",
    )
    text = _wired_once(source)
    assert "}), handleBook)}>Confirm booking</Button>" in text
    assert text.count("l4ySubmitFields(") == 1


ORDER = """"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useCart } from "@/lib/cart";

export function OrderPage() {
  const { items } = useCart();
  const [name, setName] = useState("");
  const [phone, setPhone] = useState("");
  return (
    <div>
      <h2>Your details</h2>
      <Input id="name" value={name} onChange={(e) => setName(e.target.value)} />
      <Input id="phone" type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />
      <Button onClick={() => alert("Order placed")}>Place order</Button>
    </div>
  );
}
"""


@pytest.mark.parametrize("form_first", [True, False])
def test_a_button_that_saves_the_details_and_pays_does_both_in_that_order(form_first: bool) -> None:
    # an order page's one button: the customer's details are posted, then the checkout starts,
    # whichever wiring ran first, and a second run changes nothing
    steps = [
        lambda d: wire_form_at(PATH, d, line_of(d, b"<div>"), 7),
        lambda d: wire_checkout(PATH, d, line_of(d, b"<Button"), 3),
    ]

    def both(data: bytes) -> bytes:
        return wired_in_order(data, steps if form_first else steps[::-1])

    wired = both(ORDER.encode())
    text = wired.decode()
    assert (
        '<Button onClick={l4ySubmitFields(7, (shown) => ({ "name": name, "phone": phone }), '
        "l4yStartCheckout(3, items))}>Place order</Button>"
    ) in text
    assert both(wired) == wired


def test_the_same_save_at_the_top_and_the_bottom_is_wired_twice_and_preview_is_not() -> None:
    source = _variant(
        "<Button onClick={handleBook}>Book now</Button>",
        "<Button onClick={() => setSent(false)}>Preview</Button>\n"
        "      <Button onClick={() => setService('')}>Add item</Button>\n"
        "      <Button onClick={handleBook}>Save booking</Button>\n"
        "      <Button onClick={handleBook}>Save booking</Button>",
    )
    text = _wired_once(source)
    assert text.count("}), handleBook)}>Save booking</Button>") == 2
    assert "<Button onClick={() => setSent(false)}>Preview</Button>" in text
    assert "<Button onClick={() => setService('')}>Add item</Button>" in text
