"""Weak spots seen on public v0 projects (issue 12), replayed on small pages written here."""

from __future__ import annotations

from l4ydesk.core.analyzer import AnalysisReport, analyze_files


def _analyze(page: str, path: str = "app/page.tsx") -> AnalysisReport:
    return analyze_files({path: page.encode("utf-8")})


def _names(report: AnalysisReport, type_key: str) -> set[str]:
    return {d.name for d in report.of_type(type_key)}


# An invitation: the date, the time and the place are three cards built by a local component, and
# their values are props, so no card shows a literal date next to the heading.
_INVITATION = """
import { CalendarDays, Clock, MapPin } from "lucide-react"

function Fact({ icon, title, lines }: { icon: React.ReactNode; title: string; lines: string[] }) {
  return (
    <div className="rounded-xl p-6">
      {icon}
      <h3>{title}</h3>
      {lines.map((l) => <p key={l}>{l}</p>)}
    </div>
  )
}

export default function Page() {
  return (
    <section>
      <div className="mx-auto">
        <h2>Detalles de la Ceremonia</h2>
        <div className="grid grid-cols-3">
          <Fact icon={<CalendarDays />} title="Día" lines={["Sábado"]} />
          <Fact icon={<Clock />} title="Hora" lines={["17:00"]} />
          <Fact icon={<MapPin />} title="Lugar" lines={["Finca Los Olivos"]} />
        </div>
      </div>
    </section>
  )
}
"""

# A wedding card whose date comes from settings: an icon says "date", another "time".
_SETTINGS_CARD = """
import { Calendar, Clock } from "lucide-react"

export default function Page({ settings }: { settings: { date: string; time?: string } }) {
  return (
    <div className="grid">
      <div className="card flex gap-4">
        <Calendar className="h-6 w-6" />
        <div>
          <h3>Cerimônia</h3>
          <p>{new Date(settings.date).toLocaleDateString("pt-BR")}</p>
          <span><Clock className="h-4 w-4" />{settings.time ?? "A confirmar"}</span>
        </div>
      </div>
    </div>
  )
}
"""

# A contact section: a pin, a clock (opening hours) and a calendar link, but nothing to attend.
_VISIT_US = """
import { Calendar, Clock, MapPin } from "lucide-react"

export default function Page() {
  return (
    <section>
      <h2>Visítanos</h2>
      <p><MapPin /> Calle Mayor 4</p>
      <p><Clock /> Lunes a viernes 9:00 - 18:00</p>
      <a href="/reservas"><Calendar /> Pide cita</a>
    </section>
  )
}
"""


def test_event_written_as_fact_cards_without_a_literal_date_is_an_event() -> None:
    assert _names(_analyze(_INVITATION), "event") == {"Detalles de la Ceremonia"}


def test_event_card_with_a_date_from_settings_is_an_event() -> None:
    assert _names(_analyze(_SETTINGS_CARD), "event") == {"Cerimônia"}


def test_opening_hours_and_a_calendar_link_are_no_event() -> None:
    assert _names(_analyze(_VISIT_US), "event") == set()


# A guest page asks for an e-mail and sends a one-time code: it signs the guest in, it stores
# nothing an agency would connect, even though no field is a password.
_GUEST_ACCESS = """
"use client"
import { useState } from "react"

export default function OrdersAccess() {
  const [email, setEmail] = useState("")
  const requestCode = async (e: React.FormEvent) => {
    e.preventDefault()
    const res = await fetch("/api/account/send-otp", {
      method: "POST",
      body: JSON.stringify({ email }),
    })
    if (res.ok) window.location.href = "/orders/verify"
  }
  return (
    <div>
      <h2>Consultar mis pedidos</h2>
      <form onSubmit={requestCode}>
        <label htmlFor="email">Correo</label>
        <input id="email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        <button type="submit">Recibir código</button>
      </form>
    </div>
  )
}
"""

# The same shape posting to the shop's list: that is a newsletter, a real contact form.
_NEWSLETTER = _GUEST_ACCESS.replace("/api/account/send-otp", "/api/newsletter").replace(
    "Consultar mis pedidos", "Suscríbete a las novedades"
)


def test_email_form_that_requests_a_sign_in_code_is_no_form() -> None:
    report = _analyze(_GUEST_ACCESS)
    assert _names(report, "form") == set()
    assert _names(report, "contact") == set()


def test_email_form_that_subscribes_stays_a_form() -> None:
    assert _names(_analyze(_NEWSLETTER), "form") == {"Suscríbete a las novedades"}


