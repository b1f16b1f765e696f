"""Collects per-component payment cues (Stripe elements, payment links, buy buttons, payment
calls, carts); the linker decides which of them add up to a checkout once routes are resolved.

A cart is a checkout when it has a checkout/pay button: the button alone is not enough (a "Buy"
button can just open a page), but a button next to line items and a total, a handler named for
paying (`handleCheckout`) or cart state (`useCart()`, `const [cart, setCart]`) add up to one,
even when the handler only fakes the payment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx, vocabulary
from l4ydesk.core.analyzer.booked_places import describes_a_booking
from l4ydesk.core.analyzer.booking_writes import click_writes_order
from l4ydesk.core.analyzer.call_parts import callee_segments
from l4ydesk.core.analyzer.cart_cues import cart_cues, computed_total
from l4ydesk.core.analyzer.checkout_nav import (
    PAYMENT_LINK,
    enclosing_function,
    link_provider,
    navigation_targets,
    navigations_within,
    payment_address,
)
from l4ydesk.core.analyzer.handlers import Handlers, ImportRef
from l4ydesk.core.analyzer.literals import unwrap
from l4ydesk.core.analyzer.model import Evidence
from l4ydesk.core.analyzer.order_endings import completes_order, order_link
from l4ydesk.core.analyzer.pay_instructions import on_pay_route, pays_by_instructions
from l4ydesk.core.analyzer.payment_means import (
    card_inputs,
    payment_choice,
    sends_order_total,
    shows_computed_total,
)
from l4ydesk.core.analyzer.step_words import PAYMENT_SDKS
from l4ydesk.core.analyzer.steps import HttpCall, Step
from l4ydesk.core.analyzer.syntax import FUNCTION_TYPES, SourceFile
from l4ydesk.core.analyzer.translations import translated_label
from l4ydesk.core.analyzer.values import clean_text, humanize, words


@dataclass(frozen=True)
class CheckoutDraft:
    """Payment cues found in one component; the linker decides if they make a checkout."""

    path: str
    component: str
    name: str | None
    cues: tuple[tuple[str, float], ...]
    refs: tuple[HttpCall | ImportRef, ...]
    providers: tuple[str, ...]
    subscription: bool
    evidence: tuple[Evidence, ...]
    goes_to: tuple[str, ...] = ()  # pages its buttons open (`router.push("/pay")`)
    # modules a button's opened address is read from; a hosted payment page there pays
    link_sources: tuple[str, ...] = ()
    asks: bool = True  # the component holds an input, a select or a form the visitor fills in
    # its description line says the payment is for a booking (round 21, post21f)
    books: bool = False


_CHECKOUT_HREF = re.compile(r"(^|/)(checkout|payment|pay)(/|\?|$)", re.I)
_PAY_HANDLER = re.compile(
    r"\b(checkout|check out|pay|payment|purchase|place order|complete order|submit order|"
    r"confirm order|create order)\b"
)
# a saved way to pay set as default, removed or edited: the account's settings, no purchase
_MANAGES_MEANS = re.compile(r"\b(default|remove|delete|edit|rename)\b")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")
_COUNT_AFTER = re.compile(r"\(\s[^()]*\)\s*$")
_CODE_PATH = re.compile(r"[\w.?]+")
_SETTER = re.compile(r"set[A-Z]")


def checkout_drafts(handlers: Handlers, payment_button: re.Pattern[str]) -> list[CheckoutDraft]:
    """Payment cues per component: elements, payment links, buy buttons, payment calls."""
    src = handlers.src
    drafts: list[CheckoutDraft] = []
    stripe_imported = any(
        spec.startswith(("@stripe/", "stripe")) for spec, _ in handlers.imports.values()
    )
    for comp in src.components[1:]:
        if comp.node is None:
            continue
        cues: list[tuple[str, float]] = []
        evidence: list[Evidence] = []
        providers: set[str] = set()
        subscription = False
        refs: list[HttpCall | ImportRef] = []
        unwired: list[Node] = []
        goes_to: list[str] = []
        link_sources: list[str] = []
        order_title: str | None = None  # the title of the dialog an order is entered in
        for el in src.jsx_within(comp.node):
            tag = jsx.name(el, src)
            # a provider (`<Elements>`, `<PayPalScriptProvider>`) only makes paying possible for
            # what it wraps: the checkout is the form inside it, which is judged on its own
            if tag in (
                "PaymentElement",
                "CardElement",
                "CardNumberElement",
                "EmbeddedCheckout",
                "ExpressCheckoutElement",
            ):
                cues.append(("payment_element", 0.9))
                providers.add("stripe")
                evidence.append(src.evidence(el))
            elif tag == "PayPalButtons":
                cues.append(("payment_element", 0.9))
                providers.add("paypal")
                evidence.append(src.evidence(el))
            href = jsx.attr_text(el, "href", src)
            sources: list[str] = []
            if not href and (tag in ("Button", "button", "a") or jsx.has_attr(el, "href", src)):
                href, sources = payment_address(el, src, handlers.imports)
            if href and PAYMENT_LINK.search(href):
                cues.append(("payment_link", 0.9))
                providers.add(link_provider(href))
                evidence.append(src.evidence(el))
            elif sources:
                link_sources.extend(sources)  # the address is read out of another module
                evidence.append(src.evidence(el))
            if tag in ("Button", "button"):
                label = jsx.text(el, src, dynamic=False, idle=True)
                handler = _handler_name(el, src)
                by_label = bool(
                    label and (payment_button.search(label) or vocabulary.PAY_ACTION.search(label))
                )
                by_handler = bool(
                    handler and _PAY_HANDLER.search(handler) and not _MANAGES_MEANS.search(handler)
                )
                wired = (
                    jsx.has_attr(el, "onClick", src)
                    or jsx.has_attr(el, "type", src)
                    or _links_to_checkout(el, src)
                )
                if by_label and not wired:
                    unwired.append(el)
                    goes_to.extend(navigation_targets(el, src))
                named = _provider_named(label)
                if named is not None and not src.in_map_callback(el):
                    # "Pay with Stripe": the button takes the money at that provider here
                    cues.append(("provider_button", 0.6))
                    providers.add(named)
                    evidence.append(src.evidence(el))
                # a button of its own (no card of a list) that closes a form or a dialog
                ends_order_form = (
                    wired
                    and not src.in_map_callback(el)
                    and jsx.enclosing_named(el, src, _ORDER_HOLDER) is not None
                )
                if (
                    ends_order_form
                    and label
                    and (
                        vocabulary.ORDER_SUBMIT.search(label)
                        or (vocabulary.BOOKING.search(label) and _reserves_goods(src, comp.node))
                    )
                ):
                    # "Confirm Order" closing a form or a dialog: an order is sent from here,
                    # a purchase once the same component shows what it costs (see the linker)
                    cues.append(("order_submit", 0.5))
                    evidence.append(src.evidence(el))
                    if _shows_priced_total(src, comp.node) or _prices_the_quantity(src, comp.node):
                        cues.append(("priced_total", 0.4))
                if ends_order_form and click_writes_order(src, el):
                    # a form or a dialog whose button creates an order record (staff entering
                    # a rental order, a visitor's order sent to `/api/orders`): an order placed
                    cues.append(("order_write", 0.6))
                    evidence.append(src.evidence(el))
                    order_title = order_title or _overlay_title(el, src)
                if (by_label or by_handler) and wired:
                    goes_to.extend(navigation_targets(el, src))
                    # one "Buy" per card of a grid opens the purchase of that item elsewhere;
                    # alone it is the way in, not the checkout
                    cues.append(("buy_button", 0.3 if src.in_map_callback(el) else 0.5))
                    evidence.append(src.evidence(el))
                    subscription = subscription or "subscription" in label.lower()
                    if by_handler and not any(c == "pay_handler" for c, _ in cues):
                        cues.append(("pay_handler", 0.3))
        if (card := card_inputs(src, comp.node)) is not None:
            # a card number and its expiry or code are asked for: this page takes the payment,
            # whatever it calls itself ("Complete your booking", "Thanh toán")
            cues.append(("card_fields", 0.9))
            evidence.append(src.evidence(card))
        elif (
            not vocabulary.INVOICE.search(humanize(comp.name))
            and (means := payment_choice(src, comp.node)) is not None
            and (any(c == "buy_button" for c, _ in cues) or shows_computed_total(src, comp.node))
        ):
            # "how will you pay?" above a pay button, or beside a total the form works out
            # (staff entering a sale: price, discount, cash or card, total): this step takes
            # the payment (on an invoice's dialog it records how a bill was paid)
            cues.append(("payment_choice", 0.6))
            evidence.append(src.evidence(means))
        if (
            not vocabulary.INVOICE.search(humanize(comp.name))
            and (sent := sends_order_total(src, comp.node)) is not None
        ):
            # lines adding up to a total that the component sends: an order is recorded (staff
            # entering a sale or an order at the counter is a checkout too: all eight such
            # totals on the seen sets were one, five with no other cue)
            cues.append(("order_total", 0.8))
            evidence.append(src.evidence(sent))
            if (sender := enclosing_function(sent)) is not None:
                goes_to.extend(navigations_within(sender, src))  # then on to the payment
        if (link := order_link(src, comp.node)) is not None and (cart := cart_cues(src, comp.node)):
            # a cart that ends in a message carrying the order (wa.me, mailto:) places it
            cues.append(("order_link", 0.6))
            cues.extend(cart)
            evidence.append(src.evidence(link))
        elif (done := completes_order(src, comp.node)) is not None:
            # a confirm handler that empties the cart after its own work closes the purchase
            cues.append(("order_placed", 0.7))
            evidence.append(src.evidence(done))
        if any(c == "buy_button" for c, _ in cues):
            cues.extend(cart_cues(src, comp.node))
        elif unwired and (cart := cart_cues(src, comp.node)):
            # a mock-up's "Finalizar compra" under a cart and its total: wired later, still one
            cues.append(("buy_button", 0.5))
            cues.extend(cart)
            evidence.append(src.evidence(unwired[0]))
        for action in handlers.actions_of(comp.node):
            if isinstance(action, Step) and action.kind == "payment":
                cues.append(("payment_call", 0.9))
                providers.add(
                    "stripe" if "stripe" in action.target.lower() or stripe_imported else "manual"
                )
                evidence.append(action.evidence)
            elif isinstance(action, HttpCall | ImportRef):
                refs.append(action)
        if not cues and on_pay_route(src.path):
            titles = [el for el in src.jsx_within(comp.node) if jsx.is_heading(el, src)]
            instructed = pays_by_instructions(
                src.path,
                [_heading_text(el, src) for el in titles],
                jsx.written_text(comp.node, src),
            )
            if instructed is not None:
                # a page saying where to send the money by hand: the purchase is paid there
                cues.append(("pay_instructions", 0.7))
                order_title = order_title or instructed
                said = next(el for el in titles if _heading_text(el, src) == instructed)
                evidence.append(src.evidence(said))
        if not cues and not refs and not link_sources:
            continue
        headings = [
            (el, text)
            for el in src.jsx_within(comp.node)
            if jsx.is_heading(el, src) and not src.in_map_callback(el)
            if (text := _heading_text(el, src)) and not vocabulary.EMPTY_STATE.search(text)
        ]
        # a heading returned early under an `if` ("Order Confirmed!") names a state the page
        # ends in; the page's own heading is in its main view
        heading = next((t for el, t in headings if not _early_return(el, comp.node)), None) or (
            headings[0][1] if headings else None
        )
        heading = order_title or heading  # "Create New Order", not the board's "Metrics"
        drafts.append(
            CheckoutDraft(
                src.path,
                f"{src.path}:{comp.name}",
                heading or None,
                tuple(cues),
                tuple(refs),
                tuple(sorted(providers)),
                subscription,
                tuple(evidence[:4]),
                tuple(goes_to),
                tuple(sorted(set(link_sources))),
                _ASKS_INPUT.search(comp.node.text or b"") is not None,
                describes_a_booking(src, comp.node),
            )
        )
    return drafts


def _overlay_title(el: Node, src: SourceFile) -> str | None:
    """The heading of the dialog a button sits in."""
    overlay = jsx.enclosing_named(el, src, jsx.OVERLAY)
    if overlay is None:
        return None
    headings = (h for h in src.jsx_within(overlay) if jsx.is_heading(h, src))
    return next((t for h in headings if (t := _heading_text(h, src))), None)


def _early_return(el: Node, comp: Node) -> bool:
    """Inside an `if` of the component whose block asks nothing (no input, form or payment
    element): a state shown instead of the page, such as its confirmation."""
    current = el.parent
    while current is not None and current.id != comp.id:
        if current.type == "if_statement":
            return not _ASKS.search(current.text or b"")
        current = current.parent
    return False


_ORDER_HOLDER = re.compile(r"^(form|Form|\w*(Dialog|Modal|Sheet|Drawer)\w*)$")
_AMOUNT = re.compile(r"[$€£¥₹₴₽]\s?\d|\d[\d.,]*\s?(€|₴|₽|zł|грн|руб|kč|kn|rp)\b", re.I)


def _shows_priced_total(src: SourceFile, comp: Node) -> bool:
    """The component shows a total with an amount ("Total $122.50") as it asks to order."""
    text = jsx.written_text(comp, src)
    totals = re.search(r"\btotal\b", text, re.I) or vocabulary.TOTAL.search(text)
    return bool(totals) and _AMOUNT.search(text) is not None


def _reserves_goods(src: SourceFile, comp: Node) -> bool:
    """A quantity asked and no day: goods reserved to be fetched and paid in the shop (an
    order, LABELLING round 16), not a table or a visit booked."""
    asked = [el for el in src.jsx_within(comp) if jsx.name(el, src) in ("input", "Input")]
    kinds = {jsx.attr_text(el, "type", src) or "text" for el in asked}
    named = (
        set(words(f"{jsx.attr_text(el, 'id', src) or ''} {jsx.attr_text(el, 'name', src) or ''}"))
        for el in asked
    )
    dated = kinds & {"date", "datetime-local", "time"}
    return not dated and any(said & vocabulary.QUANTITY_WORDS for said in named)


def _prices_the_quantity(src: SourceFile, comp: Node) -> bool:
    """`{(medicine.price * formData.quantity).toFixed(2)}` shown outside any list's rows."""
    stack = [comp]
    while stack:
        node = stack.pop()
        operator = node.child_by_field_name("operator")
        if node.type == "binary_expression" and operator is not None and src.text(operator) == "*":
            said = set(words(src.text(node)))
            if said & _PRICE_WORDS and said & vocabulary.QUANTITY_WORDS:
                return not src.in_map_callback(node)
        stack.extend(node.named_children)
    return False


