import { ChatBot } from "@/lib/chat-bot"

// points the bot's updates at this deployment once, during setup
export async function POST(request: Request) {
  const { url } = await request.json()
  const bot = new ChatBot(process.env.BOT_TOKEN ?? "")
  return Response.json({ ok: await bot.registerHook(url) })
}
