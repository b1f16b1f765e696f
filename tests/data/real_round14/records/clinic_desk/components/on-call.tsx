const doctors = [
  { name: "Dr. Ravi Menon", specialty: "Pulmonology", age: 49 },
  { name: "Dr. Hanna Berg", specialty: "Neurology", age: 41 },
]

export function OnCall() {
  return (
    <div className="grid gap-2">
      {doctors.map((d) => (
        <p key={d.name}>
          {d.name}, {d.specialty}, {d.age}
        </p>
      ))}
    </div>
  )
}
