import { MenuList } from "@/components/menu-list"

export default function Home() {
  return <main><h1>Menu</h1><MenuList /></main>
}
