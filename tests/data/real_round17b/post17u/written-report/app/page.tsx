import shows from "../data/shows.json"

export default function Home() {
  return (
    <main>
      <h1>Upcoming shows</h1>
      <ul>
        {shows.map((show) => (
          <li key={show.id}>
            <h3>{show.title}</h3>
            <time>{show.date}</time>
            <span>{show.venue}</span>
          </li>
        ))}
      </ul>
    </main>
  )
}
