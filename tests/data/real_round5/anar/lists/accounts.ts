// A Czech agency's demo sign-in: its users carry e-mails and roles, the password is checked here.
export const uzivatele = [
  { id: 1, name: "Jana Nováková", email: "jana@agentura.cz", role: "admin" },
  { id: 2, name: "Petr Svoboda", email: "petr@agentura.cz", role: "sales" },
]

export async function prihlasit(email: string, password: string) {
  const u = uzivatele.find((x) => x.email === email)
  return u && password === "demo1234" ? u : null
}
