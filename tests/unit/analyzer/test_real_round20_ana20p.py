"""Round 20, products and events (ana20p): rules replayed on small projects written here
(tests/data/real_round20/ana20p); each positive test failed before its rule."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree, names_at

from l4ydesk.core.analyzer import AnalysisReport

RECORDS = DATA / "real_round20" / "ana20p"


def _report(project: str) -> AnalysisReport:
    return analyze_tree(RECORDS / project)


def test_a_hero_with_an_event_word_and_a_date_is_an_event() -> None:
    """ "Événement gratuit", "14 juin", "19h30" around a hero's heading: the date, a French
    event word and an hour written "19h30" make it one happening to attend."""
    assert names_at(_report("hero_occasions"), "event", "app/soiree/page.tsx") == {
        "Soirée contes au jardin"
    }


def test_an_hour_written_uhr_is_a_time() -> None:
    """ "Am 3. Oktober 2026, ab 20 Uhr" under a heading: a dated happening at an hour."""
    assert names_at(_report("hero_occasions"), "event", "app/lesung/page.tsx") == {
        "Lesung im Hinterhof"
    }


def test_a_dated_post_is_no_event() -> None:
    """A post's publishing date, with neither an hour nor an event word, stays no event."""
    assert not names_at(_report("hero_occasions"), "event", "app/blog/page.tsx")


def test_an_internships_pay_is_no_price() -> None:
    """ "Gratification : 650 €", "Salario €900" on internship cards: what the intern is paid."""
    assert not names_at(_report("pay_cards"), "product", "app/stages/page.tsx")


def test_a_labelled_price_still_prices_goods() -> None:
    """ "Prix 12 €" beside a sketchbook and its add-to-cart stays a product."""
    assert names_at(_report("pay_cards"), "product", "app/shop/page.tsx") == {
        "Carnet de croquis A5",
        "Crayons aquarelle",
    }


def test_a_sales_pages_exclaimed_offer_is_its_product() -> None:
    """ "Garanta já a sua oferta especial!" over a course's one price and its sign-up button:
    the heading calls the block an offer, so the block sells the page's product."""
    assert names_at(_report("offer_page"), "product", "app/curso/page.tsx") == {
        "Garanta já a sua oferta especial!"
    }


def test_an_exclaimed_thanks_is_still_no_product() -> None:
    """ "Merci pour votre commande !" above the total paid: a message, no offer."""
    assert not names_at(_report("offer_page"), "product", "app/merci/page.tsx")


def test_extras_ticked_in_the_markup_are_options() -> None:
    """A rental page maps `[{ name: "Schwimmweste", price: "4 €" }, …]` straight into rows with
    a checkbox each: accessories added to the kayak, options of the rental, no goods."""
    assert not names_at(_report("ticked_extras"), "product", "app/rent/page.tsx")


def test_rows_written_in_the_markup_with_an_order_button_stay_goods() -> None:
    assert names_at(_report("ticked_extras"), "product", "app/menu/page.tsx") == {
        "Kürbissuppe",
        "Linsensuppe",
    }


def test_loaded_conferences_under_their_title_are_an_event_list() -> None:
    """Talks loaded from the app's database and listed under "Conferencias": the page's
    title names what a visitor attends, so the rows are one list of events."""
    assert names_at(_report("loaded_conferences"), "event", "app/conferencias/page.tsx") == {
        "Conferencias"
    }
