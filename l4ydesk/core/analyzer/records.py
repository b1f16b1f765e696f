"""Turns the items of classified data sets into detections, one per item with its own evidence
(`record_fields` reads each item); sample bookings become one list, chart points and rows that
are only counted become nothing."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx, vocabulary
from l4ydesk.core.analyzer.bought_rows import bought_rows, named_goods
from l4ydesk.core.analyzer.choices import configured_choices
from l4ydesk.core.analyzer.invoice_fields import invoice_item
from l4ydesk.core.analyzer.list_items import booking_item, contact_item, ticket_item
from l4ydesk.core.analyzer.list_titles import LIST_TITLES
from l4ydesk.core.analyzer.model import Detection
from l4ydesk.core.analyzer.record_fields import (
    event_item,
    product_item,
    subtype_context,
)
from l4ydesk.core.analyzer.record_kinds import (
    DataSet,
    classify,
)
from l4ydesk.core.analyzer.route_picks import picked_by_route
from l4ydesk.core.analyzer.routing import imports_of, is_project_spec
from l4ydesk.core.analyzer.row_groups import grouped_rows
from l4ydesk.core.analyzer.shown_prices import current_row_ids, no_price_shown
from l4ydesk.core.analyzer.shown_rows import heading_over, rows_of
from l4ydesk.core.analyzer.syntax import SourceFile
from l4ydesk.core.analyzer.ticked_rows import ticked_inline_rows
from l4ydesk.core.analyzer.typed_rows import goods_types, row_type
from l4ydesk.core.analyzer.values import (
    humanize,
)

__all__ = ["chart_data", "detect_records"]


def detect_records(
    src: SourceFile, datasets: Iterable[DataSet], file_words: frozenset[str]
) -> list[Detection]:
    detections: list[Detection] = []
    plotted = chart_data(src)
    sets = list(datasets)
    # a configurator picks rows of two sets or more: only then is the file's code read for it
    options = (
        configured_choices(src, sets)
        if src.jsx and len(sets) >= 2 and b"useState" in src.source
        else frozenset()
    )
    kinds = [(ds, classify(ds)) for ds in sets]
    typed_goods = goods_types(src, kinds) if len(sets) >= 2 else frozenset()
    for ds, kind in kinds:
        if kind is None and typed_goods and row_type(src, ds) in typed_goods:
            detections.extend(named_goods(src, ds))  # a menu's unpriced section, typed alike
            continue
        if kind is None and src.jsx:
            detections.extend(bought_rows(src, ds))  # unpriced rows each with a buy button
        if kind is None or ds.var_name.split(".")[0] in plotted:
            continue  # points of a chart are figures about records, not records
        if kind == "product" and ds.var_name in options:
            continue  # the choices of a configured product are its options
        if kind == "product" and ticked_inline_rows(src, ds):
            continue  # extras ticked in a booking dialog: options of what is booked (round 8)
        if kind == "product" and no_price_shown(src, ds):
            continue  # a share of calls closed is no price: people or teams, no goods
        owner = src.component_of(ds.decl)
        var = ds.var_name.split(".")[0]
        if (
            ds.decl.type not in ("jsx_attribute", "jsx_expression", "jsx_element")
            and not _shown(src, var, spread=True)
            and (owner.node is not None or (not _exported(ds.decl) and _commented_out(src, var)))
        ):
            continue  # rows kept for a count, an empty tab or commented-out markup: not shown
        component = owner.name
        builder = _BUILDERS[kind]
        context = subtype_context(ds, file_words) if kind == "product" else None
        if kind == "contact" and _PASSWORD.search(src.source):
            continue  # people of a module that checks passwords are the app's accounts
        if kind in LIST_KINDS:
            detections.extend(_record_list(src, ds, kind, f"{src.path}:{component}"))
            continue
        # rows a data module exports and never uses itself reach a page only by that name
        exported = var if not src.jsx and not _shown(src, var) else None
        current = current_row_ids(src) if kind == "product" else frozenset()
        for item, node in zip(ds.items, ds.item_nodes, strict=True):
            if current and item.get("id") in current:
                continue  # the plan the account is on: shown, not sold to it (round 15)
            built = builder(item, ds, context)
            if built is None:
                continue
            name, fields, confidence = built
            if exported:
                fields = {**fields, "_export": exported}
            # rows read from a translation table are the table's, shown alike by each page
            if kind == "product" and _own_list(src, ds) and not ds.translated:
                # rows a state starts from may be the visitor's picks (a cart in any language)
                fields = {**fields, "_own_rows": "state" if _state(ds) else True}
            elif kind == "product" and _module_list(src, ds):
                fields = {**fields, "_module_rows": True}
            detections.append(
                Detection(
                    kind,
                    name,
                    fields,
                    confidence,
                    (src.evidence(node),),
                    f"{src.path}:{component}",
                )
            )
    return detections


_PASSWORD = re.compile(rb"\bpassword\s*(===?|!==?)|\.password\b|bcrypt|argon2|hashPassword", re.I)
_CHART_TAGS = re.compile(r"(Chart|Pie|Bar|Line|Area|Radar|Funnel|Treemap|Sankey|Scatter)$")
_CHART_PACKAGES = re.compile(r"^(recharts|chart\.js|react-chartjs|@nivo/|@tremor/|victory|@visx/)")


def _charts(src: SourceFile) -> frozenset[str]:
    """The names the file imports from a chart package."""
    found: frozenset[str] = src.cached(
        "chart_imports",
        lambda: frozenset(
            local for local, (spec, _) in imports_of(src).items() if _CHART_PACKAGES.search(spec)
        ),
    )
    return found


def is_chart(src: SourceFile, el: Node) -> bool:
    """The element draws a chart (`<BarChart>`, a recharts `<Pie>`): what it is given to plot
    are figures about records, never records."""
    tag = jsx.name(el, src)
    return tag in _charts(src) or _CHART_TAGS.search(tag) is not None


def chart_data(src: SourceFile) -> frozenset[str]:
    """Variables passed as `data` to a chart (`<BarChart data={sales}>`)."""
    found: set[str] = set()
    for el in src.jsx:
        if not is_chart(src, el):
            continue
        value = jsx.attr_expression(el, "data", src)
        if value is not None and value.type == "identifier":
            found.add(src.text(value))
    return frozenset(found)


# records a person connects as one list (a CRM's contacts, an admin's bookings), never row by row
LIST_KINDS = frozenset({"booking", "contact", "ticket", "invoice"})


def _record_list(src: SourceFile, ds: DataSet, kind: str, component: str) -> list[Detection]:
    """Sample rows of a list type are one list, named by the heading that shows them."""
    builder = _BUILDERS[kind]
    rows = [
        (b, node)
        for item, node in zip(ds.items, ds.item_nodes, strict=True)
        if (b := builder(item, ds, None)) is not None
    ]
    if not rows or (src.jsx and not _shown(src, ds.var_name.split(".")[0])):
        return []  # rows kept for a count or a later tab are no list anyone sees
    if (
        kind == "contact"
        and not src.jsx
        and not any({"email", "phone"} & b[1].keys() for b, _ in rows)
    ):
        return []  # people no one can reach, in a module of data: a form's choices until shown
    name = _list_heading(src, ds, kind) or humanize(ds.var_name.split(".")[-1]).title()
    fields: dict[str, Any] = {
        "source": "data",
        "list": True,
        "items": [b[0] for b, _ in rows],
        # each row as read, so a person can import the sample records with the list
        "rows": [{"name": b[0], **b[1]} for b, _ in rows],
        "_data": ds.var_name.split(".")[0],  # for the files that import and show the rows
    }
    handed = _handed_on(src, fields["_data"])
    if handed is not None:
        fields["_handed"] = handed  # the component that draws them names them (reach)
    confidence = max(b[2] for b, _ in rows)
    evidence = (src.evidence(rows[0][1]),)
    return [Detection(kind, name, fields, confidence, evidence, component)]


def _handed_on(src: SourceFile, var: str) -> list[str] | None:
    """(module, component, attribute) when a page writes rows it never maps itself and hands
    them whole to a component it imports (`<InvoiceHistory invoices={DEMO_INVOICES} />`): the
    component draws the rows under its own heading."""
    if not src.jsx or rows_of(src, var):
        return None
    imports = imports_of(src)
    for el in src.jsx:
        spec = imports.get(jsx.name(el, src))
        if spec is None or not is_project_spec(spec[0]):
            continue
        for attr in jsx.attributes(el, src):
            value = jsx.attr_expression(el, attr, src)
            if value is not None and value.type == "identifier" and src.text(value) == var:
                return [spec[0], spec[1], attr]
    return None


_COMMENT_TEXT = rb"//[^\n]*|/\*.*?\*/"
_COMMENT = re.compile(_COMMENT_TEXT, re.S)
_NOT_CODE = re.compile(_COMMENT_TEXT + rb"|\"(?:\\.|[^\"\\\n])*\"|'(?:\\.|[^'\\\n])*'", re.S)


def _code(src: SourceFile) -> bytes:
    """The file without its comments and string contents."""
    code: bytes = src.cached("code_only", lambda: _NOT_CODE.sub(b'""', src.source))
    return code


def _own_list(src: SourceFile, ds: DataSet) -> bool:
    """Rows a page writes out as its own list (round-11 settled point: another file's list with
    its own data is listed again there): a set of its own, not rows nested in one record
    (`order.items`), not on one record's page (`[id]`), not the visitor's own cart or saved
    items, and not a module another file takes the rows from."""
    return (
        _whole_list(src, ds, any_page=_record_page_rows(src, ds) or picked_by_route(src, ds))
        and bool(src.jsx)
        and not _exported(ds.decl)
    )


def _state(ds: DataSet) -> bool:
    """`const [rows, setRows] = useState([...])`: rows a state starts from."""
    name = ds.decl.child_by_field_name("name")
    return name is not None and name.type == "array_pattern"


def _module_list(src: SourceFile, ds: DataSet) -> bool:
    """The catalog's rows as a module keeps them for other files (`export const products`): a
    page writing the same items out as its own list lists them again."""
    return _whole_list(src, ds) and (not src.jsx or _exported(ds.decl))


def _whole_list(src: SourceFile, ds: DataSet, any_page: bool = False) -> bool:
    """A set of its own, not rows nested in one record, not on one record's page (unless
    `any_page`), not the visitor's own cart or saved items."""
    return (
        ("." not in ds.var_name or grouped_rows(src, ds))
        and (any_page or "[" not in src.path)
        and not ds.tokens & _VISITORS_OWN
    )