_PRICE_WORDS = frozenset({"price", "precio", "prix", "preis", "prezzo", "preco", "cijena", "cena"})


_ASKS_INPUT = re.compile(rb"<(input|Input|form|textarea|Textarea|select|Select)\b")
_ASKS = re.compile(rb"<(input|Input|form|textarea|select|Select)\b|Element\b|Checkout\b|Buttons\b")


def _heading_text(el: Node, src: SourceFile) -> str:
    """A heading as the page shows it: "Your cart ({count})" reads "Your cart"."""
    static = clean_text(_EMPTY_BRACKETS.sub(" ", jsx.text(el, src, dynamic=False)))
    if "{" in src.text(el):
        static = clean_text(_COUNT_AFTER.sub(" ", static))  # "Carrinho ({n} itens)"
    if static := static or translated_label(el, src) or "":
        return static
    shown = jsx.text(el, src)
    # `<h2>{title}</h2>`: the words come from elsewhere (a data file), not the variable's name
    return "" if _CODE_PATH.fullmatch(shown) else shown


def _handler_name(el: Node, src: SourceFile) -> str:
    """The words of what a click runs: `onClick={handleCheckout}` -> "handle checkout"."""
    expr = jsx.attr_expression(el, "onClick", src)
    if expr is None:
        return ""
    expr = unwrap(expr)
    names: list[str] = []
    if expr.type in ("identifier", "member_expression"):
        names.append(src.text(expr).split(".")[-1])
    elif expr.type in FUNCTION_TYPES or expr.type == "call_expression":
        for call in src.calls_within(expr)[:4]:
            segments = callee_segments(call, src)
            # a setter given `false` closes what it names (`setPaymentDialogOpen(false)`): the
            # dialog's name, not a payment
            if segments and not _closes(call, segments[-1], src):
                names.append(segments[-1])
    return " ".join(" ".join(words(n)) for n in names)


