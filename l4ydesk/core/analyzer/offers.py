"""Tells a card that offers something at a price from one whose amount only reports or explains.

A dashboard's statistic tile ("Total revenue $25,000" beside tiles of plain counts), a card
holding a table or a progress bar, a price inside a sentence ("earn $50 more per student") and
an order summary listing the cart's lines all show money under a heading; none of them is a
thing for sale. Structure decides, so the rules hold in any language.
"""

from __future__ import annotations

import bisect
import re

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.pay_labels import paid_to_person
from l4ydesk.core.analyzer.syntax import SourceFile, key
from l4ydesk.core.analyzer.values import find_offer_price, offer_price_at

# elements that lay out many figures or a share done, never one offer
_REPORTING_TAGS = frozenset(
    {"table", "Table", "Progress", "progress", "ProgressBar", "meter", "DataTable"}
)
_ACTION_TAGS = frozenset({"button", "Button", "a", "Link"})
_LINE_TAGS = frozenset({"li", "tr", "TableRow", "dt", "dd"})
# a tile's figure: a bare count or share, no currency
_BARE_FIGURE = re.compile(r"^\s*[+-]?\d[\d.,]*\s*[%kKmM+]?\s*$")
# identifiers a map callback shows money through: `item.price`, `line.total`, `fmt(amount)`
_MONEY_NAMES = re.compile(r"\b\w*(price|total|amount|subtotal|cost)\w*\b", re.I)
_CURRENCY = re.compile(r"[$€£¥₹₫₩]|\b(USD|EUR|GBP|JPY|VND|BRL|TRY)\b")
# a rise or fall written beside a figure (a discount badge is "-20%", never "+20%")
_CHANGE = re.compile(r"(?:\+|↑|↓|▲|▼)\s?\d+(?:[.,]\d+)?\s?%")
# the label of a charge an order adds (delivery, shipping, tax) or of its sum, in the languages
# v0 writes: the amount after it is no price of a thing on offer. A word starts the label: the
# "vat" of "Private Lessons" or "Reservation" and the "tax" of "Syntax" name no charge
_CHARGE_LABEL = re.compile(
    r"(?<![a-zà-ÿ])(?:delivery|shipping|tax|vat|sub-?total|total|envío|envio|frete|entrega|livraison|"
    r"versand|lieferung|spedizione|consegna|verzending|bezorging|phí giao hàng|送料|"
    # nl de ru pl tr vi ja: a cart's total, its delivery and its tax
    r"totaal|verzendkosten|btw|gesamt|summe|mwst|итого|всего|доставка|налог|ндс|razem|suma|dostawa|wysyłka|podatek|toplam|kargo|"
    r"teslimat|kdv|tổng cộng|tạm tính|thuế|合計|小計|税込|消費税)"
    r"[^\d$€£¥₹₫₩:]{0,24}:?\s*[^\s\d]{0,4}\s*$",
    re.I,
)
PROSE_WORDS = 9  # a price tag stands alone; a sentence this long around it explains it


def only_reports(src: SourceFile, card: Node) -> bool:
    """True when the priced block reports or explains money instead of offering something."""
    inner = src.jsx_within(card)
    if any(jsx.name(el, src) in _REPORTING_TAGS for el in inner):
        return True
    if _lists_priced_lines(src, card):
        return True
    if _price_in_prose(src, card):
        return True
    if _price_list(src, inner) or _amount_lines(src, inner):
        return True
    if summed_lines(src, inner):
        return True  # "Items (3)  {fmt(total)}", "Total  {fmt(total)}": an order's summary
    text = jsx.text(card, src, dynamic=False, skip_maps=True)
    if _CHANGE.search(text):
        return True  # "+15.3%", "↑ 8%": how a figure moved since the last period
    at = offer_price_at(text)
    if (
        at is not None
        and _CHARGE_LABEL.search(text[max(0, at - 40) : at])
        and len(list(src.headings_within(card))) < 2
    ):
        # "Delivery Fee (within hostels) Ksh 20" under the block's only heading: a charge on an
        # order, no offer (a summary that heads an item of its own still shows that item)
        return True
    if at is not None and paid_to_person(text, at):
        return True  # "Reward ¥150,000" on an internship's card: what a person is paid
    return _statistic_tile(src, card, inner)


def _price_list(src: SourceFile, inner: list[Node]) -> bool:
    """Two or more list items or rows each quoting a price: the block lists prices (shipping
    rates, a menu section), its heading names the list, not a thing for sale."""
    priced = 0
    for el in inner:
        if jsx.name(el, src) not in _LINE_TAGS or src.in_map_callback(el):
            continue
        if find_offer_price(jsx.text(el, src, dynamic=False)):
            priced += 1
    return priced >= 2


def _amount_lines(src: SourceFile, inner: list[Node]) -> bool:
    """Two or more lines under one parent, each a label beside an amount and nothing else
    ("Supplier cost  $45.00", "Total  $122.50"; "Annual revenue  $…"): a breakdown of what
    something costs or a set of figures, read in any language by its shape; the heading names
    the breakdown, not a thing for sale. Amounts added on top ("+$50") are extras on offer."""
    parents: dict[tuple[int, int, str], int] = {}
    for el in inner:
        parts = jsx.jsx_children(el)
        if len(parts) != 2 or src.in_map_callback(el):
            continue
        label, amount = (jsx.text(p, src, dynamic=False) for p in parts)
        if not label.strip() or find_offer_price(label) or _CURRENCY.search(label):
            continue
        if find_offer_price(amount) is None or len(amount.split()) > 3:
            continue
        if amount.lstrip().startswith("+"):
            continue  # "+$50": an extra offered on top of something, priced on its own
        parent = jsx.jsx_parent(el, src)
        slot = key(parent) if parent is not None else key(el)
        parents[slot] = parents.get(slot, 0) + 1
    return any(count >= 2 for count in parents.values())


