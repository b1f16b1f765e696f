"use client"
import { createContext, useState } from "react"

// a pretend user store for the demo sign-in
const accounts = [
  { id: "u1", name: "Demo Kunde", email: "demo@example.org", password: "secret1", phone: "0301234" },
  { id: "u2", name: "Zweiter Kunde", email: "zwei@example.org", password: "secret2", phone: "0305678" },
]

export const SessionContext = createContext(null)

export function SessionProvider({ children }: { children: React.ReactNode }) {
  const [user, setUser] = useState(null)
  const signIn = (email: string, password: string) =>
    setUser(accounts.find((a) => a.email === email && a.password === password) ?? null)
  return <SessionContext.Provider value={{ user, signIn }}>{children}</SessionContext.Provider>
}
