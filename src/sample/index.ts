// tongxin/sample — the seeded district generator and the bundled sample district.
export { generateDistrict, type GenerateDistrictOptions } from './generateDistrict'
export { laoshanSample, LAOSHAN_SAMPLE_OPTIONS } from './laoshanSample'
export { SAMPLE_LIMITS, type SampleLimits } from './sampleLimits'
