export const plans = [
  {
    id: "hobby",
    name: "Hobby",
    description: "For side projects and tinkering.",
    monthlyPrice: 9,
    yearlyPrice: 90,
    features: ["3 projects", "10k requests / month", "Community support"],
  },
  {
    id: "team",
    name: "Team",
    description: "For small teams shipping weekly.",
    monthlyPrice: 29,
    yearlyPrice: 290,
    features: ["Unlimited projects", "1M requests / month", "Role-based access", "Email support"],
    highlighted: true,
  },
  {
    id: "business",
    name: "Business",
    description: "For companies with compliance needs.",
    monthlyPrice: 79,
    yearlyPrice: 790,
    features: ["Everything in Team", "SAML SSO", "Audit log", "99.9% uptime SLA"],
  },
] as const

export type PlanId = (typeof plans)[number]["id"]
