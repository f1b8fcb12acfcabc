export {
  buildDimensionProfile,
  type ProfileColumns,
  type ProfileEntry,
  profileFromColumns,
} from './buildDimensionProfile.js';
export { buildProfiles } from './buildProfiles.js';
export {
  checkNumber,
  DEFAULT_PROFILE_OPTIONS,
  type ExpertiseLevel,
  type NetworkStrength,
  type ProfileOptions,
  type ResolvedProfileOptions,
  resolveProfileOptions,
} from './options.js';
export type { DimensionProfile, Profiles, SparseVector } from './types.js';
