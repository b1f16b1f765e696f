"use client"
import { useState } from "react"

const post = { title: "Notre nouvelle terrasse", body: "Dès le printemps, la terrasse ouvre de 12h à 22h." }

export default function Billet() {
  const [auteur, setAuteur] = useState("")
  const [texte, setTexte] = useState("")
  const [liste, setListe] = useState<string[]>([])
  return (
    <article>
      <h1>{post.title}</h1>
      <p>{post.body}</p>
      <section>
        <h3>Laisser un commentaire</h3>
        <input name="authorName" value={auteur} onChange={(e) => setAuteur(e.target.value)} placeholder="Votre nom" />
        <textarea name="comment" value={texte} onChange={(e) => setTexte(e.target.value)} />
        <button onClick={() => setListe([...liste, `${auteur}: ${texte}`])}>Publier</button>
      </section>
      {liste.map((c) => <p key={c}>{c}</p>)}
    </article>
  )
}
