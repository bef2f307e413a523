import { expect, type APIRequestContext } from "@playwright/test";

/** Reads the newest one-time code sent to `to` from the development outbox, as a tester would. */
export async function readCodeFromOutbox(request: APIRequestContext, to: string): Promise<string> {
  let code: string | undefined;
  await expect
    .poll(async () => {
      const res = await request.get(`/api/dev/outbox?to=${encodeURIComponent(to)}`);
      const body = (await res.json()) as { items: { body: string }[] };
      code = /\b(\d{6})\b/.exec(body.items[0]?.body ?? "")?.[1];
      return code;
    })
    .toBeTruthy();
  return code as string;
}

/** A valid Myanmar mobile number no other test uses: +95979 (Telenor) and 7 random digits. */
export function freshPhone(): string {
  return `+95979${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;
}
