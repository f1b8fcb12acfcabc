export { formatWithheld, type RedactionFlags, redactionFromFlags } from './format.js';
export { planRedaction, type RedactionPlan } from './plan.js';
export { type FocusOptions, type RedactedIngest, redactIngestResult, redactIssues } from './redactIngest.js';
export { type RedactedPartnership, redactPartnership } from './redactPartnership.js';
export { createTermMatcher, type TermList, type TermMatcher } from './terms.js';
export { DEFAULT_REDACTION, REDACTED, type RedactionOptions, type Withheld } from './types.js';