def _record_page_rows(src: SourceFile, ds: DataSet) -> bool:
    """A record's page (`[id]`) that writes the whole catalog out as its own sample rows and
    picks the shown one by the route's id (`rows[params.id]`): its own rows, labelled there too
    (LABELLING, "the same list in two files"), as on a page that lists them."""
    if "[" not in src.path or len(ds.items) < 3:
        return False  # checked first: the search below reads the whole file
    var = re.escape(ds.var_name.split(".")[0].encode())
    return re.search(rb"\b" + var + rb"\s*\[\s*(params\b|slug\b|id\b)", src.source) is not None


# sets named for what one visitor holds: copies of the catalog's rows, no list of their own
_VISITORS_OWN = frozenset(
    {"cart", "basket", "bag", "wishlist", "favorites", "favourites", "saved", "order", "orders"}
    | {"lineitems"}
)


def _commented_out(src: SourceFile, var: str) -> bool:
    """True when the rows' name appears in a comment: the markup that showed them was switched
    off (`{/* {bundles.map(...)} */}`)."""
    name = re.compile(rb"(?<![\w$])" + re.escape(var.encode()) + rb"\b")
    return any(name.search(m.group()) for m in _COMMENT.finditer(src.source))


def _exported(decl: Node) -> bool:
    """`export const rows = [...]`: rows another file may take and show."""
    node: Node | None = decl.parent
    while node is not None and node.type in ("lexical_declaration", "variable_declaration"):
        node = node.parent
    return node is not None and node.type == "export_statement"


