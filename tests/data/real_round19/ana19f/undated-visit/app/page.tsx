"use client"
export default function Clinic() {
  return (
    <section>
      <h2>Записатися на прийом</h2>
      <form onSubmit={(e) => { e.preventDefault(); fetch("/api/contact", { method: "POST" }) }}>
        <input name="name" placeholder="Ваше ім'я" />
        <input name="phone" type="tel" placeholder="+380" />
        <select name="doctor"><option>Терапевт</option><option>Стоматолог</option></select>
        <textarea name="message" placeholder="Що турбує?" />
        <button type="submit">Надіслати</button>
      </form>
    </section>
  )
}
