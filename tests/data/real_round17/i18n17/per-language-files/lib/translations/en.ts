export const en = {
  quote: {
    title: "Ask for a quote",
    who: "Full name",
    mail: "Email address",
    need: "Describe your project",
    send: "Send request",
  },
}
