"""Round 3 of issue 12: bookings and checkouts seen on unseen public v0 projects, replayed on
small pages written here (each failed before its rule)."""

from __future__ import annotations

from l4ydesk.core.analyzer import AnalysisReport, analyze_files


def _analyze(page: str, path: str = "app/page.tsx") -> AnalysisReport:
    return analyze_files({path: page.encode("utf-8")})


def _names(report: AnalysisReport, type_key: str) -> set[str]:
    return {d.name for d in report.of_type(type_key)}


# A Czech restaurant's table reservation: a day, a time and a party size, no English word.
_TABLE = """
export default function Contact() {
  return (
    <section>
      <h3>Zarezervujte si stůl</h3>
      <form>
        <input type="text" placeholder="Jméno" />
        <input type="email" placeholder="E-mail" />
        <input type="date" />
        <input type="time" />
        <input type="number" placeholder="Počet hostů" min="1" />
        <button type="submit">Odeslat rezervaci</button>
      </form>
    </section>
  )
}
"""


def test_a_reservation_in_czech_is_a_booking_not_a_contact() -> None:
    report = _analyze(_TABLE, "components/reserve.tsx")
    assert _names(report, "booking") == {"Zarezervujte si stůl"}
    assert not report.of_type("contact")


# A three-step appointment wizard: the day and time are picked on step two and kept in one state
# object; the last step's inputs (name, e-mail, phone) are the only visible form.
_WIZARD = """
"use client"
import { useState } from "react"
import { Input } from "@/components/ui/input"
import { Button } from "@/components/ui/button"

export default function AppointmentPage() {
  const [step, setStep] = useState(1)
  const [visit, setVisit] = useState({
    treatment: "", day: undefined as Date | undefined, hour: "", fullName: "", mail: ""
  })
  const save = () => { localStorage.setItem("visits", JSON.stringify(visit)); setStep(4) }
  if (step < 3) return <div><h1>Pick a treatment and a day</h1></div>
  return (
    <div>
      <h2>Your details</h2>
      <Input value={visit.fullName} placeholder="Full name"
        onChange={(e) => setVisit({ ...visit, fullName: e.target.value })} />
      <Input type="email" value={visit.mail} placeholder="Email"
        onChange={(e) => setVisit({ ...visit, mail: e.target.value })} />
      <Button onClick={save}>Confirm appointment</Button>
    </div>
  )
}
"""

# The same inputs over a state object that holds no day: a profile editor, no booking.
_PROFILE = (
    _WIZARD.replace('day: undefined as Date | undefined, hour: "", ', 'city: "", ')
    .replace("appointment", "changes")
    .replace("Appointment", "Profile")
)


def test_a_wizard_step_over_a_state_holding_the_day_is_a_booking() -> None:
    assert len(_analyze(_WIZARD).of_type("booking")) == 1
    assert not _analyze(_PROFILE).of_type("booking")


# A room checkout that never says "checkout", "cart" or "pay": card fields and a heading.
_ROOM_PAYMENT = """
"use client"
import { Input } from "@/components/ui/input"
import { Label } from "@/components/ui/label"
import { Button } from "@/components/ui/button"

export default function ConfirmStay() {
  const submit = (e: React.FormEvent) => { e.preventDefault(); alert("Done") }
  return (
    <div>
      <h1>Complete your reservation</h1>
      <form onSubmit={submit}>
        <Label htmlFor="holder">Name on card</Label>
        <Input id="holder" />
        <Label htmlFor="cardNumber">Card number</Label>
        <Input id="cardNumber" placeholder="1234 5678 9012 3456" />
        <Label htmlFor="expiry">Expiry date</Label>
        <Input id="expiry" placeholder="MM/YY" />
        <Label htmlFor="cvv">CVV</Label>
        <Input id="cvv" />
        <Button type="submit">Confirm</Button>
      </form>
    </div>
  )
}
"""


