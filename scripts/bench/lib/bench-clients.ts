/**
 * Clients for `npm run bench:api`, made the way the mobile app makes them: each signs in through
 * the real OTP flow in demo mode (request a code, read it from the development outbox, verify).
 * The bench server believes X-Forwarded-For from loopback (TRUSTED_PROXY_CIDRS), so every client
 * and every load request can come from its own address, as real traffic behind a CDN does; without
 * that one address would hit the per-address limits that protect the app.
 */

/** A different client address for every call, from 10.0.0.0/8 (a /8 holds 16M of them). */
let nextAddress = 1;
export function clientAddress(): string {
  const n = nextAddress++ % 0xfffffe;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

/** 5xx answers to sign-in calls that were retried (a busy machine); the bench reports them. */
export const signInRetries: number[] = [];

// A sign-in that meets a busy machine (503, or any 5xx) is tried again up to twice after a pause,
// as the app would: the bench needs its clients, and each retry is counted and reported.
async function post(base: string, path: string, body: unknown, ip: string): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(`${base}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": ip },
      body: JSON.stringify(body),
    });
    if (response.status < 500 || attempt === 3) return response;
    signInRetries.push(response.status);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** Signs `email` in (creating the account on first login) and returns its access token. */
export async function signIn(base: string, email: string): Promise<string> {
  const ip = clientAddress();
  const requested = await post(base, "/api/v1/auth/otp/request", { email }, ip);
  if (requested.status !== 202) throw new Error(`OTP request for a bench client: HTTP ${requested.status}`);
  const { challengeId } = (await requested.json()) as { challengeId: string };
  const outbox = await fetch(`${base}/api/dev/outbox?to=${encodeURIComponent(email)}&limit=1`);
  const { items } = (await outbox.json()) as { items: { body: string }[] };
  const code = /\b(\d{6})\b/.exec(items[0]?.body ?? "")?.[1];
  if (!code) throw new Error("no sign-in code in the development outbox");
  const verified = await post(base, "/api/v1/auth/otp/verify", { email, code, challengeId, ageConfirmed: true }, ip);
  if (!verified.ok) throw new Error(`OTP verify for a bench client: HTTP ${verified.status}`);
  return ((await verified.json()) as { accessToken: string }).accessToken;
}

/** Signs in `count` new students, a few at a time, named by `prefix`. */
export async function signInStudents(base: string, prefix: string, count: number, concurrency = 4): Promise<string[]> {
  const tokens: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      tokens.push(await signIn(base, `${prefix}-${i}@bench.mmso.invalid`));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return tokens;
}
