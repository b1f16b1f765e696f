type Course = { name: string; price: number; period: string }

export function Courses({ dictionary }: { dictionary: { courses: { title: string; items: Course[] } } }) {
  return (
    <section>
      <h2>{dictionary.courses.title}</h2>
      {dictionary.courses.items.map((course) => (
        <div key={course.name}>
          <h3>{course.name}</h3>
          <p>
            {course.price} zł / {course.period}
          </p>
          <button>Zapisz się</button>
        </div>
      ))}
    </section>
  )
}
