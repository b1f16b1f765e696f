export const tickets = [
  { key: "IT-311", title: "VPN drops every 10 minutes", requester: "m.rossi@corp.example", severity: "P2", status: "In progress", assignee: "Jonas" },
  { key: "IT-309", title: "New hire laptop for Sara (starts Monday)", requester: "hr@corp.example", severity: "P3", status: "Open", assignee: null },
  { key: "IT-305", title: "Printer on 3rd floor jams", requester: "office@corp.example", severity: "P4", status: "Waiting", assignee: "Priya" },
  { key: "IT-298", title: "Outlook won't sync shared calendar", requester: "k.ito@corp.example", severity: "P2", status: "Closed", assignee: "Jonas" },
]
