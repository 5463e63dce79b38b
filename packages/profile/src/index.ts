export {
  addCategory,
  addNumber,
  CATEGORY_CAP,
  type CategoryPart,
  type ColumnProfile,
  emptyColumnProfile,
  mergeColumnProfiles,
  type NumericPart,
  type ProfileKind,
  VALUE_CAP,
} from './column-profile.ts';
export {
  type DatasetProfile,
  decodeProfile,
  encodeProfile,
  mergeProfiles,
  PROFILE_FORMAT,
  PROFILE_VERSION,
  profileDigest,
} from './dataset-profile.ts';
export { profileChunks } from './profile-chunks.ts';
export { isProfileInput } from './profile-input.ts';
export { PSEUDO_SAMPLE_CAP, type PseudoSample, pseudoSample } from './pseudo-sample.ts';
export { mergeProfileFiles, readProfiles } from './read-profiles.ts';
export {
  type ApproximateStatistic,
  ksFromSketches,
  type SketchKs,
  wassersteinFromSketches,
} from './sketch-statistics.ts';
