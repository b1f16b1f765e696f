"""Wiring the app's own forms and cart button to the platform: TSX shapes, reasons, idempotence."""

from __future__ import annotations

import pytest

from l4ydesk.core.analyzer.syntax import first_error_line
from l4ydesk.core.publish.config import PublishConfig
from l4ydesk.core.publish.prepare import prepare_files
from l4ydesk.core.publish.scaffold import linked_records, pay_button, wire_loose
from l4ydesk.core.publish.scaffold.wire_edits import parsed, wire_checkout, wire_form
from l4ydesk.core.publish.scaffold.wiring import moved_line, wire_app
from l4ydesk.storage.db import Store
from tests.publish_support import connected_sample, line_of, wired_in_order

PATH = "components/thing.tsx"


def _line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def _form(text: str, form_id: int = 7) -> bytes | str:
    return wire_form(PATH, text.encode(), _line_of(text, "<form"), form_id)


def _clean(path: str, data: bytes) -> None:
    src = parsed(path, data)
    assert src is not None and first_error_line(src.tree) is None, data.decode()


ARROW = """"use client";
import * as React from "react";

export function Signup() {
  const [done, setDone] = React.useState(false);
  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(true);
  };
  return (
    <form onSubmit={onSubmit}>
      <input name="email" />
    </form>
  );
}
"""

FUNCTION = """"use client";

export function Contact() {
  function handleSubmit(event) {
    event.preventDefault();
    event.currentTarget.reset();
  }
  return <form className="grid" onSubmit={handleSubmit}><input name="name" /></form>;
}
"""

INLINE = """"use client";

export function Quick() {
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        alert("thanks");
      }}
    >
      <input name="email" />
    </form>
  );
}
"""

RHF = """"use client";
import { useForm } from "react-hook-form";
import { Form } from "@/components/ui/form";

export function Enquiry() {
  const form = useForm<{ email: string }>();
  function onSubmit(values: { email: string }) {
    console.log(values);
  }
  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit(onSubmit)} className="space-y-4">
        <input {...form.register("email")} />
      </form>
    </Form>
  );
}
"""


@pytest.mark.parametrize(
    ("source", "before", "after", "helper"),
    [
        (ARROW, "onSubmit={onSubmit}", "onSubmit={l4ySubmitForm(7, onSubmit)}", "l4ySubmitForm"),
        (
            FUNCTION,
            "onSubmit={handleSubmit}",
            "onSubmit={l4ySubmitForm(7, handleSubmit)}",
            "l4ySubmitForm",
        ),
        (
            RHF,
            "onSubmit={form.handleSubmit(onSubmit)}",
            "onSubmit={form.handleSubmit(l4ySubmitValues(7, onSubmit))}",
            "l4ySubmitValues",
        ),
    ],
    ids=["arrow", "function", "react-hook-form"],
)
def test_a_named_handler_is_wrapped_where_it_is_passed(
    source: str, before: str, after: str, helper: str
) -> None:
    wired = _form(source)
    assert isinstance(wired, bytes), wired
    text = wired.decode()
    line = f'import {{ {helper} }} from "../lib/l4y/submit-form";\n'
    assert after in text and line in text
    # the user's own handler is untouched: only the JSX attribute and one import changed
    assert text.replace(line, "").replace(after, before) == source
    _clean(PATH, wired)
    assert _form(text) == wired  # a second run changes nothing


def test_an_inline_handler_is_wrapped_in_place() -> None:
    wired = _form(INLINE)
    assert isinstance(wired, bytes), wired
    text = wired.decode()
    assert "onSubmit={l4ySubmitForm(7, (e) => {" in text and 'alert("thanks");\n      })}' in text
    # the directive stays first: the import goes after it when the file has no imports
    assert text.startswith('"use client";\nimport { l4ySubmitForm } from "../lib/l4y/submit-form";')
    _clean(PATH, wired)
    assert _form(text) == wired


def test_a_relinked_form_gets_its_new_id() -> None:
    wired = _form(FUNCTION, 7)
    assert isinstance(wired, bytes)
    again = _form(wired.decode(), 9)
    assert isinstance(again, bytes)
    assert "l4ySubmitForm(9, handleSubmit)" in again.decode()
    assert again.decode().count("import { l4ySubmitForm }") == 1


