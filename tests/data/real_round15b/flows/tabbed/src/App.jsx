import { useState } from "react"
import ViewTabs from "./ViewTabs"

export default function KennelDesk() {
  const [view, setView] = useState("dogs")
  const [dogs, setDogs] = useState([])
  const [walks, setWalks] = useState([])
  const [draft, setDraft] = useState({ name: "", breed: "", owner: "" })
  const [walk, setWalk] = useState({ dog: "", day: "", notes: "" })
  const [remark, setRemark] = useState("")

  return (
    <div className="shell">
      <header>
        <h1>PawLedger</h1>
        <ViewTabs
          items={[
            { key: "dogs", label: "Dogs" },
            { key: "new_walk", label: "Book a walk" },
            { key: "new_dog", label: "Register dog" },
          ]}
          onPick={setView}
        />
        <button onClick={() => setView("login")}>Log out</button>
      </header>

      {view === "dogs" && (
        <div className="panel">
          <h2>Our Dogs</h2>
          {dogs.map((d) => (
            <p key={d.name}>{d.name} ({d.breed})</p>
          ))}
          <button onClick={() => setView("new_dog")}>← Back to list</button>
        </div>
      )}

      {view === "new_walk" && (
        <div className="panel">
          <h2>Book a Walk</h2>
          <h4>Which dog</h4>
          <select onChange={(e) => setWalk({ ...walk, dog: e.target.value })}>
            {dogs.map((d) => (
              <option key={d.name} value={d.name}>{d.name}</option>
            ))}
          </select>
          <h4>Which day</h4>
          <input type="date" onChange={(e) => setWalk({ ...walk, day: e.target.value })} />
          <h4>Anything we should know</h4>
          <textarea onChange={(e) => setWalk({ ...walk, notes: e.target.value })} />
          <button onClick={() => setWalks([...walks, walk])}>Send Request</button>
        </div>
      )}

      {view === "new_dog" && (
        <div className="panel">
          <h2>Register a Dog</h2>
          <h4>Dog</h4>
          <input placeholder="Dog name" onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
          <input placeholder="Breed" onChange={(e) => setDraft({ ...draft, breed: e.target.value })} />
          <h4>Owner</h4>
          <input placeholder="Owner name" onChange={(e) => setDraft({ ...draft, owner: e.target.value })} />
          <button onClick={() => setDogs([...dogs, draft])}>Save Dog</button>
        </div>
      )}

      <div className="remarks">
        <input placeholder="Leave a remark..." value={remark} onChange={(e) => setRemark(e.target.value)} />
        <button onClick={() => setRemark("")}>Close</button>
      </div>
    </div>
  )
}
