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
    plans: { small: "Tasting club", large: "Chef's club" },
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
    plans: { small: "Club de cata", large: "Club del chef" },
  },
}