def test_card_fields_make_a_checkout_and_a_reservation_heading_a_booking() -> None:
    report = _analyze(_ROOM_PAYMENT)
    assert _names(report, "checkout") == {"Complete your reservation"}
    assert _names(report, "booking") == {"Complete your reservation"}


def test_a_card_number_without_expiry_or_code_is_no_checkout() -> None:
    page = (
        _ROOM_PAYMENT.replace("Expiry date", "Nickname")
        .replace("MM/YY", "")
        .replace("CVV", "Notes")
        .replace('"expiry"', '"nick"')
        .replace('"cvv"', '"notes"')
    )
    assert not _analyze(page).of_type("checkout")


def test_a_sign_up_asking_for_a_card_is_no_checkout() -> None:
    page = _ROOM_PAYMENT.replace(
        '<Input id="holder" />', '<Input id="holder" />\n        <Input id="pw" type="password" />'
    ).replace("Complete your reservation", "Create your account")
    assert not _analyze(page).of_type("checkout")


# A dashboard's sample bookings: four rows of one list, connected once.
_RECENT = """
export function RecentStays() {
  const bookings = [
    { id: 1, guest: "Ana Lima", room: "101", date: "2025-11-28", status: "Checked In" },
    { id: 2, guest: "Bo Chen", room: "205", date: "2025-11-28", status: "Booked" },
    { id: 3, guest: "Cy Diaz", room: "310", date: "2025-11-29", status: "Pending" },
  ]
  return (
    <div>
      <h2>Recent stays</h2>
      {bookings.map((b) => <p key={b.id}>{b.guest} {b.room} {b.date}</p>)}
    </div>
  )
}
"""


def test_sample_bookings_are_one_list() -> None:
    found = _analyze(_RECENT, "components/recent.tsx").of_type("booking")
    assert len(found) == 1
    assert found[0].fields["items"] == ["Ana Lima – 101", "Bo Chen – 205", "Cy Diaz – 310"]


# An admin list page titled for its records, whose only inputs are a search box and a picker.
_STOCK = """
export default function Stock() {
  return (
    <div>
      <h1>Quản Lý Kho</h1>
      <input type="text" placeholder="Tìm kiếm vật tư..." />
      <select><option>Tất cả</option><option>Low Stock</option></select>
      <button>Thêm</button>
    </div>
  )
}
"""


def test_a_search_box_with_a_picker_is_no_form_whatever_the_title() -> None:
    assert not _analyze(_STOCK, "components/stock.tsx").of_type("form")


# A Chinese cart: no English word, the items, a total and a "settle" button.
_CART_ZH = """
"use client"
import { useCart } from "@/components/cart-context"

export default function CartPage() {
  const { items, totalPrice } = useCart()
  return (
    <div>
      <h1>购物车</h1>
      {items.map((item) => (
        <div key={item.id}><h3>{item.name}</h3><p>¥{item.price}</p></div>
      ))}
      <div><span>合计</span><span>¥{totalPrice}</span></div>
      <button onClick={() => alert("ok")}>结算</button>
    </div>
  )
}
"""


def test_a_chinese_cart_is_a_checkout() -> None:
    assert _names(_analyze(_CART_ZH, "app/cart/page.tsx"), "checkout") == {"购物车"}


# Bookings of rooms and equipment: the rows name the user and the item, the day is `checkIn`;
# the page's title names the list, and rows kept only for a count are no list.
_DESK = """
const reservations = [
  { id: 1, user: "Jo Park", item: "Room A", checkIn: "2025-11-20", status: "approved" },
  { id: 2, user: "Al Ruiz", item: "Projector", checkIn: "2025-11-21", status: "pending" },
]

export default function Page() {
  return (
    <div>
      <h1>My reservations</h1>
      {reservations.map((r) => <p key={r.id}>{r.item} {r.checkIn}</p>)}
    </div>
  )
}
"""


