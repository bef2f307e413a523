/**
 * How the settings page's plain HTML form carries the table (it works without JavaScript). Each
 * switch the person may change posts `shown=<KIND>:<CHANNEL>=<0|1>` (the value the page showed)
 * and, when ticked, `on=<KIND>:<CHANNEL>`; an unticked checkbox posts nothing, hence `shown`.
 * Only the switches whose state differs from what was shown become changes: a switch the person
 * did not touch keeps following the defaults (ADR 0028), and a page rendered before Telegram was
 * linked cannot pin Telegram off by being saved later. Locked switches are disabled and post nothing.
 */
export const cellValue = (kind: string, channel: string) => `${kind}:${channel}`;
export const shownValue = (kind: string, channel: string, enabled: boolean) => `${cellValue(kind, channel)}=${enabled ? 1 : 0}`;

/** The form's changes as the PUT body's shape, still unvalidated (the shared zod schema decides). */
export function changesFromForm(form: FormData): { preferences: Array<{ kind: string; channel: string; enabled: boolean }> } {
  const ticked = new Set(form.getAll("on").map(String));
  const preferences: Array<{ kind: string; channel: string; enabled: boolean }> = [];
  for (const entry of form.getAll("shown").map(String)) {
    const match = /^([A-Z_]{1,40}):([A-Z_]{1,20})=([01])$/.exec(entry);
    // A forged entry is passed on as an unknown kind so that the schema refuses the whole form.
    if (!match) {
      preferences.push({ kind: entry.slice(0, 40), channel: "", enabled: false });
      continue;
    }
    const [, kind = "", channel = "", was] = match;
    const enabled = ticked.has(cellValue(kind, channel));
    if (enabled !== (was === "1")) preferences.push({ kind, channel, enabled });
  }
  return { preferences };
}
