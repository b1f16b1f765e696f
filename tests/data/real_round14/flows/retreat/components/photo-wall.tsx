import wall from "@/data/photo-wall.json"

export function PhotoWall() {
  const { heading, album } = wall
  return (
    <section>
      <h2>{heading}</h2>
      <button onClick={() => window.open(album.address, "_blank")}>{album.caption}</button>
    </section>
  )
}
