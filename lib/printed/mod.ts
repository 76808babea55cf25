/**
 * Printed numbers: parsing "0,008", ".000" and "< 0,05", the rounding rules, printed ranges.
 *
 * @module
 */

// Parsing and rounding printed numbers ("0,008", ".000", "< 0,05", "13,5%")
export {
  type Bound,
  formatIndonesian,
  meetsBound,
  NON_STANDARD_RULES,
  parseReported,
  type PrintedInterval,
  printsAs,
  printsStandard,
  type Reported,
  reportedInterval,
  ROUNDING_RULES,
  type RoundingRule,
  roundTo,
  STANDARD_RULES,
} from "./reported.ts";
// Interval arithmetic on printed ranges
export {
  formatInterval,
  interval,
  intervalAdd,
  intervalContains,
  intervalDiv,
  intervalFromReported,
  intervalGap,
  intervalHull,
  intervalIntegers,
  intervalIntersect,
  intervalMidpoint,
  intervalMul,
  intervalRatio,
  intervalScale,
  intervalSpan,
  intervalSub,
  intervalWidth,
  type NumericInterval,
  parseRange,
  type PrintedRange,
} from "./intervals.ts";
