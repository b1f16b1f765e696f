// what the shop's customers asked for, written out as sample rows
export const customerRequests = [
  { id: "R-11", subject: "Parcel arrived damaged", priority: "high", status: "open", customer: "Ines Roth" },
  { id: "R-12", subject: "Wrong size delivered", priority: "medium", status: "pending", customer: "Tom Baker" },
  { id: "R-13", subject: "Refund not received", priority: "high", status: "open", customer: "Mei Chen" },
]
