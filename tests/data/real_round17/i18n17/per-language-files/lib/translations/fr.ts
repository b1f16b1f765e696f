export const fr = {
  quote: {
    title: "Demander un devis",
    who: "Nom complet",
    mail: "Adresse e-mail",
    need: "Décrivez votre projet",
    send: "Envoyer la demande",
  },
}
