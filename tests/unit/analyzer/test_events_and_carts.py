"""General rules for priced occurrences (events, not products), carts that check out, and amounts
that are conditions rather than prices; small snippets, one rule at a time, with the negatives."""

from __future__ import annotations

from l4ydesk.core.analyzer import AnalysisReport, analyze_files


def _analyze(files: dict[str, str]) -> AnalysisReport:
    return analyze_files({path: text.encode() for path, text in files.items()})


def _names(report: AnalysisReport, type_key: str) -> set[str]:
    return {d.name for d in report.of_type(type_key)}


# --- priced occurrences --------------------------------------------------------------------


def test_priced_items_with_a_date_and_a_venue_are_events_not_products() -> None:
    report = _analyze(
        {
            "lib/data.ts": """
                export const shows = [
                  { id: 1, name: "Late Set", date: "2025-05-02", venue: "Blue Room", price: 25 },
                  { id: 2, name: "Matinee", date: "2025-05-03", venue: "Blue Room", price: "€18" },
                ]
            """
        }
    )
    assert _names(report, "event") == {"Late Set", "Matinee"}
    assert report.of_type("product") == ()
    late = next(e for e in report.of_type("event") if e.name == "Late Set")
    assert (late.fields["date"], late.fields["location"], late.fields["price"]) == (
        "2025-05-02",
        "Blue Room",
        "25.00",
    )
    matinee = next(e for e in report.of_type("event") if e.name == "Matinee")
    assert (matinee.fields["price"], matinee.fields["currency"]) == ("18.00", "EUR")


def test_a_capacity_or_a_start_time_is_enough_to_make_a_priced_date_an_event() -> None:
    report = _analyze(
        {
            "lib/courses.ts": """
                export const cohorts = [
                  { title: "Spring cohort", startsAt: "2026-03-02T18:30:00+01:00",
                    endsAt: "2026-03-02T21:00:00+01:00", seats: 12, price: 490, currency: "eur" },
                ]
            """
        }
    )
    (event,) = report.of_type("event")
    assert (event.fields["date"], event.fields["time"], event.fields["end_time"]) == (
        "2026-03-02",
        "18:30",
        "21:00",
    )
    assert (event.fields["capacity"], event.fields["currency"]) == (12, "EUR")
    assert report.of_type("product") == ()


def test_a_catalog_with_a_date_but_no_place_time_or_capacity_stays_products() -> None:
    report = _analyze(
        {
            "lib/products.ts": """
                export const products = [
                  { name: "Field Notes", price: 12, date: "2024-01-10", image: "/a.png" },
                  { name: "Pocket Pen", price: 30, date: "2024-02-01", image: "/b.png" },
                ]
            """
        }
    )
    assert _names(report, "product") == {"Field Notes", "Pocket Pen"}
    assert report.of_type("event") == ()


def test_a_weekly_timetable_without_dates_stays_bookable_products() -> None:
    report = _analyze(
        {
            "lib/classes.ts": """
                export const classes = [
                  { name: "Vinyasa", day: "Monday", time: "18:00", location: "A", price: 20 },
                  { name: "Yin", day: "Thursday", time: "19:30", location: "B", price: 18 },
                ]
            """
        }
    )
    assert report.of_type("event") == ()
    products = report.of_type("product")
    assert {p.name for p in products} == {"Vinyasa", "Yin"}
    assert {p.fields["bookable_subtype"] for p in products} == {"class"}


def test_venues_with_a_capacity_but_no_date_are_not_events() -> None:
    report = _analyze(
        {
            "lib/venues.ts": """
                export const venues = [
                  { name: "The Hall", city: "Leeds", capacity: 900 },
                  { name: "The Loft", city: "York", capacity: 120 },
                ]
            """
        }
    )
    assert report.detections == ()


# --- carts that check out --------------------------------------------------------------------

_CART_HOOK = """
"use client"
import { createContext, useContext, useState } from "react"
const CartContext = createContext(null)
export function CartProvider({ children }) {
  const [items, setItems] = useState([])
  return <CartContext.Provider value={{ items, setItems }}>{children}</CartContext.Provider>
}
export function useCart() {
  return useContext(CartContext)
}
"""


