import { z } from "zod";
import { defineEndpoint } from "@/lib/http/endpoint";
import { policyListDto } from "@/lib/privacy/policies/policy-dto";

export const listPoliciesEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/policies",
  operationId: "listPolicies",
  summary: "The student, center-admin, chatbot and refund policies in force, with announced changes",
  description:
    "Anyone may call it. With a token, `mustAcknowledge` says which material change (in force or announced) the caller has not acknowledged yet (policy S11).",
  tags: ["Policies"],
  access: "optional",
  response: policyListDto,
});

export const acknowledgePolicyEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/policies/{id}/acknowledge",
  operationId: "acknowledgePolicy",
  summary: "Record that the caller has read a published policy version (idempotent)",
  tags: ["Policies"],
  access: "user",
  params: z.object({ id: z.uuid() }),
  response: z.null(),
  successStatus: 204,
  errors: ["not_found"],
  rateLimit: { bucket: "policies.acknowledge", limit: 60, windowSeconds: 60 },
});
