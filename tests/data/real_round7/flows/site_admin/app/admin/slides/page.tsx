"use client"

import { useState } from "react"

// the home page's carousel: each slide is a picture, two lines of text and where it leads
export default function SlidesAdmin() {
  const [draft, setDraft] = useState({ headline: "", caption: "", link: "", position: 0, visible: true })

  async function saveSlide(e: React.FormEvent) {
    e.preventDefault()
    await fetch("/api/slides", { method: "POST", body: JSON.stringify(draft) })
  }

  return (
    <section>
      <h1>Home carousel</h1>
      <form onSubmit={saveSlide}>
        <label htmlFor="picture">Picture</label>
        <input id="picture" name="picture" type="file" accept="image/*" />
        <label htmlFor="headline">Headline</label>
        <input id="headline" name="headline" value={draft.headline} onChange={(e) => setDraft({ ...draft, headline: e.target.value })} />
        <label htmlFor="caption">Caption</label>
        <textarea id="caption" name="caption" value={draft.caption} onChange={(e) => setDraft({ ...draft, caption: e.target.value })} />
        <label htmlFor="link">Link</label>
        <input id="link" name="link" value={draft.link} onChange={(e) => setDraft({ ...draft, link: e.target.value })} />
        <label htmlFor="position">Position</label>
        <input id="position" name="position" type="number" value={draft.position} onChange={(e) => setDraft({ ...draft, position: Number(e.target.value) })} />
        <label htmlFor="visible">Show on the home page</label>
        <input id="visible" name="visible" type="checkbox" checked={draft.visible} onChange={(e) => setDraft({ ...draft, visible: e.target.checked })} />
        <button type="submit">Save slide</button>
      </form>
    </section>
  )
}
