"""Round 19 after test20's figure, records side (post19r): small projects written here
(tests/data/real_round19/post19r); each test failed before its change."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree

from l4ydesk.core.analyzer import AnalysisReport

RECORDS = DATA / "real_round19" / "post19r"


def _project(name: str) -> AnalysisReport:
    return analyze_tree(RECORDS / name, "*.tsx")


def test_a_bare_percentage_rate_beside_people_is_no_price() -> None:
    """A call centre's floor lists its closers and squads, each with `rate: 75` (the share of
    calls closed, shown with a "%"): people and teams with a performance figure, no goods."""
    assert not _project("crew-scoreboard").of_type("product")


def test_a_rate_written_with_its_currency_stays_a_price() -> None:
    """Lessons at `rate: 45`, printed "$45/hour", are priced by their rate: still goods."""
    names = {p.name for p in _project("hourly-rates").of_type("product")}
    assert names == {"Algebra coaching", "Essay clinic"}


def test_bonuses_worth_a_struck_amount_and_a_value_stack_are_no_goods() -> None:
    """A course page's gifts are each "worth" an amount the page only prints crossed out; its
    value stack lists what the course includes with what each would cost, above their crossed-out
    total. Neither is sold on its own: no products."""
    assert not _project("course-bonuses").of_type("product")


def test_goods_with_a_struck_old_price_stay_goods() -> None:
    """A sale shelf prints each mug's old price struck and its price now beside it: goods."""
    names = {p.name for p in _project("sale-shelf").of_type("product")}
    assert names == {"Speckled mug", "Tall vase"}


def test_one_story_citing_a_sum_does_not_price_its_set() -> None:
    """Three problem cards, one of which tells "$80 for a click ... a $30 basket": a story
    about money, not offers. Rows are priced by their own texts only when most of them are."""
    assert not _project("pain-points").of_type("product")


def test_a_struck_entry_price_a_delivery_threshold_and_a_footer_blurb_are_no_goods() -> None:
    """A closing call shows only a crossed-out entry price ("DE R$ 39,90", then free entry); a
    perk promises free delivery "acima de R$ 250,00" (a threshold, in Portuguese as in
    English); a footer's brand blurb names a price. None of the three is a thing sold."""
    assert not _project("free-circle").of_type("product")


def test_an_order_board_naming_each_rows_account_is_an_invoice_list() -> None:
    """An admin board maps every order with the account that placed it (`order.userName`), its
    total, status and day: money the shop took from many buyers, an invoice list (round 15).
    The buyer's own history names no buyer and stays none."""
    invoices = _project("order-board").of_type("invoice")
    assert [(i.name, i.evidence[0].path) for i in invoices] == [
        ("All orders", "app/admin/orders/page.tsx")
    ]


def test_a_list_titled_for_the_team_is_no_contact_list() -> None:
    """A manager's "Team Members" table shows each person's e-mail, phone and days present: the
    business's own staff (round 8), no contacts, though the rows look like a CRM's."""
    assert not _project("team-roster").of_type("contact")


def test_the_plan_a_current_state_starts_on_is_no_product() -> None:
    """Billing settings start `currentTier` on "team": the plan the account is on, shown but
    not sold to it (round 15); the two plans offered to switch to stay products."""
    names = {p.name for p in _project("current-plan").of_type("product")}
    assert names == {"Solo", "Scale"}


def test_an_empty_states_heading_names_no_rows() -> None:
    """`sales.length === 0 ? <h3>Nothing sold yet</h3> : <table>…`: the message is drawn instead
    of the rows, never above them; the board is named by the title over both."""
    invoices = _project("empty-state-board").of_type("invoice")
    assert [i.name for i in invoices] == ["Sales received"]
