"""Rule: a module rendered as a Server Component that uses hooks or event handlers gets
`"use client"` (Next.js refuses hooks there, or fails while prerendering)."""

from __future__ import annotations

import re
from collections import deque
from pathlib import PurePosixPath

from tree_sitter import Node

from l4ydesk.core.analyzer.syntax import SourceFile
from l4ydesk.core.publish.compat.model import FileSet, RuleChange
from l4ydesk.core.publish.compat.modules import Import, imports_of, parsed
from l4ydesk.core.publish.compat.project import app_of, resolve

RULE = "use-client"
# Next.js's list of React APIs a Server Component may not import, plus useContext, which
# fails at render time instead.
CLIENT_REACT = frozenset(
    [
        "Component",
        "PureComponent",
        "createContext",
        "createFactory",
        "useActionState",
        "useContext",
        "useDeferredValue",
        "useEffect",
        "useImperativeHandle",
        "useInsertionEffect",
        "useLayoutEffect",
        "useOptimistic",
        "useReducer",
        "useRef",
        "useState",
        "useSyncExternalStore",
        "useTransition",
        "experimental_useOptimistic",
    ]
)
CLIENT_IMPORTS = {
    "react-dom": frozenset({"useFormStatus", "useFormState"}),
    "next/navigation": frozenset(
        [
            "useRouter",
            "usePathname",
            "useSearchParams",
            "useParams",
            "useSelectedLayoutSegment",
            "useSelectedLayoutSegments",
            "useServerInsertedHTML",
        ]
    ),
}
# A module that exports these, or reads server-only APIs, cannot become a client module.
_SERVER_EXPORTS = frozenset(
    [
        "metadata",
        "generateMetadata",
        "viewport",
        "generateViewport",
        "generateStaticParams",
        "revalidate",
        "dynamic",
        "dynamicParams",
        "runtime",
        "preferredRegion",
        "maxDuration",
        "fetchCache",
    ]
)
_SERVER_ONLY = ("server-only", "next/headers", "next/cache", "fs", "node:", "path", "crypto")
_ENTRY = re.compile(
    r"(^|/)app/(.*/)?(page|layout|template|not-found|loading|default)\.(tsx|ts|jsx|js)$"
)
_HOOK = re.compile(r"use[A-Z]\w*")
_HANDLER = re.compile(r"on[A-Z]\w*")


def server_entries(fs: FileSet) -> list[str]:
    return [p for p in app_of(fs).sources if _ENTRY.search(p) and not p.startswith("pages/")]


def add_use_client(fs: FileSet) -> list[RuleChange]:
    changes: list[RuleChange] = []
    queue = deque(server_entries(fs))
    seen = set(queue)
    while queue:
        path = queue.popleft()
        src = parsed(fs, path)
        if src is None or src.has_directive("use client") or src.has_directive("use server"):
            continue
        imports = imports_of(fs, path)
        reason = client_reason(src, imports)
        if reason is not None and _can_be_client(src, imports):
            text = fs.text(path) or ""
            bom = "\ufeff" if text.startswith("\ufeff") else ""  # the directive goes after it
            fs.write(path, bom + '"use client";\n\n' + text[len(bom) :])
            changes.append(
                RuleChange(
                    RULE,
                    f'{path}: added "use client": it {reason} but was rendered as a Server '
                    "Component.",
                    (path,),
                )
            )
            continue  # its imports are client modules now
        for imp in imports:
            if imp.type_only:
                continue
            target = resolve(fs, path, imp.spec)
            if target.resolved is not None and target.resolved not in seen:
                seen.add(target.resolved)
                queue.append(target.resolved)
    return changes


def client_reason(src: SourceFile, imports: list[Import]) -> str | None:
    """Why the module must run on the client (a phrase), or None when it need not."""
    react_names: set[str] = set()
    custom_hooks: set[str] = set()
    for imp in imports:
        if imp.type_only:
            continue
        if imp.spec == "react":
            for exported, _local in imp.names:
                if exported in CLIENT_REACT:
                    return f"imports {exported} from react"
            react_names.update(n for n in (imp.default, imp.namespace) if n)
        elif imp.spec in CLIENT_IMPORTS:
            for exported, _ in imp.names:
                if exported in CLIENT_IMPORTS[imp.spec]:
                    return f"imports {exported} from {imp.spec}"
        elif imp.spec == "next/router":
            return "imports next/router"
        custom_hooks.update(local for _, local in imp.names if _HOOK.fullmatch(local))
        if imp.default and _HOOK.fullmatch(imp.default):
            custom_hooks.add(imp.default)
    for call in src.calls:
        fn = call.child_by_field_name("function")
        if fn is None:
            continue
        if fn.type == "member_expression":
            obj = fn.child_by_field_name("object")
            prop = fn.child_by_field_name("property")
            if (
                obj is not None
                and prop is not None
                and src.text(obj) in react_names
                and src.text(prop) in CLIENT_REACT
            ):
                return f"calls {src.text(obj)}.{src.text(prop)}"
        elif fn.type == "identifier" and src.text(fn) in custom_hooks:
            return f"calls the hook {src.text(fn)}"
    handler = _first_handler(src)
    if handler is not None:
        return f"passes an event handler ({handler})"
    return None


def _first_handler(src: SourceFile) -> str | None:
    for element in src.jsx:
        opening = element if element.type == "jsx_self_closing_element" else element.child(0)
        if opening is None:
            continue
        for attr in opening.named_children:
            if attr.type != "jsx_attribute" or attr.named_child_count < 2:
                continue
            name, value = attr.named_children[0], attr.named_children[1]
            if _HANDLER.fullmatch(src.text(name)) and value.type == "jsx_expression":
                return src.text(name)
    return None


def _can_be_client(src: SourceFile, imports: list[Import]) -> bool:
    if any(imp.spec.startswith(_SERVER_ONLY) for imp in imports if not imp.type_only):
        return False
    for child in src.tree.root_node.children:
        if child.type != "export_statement":
            continue
        if any(c.type == "default" for c in child.children) and _is_async(child):
            return False
        for name in _exported_names(src, child):
            if name in _SERVER_EXPORTS:
                return False
    return not PurePosixPath(src.path).name.startswith("route.")


def _is_async(export: Node) -> bool:
    decl = export.child_by_field_name("declaration") or export.child_by_field_name("value")
    return decl is not None and any(c.type == "async" for c in decl.children)


def _exported_names(src: SourceFile, export: Node) -> list[str]:
    names: list[str] = []
    decl = export.child_by_field_name("declaration")
    if decl is not None:
        if decl.type in ("lexical_declaration", "variable_declaration"):
            for d in decl.named_children:
                name = d.child_by_field_name("name")
                if d.type == "variable_declarator" and name is not None:
                    names.append(src.text(name))
        else:
            name = decl.child_by_field_name("name")
            if name is not None:
                names.append(src.text(name))
    for clause in export.named_children:
        if clause.type == "export_clause":
            for spec in clause.named_children:
                alias = spec.child_by_field_name("alias") or spec.child_by_field_name("name")
                if alias is not None:
                    names.append(src.text(alias))
    return names
