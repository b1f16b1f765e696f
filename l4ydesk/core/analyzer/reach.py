"""Which files the running app can show: routes, and what they import, transitively; and
whether sample rows in a data module ever reach a file that renders them.

v0 leaves old copies behind (`page-old.tsx`, `card-new.tsx`, a component nobody imports);
what those files describe is nothing the app shows, so it is not offered. Rows in a
module no rendering file takes values from (a mock database behind a mock API) are the app's
stored records, listed where a page loads them, not records of their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from l4ydesk.core.analyzer.literals import string_value
from l4ydesk.core.analyzer.model import Detection
from l4ydesk.core.analyzer.providers import only_providers
from l4ydesk.core.analyzer.routing import is_project_spec, resolve_spec
from l4ydesk.core.analyzer.shown_rows import PropRows, ShownRows
from l4ydesk.core.analyzer.syntax import SourceFile

# files Next.js (app or pages router) runs by their name and place
_ENTRY = re.compile(
    r"(^|/)(src/)?app/(.*/)?(page|layout|template|route|default|loading|error|not-found)"
    r"\.(tsx|ts|jsx|js|mjs)$"
    r"|(^|/)(src/)?pages/(?!.*(^|/)_).*\.(tsx|ts|jsx|js)$"
    r"|(^|/)(src/)?(middleware|instrumentation)\.(ts|js)$"
    r"|(^|/)(src/)?(App|main|index)\.(tsx|jsx|ts|js)$"
)


def is_entry(path: str) -> bool:
    return bool(_ENTRY.search(path))


def reachable(imports: Sequence[tuple[str, Iterable[str]]]) -> set[str]:
    """Paths reachable from the app's entry files through project imports.

    `imports` pairs each analyzed file with the project import specifiers it uses. A project
    without any entry file (a folder of components) counts as reachable everywhere.
    """
    paths = {path for path, _ in imports}
    specs = {path: list(found) for path, found in imports}
    todo = [p for p in paths if is_entry(p)]
    if not todo:
        return paths
    seen = set(todo)
    while todo:
        path = todo.pop()
        for spec in specs.get(path, ()):
            target = resolve_spec(path, spec, paths)
            if target is not None and target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


def offered(det: Detection, shown: set[str]) -> Detection | None:
    """The detection as Connect offers it, given the files a route shows (`reachable`).

    Only a leftover file says it (a `contact-old.tsx`, a purchase card, a pricing section or a
    list of events no page places): nobody can fill its form in, press its button or see what
    it lists (issue 12's round-5 and round-12 points: components no route renders are not
    labelled, priced items no page renders are not products), so it is None. JSON evidence
    stands, as a JSON file counts only when code the app runs reads it. A workflow starts
    where its first evidence is (the form or button a person uses, or a route): the route a
    leftover form posts to does not make that form's workflow run."""
    if det.type_key == "workflow" and det.evidence and not is_shown(det.evidence[0].path, shown):
        return None
    if not det.evidence or any(is_shown(e.path, shown) for e in det.evidence):
        return det
    return None


def is_shown(path: str, shown: set[str]) -> bool:
    """A file a route shows, or data (JSON counts where code the app runs reads it)."""
    return path in shown or path.endswith(".json")


def value_imports(src: SourceFile) -> tuple[str, ...]:
    """Project modules a file takes values from; `import type { Row }` takes none."""
    found: set[str] = set()
    for imp in src.imports:
        if any(c.type == "type" for c in imp.children):
            continue
        source = imp.child_by_field_name("source")
        spec = string_value(source, src) if source is not None else None
        if not spec or not is_project_spec(spec) or not _takes_values(imp):
            continue
        found.add(spec)
    return tuple(sorted(found))


def re_exports(src: SourceFile) -> tuple[tuple[str, str], ...]:
    """(specifier, name) of what a module hands on from another (`export * from "./products"`,
    `export { items } from "./menu"`): a barrel's importers reach those modules through it;
    "*" for every name."""
    if b"from" not in src.source:
        return ()
    found: set[tuple[str, str]] = set()
    for statement in src.tree.root_node.named_children:
        source = statement.child_by_field_name("source")
        if statement.type != "export_statement" or source is None:
            continue
        spec = string_value(source, src)
        if not spec or not is_project_spec(spec):
            continue
        clause = next((c for c in statement.named_children if c.type == "export_clause"), None)
        if clause is None:
            found.add((spec, "*"))
            continue
        for part in clause.named_children:
            name = part.child_by_field_name("name")
            if part.type == "export_specifier" and name is not None:
                found.add((spec, src.text(name)))
    return tuple(sorted(found))


