"use server"

// the deployment says where the lead goes: a whole configured URL is a hook out of the app
export async function passLead(data: FormData) {
  await fetch(process.env.LEADS_HOOK!, {
    method: "POST",
    body: JSON.stringify({ name: data.get("name"), mail: data.get("mail") }),
  })
}

// the app's own back end, addressed with a path after its configured base: a record stored
export async function saveVisit(data: FormData) {
  await fetch(`${process.env.BACKEND_URL}/visits`, { method: "POST", body: JSON.stringify(data) })
}
