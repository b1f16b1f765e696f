"use server"

// reads a photographed receipt with a language model and hands the fields back to the form
export async function readReceipt(imageBase64: string) {
  const response = await fetch("https://api.groq.com/openai/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.GROQ_API_KEY}` },
    body: JSON.stringify({ messages: [{ role: "user", content: imageBase64 }] }),
  })
  const data = await response.json()
  return JSON.parse(data.choices[0].message.content)
}