def lazy_imports(src: SourceFile) -> set[str]:
    """Project modules a file loads when it runs (`dynamic(() => import("@/components/x"))`,
    `lazy(() => import("./x"))`): a page shows them as surely as what it imports at the top."""
    found: set[str] = set()
    for call in src.calls:
        fn = call.child_by_field_name("function")
        args = call.child_by_field_name("arguments")
        if fn is None or fn.type != "import" or args is None or not args.named_children:
            continue
        spec = string_value(args.named_children[0], src)
        if spec and is_project_spec(spec):
            found.add(spec)
    return found


def _takes_values(imp: object) -> bool:
    clause = next((c for c in imp.named_children if c.type == "import_clause"), None)  # type: ignore[attr-defined]
    if clause is None:
        return False  # `import "./styles.css"`: a side effect, no values
    for part in clause.named_children:
        if part.type != "named_imports":
            return True  # a default or namespace import
        if any(
            spec.type == "import_specifier" and not any(c.type == "type" for c in spec.children)
            for spec in part.named_children
        ):
            return True
    return False


@dataclass(frozen=True)
class FileUse:
    """What `rendered_data` needs to know of a file."""

    path: str
    renders: bool
    value_imports: tuple[str, ...]
    waits: bool = False
    shown: tuple[ShownRows, ...] = ()
    props: tuple[PropRows, ...] = ()
    names: tuple[tuple[str, str], ...] = ()


