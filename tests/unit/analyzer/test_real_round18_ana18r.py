"""Round 18, records side (ana18r): rules replayed on small projects written here
(tests/data/real_round18/ana18r); each positive test failed before its rule."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree, names_at

from l4ydesk.core.analyzer import AnalysisReport

RECORDS = DATA / "real_round18" / "ana18r"


def _report(project: str) -> AnalysisReport:
    return analyze_tree(RECORDS / project)


def test_rows_written_into_a_charts_data_are_points_not_goods() -> None:
    """`<BarChart data={[{ name, avgCost }]}>`: each row is a point the chart plots (a site's
    average repair cost), a figure about records, never a thing for sale."""
    assert not names_at(_report("chart_rows"), "product", "app/reports/page.tsx")


def test_rows_written_into_a_components_data_still_sell() -> None:
    """The same attribute on a component of the app's own that draws priced cards is a list of
    goods the page holds."""
    report = _report("chart_rows")
    assert names_at(report, "product", "app/plans/page.tsx") == {"Garden Flat", "Loft Studio"}


def test_a_money_tile_beside_totals_is_a_figure() -> None:
    """A row of tiles whose neighbours show totals ("Total Income", "Total Costs") reports
    sums: the "Margin" tile beside them is one more figure, not something on offer."""
    assert not names_at(_report("money_tiles"), "product", "app/finance/page.tsx")


def test_priced_tiles_with_no_total_beside_them_still_sell() -> None:
    report = _report("money_tiles")
    assert names_at(report, "product", "app/pricing/page.tsx") == {"Day Pass", "Monthly"}


def test_a_statistic_cards_title_does_not_name_the_rows_below_it() -> None:
    """A card titled "Sold Out" closes over its own count before the table starts: the rows
    are named by the page's title above, not by the tile."""
    assert names_at(_report("stock_tiles"), "product", "app/stock/page.tsx") == {"Cellar Stock"}


def test_rows_in_a_tab_are_named_by_the_tabs_label() -> None:
    """Rows drawn in `<TabsContent value="visits">` with no heading inside it are named by the
    trigger of that tab ("Booked visits"), not by a greeting above the tabs."""
    report = _report("clinic_tabs")
    assert names_at(report, "booking", "app/clinic/page.tsx") == {"Booked visits"}


def test_a_person_shown_on_another_records_page_is_part_of_it() -> None:
    """`claims/[id]` shows the claim's own fields and, below, its patient's: the page is the
    claim's screen; the patient is one of its parts, no contact screen of its own."""
    assert not names_at(_report("record_parts"), "contact", "app/dashboard/claims/[id]/page.tsx")


def test_a_tenants_own_page_is_a_contacts_screen() -> None:
    """A tenant is a person the property business serves (LABELLING round 14, client lists):
    `tenants/[id]` showing one tenant's details is that contact's screen."""
    report = _report("record_parts")
    assert names_at(report, "contact", "app/dashboard/tenants/[id]/page.tsx") == {
        "Reach the tenant"
    }


def test_a_dated_block_on_the_settings_screen_is_no_event() -> None:
    """A signed-in device with its place and hour, on the app's settings screen, is the app's
    own state, no happening anyone attends."""
    assert not names_at(_report("settings_dates"), "event", "app/settings/page.tsx")


def test_the_same_block_on_a_page_of_its_own_is_an_event() -> None:
    report = _report("settings_dates")
    assert names_at(report, "event", "app/gala/page.tsx") == {"Harbour Lights Gala"}


def test_goods_picked_by_a_low_stock_level_are_no_listing() -> None:
    """Rows filtered to those at or under their reorder level (or at zero) are what to
    restock: figures about the stock, whether the page loads them or is handed them."""
    report = _report("restock")
    assert not names_at(report, "product", "app/restock/page.tsx")
    assert not names_at(report, "product", "components/stock-panel.tsx")


def test_the_same_goods_shown_whole_are_still_listed() -> None:
    assert names_at(_report("restock"), "product", "app/shop/page.tsx") == {"Our teas"}


def test_bills_written_out_under_billing_history_are_an_invoice_list() -> None:
    """Alike blocks written one by one, each a day and an amount, under "Billing History": the
    account's own bills (round 17), an invoice list; an empty "Invoices" note is none."""
    report = _report("written_bills")
    assert names_at(report, "invoice", "app/account/page.tsx") == {"Billing History"}


def test_a_number_shown_only_when_a_records_field_is_missing_is_no_price() -> None:
    """`${room.cleaningFee || 40}` shows the record's own fee; the 40 is what the page falls
    back to. Read as the block's price it made a record's own screen a thing for sale."""
    assert not names_at(_report("fallback_figure"), "product", "app/rooms/[id]/page.tsx")