def test_a_form_wired_for_another_link_of_the_same_app_is_left_to_it() -> None:
    # two links can locate one element (a page's inputs read as two forms once the first is
    # wired); changing the id back and forth would make a second publish rewrite the file
    wired = _form(FUNCTION, 7)
    assert isinstance(wired, bytes)
    line = _line_of(wired.decode(), "<form")
    kept = wire_loose.wire_form_at(PATH, wired, line, 9, others=frozenset({7}))
    assert kept == "it already posts the form #7, linked in the same app"
    moved = wire_loose.wire_form_at(PATH, wired, line, 9, others=frozenset({3}))
    assert isinstance(moved, bytes) and "l4ySubmitForm(9, handleSubmit)" in moved.decode()


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        (
            (
                "export function F({ onSubmit }) {\n"
                '  return <form onSubmit={onSubmit}><input name="a" /></form>;\n'
                "}\n"
            ),
            "its onSubmit handler 'onSubmit' is defined elsewhere (a prop or an import)",
        ),
        (
            (
                'import { save } from "@/lib/save";\n'
                "export function F() {\n"
                '  return <form onSubmit={save}><input name="a" /></form>;\n'
                "}\n"
            ),
            "its onSubmit handler 'save' is defined elsewhere (a prop or an import)",
        ),
        (
            (
                "export function F(props) {\n"
                '  return <form onSubmit={props.send}><input name="a" /></form>;\n'
                "}\n"
            ),
            "its onSubmit handler (props.send) is defined elsewhere",
        ),
        (
            (
                'import { send } from "./actions";\n'
                "export default function Page() {\n"
                '  return <form action={send}><input name="a" /></form>;\n'
                "}\n"
            ),
            "the form has its own action (a server action), which already decides where it posts",
        ),
        (
            'export function F() {\n  return <form action="https://forms.example/f/1" '
            'method="POST"><input name="a" /></form>;\n}\n',
            "the form posts to https://forms.example/f/1 itself",
        ),
    ],
    ids=["prop", "import", "member", "server-action", "posts-elsewhere"],
)
def test_shapes_it_does_not_understand_are_reported(source: str, reason: str) -> None:
    assert _form(source) == reason


def test_a_form_services_address_beside_a_handler_is_a_fallback_and_the_handler_is_wrapped() -> (
    None
):
    # the handler posts to the form service with fetch; the address serves browsers without JS
    source = (
        "export function F() {\n"
        "  const send = async (e) => { e.preventDefault(); await fetch(FORM_SERVICE); };\n"
        '  return <form action="https://forms.example/f/1" method="POST" onSubmit={send}>'
        '<input name="a" /></form>;\n'
        "}\n"
    )
    wired = _form(source, 5)
    assert isinstance(wired, bytes), wired
    assert "onSubmit={l4ySubmitForm(5, send)}" in wired.decode()
    assert 'action="https://forms.example/f/1"' in wired.decode()


def test_a_form_with_no_handler_posts_and_the_helper_says_it_was_sent() -> None:
    # the browser would reload the page and lose what the visitor wrote
    source = (
        "export function F() {\n"
        '  return <form className="x"><input name="a" /><button>Go</button></form>;\n'
        "}\n"
    )
    wired = _form(source, 9)
    assert isinstance(wired, bytes), wired
    text = wired.decode()
    assert '<form onSubmit={l4ySubmitForm(9, null)} className="x">' in text
    assert text.startswith('import { l4ySubmitForm } from "../lib/l4y/submit-form";\n')
    _clean(PATH, wired)
    relinked = _form(text, 10)
    assert isinstance(relinked, bytes) and b"l4ySubmitForm(10, null)" in relinked
    assert wire_form(PATH, wired, _line_of(text, "<form"), 9) == wired


def test_inputs_without_a_form_element_are_reported() -> None:
    source = (
        "export function F() {\n"
        "  return (\n"
        "    <div>\n"
        '      <input name="a" />\n'
        "    </div>\n"
        "  );\n"
        "}\n"
    )
    # wire_loose wires such inputs through their button (tests/unit/publish/test_wire_loose.py)
    assert wire_form(PATH, source.encode(), 3, 7) == "no <form> element starts on line 3"


