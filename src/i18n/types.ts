/**
 * A locale tongxin renders messages in: zh-CN (the default) or en.
 * @example
 * formatMessage(error, 'en' satisfies Locale)
 */
export type Locale = 'zh-CN' | 'en'

/**
 * A message template per locale. Placeholders `{name}` are replaced by `params.name`.
 * @example
 * const m: MessageTemplate = { 'zh-CN': '记录 {id} 的结束时间早于开始时间', en: 'record {id} ends before it starts' }
 */
export interface MessageTemplate {
  /** The Simplified Chinese text. */
  readonly 'zh-CN': string
  /** The English text. */
  readonly en: string
}

/**
 * A code with the values its message needs: what every error, rejection and reason is made of.
 * @example
 * const m: CodedMessage = { code: 'ID_BAD_CHECK_CHARACTER', params: { expected: 'X' } }
 */
export interface CodedMessage {
  /** The stable code, e.g. `ID_BAD_CHECK_CHARACTER`. */
  readonly code: string
  /** Values for the message's placeholders. */
  readonly params?: Readonly<Record<string, unknown>> | undefined
}