def test_booking_rows_fold_into_the_titled_list() -> None:
    found = _analyze(_DESK, "app/reservations/page.tsx").of_type("booking")
    assert [(d.name, d.fields["items"]) for d in found] == [
        ("My reservations", ["Jo Park – Room A", "Al Ruiz – Projector"])
    ]


def test_booking_rows_only_counted_are_no_list() -> None:
    page = _DESK.replace(
        "{reservations.map((r) => <p key={r.id}>{r.item} {r.checkIn}</p>)}",
        "<p>{reservations.length} in total</p>",
    ).replace("<h1>My reservations</h1>", "<h1>Overview</h1>")
    assert not _analyze(page, "app/overview/page.tsx").of_type("booking")


# A studio's weekly timetable: sessions with an hour, an end, a room and places, no day.
_TIMETABLE = """
const sessions = [
  { id: 1, title: "Pilates base", time: "08:00", endTime: "09:00", room: "Sala 1", spots: 12 },
  { id: 2, title: "Yoga dolce", time: "18:30", endTime: "19:45", room: "Sala 2", spots: 10 },
]

export default function Orario() {
  return (
    <div>
      <h1>Orario delle lezioni</h1>
      {sessions.map((s) => <div key={s.id}><h3>{s.title}</h3><p>{s.time}-{s.endTime}</p></div>)}
    </div>
  )
}
"""


def test_timetable_sessions_without_a_day_are_events() -> None:
    assert _names(_analyze(_TIMETABLE), "event") == {"Pilates base", "Yoga dolce"}


def test_opening_hours_are_no_events() -> None:
    page = _TIMETABLE.replace(', room: "Sala 1", spots: 12', "").replace(
        ', room: "Sala 2", spots: 10', ""
    )
    assert not _analyze(page).of_type("event")


# An admin page with an "add" and an "edit" dialog for the same record, asking the same fields.
_ROOMS_ADMIN = """
"use client"
import { useState } from "react"

export default function Rooms() {
  const [adding, setAdding] = useState(false)
  const [editing, setEditing] = useState(false)
  return (
    <div>
      <h1>Habitaciones</h1>
      {editing && (
        <div>
          <h2>Editar habitación</h2>
          <label htmlFor="e-type">Tipo</label><input id="e-type" name="type" />
          <label htmlFor="e-price">Precio</label><input id="e-price" name="price" type="number" />
          <label htmlFor="e-floor">Piso</label><input id="e-floor" name="floor" type="number" />
          <button onClick={() => setEditing(false)}>Guardar</button>
        </div>
      )}
      {adding && (
        <div>
          <h2>Nueva habitación</h2>
          <label htmlFor="n-type">Tipo</label><input id="n-type" name="type" />
          <label htmlFor="n-price">Precio</label><input id="n-price" name="price" type="number" />
          <label htmlFor="n-floor">Piso</label><input id="n-floor" name="floor" type="number" />
          <button onClick={() => setAdding(false)}>Crear</button>
        </div>
      )}
    </div>
  )
}
"""


def test_an_edit_dialog_beside_the_add_dialog_is_one_form() -> None:
    assert _names(_analyze(_ROOMS_ADMIN, "components/rooms.tsx"), "form") == {"Nueva habitación"}


# Hotels listed with a "from" price and a rating, and the rooms of one hotel with their prices.
_STAYS = """
const hotels = [
  { id: 1, name: "Casa Azul", location: "Lisboa", rating: 4.6, price: 120 },
  { id: 2, name: "Hotel Norte", location: "Porto", rating: 4.2, price: 95 },
]
const rooms = [
  { id: 1, name: "Quarto Duplo", beds: 2, price: 120 },
  { id: 2, name: "Suite Rio", beds: 2, price: 210 },
]

export default function Page() {
  return (
    <div>
      {hotels.map((h) => <div key={h.id}><h3>{h.name}</h3><p>desde €{h.price}</p></div>)}
      {rooms.map((r) => <div key={r.id}><h3>{r.name}</h3><p>€{r.price}</p></div>)}
    </div>
  )
}
"""