DRAWER = """"use client";
import { Sheet, SheetContent, SheetTrigger } from "@/components/ui/sheet";
import { useCart } from "@/lib/cart";

export function CartDrawer() {
  const { cartItems, total } = useCart();
  return (
    <Sheet>
      <SheetTrigger>Cart</SheetTrigger>
      <SheetContent>
        {cartItems.map((item) => <p key={item.id}>{item.name}</p>)}
        <p>Total {total}</p>
        <Button className="w-full" onClick={() => alert("Order placed!")}>
          Checkout
        </Button>
      </SheetContent>
    </Sheet>
  );
}
"""


def test_a_checkout_button_in_a_cart_drawer_starts_a_checkout() -> None:
    wired = wire_checkout(PATH, DRAWER.encode(), _line_of(DRAWER, "<Button"), 3)
    assert isinstance(wired, bytes), wired
    text = wired.decode()
    assert '<Button className="w-full" onClick={l4yStartCheckout(3, cartItems)}>' in text
    assert 'import { l4yStartCheckout } from "../lib/l4y/start-checkout";' in text
    assert 'alert("Order placed!")' not in text  # the fake order is what the checkout replaces
    _clean(PATH, wired)
    assert wire_checkout(PATH, wired, _line_of(text, "<Button"), 3) == wired


def test_a_checkout_button_without_a_handler_gets_one_from_state() -> None:
    source = (
        "export function Cart() {\n  const [items, setItems] = useState([]);\n"
        '  return <button className="pay">Pay now</button>;\n}\n'
    )
    wired = wire_checkout(PATH, source.encode(), 3, 4)
    assert isinstance(wired, bytes)
    assert '<button onClick={l4yStartCheckout(4, items)} className="pay">' in wired.decode()


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        (
            (
                "export function C() {\n"
                "  const items = [];\n"
                '  return <Link href="/checkout">Checkout</Link>;\n'
                "}\n"
            ),
            "the checkout button is a link to another page",
        ),
        (
            "export function C() {\n  return <Button onClick={go}>Show more</Button>;\n}\n",
            "the button on line 2 ('Show more') does not say it pays",
        ),
        (
            "export function C() {\n  const { state } = useCart();\n"
            "  return <Button onClick={go}>Checkout</Button>;\n}\n",
            "the page keeps its cart in useCart(), not under a name the wiring reads (items, "
            "cartItems, lineItems, cart, basket, lines, cartLines)",
        ),
        (
            "export function C() {\n  const [payAmount, setPayAmount] = useState('');\n"
            "  return <Button onClick={go}>Pay</Button>;\n}\n",
            "the visitor types the amount (payAmount), while a checkout charges the prices of "
            "the products linked to it",
        ),
        (
            "export function C() {\n  const [step, setStep] = useState(1);\n"
            '  return <Button onClick={next}>{step === 3 ? "Pay now" : "Continue"}</Button>;\n}\n',
            "the button on line 3 ('Pay now Continue') does not say it pays",
        ),
        (
            'export function C({ cart }) {\n  return <Button type="submit">Pay</Button>;\n}\n',
            "the checkout button submits a form that is not in this file",
        ),
    ],
    ids=["link", "not-paying", "unknown-cart", "typed-amount", "wizard-step", "submit"],
)
def test_checkout_buttons_it_cannot_wire_are_reported(source: str, reason: str) -> None:
    line = _line_of(source, "<Button") if "<Button" in source else _line_of(source, "<Link")
    assert wire_checkout(PATH, source.encode(), line, 1) == reason


@pytest.mark.parametrize(
    ("declarations", "label", "sold"),
    [
        (
            "  const room = rooms[0];\n  const nights = 3;\n",
            "Confirm Booking",
            "[{ product: room, quantity: nights }]",
        ),
        (
            "  const [ticketQuantity, setTicketQuantity] = useState(1);\n",
            "Buy",
            "null, ticketQuantity",
        ),
        ("  const [open, setOpen] = useState(false);\n", "Pay now", "null"),
        (
            "  const { selectedPlan } = props;\n",
            "Suscribirse y pagar",
            "[{ product: selectedPlan }]",
        ),
    ],
    ids=["one-item-with-quantity", "quantity-only", "linked-products", "one-item"],
)
def test_a_paying_button_with_no_cart_sells_the_pages_item_or_the_linked_products(
    declarations: str, label: str, sold: str
) -> None:
    button = f"<Button onClick={{pay}}>{label}</Button>"
    source = f"export function Pay(props) {{\n{declarations}  return {button};\n}}\n"
    wired = wire_checkout(PATH, source.encode(), _line_of(source, "<Button"), 4)
    assert isinstance(wired, bytes), wired
    assert f"<Button onClick={{l4yStartCheckout(4, {sold})}}>{label}</Button>" in wired.decode()
    _clean(PATH, wired)
    again = wired.decode()
    assert wire_checkout(PATH, wired, _line_of(again, "<Button"), 4) == wired


