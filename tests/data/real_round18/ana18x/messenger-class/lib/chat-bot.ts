type Outgoing = { chat: string; body: string }

// a small wrapper around a chat service's bot API
export class ChatBot {
  private root: string

  constructor(private token: string) {
    this.root = `https://api.telegram.org/bot${token}`
  }

  async deliver(msg: Outgoing) {
    const res = await fetch(`${this.root}/sendMessage`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ chat_id: msg.chat, text: msg.body }),
    })
    return res.ok
  }

  async registerHook(url: string) {
    const res = await fetch(`${this.root}/setWebhook`, {
      method: "POST",
      body: JSON.stringify({ url }),
    })
    return res.ok
  }
}
