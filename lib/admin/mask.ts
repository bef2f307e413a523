// Pure helpers (no server-only): the admin pages show contacts masked, enough to tell two people
// apart on a call, never enough to copy a number or address off the screen.

/** "+959791234567" → "+959•••••4567": keeps the country/network prefix and the last four digits. */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  if (phone.length <= 8) return "•".repeat(phone.length);
  return `${phone.slice(0, 4)}${"•".repeat(phone.length - 8)}${phone.slice(-4)}`;
}

/** "aye.aye@example.com" → "a•••@e•••.com": first letter of the name and of the domain, and the TLD. */
export function maskEmail(email: string | null | undefined): string | null {
  if (!email) return null;
  const at = email.lastIndexOf("@");
  if (at <= 0) return "•••";
  const domain = email.slice(at + 1);
  const dot = domain.lastIndexOf(".");
  const tld = dot > 0 ? domain.slice(dot) : "";
  return `${email[0]}•••@${domain[0] ?? ""}•••${tld}`;
}

/** The masked way to show a person: phone, else email, else null (a deleted account has neither). */
export function maskContact(user: { phone: string | null; email: string | null }): string | null {
  return maskPhone(user.phone) ?? maskEmail(user.email);
}
