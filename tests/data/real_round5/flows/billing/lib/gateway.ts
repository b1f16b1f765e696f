"use server"

// a school's payment provider, reached through a base URL the deployment configures
const chargesBase = `${process.env.GATEWAY_URL}/v3/charges`

async function accessToken() {
  const tokenUrl = "https://auth.example-gateway.test/oauth/token"
  const res = await fetch(tokenUrl, { method: "POST", body: "grant_type=client_credentials" })
  return (await res.json()).access_token
}

export async function listCharges(studentId: string) {
  const token = await accessToken()
  const url = `${chargesBase}?student=${studentId}`
  const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } })
  return res.json()
}

export async function refundCharge(chargeId: string, amount: number) {
  const token = await accessToken()
  const url = `${chargesBase}/${chargeId}/refund`
  const res = await fetch(url, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify({ amount }),
  })
  return res.json()
}

export async function renameCharge(chargeId: string, label: string) {
  const token = await accessToken()
  const url = `${chargesBase}/${chargeId}`
  const res = await fetch(url, {
    method: "PATCH",
    headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify({ label }),
  })
  return res.json()
}
