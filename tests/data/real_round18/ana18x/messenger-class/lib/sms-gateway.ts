export class SmsGateway {
  private base: string

  constructor(base?: string) {
    this.base = base || "https://gateway.example-sms.io"
  }

  private address(op: string) {
    return `${this.base}/v1/${op}`
  }

  async push(phone: string, text: string) {
    const url = this.address("messages")
    await fetch(url, { method: "POST", body: JSON.stringify({ phone, text }) })
  }
}

// the gateway the deployment is set up with
export function gatewayFromEnv(): SmsGateway {
  return new SmsGateway(process.env.SMS_BASE)
}
