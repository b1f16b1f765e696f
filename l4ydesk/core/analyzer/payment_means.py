"""Tells how a page takes a payment or an order: card inputs (a number and its expiry or code),
a choice among ways to pay (card, cash, transfer, QR) before the pay button, or a computed
total sent with the items it adds up."""

from __future__ import annotations

import re

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.call_parts import callee_segments
from l4ydesk.core.analyzer.form_groups import OVERLAY_CONTENT
from l4ydesk.core.analyzer.literals import unwrap
from l4ydesk.core.analyzer.syntax import SourceFile
from l4ydesk.core.analyzer.values import words

# inputs that take a card: a number plus its expiry or security code, in the page's language
_CARD_NUMBER = re.compile(
    r"card ?(number|no)|cc-?number|n(u|ú)mero d(e|o) (la )?(tarjeta|cart(ã|a)o|carte)|"
    r"num(é|e)ro de carte|kartennummer|numero (di|della) carta|kaartnummer|s(ố|o) th(ẻ|e)|"
    r"カード番号|卡号",
    re.I,
)
_CARD_CHECK = re.compile(
    r"\b(cvv|cvc|cvn|csc|cc-?exp|expiry|expiration|exp(\. )? date|mm ?/ ?yy|security code|"
    r"vencimiento|caducidad|validade|expiration|ablaufdatum|scadenza|vervaldatum|"
    r"ngày hết hạn)\b|有効期限|セキュリティコード",
    re.I,
)


def card_inputs(src: SourceFile, comp: Node) -> Node | None:
    """The card-number input of a component that also asks for the card's expiry or code."""
    number: Node | None = None
    check = False
    for el in src.jsx_within(comp):
        if jsx.name(el, src) not in ("input", "Input", "Label", "label"):
            continue
        said = " ".join(
            jsx.attr_text(el, a, src) or "" for a in ("id", "name", "placeholder", "autoComplete")
        )
        if jsx.name(el, src) in ("Label", "label"):
            said = jsx.text(el, src, dynamic=False) or ""
        said = said.replace("_", " ")
        said = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", said)
        if jsx.attr_text(el, "type", src) == "password" and not _CARD_CHECK.search(said):
            # an account asking for a card is a sign-up, its card a subscription's (a card's
            # code hidden as it is typed is no password)
            return None
        if number is None and _CARD_NUMBER.search(said):
            number = el
        elif _CARD_CHECK.search(said):
            check = True
    return number if number is not None and check else None


def stores_a_card(src: SourceFile, card: Node) -> bool:
    """The card is asked in a dialog whose way through keeps it ("Add Payment Method", "Save
    card"): a method kept on file for later bills, nothing is paid there."""
    current = jsx.enclosing_named(card, src, OVERLAY_CONTENT)
    if current is None:
        return False
    labels = [
        jsx.text(el, src, dynamic=False, idle=True)
        for el in src.jsx_within(current)
        if jsx.name(el, src) in ("Button", "button")
    ]
    return any(_KEEPS_CARD.search(label) for label in labels)


# a button keeping a card or a payment method on file, in the languages v0 apps are written in
_KEEPS_CARD = re.compile(
    r"^\s*(add|save|update|change|edit|agregar|añadir|guardar|actualizar|ajouter|enregistrer|"
    r"hinzufügen|speichern|aggiungi|salva|adicionar|salvar|toevoegen|opslaan)\b.*"
    r"\b(card|payment method|tarjeta|m[ée]todo de pago|carte|moyen de paiement|karte|"
    r"zahlungsmethode|carta|metodo di pagamento|cart[aã]o|m[ée]todo de pagamento|kaart|"
    r"betaalmethode)\b",
    re.I,
)


