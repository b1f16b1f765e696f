import OpenAI from "openai"

const openai = new OpenAI()

export async function POST(req: Request) {
  const { question } = await req.json()
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    stream: true,
    messages: [{ role: "user", content: question }],
  })
  const encoder = new TextEncoder()
  const body = new ReadableStream({
    async start(controller) {
      for await (const part of completion) {
        controller.enqueue(encoder.encode(part.choices[0]?.delta?.content ?? ""))
      }
      controller.close()
    },
  })
  return new Response(body)
}
