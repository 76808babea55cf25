/**
 * The audit: claims, readings, verdicts and findings (no display code).
 *
 * @module
 */

// Claims, readings, verdicts and findings: the vocabulary
export {
  type Claim,
  CLAIM_KINDS,
  CLAIM_ROLES,
  type ClaimKind,
  type ClaimRole,
  type Finding,
  NUMERIC_KINDS,
  type PrintedNumber,
  type Reading,
  type Verdict,
  VERDICTS,
} from "./claim.ts";
// The claims ledger
export {
  type EvaluateInput,
  type ExcludedNumber,
  Ledger,
  type LedgerOptions,
  type PrintedTable,
} from "./ledger.ts";
// Readings
export { type ReadingInput, significanceClaimed } from "./reading.ts";
// Verdict rules
export { fmt } from "./verdict.ts";
// Printed columns forced to total 100 %
export { largestRemainder, printedColumnTotals } from "./column.ts";
// Tallies: findings and printed numbers by verdict
export { formatComputed, type PaperTally, type Tallied, tallyClaims } from "./summary.ts";
