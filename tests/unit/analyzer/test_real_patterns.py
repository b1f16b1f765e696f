"""Shapes seen in public v0 projects, replayed on small projects written for these tests.

tests/data/real_patterns/ holds them; each README says what it exercises. Every test names the
failure class from issue 12 it guards against.
"""

from __future__ import annotations

from functools import cache

from analyzer_support import DATA

from l4ydesk.core.analyzer import AnalysisReport, analyze_files, load_project
from l4ydesk.core.analyzer.confidence import SURE_THRESHOLD


@cache
def _report(name: str) -> AnalysisReport:
    return analyze_files(load_project(DATA / "real_patterns" / name))


def _names(name: str, type_key: str) -> set[str]:
    return {d.name for d in _report(name).of_type(type_key)}


def test_spanish_field_names_and_json_the_page_fetches_are_products() -> None:
    products = {d.name: d for d in _report("zapateria").of_type("product")}
    assert products["Maratón Pro"].fields["price"] == "139.00"
    assert {"Cordones reflectantes", "Plantillas de gel"} <= set(products)
    # a JSON file nothing reads is not the catalog, and chart points are figures, not items
    assert "Calcetines técnicos" not in products
    assert len([n for n in products if n == "Trail Ligera 3"]) == 1


def test_leftover_component_no_route_imports_offers_no_products() -> None:
    # round 12's settled point: priced items no page renders are not products
    assert not [d for d in _report("zapateria").of_type("product") if d.name == "Pack Invierno"]
    sure = [d for d in _report("zapateria").of_type("product") if d.name == "Maratón Pro"]
    assert sure[0].confidence >= SURE_THRESHOLD


def test_icon_named_calendar_sign_in_and_coupon_box_are_no_forms() -> None:
    forms = _names("zapateria", "form")
    assert forms == {"お問い合わせ"}
    assert _names("zapateria", "contact") == {"お問い合わせ"}


def test_cart_with_an_unwired_spanish_checkout_button_is_a_checkout() -> None:
    (checkout,) = _report("zapateria").of_type("checkout")
    assert checkout.name == "Tu carrito"


def test_bare_ampersands_are_no_syntax_errors() -> None:
    assert _report("zapateria").problems == ()
    assert _report("reventa").problems == ()


def test_nested_and_id_keyed_records_are_found_once_per_language() -> None:
    assert _names("reventa", "event") == {
        "Noche de Jazz en el Puerto",
        "Feria del Libro Antiguo",
        "Cerámica para principiantes",
        "Encuadernación japonesa",
    }
    products = _names("reventa", "product")
    assert {"Doble con vistas", "Suite Torre", "Individual Bosque"} <= products
    assert {"Básico", "Viajero"} <= products
    assert not {"Basic", "Traveller", "Casa del Faro"} & products


def test_search_bar_with_dates_is_neither_form_nor_booking() -> None:
    assert "Buscar alojamiento" not in _names("reventa", "form")
    assert _names("reventa", "booking") == {"Reserva tu habitación"}


def test_storing_a_booking_is_no_workflow_sending_an_email_is() -> None:
    (flow,) = _report("reventa").of_type("workflow")
    assert flow.name == "Suscríbete al boletín"
    assert "send_email" in flow.fields["step_kinds"]


def test_invoice_editor_from_state_and_inputs_is_an_invoice() -> None:
    assert _names("reventa", "invoice") == {"Nueva factura"}


def test_a_closing_tag_naming_another_element_is_a_syntax_error() -> None:
    # the grammar pairs `<div>` with `</section>` without a word; every compiler refuses it
    page = (
        b"export default function Home() {\n"
        b"  return (\n"
        b"    <section>\n"
        b"      <div className='card'>\n"
        b"        <h2>Summer camp</h2>\n"
        b"      </section>\n"
        b"    </div>\n"
        b"  )\n"
        b"}\n"
    )
    (problem,) = analyze_files({"app/page.tsx": page}).problems
    assert (problem.kind, problem.line) == ("syntax_error", 3)
    sound = page.replace(b"</section>\n    </div>", b"</div>\n    </section>")
    assert analyze_files({"app/page.tsx": sound}).problems == ()
    fragments = b"export const A = () => <><Card.Header>x</Card.Header></>\n"
    assert analyze_files({"components/a.tsx": fragments}).problems == ()
