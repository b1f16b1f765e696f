export default function NewsPage() {
  return (
    <main>
      <h1>Notices</h1>
      <form>
        <h2>Post New Notice</h2>
        <input name="title" placeholder="Title" />
        <select name="category">
          <option>General</option>
          <option>Workshop</option>
        </select>
        <select name="priority">
          <option>Low</option>
          <option>High</option>
        </select>
        <textarea name="content" placeholder="What riders should know" />
        <input name="expires_on" type="date" />
        <button type="submit">Post Notice</button>
      </form>
    </main>
  )
}
