type Pupil = {
  fullName: string
  email: string
  phone: string
  level: string
  joined: string
  lessonsTaken: number
  guardian: string
}

export function PupilProfile({ student }: { student: Pupil }) {
  return (
    <article className="space-y-4">
      <h2>{student.fullName}</h2>
      <p>{student.email}</p>
      <p>{student.phone}</p>
      <section>
        <h3>Progress</h3>
        <p>Level: {student.level}</p>
        <p>Since {student.joined}</p>
        <p>{student.lessonsTaken} lessons</p>
      </section>
      <section>
        <h3>Family</h3>
        <p>{student.guardian}</p>
      </section>
    </article>
  )
}

export function PupilChip({ student }: { student: Pupil }) {
  return (
    <span>
      {student.fullName} · {student.level}
    </span>
  )
}