def _lists_priced_lines(src: SourceFile, card: Node) -> bool:
    """An order summary: the block renders a list whose rows show an amount each."""
    ranges: list[tuple[int, int]] = src.cached("sorted_maps", lambda: sorted(src.map_callbacks))
    lo = bisect.bisect_left(ranges, (card.start_byte, -1))
    for start, end in ranges[lo:]:
        if start >= card.end_byte:
            break
        if end > card.end_byte:
            continue
        body = src.source[start:end].decode("utf-8", "replace")
        if _MONEY_NAMES.search(body) or _CURRENCY.search(body):
            return True
    return False


def _price_in_prose(src: SourceFile, card: Node) -> bool:
    """Every static text holding the price is a long sentence: the amount is explained."""
    texts = [
        src.text(node)
        for node in _text_nodes(card)
        if not src.in_map_callback(node) and find_offer_price(src.text(node))
    ]
    return bool(texts) and all(len(t.split()) >= PROSE_WORDS for t in texts)


def _text_nodes(node: Node) -> list[Node]:
    found: list[Node] = []
    stack = [node]
    while stack:
        current = stack.pop()
        if current.type == "jsx_text":
            found.append(current)
        elif current.type in ("jsx_element", "jsx_expression", "parenthesized_expression"):
            stack.extend(current.named_children)
    return found


def _statistic_tile(src: SourceFile, card: Node, inner: list[Node]) -> bool:
    """A tile beside same-shaped tiles that show bare counts, with nothing to click: a figure."""
    if any(jsx.name(el, src) in _ACTION_TAGS for el in inner):
        return False
    parent = jsx.jsx_parent(card, src)
    if parent is None:
        return False
    tag = jsx.name(card, src)
    # which children of this parent show a bare figure: worked out once per row of tiles, so
    # a grid of thousands of cards costs one pass, not one per card
    rows: dict[tuple[tuple[int, int, str], str], set[tuple[int, int, str]]] = src.cached(
        "figure_tiles", dict
    )
    slot = (key(parent), tag)
    if slot not in rows:
        rows[slot] = {
            key(c)
            for c in jsx.jsx_children(parent)
            if jsx.name(c, src) == tag and (_shows_bare_figure(src, c) or _shows_total(src, c))
        }
    return bool(rows[slot] - {key(card)})


def _shows_total(src: SourceFile, block: Node) -> bool:
    """A tile whose amount follows a total's or a charge's label ("Total Revenue (MTD)  KSh
    12,450"): a sum the business keeps, so the tiles beside it report sums too (a "Net Profit"
    tile in the same row is a figure, not a thing for sale)."""
    text = jsx.text(block, src, dynamic=False, skip_maps=True)
    at = offer_price_at(text)
    return at is not None and _CHARGE_LABEL.search(text[max(0, at - 40) : at]) is not None


def _shows_bare_figure(src: SourceFile, block: Node) -> bool:
    """A tile of figures: a bare count, or any figure with how it moved since the last period
    ("+5.2% from last month"); a tile beside such tiles reports a figure too."""
    texts = [src.text(n) for n in _text_nodes(block)]
    if any(_CHANGE.search(t) for t in texts):
        return True
    return any(_BARE_FIGURE.match(t) for t in texts) and not any(find_offer_price(t) for t in texts)


# an expression that shows an amount the page works out: `{fmt(total)}`, `{subtotal.toFixed(2)}`
_MONEY_EXPRESSION = re.compile(r"\{[^{}]*\b\w*(price|total|amount|subtotal|sum|cost)\w*\b", re.I)


def summed_lines(src: SourceFile, inner: list[Node]) -> bool:
    """Two or more lines under one parent, each a label beside an amount (written or worked out
    at run time), one of them a total's or a charge's: a cart's or an order's summary ("Items
    (3)  {fmt(total)}", "Delivery  Free", "Total  {fmt(total)}"), whose heading names the
    summary, not a thing for sale. The amounts come from the cart, so none is written out."""
    parents: dict[tuple[int, int, str], int] = {}
    charged: set[tuple[int, int, str]] = set()
    for el in inner:
        parts = jsx.jsx_children(el)
        if len(parts) != 2 or src.in_map_callback(el):
            continue
        label = jsx.text(parts[0], src, dynamic=False).strip()
        if not label or _CURRENCY.search(label):
            continue
        body = src.text(parts[1])
        if find_offer_price(body) is None and not _MONEY_EXPRESSION.search(body):
            continue
        parent = jsx.jsx_parent(el, src)
        slot = key(parent) if parent is not None else key(el)
        parents[slot] = parents.get(slot, 0) + 1
        if _CHARGE_LABEL.search(label):
            charged.add(slot)
    # lines of one summary may sit in sibling blocks (the total set apart below a rule)
    return sum(parents.values()) >= 2 and bool(charged)
