"""Round 14 of issue 12, records side: general rules replayed on small projects written here
(tests/data/real_round14/records); each test failed before its rule."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree, names_at

from l4ydesk.core.analyzer import AnalysisReport

RECORDS = DATA / "real_round14" / "records"


def _report(project: str) -> AnalysisReport:
    return analyze_tree(RECORDS / project)


def test_payments_received_from_named_members_are_an_invoice_list() -> None:
    """Rows of a set named for payments, each with who paid, how much and when: the business's
    billing records, one invoice list named by its heading; a till's cash in and out is none."""
    invoices = names_at(_report("studio_ledger"), "invoice", "app/payments/page.tsx")
    assert invoices == {"Received this month"}


def test_loaded_sales_showing_customer_amount_and_day_are_an_invoice_list() -> None:
    """Loaded rows named for sales, each showing its customer, its day and its amount."""
    invoices = names_at(_report("studio_ledger"), "invoice", "app/sales/page.tsx")
    assert invoices == {"Ventas recientes"}


def test_patients_a_clinic_serves_are_a_contact_list_without_phone_or_mail() -> None:
    """A set named for the people a business serves, each row a named person: a contact list
    even with no e-mail or phone (round-14 settled point); its own doctors are staff, none."""
    report = _report("clinic_desk")
    assert names_at(report, "contact", "components/patients-panel.tsx") == {"Latest Patients"}
    assert not names_at(report, "contact", "components/on-call.tsx")
    # a ranking by visits and spend is a report, no list of records
    assert not names_at(report, "contact", "components/top-clients.tsx")


def test_clients_in_a_data_module_with_no_way_to_reach_them_are_no_list_until_shown() -> None:
    """Clients a data module holds with neither e-mail nor phone are what forms pick from; only
    a page showing them makes them a list."""
    assert not _report("client_module").of_type("contact")


def test_payments_citing_their_invoices_or_bookings_are_invoice_lists() -> None:
    """A member's payments each citing an invoice number (receipts, round 9), and a desk's
    payments each for a reservation (whose guest paid), are billing records too."""
    report = _report("studio_ledger")
    assert names_at(report, "invoice", "app/account/page.tsx") == {"Billing history"}
    assert names_at(report, "invoice", "app/admin/page.tsx") == {"Front desk payments"}


def test_a_handed_list_of_sales_with_no_heading_is_named_by_its_set() -> None:
    """Sales handed to a table with no title of its own, each showing its buyers (a plural
    relation), a total and when it was made: the rows' set names the list."""
    invoices = names_at(_report("studio_ledger"), "invoice", "components/orders-table.tsx")
    assert invoices == {"Sales"}


def test_happenings_dated_only_by_season_or_year_are_events() -> None:
    """An events grid whose cards give only "Coming Autumn 2026" and a place, and hero slides
    that each call to get tickets ("Starting May 2026"), offer happenings (round-14 settled
    point); works dated by month with where they sit are no events."""
    report = _report("festival_site")
    assert names_at(report, "event", "components/season-grid.tsx") == {
        "Harbour Lights Gala",
        "Open Studio Weekend",
        "Spring Film Nights",
    }
    assert names_at(report, "event", "components/hero.tsx") == {
        "Desert Rock Weekender",
        "Lakeside Jazz Nights",
        "Street Food Parade",
    }
    assert not names_at(report, "event", "components/gallery.tsx")


def test_priced_extras_and_add_ons_are_options_not_products() -> None:
    """Sets named for extras or add-ons, each row priced, are options added to what is bought
    (round-8 settled point, applied to the aligned labels); the cakes beside them sell."""
    products = names_at(_report("cake_shop"), "product", "components/cakes.tsx")
    assert products == {"Lemon Drizzle", "Black Forest", "Carrot & Walnut"}


def test_sessions_a_staff_tool_drafts_or_reschedules_are_no_events() -> None:
    """Dated sessions whose status says where they stand in the staff's own work (a draft, one
    awaiting a reschedule) are a tool's schedule, not happenings offered (round-12 settled
    point, applied by the aligned labels); open days with a plain status stay events."""
    events = names_at(_report("coach_tool"), "event", "components/my-sessions.tsx")
    assert events == {"Autumn Open Day", "Family Fitness Fair"}
