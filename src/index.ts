// tongxin (同心) — the public barrel.
export { TongxinError, isTongxinError, type TongxinIssue } from './errors/TongxinError'
export { formatMessage } from './i18n/formatMessage'
export { CODES, MESSAGES, type Code } from './i18n/catalog'
export type { Locale, MessageTemplate, CodedMessage } from './i18n/types'
export * from './model/index'
export * from './ids/index'
