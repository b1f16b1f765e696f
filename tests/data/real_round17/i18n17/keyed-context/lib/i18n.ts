export type Language = "en" | "es"

export const translations = {
  en: {
    booking: {
      title: "Book a table",
      day: "Day",
      hour: "Time",
      guests: "Guests",
      contact: "Phone",
      confirm: "Confirm booking",
    },
    menu: { title: "Our menu", paella: "Seafood paella", tortilla: "Spanish omelette" },
  },
  es: {
    booking: {
      title: "Reserva tu mesa",
      day: "Fecha",
      hour: "Hora",
      guests: "Comensales",
      contact: "Teléfono",
      confirm: "Confirmar reserva",
    },
    menu: { title: "Nuestra carta", paella: "Paella de marisco", tortilla: "Tortilla de patatas" },
  },
}
