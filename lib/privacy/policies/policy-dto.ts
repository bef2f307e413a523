import { z } from "zod";
import { POLICY_KINDS } from "./kinds";

/** The announced next version of a policy (published, not yet in force). */
export const upcomingPolicyDto = z
  .object({
    id: z.uuid(),
    version: z.number().int().min(1),
    title: z.string(),
    effectiveAt: z.iso.datetime(),
    material: z.boolean(),
    changeSummary: z.string().nullable(),
    url: z.url(),
    mustAcknowledge: z.boolean(),
  })
  .meta({ id: "UpcomingPolicyVersion" });

/** One policy's version in force; `mustAcknowledge` is only ever true for a signed-in caller. */
export const policyDto = z
  .object({
    id: z.uuid(),
    kind: z.enum(POLICY_KINDS),
    version: z.number().int().min(1),
    title: z.string(),
    effectiveAt: z.iso.datetime(),
    material: z.boolean(),
    url: z.url(),
    mustAcknowledge: z.boolean(),
    upcoming: upcomingPolicyDto.nullable(),
  })
  .meta({ id: "PolicyVersion" });

export const policyListDto = z.object({ items: z.array(policyDto) }).meta({ id: "PolicyList" });

export type PolicyListDto = z.input<typeof policyListDto>;
