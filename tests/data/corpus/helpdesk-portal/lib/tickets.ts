export type Ticket = {
  id: string
  subject: string
  status: "open" | "pending" | "resolved"
  priority: "low" | "normal" | "high" | "urgent"
  updated: string
}

export const myTickets: Ticket[] = [
  { id: "SUP-1042", subject: "Cannot export CSV from reports", status: "open", priority: "high", updated: "2 hours ago" },
  { id: "SUP-1038", subject: "Charged twice for May", status: "pending", priority: "urgent", updated: "yesterday" },
  { id: "SUP-1021", subject: "How to add a second admin?", status: "resolved", priority: "low", updated: "Apr 28" },
  { id: "SUP-1017", subject: "SSO login loops back to sign-in page", status: "resolved", priority: "normal", updated: "Apr 22" },
]
