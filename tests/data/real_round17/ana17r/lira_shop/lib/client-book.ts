export const clients = [
  { id: 1, name: "Deniz Aras", email: "deniz@example.com", phone: "+90 500 000 0001", totalSpent: "₺4,200" },
  { id: 2, name: "Selin Kara", email: "selin@example.com", phone: "+90 500 000 0002", totalSpent: "₺1,150" },
  { id: 3, name: "Emre Tan", email: "emre@example.com", phone: "+90 500 000 0003", totalSpent: "₺9,870" },
]
