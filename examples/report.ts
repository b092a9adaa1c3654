// The district report of the bundled sample, as Markdown, CSV and an SVG chart.
// Run: npx tsx examples/report.ts
import { creditHours } from '../src/hours/index'
import { monthlyHoursSvg, reportToCsv, reportToMarkdown, summarizeDistrict } from '../src/report/index'
import { laoshanSample } from '../src/sample/index'

const district = laoshanSample()
const ledger = creditHours(district.records, { timeZone: district.timeZone }, district)
const report = summarizeDistrict(district, ledger)

console.log(reportToMarkdown(report))
console.log(reportToCsv(report))
console.log(`SVG chart: ${monthlyHoursSvg(report).length} characters, ${report.byMonth.length} months`)
