import { ChatBot } from "@/lib/chat-bot"

// tells a customer on the chat service that the order has shipped
export async function POST(request: Request) {
  const { chat, body } = await request.json()
  const bot = new ChatBot(process.env.BOT_TOKEN ?? "")
  const ok = await bot.deliver({ chat, body })
  return Response.json({ ok })
}