def test_hotels_with_a_from_price_are_no_products_their_rooms_are() -> None:
    assert _names(_analyze(_STAYS), "product") == {"Quarto Duplo", "Suite Rio"}


# An admin page whose sample rows live in `useState`: services with prices, staff with a start
# date, and the customers of a titled list.
_ADMIN_STATE = """
"use client"
import { useState } from "react"

export default function Admin() {
  const [extras, setExtras] = useState<Extra[]>([
    { id: 1, name: "Đưa đón sân bay", price: 30 },
    { id: 2, name: "Giặt ủi", price: 15 },
  ])
  const [staff] = useState([
    { id: 1, name: "Lan Vo", email: "lan@x.vn", phone: "0901", joinDate: "2024-01-10" },
    { id: 2, name: "Minh Do", email: "minh@x.vn", phone: "0902", joinDate: "2024-03-02" },
  ])
  return (
    <div>
      <h1>Dịch vụ</h1>
      {extras.map((e) => <p key={e.id}>{e.name} ${e.price}</p>)}
      {staff.map((s) => <p key={s.id}>{s.name}</p>)}
      <button onClick={() => setExtras([])}>Xóa</button>
    </div>
  )
}
"""


def test_sample_rows_in_use_state_are_records_and_staff_no_events() -> None:
    report = _analyze(_ADMIN_STATE, "components/admin.tsx")
    assert _names(report, "product") == {"Đưa đón sân bay", "Giặt ủi"}
    assert not report.of_type("event")


_CUSTOMERS = """
"use client"
import { useState } from "react"

export default function Customers() {
  const [customers] = useState([
    { id: 1, name: "Ana Lima", email: "ana@x.com", phone: "1" },
    { id: 2, name: "Bo Chen", email: "bo@x.com", phone: "2" },
  ])
  return (
    <div>
      <h1>Customers</h1>
      {customers.map((c) => <p key={c.id}>{c.name} {c.email}</p>)}
    </div>
  )
}
"""


def test_sample_clients_fold_into_the_titled_client_list() -> None:
    found = _analyze(_CUSTOMERS, "app/admin/customers/page.tsx").of_type("contact")
    assert [(d.name, d.fields.get("items")) for d in found] == [
        ("Customers", ["Ana Lima", "Bo Chen"])
    ]


# An admin page keeps sample rooms for a tab that renders nothing yet: only their count shows.
_EMPTY_TAB = """
export default function Admin() {
  const hotels = [{ id: 1, name: "Casa", rooms: 12 }]
  // Mock data for rooms
  const rooms = [
    { id: 1, name: "Suite Mar", price: 300 },
    { id: 2, name: "Quarto Simples", price: 90 },
  ]
  return (
    <div>
      <h1>Painel</h1>
      <p>{rooms.length} quartos</p>
      <p>{hotels[0].rooms}</p>
      <div data-tab="rooms">{/* rooms come later */}</div>
    </div>
  )
}
"""


def test_rows_only_counted_are_no_records() -> None:
    assert not _analyze(_EMPTY_TAB, "app/admin/page.tsx").of_type("product")
    shown = _EMPTY_TAB.replace("{rooms.length} quartos", "{rooms.map((r) => r.name).join()}")
    assert _names(_analyze(shown, "app/admin/page.tsx"), "product") == {
        "Suite Mar",
        "Quarto Simples",
    }


# The visitor's own profile, and a "where to, when" bar with a Search button: no business forms.
_PROFILE_PAGE = """
export default function UserProfile() {
  return (
    <div>
      <h2>Informações Pessoais</h2>
      <label htmlFor="n">Nome</label><input id="n" name="name" />
      <label htmlFor="c">Cidade</label><input id="c" name="city" />
      <button type="submit">Salvar</button>
    </div>
  )
}
"""