def test_a_cart_with_a_total_and_a_checkout_button_is_a_checkout_even_when_faked() -> None:
    report = _analyze(
        {
            "components/cart-provider.tsx": _CART_HOOK,
            "components/basket.tsx": """
                "use client"
                import { useCart } from "@/components/cart-provider"
                export function Basket() {
                  const { items, setItems } = useCart()
                  const total = items.reduce((s, i) => s + i.price * i.qty, 0)
                  async function handleCheckout() {
                    await new Promise((r) => setTimeout(r, 500))
                    setItems([])
                  }
                  return (
                    <aside>
                      <h2>Your basket</h2>
                      {items.map((i) => <p key={i.id}>{i.name} × {i.qty}</p>)}
                      <p>Total: {total}</p>
                      <Button onClick={handleCheckout}>Place order</Button>
                    </aside>
                  )
                }
            """,
        }
    )
    (checkout,) = report.of_type("checkout")
    assert checkout.name == "Your basket"
    assert {"buy_button", "pay_handler", "cart", "cart_state"} <= set(checkout.fields["cues"])
    assert {e.path for e in checkout.evidence} == {
        "components/basket.tsx",
        "components/cart-provider.tsx",
    }
    assert report.of_type("workflow") == ()


def test_a_drawer_heading_with_a_live_count_is_named_without_it() -> None:
    report = _analyze(
        {
            "components/cart-drawer.tsx": """
                export function CartDrawer() {
                  const [cart, setCart] = useState([])
                  const subtotal = cart.reduce((s, i) => s + i.price, 0)
                  return (
                    <Sheet>
                      <SheetTitle>Shopping Cart ({cart.length})</SheetTitle>
                      <span>Subtotal</span><span>${subtotal}</span>
                      <Button onClick={() => setCart([])}>Checkout</Button>
                    </Sheet>
                  )
                }
            """
        }
    )
    (checkout,) = report.of_type("checkout")
    assert checkout.name == "Shopping Cart"


def test_add_to_cart_alone_and_a_lone_checkout_button_are_not_checkouts() -> None:
    report = _analyze(
        {
            "components/cart-provider.tsx": _CART_HOOK,
            "components/product-card.tsx": """
                import { useCart } from "@/components/cart-provider"
                export function ProductCard({ product }) {
                  const { setItems } = useCart()
                  return (
                    <div>
                      <h3>{product.name}</h3>
                      <p>Total {product.price}</p>
                      <Button onClick={() => setItems((s) => [...s, product])}>Add to cart</Button>
                    </div>
                  )
                }
            """,
            "components/header.tsx": """
                export function Header() {
                  const [open, setOpen] = useState(false)
                  return (
                    <header>
                      <h2>Menu</h2>
                      <Button onClick={() => setOpen(true)}>Checkout</Button>
                    </header>
                  )
                }
            """,
            "components/mini-cart.tsx": """
                import { useCart } from "@/components/cart-provider"
                export function MiniCart() {
                  const { items } = useCart()
                  return (
                    <div>
                      <h3>Cart</h3>
                      <p>Total: {items.length}</p>
                    </div>
                  )
                }
            """,
        }
    )
    assert report.of_type("checkout") == ()


def test_a_checkout_link_button_under_a_cart_counts() -> None:
    report = _analyze(
        {
            "components/cart-popover.tsx": """
                export function CartPopover({ lineItems, total }) {
                  return (
                    <div>
                      <h3>Your cart</h3>
                      {lineItems.map((l) => <p key={l.id}>{l.name}</p>)}
                      <p>Total {total}</p>
                      <Button asChild><Link href="/checkout">Go to checkout</Link></Button>
                    </div>
                  )
                }
            """
        }
    )
    assert _names(report, "checkout") == {"Your cart"}


# --- amounts that are not prices -----------------------------------------------------------


