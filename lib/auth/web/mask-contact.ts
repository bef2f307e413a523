/** Shows enough of a phone or email to recognise it, not enough to read it over a shoulder. */
export function maskContact(kind: "phone" | "email", value: string): string {
  if (kind === "phone") return value.length > 6 ? `${value.slice(0, 4)}•••${value.slice(-3)}` : value;
  const [name = "", domain = ""] = value.split("@");
  return `${name.slice(0, 2)}•••@${domain}`;
}
