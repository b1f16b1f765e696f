"""Round 21, products and events (ana21p): rules replayed on small projects written here
(tests/data/real_round21/ana21p); each positive test failed before its rule."""

from __future__ import annotations

from analyzer_support import DATA, analyze_tree, names_at

from l4ydesk.core.analyzer import AnalysisReport

RECORDS = DATA / "real_round21" / "ana21p"


def _report(project: str) -> AnalysisReport:
    return analyze_tree(RECORDS / project)


def test_private_in_a_name_is_no_tax_label() -> None:
    """ "Private Coaching  $90 per hour" beside "Court Hire  $40 per hour": the "vat" inside
    "Private" is no charge label, so both rows are what the club sells."""
    assert names_at(_report("private_rates"), "product", "app/tarifs/page.tsx") == {
        "Court Hire",
        "Private Coaching",
    }


def test_privat_in_a_german_name_is_no_tax_label() -> None:
    """ "Privatstunde Reiten  55 € pro Stunde" with its own enquiry link: a lesson for sale."""
    assert names_at(_report("private_rates"), "product", "app/preise/page.tsx") == {
        "Privatstunde Reiten"
    }


def test_a_page_listing_the_shared_catalogue_adds_no_product() -> None:
    """The shop page maps the teas it loads from `lib/teas.ts`, whose three teas are written
    with their names and prices: the teas are labelled there, the page adds nothing."""
    report = _report("shared_catalogue")
    assert not names_at(report, "product", "app/boutique/page.tsx")
    assert names_at(report, "product", "lib/teas.ts") == {
        "Sencha du printemps",
        "Darjeeling première récolte",
        "Rooibos vanille",
    }


def test_a_page_listing_goods_from_its_database_keeps_its_list() -> None:
    """Teapots loaded from the database's products table, no row written anywhere: the page's
    list is the one label they get."""
    assert names_at(_report("shared_catalogue"), "product", "app/theieres/page.tsx") == {
        "Théières en fonte"
    }


def test_an_orders_delivery_stamp_is_no_event() -> None:
    """ "Bestellung #40817 … Geliefert an den Kunden am 3. März 2025 um 14:30": when an order
    was delivered, not a happening to attend."""
    assert not names_at(_report("stamped_dates"), "event", "app/commandes/page.tsx")


def test_a_requests_submitted_stamp_is_no_event() -> None:
    """ "Submitted: 12 June 2025, 09:45 AM" under a request's status: a record's time stamp."""
    assert not names_at(_report("stamped_dates"), "event", "app/demande/page.tsx")


def test_a_concert_with_an_update_stamp_stays_an_event() -> None:
    """A concert's own date and hour, beside a "Mis à jour le …" line: one date is not a stamp,
    so the block is still the concert."""
    assert names_at(_report("stamped_dates"), "event", "app/concerts/page.tsx") == {
        "Jazz sur la terrasse"
    }


def test_a_carts_summary_is_no_product() -> None:
    """ "Overzicht": the cart's items and total worked out at run time beside "Verzendkosten
    € 4,95": a summary of an order, its heading no name of goods."""
    assert not names_at(_report("cart_summary"), "product", "app/winkelwagen/page.tsx")


def test_a_priced_card_with_a_price_line_stays_goods() -> None:
    """ "Prijs  € 8,50" on a cheese's card with its own add-to-cart button: goods for sale."""
    assert names_at(_report("cart_summary"), "product", "app/kaas/page.tsx") == {
        "Oude Gouda, 500 g"
    }


def test_a_home_pages_own_query_of_events_is_a_list() -> None:
    """ "Próximos eventos" over the events the home page awaits from its loader, with a full
    agenda on another page: the home page's own query is its own list (round 21)."""
    assert names_at(_report("loaded_events"), "event", "app/page.tsx") == {"Próximos eventos"}


def test_a_russian_events_page_loaded_by_its_own_loader_is_a_list() -> None:
    """ "Все мероприятия" over rows an awaited `getHappenings()` fills: one event list."""
    assert names_at(_report("loaded_events"), "event", "app/afisha/page.tsx") == {"Все мероприятия"}


def test_sample_events_under_a_list_title_stay_one_by_one() -> None:
    """Workshops written out in the page under "Próximos eventos": each is its own event."""
    assert names_at(_report("loaded_events"), "event", "app/agenda/page.tsx") == {
        "Taller de cerámica",
        "Noche de poesía",
    }


def test_unpriced_rows_each_with_a_buy_button_are_products() -> None:
    """Three wines mapped into cards that each end in "Comprar", no price written: each row has
    its own buy action, so each wine is sold (round 15)."""
    assert names_at(_report("bought_rows"), "product", "app/vinhos/page.tsx") == {
        "Tinto do Douro Reserva",
        "Alvarinho Monção",
        "Moscatel de Setúbal",
    }


def test_unpriced_rows_with_a_read_more_link_are_no_products() -> None:
    """A winery's services, each with "Saber mais": described, not sold."""
    assert not names_at(_report("bought_rows"), "product", "app/servicos/page.tsx")


def test_an_unpriced_menu_section_typed_like_the_priced_one_is_sold() -> None:
    """`secondi: Piatto[]` with no price yet beside `primi: Piatto[]` priced: the same menu's
    dishes (round 15, on a menu among priced items); `condimenti: Condimento[]` stay out."""
    assert names_at(_report("typed_menu"), "product", "lib/menu.ts") == {
        "Tagliatelle al ragù",
        "Risotto ai funghi",
        "Ossobuco alla milanese",
        "Saltimbocca alla romana",
    }


def test_a_platforms_stay_partners_from_a_price_are_no_products() -> None:
    """Hotels a travel platform lists "desde €140 / noche" as its stay partners: businesses in
    a directory (round 11), their rooms are what they sell."""
    assert not names_at(_report("listed_partners"), "product", "app/destinos/page.tsx")


def test_a_platforms_own_stay_packages_stay_products() -> None:
    """Packages the platform itself sells, each "desde" a price with its own booking button."""
    assert names_at(_report("listed_partners"), "product", "app/paquetes/page.tsx") == {
        "Escapada en Sevilla, 3 noches",
        "Ruta por Asturias, 5 noches",
    }


def test_a_typed_query_of_portuguese_produtos_is_a_product_list() -> None:
    """`supabase.from<Produto>("produtos")` mapped into a card component: the page lists the
    shop's goods from its own table, one label (the typed call and the word without a "c")."""
    assert names_at(_report("typed_query"), "product", "app/loja/page.tsx") == {
        "Cerâmicas feitas à mão"
    }


def test_a_back_offices_event_management_over_its_query_is_one_list() -> None:
    """ "Gestión de eventos" over the table of events the admin page awaits: a back-office list
    with its own query, one event label (round 21)."""
    assert names_at(_report("loaded_events"), "event", "app/admin/page.tsx") == {
        "Gestión de eventos"
    }


def test_a_slug_pages_own_lookup_of_goods_is_products_at_that_file() -> None:
    """`bougies.find((b) => b.slug === slug)` on `produits/[slug]`: the page's own lookup map
    of goods, written with their data, so its three candles are products there (round 21),
    apart from the reviews page that writes them out again."""
    report = _report("route_lookup")
    candles = {"Bougie Figuier sauvage", "Bougie Ambre et cuir", "Bougie Mimosa du Tanneron"}
    assert names_at(report, "product", "app/produits/[slug]/page.tsx") == candles
    assert names_at(report, "product", "app/avis/page.tsx") == candles
