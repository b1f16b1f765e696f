// One note as a card: its text and who wrote it.
export function NoteCard({ nota }: { nota: { testo: string; autore: string } }) {
  return (
    <article>
      <p>{nota.testo}</p>
      <small>{nota.autore}</small>
    </article>
  )
}
