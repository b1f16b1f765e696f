export type Contact = {
  id: number
  name: string
  email: string
  company: string
  stage: "lead" | "qualified" | "customer" | "churned"
  owner: string
  lastActivity: string
}

export const contacts: Contact[] = [
  { id: 1, name: "Olivia Martin", email: "olivia.martin@acme.dev", company: "Acme Dev", stage: "customer", owner: "Sam", lastActivity: "2024-06-03" },
  { id: 2, name: "Jackson Lee", email: "jackson@brightpath.ai", company: "BrightPath AI", stage: "qualified", owner: "Ana", lastActivity: "2024-06-01" },
  { id: 3, name: "Isabella Nguyen", email: "isabella@verdant.eco", company: "Verdant", stage: "lead", owner: "Sam", lastActivity: "2024-05-29" },
  { id: 4, name: "William Kim", email: "will@kimco.com", company: "KimCo", stage: "churned", owner: "Leo", lastActivity: "2024-04-17" },
  { id: 5, name: "Sofia Davis", email: "sofia.davis@northstar.io", company: "Northstar", stage: "lead", owner: "Ana", lastActivity: "2024-06-04" },
]