def _shown(src: SourceFile, var: str, spread: bool = False) -> bool:
    """True when the rows are used beyond their declaration and their count (`rows.length`):
    mapped, looked up, indexed or handed on (with `spread`, also spread into another set a page
    shows, `[...pizzas, ...drinks]`). Rows only counted, or kept for an empty tab, are shown
    nowhere. Comments, strings and object keys of the same word do not count."""
    code = _code(src)
    before_name = rb"(?:(?<=\.\.\.)|(?<![\w.$]))" if spread else rb"(?<![\w.$])"
    uses = 0
    for found in re.finditer(
        before_name + re.escape(var.encode()) + rb"\b(?!\s*\??\.\s*length\b)", code
    ):
        before = code[max(0, found.start() - 8) : found.start()]
        key = re.match(rb"\s*:", code[found.end() : found.end() + 4]) is not None
        if key and not re.search(rb"(const|let|var)\s+$|\?\s*$", before):
            continue  # `{ rooms: 120 }` is another record's field (`a ? rooms : b` is a use)
        uses += 1
    return uses > 1  # the first is the declaration


def _list_heading(src: SourceFile, ds: DataSet, kind: str) -> str | None:
    """The title of the component holding the rows ("My Bookings"), when it has one."""
    comp = src.component_of(ds.decl)
    # rows declared beside the components (module level) are shown under the file's headings
    scope = comp.node if comp.node is not None else src.tree.root_node
    titles = [
        title
        for heading in src.headings_within(scope)
        if not src.in_map_callback(heading) and (title := jsx.title_text(heading, src))
    ]
    # the heading that says what the rows are ("Next reservations") over the page's greeting
    pattern = vocabulary.BOOKING if kind == "booking" else LIST_TITLES.get(kind)
    named = next((t for t in titles if pattern is not None and pattern.search(t)), None)
    # else the heading right over the rows, not the page's greeting at its top
    over = next(
        (
            h
            for start, _ in rows_of(src, ds.var_name.split(".")[0])
            if (h := heading_over(src, start))
        ),
        None,
    )
    nearest = jsx.title_text(over, src) if over is not None else None
    # the heading right over these rows names them when it exists: a page may hold two lists
    first = nearest or named or (titles[0] if titles else None)
    return first if first and len(first.split()) <= 6 else None


_BUILDERS = {
    "product": product_item,
    "event": event_item,
    "invoice": invoice_item,
    "ticket": ticket_item,
    "contact": contact_item,
    "booking": booking_item,
}
