// One teacher's page: the school's own staff, no contact a CRM owns.
export default function TeacherPage() {
  const teacher = { name: "Luis", email: "luis@example.com", phone: "600 111 222", subject: "Maths" }
  return (
    <main>
      <h1>Teacher</h1>
      <p>{teacher.name}</p>
      <p>{teacher.email}</p>
      <p>{teacher.phone}</p>
    </main>
  )
}
