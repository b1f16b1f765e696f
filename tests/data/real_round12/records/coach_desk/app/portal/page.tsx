"use client"

import useSWR from "swr"

const load = (key: string) => fetch(`/api/${key}`).then((r) => r.json())

export default function Portal({ me }: { me: { id: string; name: string } }) {
  const { data: students } = useSWR("students", load)
  const { data: dues } = useSWR("dues", load)
  const mine = students?.find((s: any) => s.userId === me.id)
  const studentDues = dues?.filter((d: any) => d.studentId === mine?.id) ?? []

  return (
    <main>
      <h1>Welcome, {me.name}</h1>
      <section>
        {studentDues.map((d: any) => (
          <p key={d.id}>
            {d.month}: {d.status}
          </p>
        ))}
      </section>
    </main>
  )
}
