"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { webClientInfo } from "@/lib/access/center-action";
import { getWebActor } from "@/lib/auth/web-actor";
import { draftFromForm, outcomeQuery } from "@/lib/privacy/policies/admin/action-outcome";
import { publishPolicyVersion } from "@/lib/privacy/policies/admin/publish-policy-version";
import { createPolicyDraft, discardPolicyDraft, updatePolicyDraft } from "@/lib/privacy/policies/admin/save-policy-draft";

const BASE = "/admin/policies";

// Plain forms (they work without JavaScript): success and refusal both come back as a redirect;
// a refusal carries ?error=<code> that the page shows in the operator's language.
async function operator() {
  const actor = await getWebActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(BASE)}`);
  return actor;
}

/** "Save draft" on the new-version form. */
export async function createPolicyDraftAction(formData: FormData): Promise<void> {
  const actor = await operator();
  const input = draftFromForm(formData);
  let target: string;
  try {
    const created = await createPolicyDraft({ actor, client: await webClientInfo(), input });
    target = `${BASE}/${created.id}?done=created`;
  } catch (error) {
    const kind = typeof input.kind === "string" ? `&kind=${encodeURIComponent(input.kind)}` : "";
    target = `${BASE}/new?${outcomeQuery(error)}${kind}`;
  }
  revalidatePath(BASE);
  redirect(target);
}

/** "Save changes" on a draft. */
export async function updatePolicyDraftAction(id: string, formData: FormData): Promise<void> {
  const actor = await operator();
  const query = await updatePolicyDraft({ actor, id, client: await webClientInfo(), input: draftFromForm(formData) }).then(() => "done=saved", outcomeQuery);
  revalidatePath(BASE);
  redirect(`${BASE}/${encodeURIComponent(id)}?${query}`);
}

/** "Publish": the draft becomes public and immutable. */
export async function publishPolicyVersionAction(id: string): Promise<void> {
  const actor = await operator();
  const query = await publishPolicyVersion({ actor, id, client: await webClientInfo() }).then(() => "done=published", outcomeQuery);
  revalidatePath(BASE);
  redirect(`${BASE}/${encodeURIComponent(id)}?${query}`);
}

/** "Discard draft". */
export async function discardPolicyDraftAction(id: string): Promise<void> {
  const actor = await operator();
  const query = await discardPolicyDraft({ actor, id, client: await webClientInfo() }).then(() => "done=discarded", outcomeQuery);
  revalidatePath(BASE);
  redirect(query.startsWith("done") ? `${BASE}?${query}` : `${BASE}/${encodeURIComponent(id)}?${query}`);
}
