"""Rule: local images the code names but the app does not have point at a placeholder that
exists (a static import of a missing file fails the build; a missing `/public` path is a broken
image on the live site)."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from tree_sitter import Node

from l4ydesk.core.analyzer.syntax import SourceFile
from l4ydesk.core.publish.compat.model import FileSet, RuleChange
from l4ydesk.core.publish.compat.modules import all_imports, parsed
from l4ydesk.core.publish.compat.project import app_of, relative_path, resolve
from l4ydesk.resource_paths import resource

RULE = "local-images"
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg", ".ico")
PLACEHOLDER = "public/placeholder.svg"
# A quoted site-root path to an image, with an optional query (v0 writes
# "/placeholder.svg?height=400&width=600"); protocol-relative URLs ("//cdn…") are not local.
_PUBLIC_IMAGE = re.compile(
    rb"""(?P<q>["'`])(?P<path>/(?!/)[^"'`\s?#$]+\.(?:png|jpe?g|gif|webp|avif|svg|ico))"""
    rb"""(?P<query>\?[^"'`\s$]*)?(?P=q)""",
    re.IGNORECASE,
)

_JSX_IMAGE_ATTRIBUTES = frozenset({"src", "poster"})
_IMAGE_KEY = re.compile(
    r"im(a)?g|photo|picture|avatar|logo|thumb|cover|banner|poster|src|background|hero|gallery",
    re.IGNORECASE,
)
_METADATA_KEYS = frozenset({"openGraph", "twitter", "icons", "manifest", "appleWebApp"})


def placeholder_for(fs: FileSet, path: str, written: list[str]) -> str:
    """The app's placeholder of the same kind (public/placeholder.jpg for a .jpg), else its
    public/placeholder.svg, written from the bundled one when the app has none."""
    suffix = PurePosixPath(path).suffix.lower()
    same_kind = f"public/placeholder{suffix}"
    if same_kind in fs.files:
        return same_kind
    if PLACEHOLDER not in fs.files:
        fs.write(PLACEHOLDER, resource("compat", "placeholder.svg").read_bytes())
        written.append(PLACEHOLDER)
    return PLACEHOLDER


def fix_images(fs: FileSet) -> list[RuleChange]:
    edits: dict[str, list[tuple[int, int, str]]] = {}
    written: list[str] = []
    for imp in all_imports(fs):
        if not imp.spec.lower().split("?")[0].endswith(IMAGE_SUFFIXES):
            continue
        target = resolve(fs, imp.path, imp.spec)
        if target.kind != "local" or target.resolved is not None or target.candidate is None:
            continue
        placeholder = placeholder_for(fs, target.candidate, written)
        spec = _spec_like(imp.spec, imp.path, placeholder)
        edits.setdefault(imp.path, []).append((imp.source_start + 1, imp.source_end - 1, spec))
    for path in app_of(fs).sources:
        for start, end, site_path in shown_images(fs, path):
            public = "public/" + site_path.lstrip("/")
            if public in fs.files or _served_by_app_dir(fs, site_path):
                continue
            placeholder = placeholder_for(fs, public, written)
            # Keep v0's size hints (`?height=400&width=600`): the placeholder honours them.
            new = "/" + placeholder.removeprefix("public/")
            edits.setdefault(path, []).append((start, end, new))
    changes: list[RuleChange] = []
    for path, spans in sorted(edits.items()):
        data = fs.files[path]
        old: set[str] = set()
        for start, end, new in sorted(set(spans), reverse=True):
            old.add(data[start:end].decode("utf-8", errors="replace"))
            data = data[:start] + new.encode("utf-8") + data[end:]
        fs.write(path, data)
        shown = ", ".join(sorted(old)[:5]) + ("…" if len(old) > 5 else "")
        changes.append(
            RuleChange(
                RULE,
                f"{path}: {len(old)} image path(s) name files the app does not have ({shown}); "
                "they now show the placeholder.",
                (path, *(written if not changes else [])),
            )
        )
    return changes


def shown_images(fs: FileSet, path: str) -> list[tuple[int, int, str]]:
    """Site-root image paths the page shows: a JSX `src`/`poster`, or the value of an
    image-like property (`image: "/mug.jpg"`, `images: ["/a.jpg"]`) outside page metadata
    (icons and Open Graph images are links, not content). (start, end, path) byte spans."""
    src = parsed(fs, path)
    if src is None or not _PUBLIC_IMAGE.search(src.source):
        return []
    found: list[tuple[int, int, str]] = []
    stack = [src.tree.root_node]
    while stack:
        node = stack.pop()
        if node.type in ("string", "template_string"):
            match = _PUBLIC_IMAGE.fullmatch(src.source[node.start_byte : node.end_byte])
            if match and _is_content_image(src, node):
                found.append(
                    (
                        node.start_byte + match.start("path"),
                        node.start_byte + match.end("path"),
                        match.group("path").decode("utf-8", "replace"),
                    )
                )
            continue
        stack.extend(node.children)
    return found


def _is_content_image(src: SourceFile, node: Node) -> bool:
    parent = node.parent
    if parent is not None and parent.type == "jsx_attribute":
        return src.text(parent.named_children[0]) in _JSX_IMAGE_ATTRIBUTES
    if parent is not None and parent.type == "array":
        parent = parent.parent
    if parent is None or parent.type != "pair":
        return False
    key = parent.child_by_field_name("key")
    if key is None or not _IMAGE_KEY.search(src.text(key)):
        return False
    ancestor = parent.parent
    for _ in range(8):  # metadata objects are shallow; stop climbing well before the root
        if ancestor is None:
            break
        if ancestor.type == "pair":
            outer = ancestor.child_by_field_name("key")
            if outer is not None and src.text(outer).strip("'\"") in _METADATA_KEYS:
                return False
        if ancestor.type == "variable_declarator":
            name = ancestor.child_by_field_name("name")
            if name is not None and src.text(name) == "metadata":
                return False
        ancestor = ancestor.parent
    return True


def _served_by_app_dir(fs: FileSet, site_path: str) -> bool:
    """Next.js serves app/favicon.ico, app/icon.png and the like at the site root."""
    name = site_path.lstrip("/")
    return "/" not in name and any(f"{root}{name}" in fs.files for root in ("app/", "src/app/"))


def _spec_like(spec: str, importer: str, placeholder: str) -> str:
    """An import specifier for the placeholder, in the same style as the broken one."""
    if spec.startswith("@/"):
        return "@/" + placeholder
    if spec.startswith("/"):
        return "/" + placeholder.removeprefix("public/")
    return relative_path(importer, placeholder)
