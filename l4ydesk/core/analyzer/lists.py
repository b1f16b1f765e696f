"""Pages that list records the app fetches: "Invoice History", "Reservations", "Clients".

The records come from a database at run time, so there is no sample data to read; the page
itself is what a person connects (a list of bookings, of invoices, of clients). A page counts
when its title (an `h1`, or any heading on an admin or dashboard page) names such records and
it renders items with `.map()`.
"""

from __future__ import annotations

import bisect
import re

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.model import Detection
from l4ydesk.core.analyzer.syntax import SourceFile
from l4ydesk.core.analyzer.values import words
from l4ydesk.core.analyzer.vocabulary import phrases

LIST_TITLES = {
    "booking": phrases(
        r"(my |all |upcoming )?(reservations|bookings|appointments)",
        r"agenda",
        r"réservations",
        r"rendez-vous",
        r"reservas",
        r"citas",
        r"termine",
        r"buchungen",
        r"prenotazioni",
        r"agendamentos",
        r"afspraken",
        r"lịch hẹn",
        r"randevular",
        r"bookinger",
        r"reservasjoner",
        r"bokningar",
        r"rezervace",
        r"rezerwacje",
        r"registrations",
        r"inscriptions",
        r"inscripciones",
        r"inscrições",
        r"anmeldungen",
        r"iscrizioni",
        r"inschrijvingen",
        r"đăng ký",
        "予約一覧",
    ),
    "event": phrases(
        r"(explore |upcoming |all |my |our )?events",
        r"eventos",
        r"(é|e)v(é|e)nements",
        r"veranstaltungen",
        r"eventi",
        r"evenementen",
        r"sự kiện",
        r"etkinlikler",
        "イベント一覧",
    ),
    "invoice": phrases(
        r"invoices",
        r"invoice history",
        r"factures",
        r"facturas",
        r"rechnungen",
        r"fatture",
        r"faturas",
        r"facturen",
        r"hóa đơn",
        "請求書一覧",
    ),
    "contact": phrases(
        r"clients",
        r"customers",
        r"contacts",
        r"leads",
        r"clientes",
        r"kunden",
        r"contatti",
        r"klanten",
        r"khách hàng",
        r"müşteriler",
        "顧客",
    ),
}
# the page loads its records at run time (a database or an API), so no row is in the code
_FETCHES = re.compile(rb"\.from\(\s*[\"'`]|\bfetch\(|useQuery|useSWR|prisma\.|getDocs\(|findMany\(")
_BACK_OFFICE = frozenset({"dashboard", "admin", "backoffice", "panel", "manage", "gestion"})
_MAX_TITLE_WORDS = 5


def detect_lists(src: SourceFile) -> list[Detection]:
    found: list[Detection] = []
    back_office = bool(set(words(src.path)) & _BACK_OFFICE)
    for comp in src.components[1:]:
        if comp.node is None:
            continue
        if not _renders_items(src, comp.node):
            found.extend(_calendar_of_records(src, comp.node, comp.name))
            continue
        for heading in src.headings_within(comp.node):
            if src.in_map_callback(heading):
                continue
            if jsx.name(heading, src) != "h1" and not back_office:
                break  # a landing page's "Our clients" section is not a list of records
            title = jsx.title_text(heading, src)
            if not title or len(title.split()) > _MAX_TITLE_WORDS:
                break
            type_key = next((k for k, p in LIST_TITLES.items() if p.search(title)), None)
            if type_key == "event" and not _FETCHES.search(src.source):
                break  # sample events are found one by one; only fetched ones need the page
            if type_key is not None:
                found.append(
                    Detection(
                        type_key,
                        title,
                        {"source": "list", "list": True},
                        0.75,
                        (src.evidence(heading),),
                        f"{src.path}:{comp.name}",
                    )
                )
            break  # only the page's own title decides
        found.extend(_titled_blocks(src, comp.node, comp.name, found))
    return found


# a table or endpoint the component reads records from: `.from("appointments")`, `/api/bookings`
_LOADS_FROM = re.compile(
    rb"""\.from\(\s*["'`](\w+)|\b(?:collection|fetch)\(\s*[^,)]*?["'`/](\w+)["'`?]"""
)
_BOOKING_TABLES = frozenset(
    {"appointments", "bookings", "reservations", "citas", "reservas", "rendezvous", "termine"}
)


