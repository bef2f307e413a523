import { createHash, randomBytes } from "node:crypto";

/** 32 random bytes, base64url: refresh and session tokens. */
export const newOpaqueToken = () => randomBytes(32).toString("base64url");

/** Only this hash is stored; the token itself is shown to its holder once. */
export const hashToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");
