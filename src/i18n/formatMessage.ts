import { MESSAGES } from './catalog'
import type { CodedMessage, Locale } from './types'

const LIST_SEPARATOR: Readonly<Record<Locale, string>> = { 'zh-CN': '、', en: ', ' }

function renderValue(value: unknown, locale: Locale): string {
  if (Array.isArray(value)) return value.map((v) => renderValue(v, locale)).join(LIST_SEPARATOR[locale])
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value)
  if (value === null || value === undefined) return ''
  try {
    return JSON.stringify(value)
  } catch {
    return '?'
  }
}

/**
 * Renders a coded message (an error, a rejection reason, an explanation) in zh-CN or en.
 * Placeholders `{name}` take `params.name`; arrays are joined with 、 (zh-CN) or ", " (en).
 * An unknown code renders as the code itself, so a host never loses information.
 *
 * @param message - `{ code, params }`, e.g. a `TongxinError` or a rejection from the hours ledger
 * @param locale - `'zh-CN'` (default) or `'en'`
 * @returns the rendered sentence
 * @example
 * formatMessage({ code: 'ID_BAD_CHECK_CHARACTER', params: { expected: 'X', actual: '1' } }, 'en')
 * //=> 'the check character should be X, not 1'
 */
export function formatMessage(message: CodedMessage, locale: Locale = 'zh-CN'): string {
  const template = Object.hasOwn(MESSAGES, message.code) ? MESSAGES[message.code as keyof typeof MESSAGES] : undefined
  if (template === undefined) return message.code
  const text = template[locale === 'en' ? 'en' : 'zh-CN']
  const params = message.params ?? {}
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? renderValue(params[name], locale) : whole,
  )
}
