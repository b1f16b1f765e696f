export type InvoiceStatus = "paid" | "pending" | "overdue" | "draft"

export interface Invoice {
  id: string
  client: string
  email: string
  amount: number
  status: InvoiceStatus
  issuedAt: string
  dueDate: string
}

export const invoices: Invoice[] = [
  { id: "INV-2024-001", client: "Northwind Traders", email: "ap@northwind.com", amount: 4200, status: "paid", issuedAt: "2024-05-02", dueDate: "2024-06-01" },
  { id: "INV-2024-002", client: "Lumen Labs", email: "finance@lumenlabs.io", amount: 1850.75, status: "pending", issuedAt: "2024-05-14", dueDate: "2024-06-13" },
  { id: "INV-2024-003", client: "Harbor Logistics", email: "billing@harbor.co", amount: 9600, status: "overdue", issuedAt: "2024-04-01", dueDate: "2024-05-01" },
  { id: "INV-2024-004", client: "Pastel Studio", email: "sofia@pastel.studio", amount: 720, status: "draft", issuedAt: "2024-05-28", dueDate: "2024-06-27" },
  { id: "INV-2024-005", client: "Greenleaf Co-op", email: "accounts@greenleaf.org", amount: 3100.5, status: "paid", issuedAt: "2024-05-20", dueDate: "2024-06-19" },
]

export const clients = [
  { id: "c1", name: "Northwind Traders", contact: "Dana Whitfield", email: "ap@northwind.com", phone: "+1 415 555 0142" },
  { id: "c2", name: "Lumen Labs", contact: "Arjun Mehta", email: "finance@lumenlabs.io", phone: "+1 646 555 0199" },
  { id: "c3", name: "Harbor Logistics", contact: "Kate O'Brien", email: "billing@harbor.co", phone: "+1 206 555 0110" },
]
