import "server-only";

// The policy reads moved to lib/privacy/policies/ (ADR 0033); this path stays for existing callers.
export { getCurrentPolicy } from "./policies/get-policies";
export type { PolicyKindName } from "./policies/kinds";
export type { PolicyView } from "./policies/policy-view";
