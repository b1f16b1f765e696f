"""Tells an admin editor of the site's own content blocks (a slide, a footer link, a tip) from
the entry of a business record, by what its fields are for."""

from __future__ import annotations

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.forms import FoundForm
from l4ydesk.core.analyzer.literals import unwrap
from l4ydesk.core.analyzer.syntax import SourceFile
from l4ydesk.core.analyzer.values import words


def edits_site_content(form: FoundForm) -> bool:
    """Every field presents something (a title, a text, an image, a link, an icon) and one
    arranges it on the page (its display order, its alt text, an icon, a visible/active switch):
    an admin editor of the site's own content blocks, not the entry of a business record. A
    name, a price, a date or a phone makes it a record."""
    publishes = bool(_PUBLISHES & set(words(form.submit_label or "")))
    if not form.fields or any(
        f.type not in _PRESENTING_TYPES and not (publishes and _until(f.type, f.name))
        for f in form.fields
    ):
        return False
    # an upload presents an image whatever its input is called; digits only number inputs
    said = [
        {w for w in words(f.name) if not w.isdigit()} if f.type != "file" else {"file"}
        for f in form.fields
        # a post sent out with "Publish" may pick who sees it or where it is filed (audience,
        # category): a picker does not make it a record
        if not (publishes and (f.type in _PICKERS or _until(f.type, f.name)))
    ]
    if not said or not all(w <= _PRESENTS for w in said):
        return False
    # a title and a text sent out with "Publish" is a post or an announcement on the site
    return any(w & _ARRANGES for w in said) or publishes


_PICKERS = frozenset({"select", "checkbox"})


def binds_site_text(src: SourceFile, form: FoundForm) -> bool:
    """Half or more of its inputs show and change a member of one object named for the site's
    content (`content.address`, `aboutContent.mission`, `content[key]`): an admin editor of the
    page's own text (a centre's address, its opening hours), saved whole, not a record entered.
    Its fields may well be an e-mail or a phone: whose they are is the site's, not a customer's."""
    roots = [_bound_root(f.node, src) for f in form.fields if f.node is not None]
    said = sum(1 for r in roots if r is not None and set(words(r)[-1:]) & _CONTENT)
    return said > 0 and 2 * said >= len(form.fields)


def _bound_root(el: Node, src: SourceFile) -> str | None:
    """The object whose member an input is bound to: `String(content[k] || "")` -> content."""
    value = next(
        (v for a in ("value", "defaultValue", "checked") if (v := jsx.attr_expression(el, a, src))),
        None,
    )
    while value is not None:
        value = unwrap(value)
        if value.type == "call_expression":
            args = value.child_by_field_name("arguments")
            named = [] if args is None else args.named_children
            value = named[0] if len(named) == 1 else None
        elif value.type == "binary_expression":
            value = value.child_by_field_name("left")
        else:
            break
    if value is None or value.type not in ("member_expression", "subscript_expression"):
        return None
    while value.type in ("member_expression", "subscript_expression"):
        inner = value.child_by_field_name("object")
        if inner is None:
            return None
        value = unwrap(inner)
    return src.text(value) if value.type == "identifier" else None


# the last word of an object holding the site's text blocks (code names are mostly English)
_CONTENT = frozenset(
    {"content", "contents", "contenido", "conteudo", "contenu", "inhalt", "contenuto", "inhoud"}
)


def _until(kind: str, name: str) -> bool:
    """A post's own end date ("expires on"): how long it shows, not a day of a record."""
    return kind == "date" and bool(set(words(name)) & {"expires", "expiry", "expire", "until"})


# a submit button putting a text on the site, not storing a record
_PUBLISHES = frozenset(
    {"publish", "post", "publicar", "publier", "veroffentlichen", "veröffentlichen", "pubblica"}
    | {"publiceren", "publique", "yayınla", "yayinla"}
)


_PRESENTING_TYPES = frozenset({"text", "textarea", "file", "url", "number", "checkbox", "select"})
# words of a field that places a block on the page (code names are mostly English; the few
# other languages cover inputs named from their labels)
_ARRANGES = frozenset(
    [
        "icon",
        "icono",
        "icone",
        "ícone",
        "sort",
        "order",
        "ordem",
        "orden",
        "ordre",
        "ordine",
        "reihenfolge",
        "position",
        "posicao",
        "posición",
        "alt",
        "active",
        "ativo",
        "activo",
        "attivo",
        "actif",
        "aktiv",
        "visible",
        "visivel",
        "visível",
        "published",
        "publicado",
        "enabled",
    ]
)
_PRESENTS = _ARRANGES | frozenset(
    [
        "is",
        "show",
        "title",
        "titulo",
        "título",
        "titre",
        "titel",
        "titolo",
        "subtitle",
        "subtitulo",
        "subtítulo",
        "sous",
        "heading",
        "headline",
        "label",
        "value",
        "content",
        "conteudo",
        "conteúdo",
        "contenido",
        "contenu",
        "inhalt",
        "description",
        "descricao",
        "descrição",
        "descripcion",
        "descripción",
        "texte",
        "texto",
        "text",
        "body",
        "caption",
        "image",
        "images",
        "img",
        "imagem",
        "imagen",
        "bild",
        "immagine",
        "photo",
        "foto",
        "picture",
        "url",
        "link",
        "href",
        "enlace",
        "lien",
        "file",
        "files",
        "banner",
        "cover",
        "thumbnail",
        "step",
        "number",
        "numero",
        "número",
        "text",
    ]
)
