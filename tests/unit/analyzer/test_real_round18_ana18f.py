"""Round 18, flows side (ana18f): small projects written here
(tests/data/real_round18/ana18f); each test failed before its change."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree, evidence_paths

from l4ydesk.core.analyzer import AnalysisReport

FLOWS = DATA / "real_round18" / "ana18f"


def _project(name: str) -> AnalysisReport:
    return analyze_tree(FLOWS / name, "*.tsx")


def test_a_page_that_only_empties_the_cart_is_no_checkout() -> None:
    """The thank-you page empties the basket when it opens, with no button, line or total of
    its own: it is the page shown after the order, not a purchase. The basket page with its
    lines, total and "Place order" stays the one checkout (the store it reads folded in)."""
    report = _project("emptied-cart")
    assert evidence_paths(report, "checkout") == {"app/cart/page.tsx"}
    assert len(report.of_type("checkout")) == 1


def test_a_dialogs_buttons_submit_only_what_the_dialog_asks() -> None:
    """A layout switch sits beside the opener of a "Register Storage Unit" dialog; the dialog's
    "Register unit" submits its code, size and remarks, not the switch outside it: one form
    with three fields, named by the dialog's title."""
    forms = _project("dialog-beside-switch").of_type("form")
    assert [f.name for f in forms] == ["Register Storage Unit"]
    assert len(forms[0].fields["fields"]) == 3


def test_a_setter_closing_a_dialog_is_no_pay_handler() -> None:
    """Both buttons of a rent ledger's entry dialog only close it (`setIsPaymentDialogOpen(
    false)`); the setter's name says which dialog, not that anything is paid there, so the
    way the rent came in (cash, transfer, card) makes no checkout; the entry stays a form."""
    report = _project("closing-setter")
    assert not report.of_type("checkout")
    assert [f.name for f in report.of_type("form")] == ["Rent received"]


def test_new_record_titles_and_automation_words_in_russian_indonesian_and_arabic() -> None:
    """Staff adding a client in a Russian CRM ("Новая клиентка": name, e-mail, phone) enter
    the CRM's own record: a form and no lead, as "New client" is. An Indonesian "Tambah ..."
    card adding stock is a sure form, as "Add ..." is. A Russian automation rule's card
    ("Создать автоматическое напоминание") configures the app's machinery: no form."""
    report = _project("seen-languages")
    assert not report.of_type("contact")
    forms = {f.name: f.confidence for f in report.of_type("form")}
    assert set(forms) == {"Новая клиентка", "Tambah Barang Gudang"}
    assert forms["Tambah Barang Gudang"] >= 0.9


def test_a_card_showing_values_written_in_the_code_with_an_idle_button_is_no_form() -> None:
    """A reception card whose greeter name and opening line are already filled in by the code
    (`defaultValue="Mira"`) under a "Save greeting" that runs nothing shows how the spa's
    assistant is set up: no record is entered there. The card beside it asking a new room's
    name and beds (placeholders only) stays a form."""
    forms = [f.name for f in _project("current-values").of_type("form")]
    assert forms == ["Add Treatment Room"]


def test_a_streamed_model_answer_is_no_queued_message() -> None:
    """A helper page asks its own route, which streams a language model's answer back through
    a `ReadableStream` (`controller.enqueue(chunk)`): each chunk is a piece of the reply on its
    way to the page, not a message queued to be sent, so no workflow."""
    report = analyze_tree(FLOWS / "streamed-reply", "*.ts*")
    assert not report.of_type("workflow")
