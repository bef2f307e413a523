import { listPoliciesEndpoint } from "@/lib/api/policy-endpoints";
import { handle } from "@/lib/http/handle";
import { listPolicies } from "@/lib/privacy/policies/list-policies";

export const GET = handle(listPoliciesEndpoint, ({ actor, locale }) => listPolicies({ actor, locale }));
