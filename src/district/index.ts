// tongxin district — the immutable, audited district store.
export { checkIntegrity } from './checkIntegrity'
export { applyChange } from './applyChange'
export { undoChange } from './undoChange'
export { replayAuditLog } from './replayAuditLog'
export {
  toPublicDistrict,
  type PublicDistrict,
  type PublicDistrictOptions,
  type PublicVolunteer,
} from './toPublicDistrict'
export {
  ENTITY_COLLECTIONS,
  ENTITY_KINDS,
  ENTITY_REFERENCES,
  type EntityCollection,
  type EntityKind,
  type EntityReference,
} from './entityKinds'
export type * from './types'