def _closes(call: Node, callee: str, src: SourceFile) -> bool:
    args = call.child_by_field_name("arguments")
    said = src.text(args).strip("() ") if args is not None else ""
    return _SETTER.match(callee) is not None and said == "false"


def _links_to_checkout(el: Node, src: SourceFile) -> bool:
    """`<Button asChild><Link href="/checkout">Checkout</Link></Button>` goes to the payment."""
    for inner in (el, *src.jsx_within(el)):
        href = jsx.attr_text(inner, "href", src)
        if href and _CHECKOUT_HREF.search(href.split("#")[0]):
            return True
    return False


def takes_an_order(src: SourceFile, comp: Node) -> bool:
    """A button whose handler pays or places an order (`submitOrder`, `handleCheckout`) in a
    component that works out a total from its lines: an order is being taken there."""
    return computed_total(src, comp) and any(
        jsx.name(el, src) in ("Button", "button") and _PAY_HANDLER.search(_handler_name(el, src))
        for el in src.jsx_within(comp)
    )


def _provider_named(label: str | None) -> str | None:
    """The payment provider a short button label names ("Pay with PayPal", "Mercado Pago")."""
    tokens = re.findall(r"[a-z]+", (label or "").lower())
    if not tokens or len(tokens) > 5:
        return None
    joined = "".join(tokens)
    provider = next((p for p in PAYMENT_SDKS if p in joined), None)
    # paying through it ("Pay with Stripe", "PayPal"), not "Connect Stripe" in a settings page
    if provider is None or not (set(tokens) & _PAY_VERBS or joined == provider):
        return None
    return provider


_PAY_VERBS = frozenset(
    {
        "pay",
        "paga",
        "pagar",
        "payer",
        "zahlen",
        "bezahlen",
        "betalen",
        "pagare",
        "donate",
        "checkout",
        "buy",
        "comprar",
        "acheter",
        "kaufen",
        "thanh",
        "continue",
        "proceed",
    }
)