# An admin page of a studio lists who teaches and who learns there: people with e-mails, but
# the studio's own staff and pupils, not clients or leads a CRM would own.
_PEOPLE = """
const alumnos = [
  { id: 1, nombre: "Lucía Pérez", email: "lucia@example.com", clasesInscritas: 3 },
  { id: 2, nombre: "Marco Díaz", email: "marco@example.com", clasesInscritas: 1 },
]
const instructors = [
  { id: 1, name: "Ana Ruiz", email: "ana@example.com", specialty: "Vinyasa" },
  { id: 2, name: "Tom Berg", email: "tom@example.com", specialty: "Yin" },
]
const leads = [
  { id: 1, name: "Eva Stone", email: "eva@example.com", company: "Stone Café" },
  { id: 2, name: "Raj Patel", email: "raj@example.com", company: "Patel & Co" },
]

export default function People() {
  return (
    <div>
      <h2>Alumnos</h2>
      {alumnos.map((a) => <div key={a.id}><h3>{a.nombre}</h3><p>{a.email}</p></div>)}
      <h2>Instructors</h2>
      {instructors.map((i) => <div key={i.id}><h3>{i.name}</h3><p>{i.email}</p></div>)}
      <h2>Leads</h2>
      {leads.map((l) => <div key={l.id}><h3>{l.name}</h3><p>{l.email}</p></div>)}
    </div>
  )
}
"""


def test_staff_are_no_contacts_pupils_and_leads_are() -> None:
    report = _analyze(_PEOPLE, "app/admin/people/page.tsx")
    # the leads and (round 8's settled point) the pupils are lists a CRM owns, each named by
    # the heading over it, with each person as an item; the instructors are the staff
    assert sorted((d.name, d.fields["items"]) for d in report.of_type("contact")) == [
        ("Alumnos", ["Lucía Pérez", "Marco Díaz"]),
        ("Leads", ["Eva Stone", "Raj Patel"]),
    ]


# Plan cards written out in JSX whose price is computed where it is shown: a monthly/yearly
# switch picks one of two numbers, or a formatter is called on the amount.
_PLANS = """
"use client"
import { useState } from "react"

const amount = (n: number) => n.toLocaleString("de-DE")

export default function Preise() {
  const [yearly, setYearly] = useState(false)
  return (
    <section>
      <h2>Unsere Tarife</h2>
      <button onClick={() => setYearly(!yearly)}>Jährlich</button>
      <div className="grid md:grid-cols-2">
        <div className="rounded-xl border p-6">
          <h3>Basis</h3>
          <p className="text-4xl">€{yearly ? 190 : 19}<span>/Monat</span></p>
          <button>Wählen</button>
        </div>
        <div className="rounded-xl border p-6">
          <h3>Profi</h3>
          <p className="text-4xl">{amount(49)} €<span>/Monat</span></p>
          <button>Wählen</button>
        </div>
      </div>
    </section>
  )
}
"""

# A statistic computed in JSX has no currency and no period: it is no product.
_STATS = """
export default function Zahlen() {
  return (
    <div className="grid">
      <div><h3>Kunden</h3><p>{12 * 100}+</p></div>
      <div><h3>Jahre</h3><p>{2024 - 2009}</p></div>
    </div>
  )
}
"""


def test_plan_cards_with_a_computed_price_are_products() -> None:
    products = {d.name: d for d in _analyze(_PLANS).of_type("product")}
    assert set(products) == {"Basis", "Profi"}
    assert products["Basis"].fields["price"] == "19.00"
    assert products["Profi"].fields["price"] == "49.00"


def test_computed_statistics_are_no_products() -> None:
    assert _names(_analyze(_STATS), "product") == set()


# A newsletter box whose only input says "e-mail" in its placeholder, in the page's language,
# and has no type="email": it still captures a contact.
_BOLETIN = """
import { Input } from "@/components/ui/input"
import { Button } from "@/components/ui/button"

export default function Inicio() {
  return (
    <section>
      <h2>Suscríbete a nuestro boletín</h2>
      <div className="flex gap-2">
        <Input placeholder="Tu correo electrónico" />
        <Button>Suscribirse</Button>
      </div>
    </section>
  )
}
"""


def test_text_input_asking_for_an_e_mail_in_spanish_makes_a_newsletter_contact() -> None:
    assert _names(_analyze(_BOLETIN), "contact") == {"Suscríbete a nuestro boletín"}


# An organiser's "new event" form mentions tickets (their price) and has a description: it
# creates an event listing, not a support ticket.
_NEW_EVENT = """
"use client"
export default function NewEvent() {
  const save = async (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    await fetch("/api/events", { method: "POST", body: new FormData(e.currentTarget) })
  }
  return (
    <form onSubmit={save}>
      <h2>Event details</h2>
      <label htmlFor="title">Title</label>
      <input id="title" name="title" />
      <label htmlFor="description">Description</label>
      <textarea id="description" name="description" />
      <label htmlFor="date">Date</label>
      <input id="date" name="date" type="date" />
      <label htmlFor="ticketPrice">Ticket price (USD)</label>
      <input id="ticketPrice" name="ticketPrice" type="number" />
      <button type="submit">Create event</button>
    </form>
  )
}
"""


def test_event_form_with_a_ticket_price_is_no_support_ticket() -> None:
    report = _analyze(_NEW_EVENT, "app/events/new/page.tsx")
    assert _names(report, "ticket") == set()
    assert _names(report, "form") == {"Event details"}
