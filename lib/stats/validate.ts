/**
 * Moved: the shared argument checks live in lib/_internal/validate.ts (private). This file only
 * re-exports them for the modules not yet migrated (exact.ts, shapiro_wilk.ts); import from
 * ../_internal/validate.ts instead.
 *
 * @module
 */
export {
  boolean,
  clampProbability,
  confidenceLevel,
  count,
  finiteArray,
  finiteNumber,
  notNaN,
  oneOf,
  positiveNumber,
  probability,
  sameLength,
} from "../_internal/validate.ts";
