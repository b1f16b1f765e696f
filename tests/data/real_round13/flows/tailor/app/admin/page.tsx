"use client"

import { useState } from "react"

// the owner sets how the site presents the shop: no customer, order or booking is kept
export default function AdminHome() {
  const [site, setSite] = useState({ title: "", motto: "", mail: "", phone: "" })

  const store = async () => {
    await fetch("/api/site", { method: "PUT", body: JSON.stringify(site) })
  }

  return (
    <section>
      <h2>Shop Configuration</h2>
      <label htmlFor="title">Shop title</label>
      <input id="title" value={site.title} onChange={(e) => setSite({ ...site, title: e.target.value })} />
      <label htmlFor="motto">Motto</label>
      <input id="motto" value={site.motto} onChange={(e) => setSite({ ...site, motto: e.target.value })} />
      <label htmlFor="mail">Shop e-mail</label>
      <input id="mail" type="email" value={site.mail} onChange={(e) => setSite({ ...site, mail: e.target.value })} />
      <label htmlFor="phone">Shop phone</label>
      <input id="phone" value={site.phone} onChange={(e) => setSite({ ...site, phone: e.target.value })} />
      <button onClick={store}>Save</button>
    </section>
  )
}
