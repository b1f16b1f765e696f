"""A big file is parsed in chunks and queried by byte ranges: the same tree and captures."""

from __future__ import annotations

from tree_sitter import Node, QueryCursor

from l4ydesk.core.analyzer import stepwise, syntax
from l4ydesk.core.analyzer.screening import dialect_for


def _big_page(rows: int) -> bytes:
    items = ",\n".join(
        f'  {{ id: {n}, name: "Chew toy {n}", price: {n % 50}.99, tags: ["dog", "toy"] }}'
        for n in range(rows)
    )
    return (
        "export const products = [\n" + items + "\n];\n\n"
        "export default function Shop() {\n"
        "  return (\n    <ul>\n"
        "      {products.map((p) => (\n"
        "        <li key={p.id} onClick={() => buy(p.id)}>{p.name} £{p.price}</li>\n"
        "      ))}\n"
        "    </ul>\n  );\n}\n"
    ).encode()


def _spans(captures: dict[str, list[Node]]) -> dict[str, list[tuple[int, int, str]]]:
    return {
        name: sorted((n.start_byte, n.end_byte, n.type) for n in nodes)
        for name, nodes in captures.items()
    }


def test_a_big_file_gives_the_same_tree_and_captures_in_steps() -> None:
    source = _big_page(3000)
    assert len(source) > 4 * stepwise.CAPTURE_RANGE  # several chunks and ranges
    dialect = dialect_for("app/shop/page.tsx")
    assert dialect is not None
    whole = syntax._parser(dialect).parse(source)
    stepped = stepwise.parse_tree(syntax._parser(dialect), source)
    assert str(stepped.root_node) == str(whole.root_node)
    expected = QueryCursor(syntax._query(dialect)).captures(whole.root_node)
    found = stepwise.captures(syntax._query(dialect), stepped.root_node)
    assert _spans(found) == _spans(expected)
    assert len(found["call"]) == len(expected["call"]) >= 2  # each call once despite the ranges
