"use client"
import { Input } from "@/components/ui/input"
import { Textarea } from "@/components/ui/textarea"
import { Button } from "@/components/ui/button"

export default function Contacto() {
  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <h1>お問い合わせ</h1>
      <label htmlFor="namae">お名前</label>
      <Input id="namae" name="name" />
      <label htmlFor="mail">メールアドレス</label>
      <Input id="mail" name="email" type="email" />
      <label htmlFor="naiyou">お問い合わせ内容</label>
      <Textarea id="naiyou" name="message" />
      <Button type="submit">送信する</Button>
    </form>
  )
}
