// every component of this fixture is on a page: forms no page shows collect nothing (round 12)
import { AppointmentRequest } from "@/components/appointment-request"
import { AuditRequest } from "@/components/audit-request"
import { Newsletter } from "@/components/newsletter"

export default function Shown() {
  return (
    <main>
      <AppointmentRequest />
      <AuditRequest />
      <Newsletter />
    </main>
  )
}
