"""Sample rows built by a row helper of the same file (`plant(1, "Lavender", 7.5)`) are read as
the objects the helper builds (tests/data/real_round8/factory_rows), and only those."""

from __future__ import annotations

from pathlib import Path

from l4ydesk.core.analyzer import AnalysisReport, analyze_files
from l4ydesk.core.analyzer.factory_rows import MAX_PARAMS, factory_row
from l4ydesk.core.analyzer.literals import Evaluator, Unresolved
from l4ydesk.core.analyzer.syntax import parse

DATA = Path(__file__).resolve().parents[2] / "data" / "real_round8" / "factory_rows"


def _project() -> AnalysisReport:
    files = {str(p.relative_to(DATA)): p.read_bytes() for p in DATA.rglob("*.[jt]s*")}
    return analyze_files(files, calibrated=False)


def test_rows_built_by_a_helper_of_the_same_file_are_records() -> None:
    report = _project()
    products = {d.name: d for d in report.of_type("product")}
    # the helper returns an object literal: its keys, with the arguments in place of parameters
    assert {"Lavender Hidcote", "Echinacea Magnus", "Salvia Caradonna"} <= set(products)
    assert products["Echinacea Magnus"].fields["price"] == "8.00"
    assert products["Lavender Hidcote"].evidence[0].path == "lib/plants.ts"
    # the helper hands its values on: the row is read by the parameters' names
    assert products["Bypass Secateurs"].fields["sku"] == "T-100"
    # a helper imported from another file says nothing about its arguments
    assert not {"Sweet Pea Mix", "Cosmos Purity"} & set(products)
    # a function declaration that returns a renamed field (`location: place`)
    events = {d.name: d for d in report.of_type("event")}
    workshop = events["Sowing Vegetables for Beginners"]
    assert workshop.fields["location"] == "The Potting Shed"
    assert workshop.fields["date"] == "2026-03-14"


def _rows(source: bytes, dialect: str = "typescript") -> list[object]:
    src = parse("lib/rows.ts", source, dialect)  # type: ignore[arg-type]
    evaluator = Evaluator(src)
    return [factory_row(call, evaluator) for call in src.calls]


def test_defaults_fill_missing_arguments_and_only_literals_are_read() -> None:
    rows = _rows(
        b"const r = (name: string, price: number, stock = 3, note: string | null = null) =>"
        b' ({ name, price, stock, note, kind: "bulb" })\n'
        b'export const bulbs = [r("Tulip", 0.4), r(label, 0.5, 9)]\n'
    )
    assert rows[0] == {"name": "Tulip", "price": 0.4, "stock": 3, "note": None, "kind": "bulb"}
    second = rows[1]
    assert isinstance(second, dict) and second["stock"] == 9
    assert second["name"] == Unresolved("label")  # a name is running code, not a value


def test_what_is_no_row_helper_builds_no_row() -> None:
    many = ", ".join(f"a{i}" for i in range(MAX_PARAMS + 1))
    rows = _rows(
        b"const one = (name) => ({ name })\n"
        b"const shape = ({ name, price }) => ({ name, price })\n"
        b"const rest = (name, ...more) => ({ name, more })\n"
        + f"const wide = ({many}) => ({{ a0 }})\n".encode()
        + b"const twin = (a, b) => ({ a, b })\nfunction box() { const twin = (a, b) => [a, b] }\n"
        b'export const xs = [one("a"), shape({ name: "b", price: 1 }), rest("c", 1),'
        + f" wide({', '.join('1' * (MAX_PARAMS + 1))}), twin(1, 2)]\n".encode(),
        "javascript",
    )
    assert [r for r in rows if r is not None] == []
