// accounts that may sign in to the school's back office, with what each may do
export const CONTAS = [
  { id: "c1", name: "Rita Sousa", email: "rita@colegio.pt", role: "direcao" },
  { id: "c2", name: "Nuno Reis", email: "nuno@colegio.pt", role: "secretaria" },
  { id: "c3", name: "Inês Lobo", email: "ines@colegio.pt", role: "docente" },
]
