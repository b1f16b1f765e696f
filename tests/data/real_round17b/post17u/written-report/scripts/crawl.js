const fs = require("fs")
const path = require("path")

async function main() {
  const rows = []
  for (const q of ["rank trackers", "keyword tools"]) {
    const res = await fetch(`https://search.example/api?q=${encodeURIComponent(q)}`)
    rows.push(...(await res.json()).items)
  }
  const out = path.join(__dirname, "..", "results", "crawl-output.json")
  fs.writeFileSync(out, JSON.stringify({ results: rows }, null, 2))
}

main()
