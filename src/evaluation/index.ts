// tongxin/evaluation — rubric trees and score sheets, presets, weights, ranking and stability.
export * from './rubric/index'
export * from './presets/index'
export * from './mcdm/index'