def _calendar_of_records(src: SourceFile, node: Node, component: str) -> list[Detection]:
    """A calendar fed with bookings the page loads (`<FullCalendar events={...}>` over rows of
    an `appointments` table): the list of bookings is the calendar, named by its heading."""
    body = src.source[node.start_byte : node.end_byte]
    tables = {
        (m.group(1) or m.group(2) or b"").decode().lower() for m in _LOADS_FROM.finditer(body)
    }
    if not tables & _BOOKING_TABLES:
        return []
    shows = any(
        jsx.name(el, src).endswith("Calendar") and jsx.has_attr(el, "events", src)
        for el in src.jsx_within(node)
    )
    heading = next((h for h in src.headings_within(node) if not src.in_map_callback(h)), None)
    title = jsx.title_text(heading, src) if heading is not None else ""
    if not shows or not title:
        return []
    evidence = (src.evidence(heading),) if heading is not None else ()
    return [
        Detection(
            "booking",
            title,
            {"source": "list", "list": True},
            0.75,
            evidence,
            f"{src.path}:{component}",
        )
    ]


# "Appointments (12)" -> "Appointments": a count beside a title is no part of it
_COUNT = re.compile(r"\(\s*\d*\s*\)|\d+")


def _titled_blocks(
    src: SourceFile, node: Node, component: str, found: list[Detection]
) -> list[Detection]:
    """A card titled only by a records word ("Bookinger", "Appointments (3)") above the rows it
    maps: a list of those records, wherever the card sits on the page."""
    out: list[Detection] = []
    have = {d.type_key for d in found if d.component == f"{src.path}:{component}"}
    for heading in src.headings_within(node):
        if src.in_map_callback(heading):
            continue
        title = jsx.title_text(heading, src)
        bare = " ".join(_COUNT.sub(" ", title).split())
        type_key = next(
            (k for k, p in LIST_TITLES.items() if (m := p.fullmatch(bare)) and m.group(0)), None
        )
        if type_key is None or type_key in have or type_key == "event":
            continue  # events are listed by the page's own title, or found one by one
        if not _rows_below(src, heading):
            continue
        have.add(type_key)
        out.append(
            Detection(
                type_key,
                bare,
                {"source": "list", "list": True, "_section": True},
                0.75,
                (src.evidence(heading),),
                f"{src.path}:{component}",
            )
        )
    return out


def _rows_below(src: SourceFile, heading: Node) -> bool:
    """True when the block around the heading maps rows after it (climbing a few levels)."""
    ranges: list[tuple[int, int]] = src.cached("sorted_maps", lambda: sorted(src.map_callbacks))
    after = ranges[bisect.bisect_left(ranges, (heading.end_byte, -1)) :]
    current: Node | None = heading
    for _ in range(4):
        current = jsx.jsx_parent(current, src) if current is not None else None
        if current is None:
            return False
        for start, end in after:
            if start >= current.end_byte:
                break
            if end <= current.end_byte:
                return True
    return False


def _renders_items(src: SourceFile, node: object) -> bool:
    return any(src.in_map_callback(el) for el in src.jsx_within(node))  # type: ignore[arg-type]


def fold_lists(found: list[Detection], titled: list[Detection]) -> list[Detection]:
    """A page titled "My Bookings" and the sample rows it shows are one list: the title names it,
    the rows become its items."""
    out = list(found)
    for det in titled:
        if det.fields.get("_section") and any(
            d.type_key == det.type_key and d.evidence and d.evidence[0].path == det.evidence[0].path
            for d in out
        ):
            continue  # a section over sample rows: the rows are found, each by its own name
        if det.type_key == "event" and any(
            d.type_key == "event" and d.evidence and d.evidence[0].path == det.evidence[0].path
            for d in out
        ):
            continue  # the events are named on the page already; the title adds no record
        people = [
            d
            for d in out
            if d.type_key == det.type_key == "contact"
            and d.fields.get("source") == "data"
            and d.evidence
            and det.evidence
            and d.evidence[0].path == det.evidence[0].path
        ]
        if people:
            # the sample clients of a "Customers" page are that list's rows, not three CRM lists
            out = [d for d in out if d not in people]
            det = Detection(
                det.type_key,
                det.name,
                {**det.fields, "items": [n for d in people for n in _row_names(d)]},
                det.confidence,
                det.evidence,
                det.component,
            )
        same = next(
            (
                i
                for i, d in enumerate(out)
                if d.type_key == det.type_key
                and d.fields.get("list")
                and d.evidence
                and det.evidence
                and d.evidence[0].path == det.evidence[0].path
            ),
            None,
        )
        if same is None:
            out.append(det)
            continue
        rows = out[same]
        out[same] = Detection(
            det.type_key,
            det.name,
            {**rows.fields, **det.fields, "items": rows.fields.get("items", [])},
            max(det.confidence, rows.confidence),
            (*det.evidence, *rows.evidence),
            det.component,
        )
    return out


def _row_names(det: Detection) -> list[str]:
    """The names a list detection holds, or the detection's own name for a single record."""
    items = det.fields.get("items")
    if det.fields.get("list") and isinstance(items, list):
        return [str(n) for n in items]
    return [det.name]
