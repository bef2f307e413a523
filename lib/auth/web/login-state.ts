import "server-only";
import { cookies } from "next/headers";
import { z } from "zod";

// Between "send code" and "enter code" the contact and challenge wait in a short-lived, HttpOnly
// cookie scoped to /login: never in the URL, where it would land in logs and history.
const COOKIE = "mmso.login";
const state = z.object({ kind: z.enum(["phone", "email"]), value: z.string().max(254), challengeId: z.string().max(100) });
export type LoginState = z.infer<typeof state>;

export async function saveLoginState(value: LoginState, secure: boolean) {
  (await cookies()).set(COOKIE, JSON.stringify(value), { httpOnly: true, sameSite: "lax", secure, path: "/login", maxAge: 600 });
}

export async function readLoginState(): Promise<LoginState | null> {
  const raw = (await cookies()).get(COOKIE)?.value;
  if (!raw) return null;
  try {
    const parsed = state.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function clearLoginState() {
  (await cookies()).delete({ name: COOKIE, path: "/login" });
}
