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
