"use client"

export default function JobsPage() {
  const onSend = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault()
  }

  return (
    <form onSubmit={onSend}>
      <h2>Night baker wanted: application</h2>
      <label htmlFor="fullName">Your name</label>
      <input id="fullName" name="fullName" />
      <label htmlFor="email">E-mail</label>
      <input id="email" name="email" type="email" />
      <label htmlFor="resume">Your CV</label>
      <input id="resume" name="resume" type="file" />
      <button type="submit">Send my application</button>
    </form>
  )
}
