import { streamText, createUIMessageStream, createUIMessageStreamResponse } from "ai"

// answers a visitor's question about the hire terms; nothing is stored or sent anywhere
export async function POST(req: Request) {
  const { question } = await req.json()
  const result = streamText({ model: "openai/gpt-4o-mini", prompt: `Answer about party hire: ${question}` })
  let answer = ""
  for await (const piece of result.textStream) {
    answer += piece
  }
  const stream = createUIMessageStream({
    execute: ({ writer }) => {
      writer.write({ type: "text-delta", id: "a", delta: answer })
    },
  })
  return createUIMessageStreamResponse({ stream })
}
