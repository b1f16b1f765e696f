export type Client = {
  id: string
  name: string
  email: string
  company: string
  phone: string
}

export const clients: Client[] = [
  { id: "c1", name: "Ada Lovelace", email: "ada@engines.co.uk", company: "Analytical Engines", phone: "+44 20 7946 0001" },
  { id: "c2", name: "Grace Hopper", email: "grace@cobol.dev", company: "Compiler Works", phone: "+1 202 555 0102" },
  { id: "c3", name: "Alan Turing", email: "alan@bletchley.org", company: "Bletchley Park", phone: "+44 20 7946 0003" },
  { id: "c4", name: "Katherine Johnson", email: "katherine@orbit.space", company: "Orbit Labs", phone: "+1 757 555 0104" },
  { id: "c5", name: "Hedy Lamarr", email: "hedy@spread.fm", company: "Spread Spectrum", phone: "+1 310 555 0105" },
  { id: "c6", name: "Margaret Hamilton", email: "margaret@apollo.io", company: "Apollo Software", phone: "+1 617 555 0106" },
]
