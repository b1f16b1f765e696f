// texts of a landing page in two languages; the price slots are left empty on purpose
export const texts = {
  en: {
    services: {
      phone: { name: "Phone credit for every carrier", price: "" },
      bills: { name: "Utility bills without queues", price: "" },
      wallet: { name: "Wallet top-ups", price: "" },
    },
  },
  de: {
    services: {
      phone: { name: "Guthaben für jedes Netz", price: "" },
      bills: { name: "Rechnungen ohne Warteschlange", price: "" },
      wallet: { name: "Wallet aufladen", price: "" },
    },
  },
}