def taken_names(imports: dict[str, tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """(specifier, imported name) of each project import; "default" or "*" for those forms."""
    return tuple(sorted({pair for pair in imports.values() if is_project_spec(pair[0])}))


def rendered_data(detections: list[Detection], files: Sequence[FileUse]) -> list[Detection]:
    """Sample rows count only where a file that renders them takes them.

    Rows in a module that renders nothing are kept when a rendering file (or a route handler,
    which serves them to one) imports values from it. Otherwise they are what a mock database
    holds: dropped, since the pages that load them are the lists a person connects. A list of
    rows a rendering page imports joins the list that page shows under its heading.
    """
    paths = {f.path for f in files}
    detections = _previewed_bills(detections, files, paths)
    detections = [d for d in (_drawn_where(d, files, paths) for d in detections) if d is not None]
    renders = {f.path for f in files if f.renders}
    if not renders:
        return detections  # a folder of data and no view: nothing tells what is shown
    takers = _takers(files, paths)
    out: list[Detection] = []
    page_lists = {
        (d.type_key, e.path): d
        for d in detections
        if d.fields.get("source") == "list" and d.fields.get("list")
        for e in d.evidence[:1]
    }
    folded: dict[tuple[str, str], list[str]] = {}
    for det in detections:
        where = det.evidence[0].path if det.evidence else ""
        if (
            det.fields.get("source") != "data"
            or where in renders
            or where not in paths
            or where.endswith(".json")
        ):
            out.append(det)
            continue
        shown_by = takers.get(where, set())
        if not shown_by or _never_taken(det, where, files, paths):
            continue  # rows no page takes: the database behind the app's own lists
        page = next((p for p in sorted(shown_by) if (det.type_key, p) in page_lists), None)
        if det.fields.get("list") and page is not None:
            folded.setdefault((det.type_key, page), []).extend(det.fields.get("items", []))
            continue
        if det.fields.get("list"):
            uses = _uses_of(det, where, files, paths)
            if uses and all(u.choice for u in uses):
                continue  # rows only offered as options to pick: choices, not a list shown
            titled = next((u for u in uses if not u.choice and u.title and u.evidence), None)
            if titled is not None and titled.evidence is not None:
                # the list is where it is shown, named by the heading over it
                evidence = (titled.evidence, *det.evidence)
                det = replace(det, name=titled.title, evidence=evidence)
        out.append(det)
    return [_with_items(d, folded) for d in out]


def _previewed_bills(
    detections: list[Detection], files: Sequence[FileUse], paths: set[str]
) -> list[Detection]:
    """A bill document drawn by a file that holds an invoice of its own (the editor that fills
    it in) is that invoice's preview, not a second invoice."""
    documents = {
        e.path
        for d in detections
        if d.type_key == "invoice" and d.fields.get("source") == "document"
        for e in d.evidence[:1]
    }
    if not documents:
        return detections
    billed = {
        e.path
        for d in detections
        if d.type_key == "invoice" and d.fields.get("source") != "document"
        for e in d.evidence[:1]
    }
    previewed = {
        target
        for f in files
        if f.path in billed
        for spec in f.value_imports
        if (target := resolve_spec(f.path, spec, paths)) in documents
    }
    return [
        d
        for d in detections
        if not (d.fields.get("source") == "document" and d.evidence[0].path in previewed)
    ]


def _takers(files: Sequence[FileUse], paths: set[str]) -> dict[str, set[str]]:
    """For each module, the rendering files (or route handlers) its values reach: directly, or
    handed on by modules that render nothing (a store), but not through a module that waits on
    purpose before answering (a mock API's simulated latency: what it serves is loaded)."""
    importers: dict[str, set[str]] = {}
    for f in files:
        for spec in f.value_imports:
            target = resolve_spec(f.path, spec, paths)
            names = (n for s, n in f.names if s == spec)
            if target is not None and target != f.path and not only_providers(names):
                importers.setdefault(target, set()).add(f.path)
    by_path = {f.path: f for f in files}
    found: dict[str, set[str]] = {}
    for start in importers:
        seen = {start}
        todo = [start]
        shown: set[str] = set()
        while todo:
            for taker in importers.get(todo.pop(), ()):
                use = by_path[taker]
                if taker in seen:
                    continue
                seen.add(taker)
                if use.renders or _ROUTE.search(taker):
                    shown.add(taker)
                elif not use.waits:
                    todo.append(taker)
        found[start] = shown
    return found


# `await delay(500)`, `new Promise((r) => setTimeout(r, ms))`: a pause written on purpose,
# whatever the helper is called
_PAUSE = re.compile(
    rb"\bawait\s+[\w$.]+\(\s*\d{2,}\s*\)"
    rb"|new\s+Promise\s*\(\s*\(?\s*\w*\s*\)?\s*=>\s*\{?\s*setTimeout\("
)


def waits_on_purpose(source: bytes) -> bool:
    """True when a module pauses before answering: it plays a server."""
    return bool(_PAUSE.search(source))


def _drawn_where(det: Detection, files: Sequence[FileUse], paths: set[str]) -> Detection | None:
    """A list a page loads and hands to a component of its own is that component's list, named
    by the heading over the rows it maps (`<Featured properties={rows} />`)."""
    handed = det.fields.get("_handed")
    if not isinstance(handed, list) or not det.evidence:
        return det
    spec, name, attr = (str(part) for part in handed)
    target = resolve_spec(det.evidence[0].path, spec, paths)
    drawn = next(
        (
            rows
            for f in files
            if f.path == target
            for rows in f.props
            if rows.prop == attr and (rows.component == name or name == "default")
        ),
        None,
    )
    if drawn is None:
        return det if det.name else None  # unnamed and drawn nowhere we can read: no list
    return replace(det, name=drawn.title, evidence=(drawn.evidence, *det.evidence))


def _never_taken(det: Detection, where: str, files: Sequence[FileUse], paths: set[str]) -> bool:
    """True when rows a data module exports (and never uses itself) are imported by nobody:
    its importers take other things from it (`import { toppings }` beside unused `pizzas`)."""
    var = det.fields.get("_export")
    if not isinstance(var, str):
        return False
    taken = {
        name for f in files for spec, name in f.names if resolve_spec(f.path, spec, paths) == where
    }
    return bool(taken) and not taken & {var, "default", "*"}


def _uses_of(
    det: Detection, where: str, files: Sequence[FileUse], paths: set[str]
) -> list[ShownRows]:
    """How the files that import a data list's rows map them."""
    var = det.fields.get("_data")
    return [
        use
        for f in files
        for use in f.shown
        if use.name in (var, "default", "*") and resolve_spec(f.path, use.spec, paths) == where
    ]


def _with_items(det: Detection, folded: dict[tuple[str, str], list[str]]) -> Detection:
    slot = (det.type_key, det.evidence[0].path) if det.evidence else None
    if slot not in folded or det.fields.get("source") != "list":
        return det
    items = [*det.fields.get("items", []), *folded.pop(slot)]
    return replace(det, fields={**det.fields, "items": items})


_ROUTE = re.compile(r"(^|/)(src/)?(app/(.*/)?route\.(ts|js)|pages/api/)")
