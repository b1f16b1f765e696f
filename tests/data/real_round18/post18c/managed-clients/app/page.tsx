import { ClientManagement } from "@/components/client-management"

export default function Page() {
  return (
    <main className="p-6">
      <ClientManagement />
    </main>
  )
}