_WHERE_TO = """
export default function Destinations() {
  return (
    <div>
      <h1>Explore destinations</h1>
      <label htmlFor="w">Where to?</label><input id="w" name="name" />
      <label htmlFor="d">Dates</label><input id="d" name="dates" />
      <button>Search</button>
    </div>
  )
}
"""


def test_own_profile_and_where_to_bars_are_no_forms() -> None:
    assert not _analyze(_PROFILE_PAGE, "components/user-profile.tsx").of_type("form")
    assert not _analyze(_WHERE_TO, "app/destinations/page.tsx").of_type("form")


# Events loaded from a database: no row is in the code, the page's title names the list.
_FETCHED_EVENTS = """
import { createClient } from "@/lib/supabase/server"

export default async function EventsPage() {
  const supabase = await createClient()
  const { data: events } = await supabase.from("events").select("*")
  return (
    <main>
      <h1>Próximos eventos</h1>
      {events?.map((e) => <article key={e.id}><h3>{e.title}</h3></article>)}
    </main>
  )
}
"""


def test_a_fetched_event_list_is_one_event_list() -> None:
    found = _analyze(_FETCHED_EVENTS, "app/eventos/page.tsx").of_type("event")
    assert [d.name for d in found] == ["Próximos eventos"]
    sample = _FETCHED_EVENTS.replace(
        'const { data: events } = await supabase.from("events").select("*")',
        'const events = [{ id: 1, title: "Feria", date: "2026-05-01", venue: "Plaza" }]',
    )
    assert _names(_analyze(sample, "app/eventos/page.tsx"), "event") == {"Feria"}


_LEGAL_PAGE = """
export default function MentionsLegales() {
  const sections = [
    { title: "1. Éditeur du site", price: "Capital de 1 000 €" },
    { title: "2. Hébergement", price: "Vercel Inc." },
  ]
  return (
    <main>
      {sections.map((s) => <section key={s.title}><h2>{s.title}</h2><p>{s.price}</p></section>)}
    </main>
  )
}
"""


def test_a_legal_notice_sells_nothing() -> None:
    assert not _analyze(_LEGAL_PAGE, "app/mentions-legales/page.tsx").of_type("product")


# The day and the slot are picked into states of their own; the last step asks who is coming.
_SLOT_WIZARD = """
"use client"
import { useState } from "react"

export default function PatientView() {
  const [selectedDate, setSelectedDate] = useState<Date | undefined>()
  const [pickedSlot, setPickedSlot] = useState<string | null>(null)
  const [name, setName] = useState("")
  const [phone, setPhone] = useState("")
  return (
    <form onSubmit={(e) => { e.preventDefault(); console.log(selectedDate, pickedSlot) }}>
      <h2>Your details</h2>
      <label htmlFor="n">Full name</label>
      <input id="n" value={name} onChange={(e) => setName(e.target.value)} />
      <label htmlFor="p">Phone</label>
      <input id="p" type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />
      <button type="submit">Book appointment</button>
    </form>
  )
}
"""


def test_a_form_beside_picked_day_and_slot_states_is_a_booking() -> None:
    assert len(_analyze(_SLOT_WIZARD, "components/patient.tsx").of_type("booking")) == 1
    no_pick = _SLOT_WIZARD.replace("selectedDate, setSelectedDate", "selectedA, setSelectedA")
    no_pick = no_pick.replace("pickedSlot, setPickedSlot", "pickedB, setPickedB")
    no_pick = no_pick.replace("console.log(selectedDate, pickedSlot)", "console.log(name)")
    # (round 9: a button that itself says "Book appointment" asks for one, day or not)
    no_pick = no_pick.replace("Book appointment", "Send")
    assert not _analyze(no_pick, "components/patient.tsx").of_type("booking")
