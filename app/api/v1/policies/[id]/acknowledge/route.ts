import { acknowledgePolicyEndpoint } from "@/lib/api/policy-endpoints";
import { handle } from "@/lib/http/handle";
import { acknowledgePolicy } from "@/lib/privacy/policies/acknowledge-policy";

export const POST = handle(acknowledgePolicyEndpoint, async ({ actor, params }) => {
  await acknowledgePolicy({ actor, policyVersionId: params.id });
  return null;
});