def test_a_free_shipping_threshold_in_a_hero_is_not_a_product() -> None:
    report = _analyze(
        {
            "app/page.tsx": """
                export default function Home() {
                  return (
                    <main>
                      <section>
                        <h1>Fresh bread, every morning</h1>
                        <p>Free delivery on orders over $30. Spend $50 and save $5 off.</p>
                      </section>
                      <section>
                        <div>
                          <h3>Sourdough loaf</h3>
                          <p>From $6.50</p>
                        </div>
                      </section>
                    </main>
                  )
                }
            """
        }
    )
    products = {p.name: p for p in report.of_type("product")}
    assert set(products) == {"Sourdough loaf"}
    assert products["Sourdough loaf"].fields["price"] == "6.50"


# --- forms -----------------------------------------------------------------------------------


def test_native_options_under_a_select_wrapper_and_placeholders() -> None:
    report = _analyze(
        {
            "components/booking.tsx": """
                import { Select } from "@/components/ui/select"
                const slots = ["09:00", "10:30"]
                export function Booking() {
                  return (
                    <form onSubmit={submit}>
                      <h2>Book a table</h2>
                      <Input name="date" type="date" />
                      <Select name="time" defaultValue="">
                        <option value="" disabled>Choose a time</option>
                        {slots.map((s) => <option key={s} value={s}>{s}</option>)}
                      </Select>
                      <Select name="area">
                        <option value="">Any</option>
                        <option value="terrace">Terrace</option>
                        <option>Bar</option>
                      </Select>
                      <Button type="submit">Reserve</Button>
                    </form>
                  )
                }
            """
        }
    )
    (booking,) = report.of_type("booking")
    assert booking.fields["time_slots"] == "slots"
    (form,) = report.of_type("form")
    area = next(f for f in form.fields["fields"] if f["name"] == "area")
    assert area["options"] == ["terrace", "Bar"]


def test_business_enquiries_are_leads() -> None:
    report = _analyze(
        {
            "components/wholesale.tsx": """
                export function Wholesale() {
                  return (
                    <form onSubmit={send}>
                      <h2>Wholesale enquiries</h2>
                      <Input name="email" type="email" />
                      <Textarea name="message" />
                      <Button type="submit">Send</Button>
                    </form>
                  )
                }
            """,
            "components/partner.tsx": """
                export function ListYourSpace() {
                  return (
                    <form onSubmit={send}>
                      <h2>List your space</h2>
                      <Input name="organization" />
                      <Input name="email" type="email" />
                      <Button type="submit">Submit</Button>
                    </form>
                  )
                }
            """,
        }
    )
    sources = {c.name: c.fields["source"] for c in report.of_type("contact")}
    assert sources == {"Wholesale enquiries": "lead", "List your space": "lead"}


def test_dated_listings_of_goods_stay_products() -> None:
    report = _analyze(
        {
            "lib/listings.ts": """
                export const listings = [
                  { title: "Loft on 5th", price: 425000, city: "Austin", date: "2025-04-01",
                    location: "East Side" },
                  { title: "Garden flat", price: 310000, city: "Austin", date: "2025-04-03",
                    location: "Zilker" },
                ]
            """
        }
    )
    assert _names(report, "product") == {"Loft on 5th", "Garden flat"}
    assert report.of_type("event") == ()


def test_a_link_to_a_hosted_paddle_checkout_is_paid_at_paddle_not_stripe() -> None:
    """A "Buy now" link to `checkout.paddle.com/...` takes the money at Paddle: the checkout
    names Paddle as its provider (a link not to PayPal is not therefore Stripe's)."""
    report = _analyze(
        {
            "app/pricing/page.tsx": """
                export default function Pricing() {
                  return (
                    <main>
                      <h1>Pro plan</h1>
                      <p>$29 per month</p>
                      <a href="https://checkout.paddle.com/checkout/custom/abc123">Buy now</a>
                    </main>
                  )
                }
            """
        }
    )
    checkouts = report.of_type("checkout")
    assert [d.fields["provider"] for d in checkouts] == ["paddle"]