def payment_choice(src: SourceFile, comp: Node) -> Node | None:
    """The first of two or more options naming different ways to pay, offered as things to
    pick (buttons, radios, options, or rows of a list), when the component also keeps state:
    the page asks how the visitor will pay, which only the step that takes the payment asks."""
    if b"useState" not in (comp.text or b"") and b"useForm" not in (comp.text or b""):
        return None
    seen: set[str] = set()
    first: Node | None = None
    for el in src.jsx_within(comp):
        said = jsx.text(el, src, dynamic=False) if el.type == "jsx_element" else ""
        said = " ".join([said, jsx.attr_text(el, "value", src) or ""])
        if len(said) > 60:
            continue  # a paragraph mentioning cash is no option
        found = {m.group(0).lower() for m in _MEANS.finditer(said)}
        if found - seen:
            first = first or el
            seen |= found
    if len(seen) < 2:
        # options held in a list of the file (`{ id: "cash", label: "Efectivo" }`)
        listed = {m.group(0).lower() for m in _MEANS.finditer(_option_literals(src, comp))}
        if len(listed) < 3:  # strings of a whole file: "QR" and "card" may be anything there
            return None
        seen |= listed
        first = first or comp
    return first


def _option_literals(src: SourceFile, comp: Node) -> str:
    """Short strings of the whole file (option labels live in constants beside the component),
    only when the component maps over a list to render choices."""
    if not any(comp.start_byte <= lo and hi <= comp.end_byte for lo, hi in src.map_callbacks):
        return ""
    texts = re.findall(rb"[\"']([^\"'\n]{2,40})[\"']", src.source)
    return " ".join(t.decode("utf-8", errors="replace") for t in texts)


# ways to pay, each counted once whatever its language
_MEANS = re.compile(
    r"\b(credit card|debit card|card|cash|bank transfer|transfer|paypal|apple pay|google pay|"
    r"qr|pix|boleto|mercado ?pago|cash on delivery|cod|tarjeta|cr[eé]dito|d[eé]bito|efectivo|"
    r"transferencia|cart[aã]o|dinheiro|carte|esp[eè]ces|virement|kreditkarte|karte|bargeld|"
    r"[uü]berweisung|carta|contanti|bonifico|contant|overschrijving|tiền mặt|chuyển khoản|"
    r"th[eẻ]|nakit|kart(la|l[ıi])?|pe[sş]in|havale|tunai|kartu|got[oó]wk[aą]|karta|przelew)\b|"
    r"現金|クレジットカード|银行转账|现金|信用卡|微信支付|支付宝",
    re.I,
)


def sends_order_total(src: SourceFile, comp: Node) -> Node | None:
    """A call that sends a total the component computes from its lines (`qty * price`,
    `items.reduce(...)`) in an object (`createSale({ items, total_amount: total })`, a fetch
    body): the component records an order or a sale, whatever its words."""
    totals: set[str] = set()
    # objects the component builds and names (`const sale = { ..., total: price * qty }`)
    built: dict[str, Node] = {}
    for decl in src.declarators:
        if not comp.start_byte <= decl.start_byte < comp.end_byte:
            continue
        name, value = decl.child_by_field_name("name"), decl.child_by_field_name("value")
        if name is None or value is None or name.type != "identifier":
            continue
        value = unwrap(value)
        if set(words(src.text(name))) & _MARKS:
            continue  # a quiz's right answers added up are its score, no amount of an order
        if _adds_up(value, src) or _from_totals(value, totals, src):
            totals.add(src.text(name))
        elif value.type in ("arrow_function", "function_expression") and _returns_sum(value, src):
            # `const calculateTotal = () => items.reduce(...)`, sent as `calculateTotal()`
            totals.add(src.text(name) + "()")
        elif value.type == "object":
            built[src.text(name)] = value
    if not totals and not built:
        return None
    for call in src.calls_within(comp):
        segments = callee_segments(call, src)
        if not segments or segments[-1].startswith("set") or segments[-1] in _KEPT_HERE:
            continue  # a state set or a row pushed onto a chart's array is kept, not sent
        args = call.child_by_field_name("arguments")
        stack = list(args.named_children) if args is not None else []
        while stack:
            node = stack.pop()
            if node.type == "identifier" and node.parent == args and src.text(node) in built:
                # the object was built above and is sent by its name
                stack.append(built.pop(src.text(node)))
            elif node.type == "pair":
                value = node.child_by_field_name("value")
                if value is not None and (
                    re.sub(r"\s+", "", src.text(unwrap(value))) in totals
                    or _line_total(node, unwrap(value), src)
                ):
                    return call
            elif node.type == "shorthand_property_identifier" and src.text(node) in totals:
                return call
            if node.type in ("object", "pair", "call_expression", "arguments"):
                stack.extend(node.named_children)
    return None


