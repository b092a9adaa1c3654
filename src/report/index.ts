// tongxin/report — the district summary and its renderers.
export type * from './types'
export { summarizeDistrict } from './summarizeDistrict'
export { reportToMarkdown } from './reportToMarkdown'
export { reportToCsv } from './reportToCsv'
export { monthlyHoursSvg } from './monthlyHoursSvg'
