import { Courses } from "@/components/courses"
import { getDictionary } from "@/lib/i18n"

export default async function Home() {
  const dictionary = await getDictionary("pl")
  return <Courses dictionary={dictionary} />
}