CHECKOUT_PAGE = """"use client";
import { useState } from "react";

export default function CheckoutPage() {
  const [card, setCard] = useState("");
  const [busy, setBusy] = useState(false);
  const pay = () => setBusy(true);
  return (
    <main>
      <h1>Complete your booking</h1>
      <button onClick={() => history.back()}>Back</button>
      <input value={card} onChange={(e) => setCard(e.target.value)} placeholder="Card number" />
      <button onClick={() => setCard("")}>Clear</button>
      <button onClick={pay}>{busy ? "Processing..." : `Confirm and pay ${card.length}`}</button>
      <button onClick={pay}>Connect wallet to purchase</button>
    </main>
  );
}
"""


def test_a_checkout_found_on_its_heading_is_started_from_the_button_that_pays() -> None:
    src = parsed("app/checkout/page.tsx", CHECKOUT_PAGE.encode())
    assert src is not None
    button = pay_button.paying_button(src)
    assert button is not None
    # the template label's words count; connecting a wallet is not paying
    assert button.start_point.row + 1 == _line_of(CHECKOUT_PAGE, "<button onClick={pay}>")
    nothing = CHECKOUT_PAGE.replace("Confirm and pay", "Save card")
    src = parsed("app/checkout/page.tsx", nothing.encode())
    assert src is not None and pay_button.paying_button(src) is None


def test_a_line_below_an_edit_that_shortened_the_file_is_found_where_it_moved() -> None:
    before = b"a\nb(() => {\n  x()\n})\nc\n<form>\n"
    after = b"import y\na\nb(y(1))\nc\n<form>\n"
    assert moved_line(before, after, 6) == 5  # <form>: one import above, three lines folded to one
    assert moved_line(before, after, 5) == 4
    assert moved_line(before, before, 6) == 6


def test_the_sample_is_wired_once_and_a_second_run_changes_nothing(store: Store) -> None:
    app_id = connected_sample(store)
    config = PublishConfig(categories=("products", "forms", "checkout"))
    prepared = prepare_files(store, app_id, config, badge=False)
    links = linked_records(store, app_id)
    ids = {r.name: r.record_id for r in links}
    contact = prepared.files["components/contact-form.tsx"].decode()
    assert f"onSubmit={{l4ySubmitForm({ids['Contact us']}, handleSubmit)}}" in contact
    cart = prepared.files["components/cart-summary.tsx"].decode()
    assert f"onClick={{l4yStartCheckout({ids['Your cart']}, items)}}" in cart
    wired = [c for c in prepared.compat_changes if c.rule.startswith("wire-")]
    assert sorted(p for c in wired for p in c.paths) == [
        "components/booking-form.tsx",
        "components/cart-summary.tsx",
        "components/contact-form.tsx",
        "components/newsletter-form.tsx",
    ]
    again = wire_app(prepared.files, links, config.categories)
    assert again.files == prepared.files and again.changes == () and again.wired == 4
    # the helpers the edits call are generated, with the header, byte-identical each time
    for helper in ("lib/l4y/submit-form.ts", "lib/l4y/start-checkout.ts", "lib/l4y/cart-lines.ts"):
        assert prepared.files[helper].startswith(b"// Generated by l4ydesk publish")
    assert prepare_files(store, app_id, config, badge=False).files == prepared.files
    refs = prepared.files["lib/l4y/cart-lines.ts"].decode()
    assert f'"tide-mug": {ids["Tide Mug"]}' in refs  # the cart's sample id → the record