# calls that keep a value in the component (its state, an array it builds for a chart)
_KEPT_HERE = frozenset({"useState", "push", "unshift", "concat", "splice"})

_MARKS = frozenset(
    {"score", "scores", "correct", "points", "grade", "marks", "answers", "percent", "percentage"}
)


def _from_totals(value: Node, totals: set[str], src: SourceFile) -> bool:
    """A value worked out of a total: a helper's answer kept (`const amount = getTotal()`),
    the total less a discount (`subtotal - discount`), or a line's total that is nought until
    a line is picked (`picked ? picked.price * qty : 0`)."""
    if value.type == "ternary_expression":
        first = value.child_by_field_name("consequence")
        other = value.child_by_field_name("alternative")
        return (
            first is not None
            and other is not None
            and src.text(other).strip() == "0"
            and _adds_up(unwrap(first), src)
        )
    if value.type == "binary_expression":
        op = value.child_by_field_name("operator")
        left = value.child_by_field_name("left")
        return (
            op is not None
            and src.text(op) == "-"
            and left is not None
            and re.sub(r"\s+", "", src.text(unwrap(left))) in totals
        )
    # only a helper's answer: a bare name copied into a loop's counter is no total
    return value.type == "call_expression" and re.sub(r"\s+", "", src.text(value)) in totals


def _line_total(pair: Node, value: Node, src: SourceFile) -> bool:
    """`totalPrice: unitPrice * qty`: a key naming a total whose value multiplies out a line."""
    key = pair.child_by_field_name("key")
    said = set(words(src.text(key).strip("'\"")) if key is not None else ())
    return value.type == "binary_expression" and bool(said & _TOTAL_KEYS) and _adds_up(value, src)


_TOTAL_KEYS = frozenset({"total", "subtotal", "amount", "totalprice", "totalamount"})


def _returns_sum(fn: Node, src: SourceFile) -> bool:
    """A helper whose answer adds lines up: its body is, or returns, a product or a reduce."""
    body = fn.child_by_field_name("body")
    if body is None:
        return False
    if body.type != "statement_block":
        return _adds_up(unwrap(body), src)
    returned = [c for c in body.named_children if c.type == "return_statement"]
    return any(_adds_up(unwrap(r.named_children[0]), src) for r in returned if r.named_children)


def _adds_up(value: Node, src: SourceFile) -> bool:
    if value.type == "binary_expression":
        op = value.child_by_field_name("operator")
        return op is not None and src.text(op) == "*"
    return value.type == "call_expression" and callee_segments(value, src)[-1:] == ["reduce"]


_ARITHMETIC = frozenset({"*", "-", "+"})
_ENTRY_TAGS = (b"<input", b"<Input", b"<select", b"<Select", b"<RadioGroup")


def shows_computed_total(src: SourceFile, comp: Node) -> bool:
    """The component works out an amount from its own values (`price - discount`,
    `Math.max(price * qty, 0)`) and shows it beside inputs: a total the person entering the
    sale reads (a report showing sums per way of paying asks nothing)."""
    if not any(t in (comp.text or b"") for t in _ENTRY_TAGS):
        return False
    shown = {m.decode() for m in re.findall(rb"\{\s*([A-Za-z_]\w*)\b", comp.text or b"")}
    for decl in src.declarators:
        if not comp.start_byte <= decl.start_byte < comp.end_byte:
            continue
        name = decl.child_by_field_name("name")
        value = decl.child_by_field_name("value")
        if name is None or value is None or name.type != "identifier":
            continue
        if src.text(name) in shown and _works_out(unwrap(value), src):
            return True
    return False


def _works_out(value: Node, src: SourceFile) -> bool:
    if value.type == "call_expression" and callee_segments(value, src)[:1] == ["Math"]:
        args = value.child_by_field_name("arguments")
        return any(_works_out(unwrap(a), src) for a in (args.named_children if args else []))
    if value.type != "binary_expression":
        return False
    op = value.child_by_field_name("operator")
    sides = [value.child_by_field_name("left"), value.child_by_field_name("right")]
    # two of the form's values, not a constant offset (`index + 1`, `count - 1`)
    return (
        op is not None
        and src.text(op) in _ARITHMETIC
        and all(s is not None and unwrap(s).type != "number" for s in sides)
    )
