// A Viennese carpenter's customers, kept as sample rows.
export const kunden = [
  { id: 1, name: "Anna Huber", email: "anna@huber.at", company: "Huber Bau" },
  { id: 2, name: "Felix Gruber", email: "felix@gruber.at", company: "Gruber Holz" },
]