def test_nothing_is_wired_without_its_category_and_a_moved_form_is_reported(store: Store) -> None:
    app_id = connected_sample(store)
    config = PublishConfig(categories=("products",))
    only_products = prepare_files(store, app_id, config, badge=False)
    assert not any(c.rule.startswith("wire-") for c in only_products.compat_changes)
    assert b"l4ySubmitForm" not in only_products.files["components/contact-form.tsx"]

    links = linked_records(store, app_id)
    files = dict(only_products.files)
    del files["components/newsletter-form.tsx"]
    result = wire_app(files, links, ("forms",))
    assert "components/newsletter-form.tsx: the form 'Newsletter form' " in result.notes[0]
    assert result.notes[0].endswith(
        "not wired: Connect linked it in components/newsletter-form.tsx, which no longer shows it."
    )
    assert result.wired == 2 and result.not_wired == 1


TWO_FORMS = """"use client";
import * as React from "react";

export function Studio() {
  const [sent, setSent] = React.useState("");
  function join(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSent("newsletter");
  }
  function ask(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSent("question");
  }
  return (
    <div>
      <h2>Join the newsletter</h2>
      <form onSubmit={join}>
        <input name="email" type="email" required />
        <button type="submit">Subscribe</button>
      </form>
      <h2>Ask a question</h2>
      <form onSubmit={ask}>
        <input name="name" required />
        <textarea name="message" required />
        <button type="submit">Send question</button>
      </form>
      <p>{sent}</p>
    </div>
  );
}
"""


def test_two_forms_in_one_file_are_both_wired() -> None:
    # the second form is found below the import line the first one's edit added
    from l4ydesk.core.analyzer import analyze_files
    from l4ydesk.core.connection_plans import item_for_detection
    from l4ydesk.core.publish.scaffold import LinkedRecord

    files = {"package.json": b"{}", "components/studio.tsx": TWO_FORMS.encode()}
    forms = [d for d in analyze_files(files).detections if d.type_key == "form"]
    assert len(forms) == 2
    links = []
    for record_id, detection in enumerate(forms, start=20):
        item = item_for_detection(detection)
        links.append(LinkedRecord(record_id, "form", item.name, item.item_key, item.evidence_file))
    result = wire_app(files, links, ("forms",))
    text = result.files["components/studio.tsx"].decode()
    assert "onSubmit={l4ySubmitForm(20, join)}" in text
    assert "onSubmit={l4ySubmitForm(21, ask)}" in text
    assert text.count("import { l4ySubmitForm }") == 1
    assert result.wired == 2 and result.not_wired == 0
    assert wire_app(result.files, links, ("forms",)).files == result.files


PAY_FORM = """"use client";
import { useState } from "react";
import { useCart } from "@/lib/cart";

export function Checkout() {
  const { items } = useCart();
  const [done, setDone] = useState(false);
  const placeOrder = (event) => {
    event.preventDefault();
    setDone(true);
  };
  return (
    <form onSubmit={placeOrder}>
      <input name="email" type="email" required />
      <input name="address" required />
      <Button type="submit">Pay now</Button>
    </form>
  );
}
"""


@pytest.mark.parametrize("form_first", [True, False])
def test_a_checkout_forms_submit_posts_the_details_then_starts_the_checkout(
    form_first: bool,
) -> None:
    steps = [
        lambda d: wire_form(PATH, d, line_of(d, b"<form"), 7),
        lambda d: wire_checkout(PATH, d, line_of(d, b"<Button"), 3),
    ]

    def both(data: bytes) -> bytes:
        return wired_in_order(data, steps if form_first else steps[::-1])

    wired = both(PAY_FORM.encode())
    assert b"<form onSubmit={l4ySubmitForm(7, l4yStartCheckout(3, items))}>" in wired
    _clean(PATH, wired)
    assert both(wired) == wired


def test_a_checkout_form_alone_starts_the_checkout_on_submit() -> None:
    wired = wire_checkout(PATH, PAY_FORM.encode(), _line_of(PAY_FORM, "<Button"), 3)
    assert isinstance(wired, bytes), wired
    assert b"<form onSubmit={l4yStartCheckout(3, items)}>" in wired
    bare = PAY_FORM.replace("<form onSubmit={placeOrder}>", "<form>")
    added = wire_checkout(PATH, bare.encode(), _line_of(bare, "<Button"), 3)
    assert isinstance(added, bytes) and b"<form onSubmit={l4yStartCheckout(3, items)}>" in added
