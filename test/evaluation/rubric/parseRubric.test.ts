import Ajv2020 from 'ajv/dist/2020'
import { describe, expect, it } from 'vitest'
import { formatMessage } from '../../../src/i18n/formatMessage'
import { GRADE_SCHEMES, gradeScore, parseRubric, rubricJsonSchema, rubricToJson, safeParseRubric } from '../../../src/evaluation/rubric'
import { PRESET_IDS, presetRubric, presetRubricJson } from '../../../src/evaluation/presets'
import { EVALUATION_MESSAGES } from '../../../src/i18n/messages/evaluation'

describe('rubric JSON', () => {
  it('every preset round-trips and validates against the JSON Schema', () => {
    const ajv = new Ajv2020({ strict: false })
    const validate = ajv.compile(rubricJsonSchema())
    for (const id of PRESET_IDS) {
      const json = presetRubricJson(id)
      expect(parseRubric(json)).toEqual(presetRubric(id))
      expect(validate(JSON.parse(json)), JSON.stringify(validate.errors)).toBe(true)
    }
  })
  it('reports bad JSON, structure and consistency with codes', () => {
    const bad = (x: unknown) => {
      const r = safeParseRubric(x)
      return r.ok ? 'ok' : r.error.code
    }
    expect(bad('{')).toBe('EVAL_RUBRIC_JSON_INVALID')
    expect(bad('x'.repeat(17 * 1024 * 1024))).toBe('EVAL_RUBRIC_JSON_INVALID')
    expect(bad({})).toBe('EVAL_RUBRIC_VALIDATION_FAILED')
    const r = JSON.parse(presetRubricJson('street-station'))
    r.children[0].children[0].id = r.children[1].id
    expect(bad(r)).toBe('EVAL_RUBRIC_INVALID')
    const res = safeParseRubric({ id: 'x' })
    expect(res.ok).toBe(false)
    if (!res.ok) expect(res.error.issues.length).toBeGreaterThan(0)
    expect(() => parseRubric('{')).toThrow(/EVAL_RUBRIC_JSON_INVALID/)
    const hostile = new Proxy({}, { get: () => { throw new Error('boom') }, ownKeys: () => { throw new Error('boom') } })
    expect(bad(hostile)).not.toBe('ok')
  })
  it('rubricToJson indents as asked', () => {
    const r = presetRubric('most-beautiful-community')
    expect(rubricToJson(r, 0)).not.toContain('\n')
    expect(rubricToJson(r, -1)).toContain('\n  ')
  })
  it('gradeScore validates its scheme and score', () => {
    expect(gradeScore(GRADE_SCHEMES.excellentGoodPassFail, 89.5)).toEqual({ rounded: 90, grade: 'excellent' })
    expect(gradeScore(GRADE_SCHEMES.socialOrg100, 12).grade).toBeNull()
    expect(() => gradeScore(GRADE_SCHEMES.excellentGoodPassFail, Number.NaN)).toThrow(/EVAL_ARGUMENT_INVALID/)
    expect(() => gradeScore({} as never, 1)).toThrow(/EVAL_RUBRIC_INVALID/)
  })
  it('every EVAL_ code has zh-CN and en messages', () => {
    for (const [code, m] of Object.entries(EVALUATION_MESSAGES)) {
      expect(code.startsWith('EVAL_')).toBe(true)
      expect(m['zh-CN'].length).toBeGreaterThan(0)
      expect(m.en.length).toBeGreaterThan(0)
    }
    expect(formatMessage({ code: 'EVAL_VETO_FIRED', params: { name: '资金挪用' } })).toBe('一票否决：资金挪用')
  })
})
