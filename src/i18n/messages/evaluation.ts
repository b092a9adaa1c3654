import type { MessageTemplate } from '../types'

/**
 * Messages of the evaluation module (rubrics, score sheets, presets).
 * @example
 * formatMessage({ code: Object.keys(EVALUATION_MESSAGES)[0] ?? '' }, 'en')
 */
export const EVALUATION_MESSAGES = {
  EVAL_RUBRIC_INVALID: { 'zh-CN': '评分细则无效（{path}）：{reason}', en: 'the rubric is invalid at {path}: {reason}' },
  EVAL_RUBRIC_JSON_INVALID: { 'zh-CN': '评分细则不是有效的 JSON：{reason}', en: 'the rubric is not valid JSON: {reason}' },
  EVAL_RUBRIC_VALIDATION_FAILED: { 'zh-CN': '评分细则有 {count} 处格式问题', en: 'the rubric has {count} format problem(s)' },
  EVAL_DATA_INVALID: { 'zh-CN': '指标 {indicator} 的数据无效：{reason}', en: 'the data of indicator {indicator} is invalid: {reason}' },
  EVAL_NOT_FINITE: { 'zh-CN': '数值必须是有限数', en: 'the number must be finite' },
  EVAL_ARGUMENT_INVALID: { 'zh-CN': '参数 {name} 无效：{reason}', en: 'argument {name} is invalid: {reason}' },
  EVAL_RATERS_INVALID: { 'zh-CN': '评估主体设置无效：{reason}', en: 'the raters are invalid: {reason}' },
  EVAL_PRESET_UNKNOWN: { 'zh-CN': '未知的评估预设 {id}', en: 'unknown evaluation preset {id}' },
  EVAL_DISTRICT_INVALID: { 'zh-CN': '区数据无效：{reason}', en: 'the district data is invalid: {reason}' },
  EVAL_MISSING_ZERO: { 'zh-CN': '缺少数据，按 0 分计', en: 'missing data scored as zero' },
  EVAL_MISSING_RENORMALISE: { 'zh-CN': '缺少数据，权重按同级指标重新分配', en: 'missing data: weight spread over the sibling indicators' },
  EVAL_MISSING_IMPUTE: { 'zh-CN': '缺少数据，按设定值插补', en: 'missing data imputed with the set value' },
  EVAL_MISSING_INSUFFICIENT: { 'zh-CN': '数据不足，低于可用比例下限', en: 'insufficient data: below the availability threshold' },
  EVAL_GATE_FAILED: { 'zh-CN': '不符合参评条件：{name}', en: 'not eligible: {name}' },
  EVAL_VETO_FIRED: { 'zh-CN': '一票否决：{name}', en: 'veto: {name}' },
  EVAL_GRADE_CAPPED: { 'zh-CN': '等级封顶：{name}，最高{grade}', en: 'grade capped: {name}, at most {grade}' },
  EVAL_RATER_DISPERSION: {
    'zh-CN': '评估主体之间分歧较大：{node} 的得分率相差 {spread}',
    en: 'raters disagree: scoring rates at {node} differ by {spread}',
  },
  EVAL_DEMO_QUALIFIES: { 'zh-CN': '符合示范社区条件（{score} 分，{grade}）', en: 'qualifies as a demonstration community ({score}, {grade})' },
  EVAL_DEMO_SCORE_BELOW: { 'zh-CN': '总分 {score} 低于示范线 {min} 分', en: 'total {score} is below the demonstration line of {min}' },
  EVAL_DEMO_GRADE_BELOW: { 'zh-CN': '等级为{grade}，未达到{required}', en: 'grade {grade} is below {required}' },
  EVAL_DEMO_CONDITION_UNMET: { 'zh-CN': '未满足「{name}」（实际 {actual}，要求 {required}）', en: 'condition "{name}" not met (actual {actual}, required {required})' },
  EVAL_DEMO_NOT_RATED: { 'zh-CN': '不予评定：{name}', en: 'not rated: {name}' },
  EVAL_DEMO_VETOED: { 'zh-CN': '一票否决：{name}', en: 'vetoed: {name}' },
  EVAL_DEMO_NOT_PILOT: { 'zh-CN': '非试点社区，不参加本轮示范评定', en: 'not a pilot community: not in this round' },
  EVAL_DEMO_ALREADY: { 'zh-CN': '已是示范社区，仍符合条件（{score} 分，{grade}）', en: 'already a demonstration community and still qualifies ({score}, {grade})' },
} as const satisfies Record<string, MessageTemplate>
