"""The imports of an app's source files, read with the analyzer's tree-sitter parser."""

from __future__ import annotations

from dataclasses import dataclass

from tree_sitter import Node

from l4ydesk.core.analyzer.screening import dialect_for
from l4ydesk.core.analyzer.syntax import SourceFile, parse
from l4ydesk.core.publish.compat.model import FileSet
from l4ydesk.core.publish.compat.project import app_of


@dataclass(frozen=True)
class Import:
    """One `import … from "spec"` (or `export … from`, `import()`, `require()`)."""

    path: str  # the importing file
    spec: str
    names: tuple[tuple[str, str], ...]  # (exported name, local name) of `{ a, b as c }`
    default: str | None
    namespace: str | None
    type_only: bool
    line: int
    source_start: int  # byte range of the string literal, quotes included
    source_end: int
    start: int  # byte range of the whole statement
    end: int


def parsed(fs: FileSet, path: str) -> SourceFile | None:
    """The parsed file (cached per content), or None for non-script or non-UTF-8 files."""
    data = fs.files.get(path)
    dialect = dialect_for(path)
    if data is None or dialect is None:
        return None
    store: dict[str, tuple[bytes, SourceFile]] = fs.cached("parsed-store", dict)
    hit = store.get(path)
    if hit is not None and hit[0] is data:
        return hit[1]
    source = parse(path, data, dialect)
    store[path] = (data, source)
    return source


def imports_of(fs: FileSet, path: str) -> list[Import]:
    src = parsed(fs, path)
    if src is None:
        return []
    found: list[Import] = []
    for child in src.tree.root_node.children:
        if child.type in ("import_statement", "export_statement"):
            item = _statement(src, child)
            if item is not None:
                found.append(item)
    for call in src.calls:
        item = _dynamic(src, call)
        if item is not None:
            found.append(item)
    return found


def all_imports(fs: FileSet) -> list[Import]:
    """Every import of every source file of the app (cached until the next write)."""

    def build() -> list[Import]:
        return [imp for path in app_of(fs).sources for imp in imports_of(fs, path)]

    result: list[Import] = fs.cached("imports", build)
    return result


def string_value(src: SourceFile, node: Node) -> str:
    return src.text(node)[1:-1]


def _statement(src: SourceFile, node: Node) -> Import | None:
    source = node.child_by_field_name("source")
    if source is None or source.type != "string":
        return None
    names: list[tuple[str, str]] = []
    default = namespace = None
    type_only = any(c.type == "type" for c in node.children)
    for clause in node.children:
        if clause.type == "import_clause":
            for part in clause.named_children:
                if part.type == "identifier":
                    default = src.text(part)
                elif part.type == "namespace_import":
                    ident = part.named_children[-1] if part.named_children else None
                    namespace = src.text(ident) if ident is not None else None
                elif part.type == "named_imports":
                    names.extend(_specifiers(src, part, "import_specifier"))
        elif clause.type == "export_clause":
            names.extend(_specifiers(src, clause, "export_specifier"))
    return Import(
        src.path,
        string_value(src, source),
        tuple(names),
        default,
        namespace,
        type_only,
        node.start_point.row + 1,
        source.start_byte,
        source.end_byte,
        node.start_byte,
        node.end_byte,
    )


def _specifiers(src: SourceFile, node: Node, kind: str) -> list[tuple[str, str]]:
    pairs = []
    for spec in node.named_children:
        if spec.type != kind:
            continue
        name = spec.child_by_field_name("name")
        alias = spec.child_by_field_name("alias")
        if name is None:
            continue
        exported = src.text(name)
        pairs.append((exported, src.text(alias) if alias is not None else exported))
    return pairs


def _dynamic(src: SourceFile, call: Node) -> Import | None:
    fn = call.child_by_field_name("function")
    args = call.child_by_field_name("arguments")
    if fn is None or args is None or not args.named_children:
        return None
    if not (fn.type == "import" or (fn.type == "identifier" and src.text(fn) == "require")):
        return None
    first = args.named_children[0]
    if first.type != "string":
        return None
    return Import(
        src.path,
        string_value(src, first),
        (),
        None,
        None,
        False,
        call.start_point.row + 1,
        first.start_byte,
        first.end_byte,
        call.start_byte,
        call.end_byte,
    )
