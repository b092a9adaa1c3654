// Identifiers and privacy: GB 11643 identity numbers, GB 32100 credit codes, mobile numbers and
// masking — every test vector of notes/domain.md §3.2–3.3 and every failure code.
// Run: npx tsx examples/ids.ts
import { formatMessage } from '../src/i18n/formatMessage'
import { isTongxinError } from '../src/errors/TongxinError'
import {
  checkCreditCode,
  checkIdNumber,
  checkPhone,
  makeCreditCode,
  makeIdNumber,
  maskCreditCode,
  maskIdNumber,
  maskName,
  maskPhone,
} from '../src/ids/index'
import type { CheckFailure } from '../src/ids/index'

const today = '2026-11-28' // pass `today` for reproducible output (the default is the current date in Asia/Shanghai)
let failures = 0

function show(label: string, result: { readonly ok: boolean }): void {
  if (result.ok) {
    console.log(`  ✓ ${label}  ${JSON.stringify(result)}`)
  } else {
    const f = result as CheckFailure
    console.log(`  ✗ ${label}  ${f.code}: ${formatMessage(f)} / ${formatMessage(f, 'en')}`)
  }
}

function expectOk(label: string, result: { readonly ok: boolean }, ok: boolean): void {
  show(label, result)
  if (result.ok !== ok) failures++
}

console.log('身份证号 Identity numbers (GB 11643-1999) — test vectors')
for (const id of ['11010519491231002X', '440524188001010014', '34052419800101001X', '810000199408230021', '830000199201300022']) {
  expectOk(id, checkIdNumber(id, { today }), true)
}
console.log('身份证号 Identity numbers — normalisation and legacy 15-digit upgrade')
expectOk("' 11010519491231002x '", checkIdNumber(' 11010519491231002x ', { today }), true)
expectOk('110105491231002 (15)', checkIdNumber('110105491231002', { today }), true)
console.log('身份证号 Identity numbers — every failure code')
for (const value of [
  11010519491231002, // ID_NOT_STRING
  '  ', // ID_EMPTY
  '1101051949123100', // ID_BAD_LENGTH
  '1101051949123100A2', // ID_BAD_CHARACTERS
  '991234199001011234', // ID_BAD_REGION
  '110105190002290011', // ID_BAD_BIRTH_DATE (1900 is not a leap year)
  '110105179912310011', // ID_BIRTH_DATE_TOO_EARLY
  '11010520261129001X', // ID_BIRTH_DATE_IN_FUTURE
  '110105194912310021', // ID_BAD_CHECK_CHARACTER
]) {
  expectOk(JSON.stringify(value), checkIdNumber(value, { today }), false)
}
try {
  checkIdNumber('11010519491231002X', { today: '2026-02-30' })
  failures++
} catch (e) {
  if (isTongxinError(e)) console.log(`  ! bad options.today throws ${e.code}: ${formatMessage(e)}`)
}

console.log('\n统一社会信用代码 Credit codes (GB 32100-2015 + GB 11714) — test vectors')
for (const code of ['91350100M000100Y43', '91110108551385082Q', ' 91110108551385082q ']) {
  expectOk(JSON.stringify(code), checkCreditCode(code), true)
}
console.log('统一社会信用代码 Credit codes — every failure code')
for (const value of [
  null, // CREDIT_NOT_STRING
  '', // CREDIT_EMPTY
  '91350100M000100Y4', // CREDIT_BAD_LENGTH
  '91350100M0001O0Y43', // CREDIT_BAD_CHARACTERS (O)
  'B1350100M000100Y43', // CREDIT_BAD_DEPARTMENT
  '94350100M000100Y43', // CREDIT_BAD_CATEGORY
  '91990100M000100Y43', // CREDIT_BAD_REGION
  '91350100M000100Y53', // CREDIT_BAD_ORGANIZATION_CHECK
  '91350100M000100Y44', // CREDIT_BAD_CHECK_CHARACTER
]) {
  expectOk(JSON.stringify(value), checkCreditCode(value), false)
}

console.log('\n手机号码 Mobile numbers')
for (const value of ['13812345678', '+86 138-1234-5678', '0086 138 1234 5678']) expectOk(value, checkPhone(value), true)
for (const value of [13812345678, '', '(138)12345678', '1381234567', '12345678901']) {
  expectOk(JSON.stringify(value), checkPhone(value), false)
}

console.log('\n生成 Making valid numbers (for sample data)')
const madeId = makeIdNumber({ regionCode: '370212', birthDate: '1990-05-04', sequence: 123 })
const madeCode = makeCreditCode({ department: '5', category: '2', regionCode: '370212', body8: 'MJ0000AB' })
expectOk(`makeIdNumber → ${madeId}`, checkIdNumber(madeId, { today }), true)
expectOk(`makeCreditCode → ${madeCode}`, checkCreditCode(madeCode), true)

console.log('\n脱敏 Masking (defaults: id 6+4, phone 3+4, name = surname, credit code 8+2)')
console.log(`  ${maskIdNumber('11010519491231002X')}  ${maskPhone('13812345678')}  ${maskCreditCode('91110108551385082Q')}`)
console.log(`  ${['张三', '张三丰', '欧阳娜娜', '诸葛亮', '张'].map((n) => maskName(n)).join('  ')}`)
console.log(`  custom policy { keepStart: 0, keepEnd: 4, maskChar: '•' }: ${maskPhone('13812345678', { keepStart: 0, keepEnd: 4, maskChar: '•' })}`)
console.log(`  too short for the policy → fully masked: ${maskPhone('1234567')}`)

if (failures > 0) {
  console.error(`${failures} unexpected result(s)`)
  process.exit(1)
}
