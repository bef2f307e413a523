import { DEMO_ACCOUNTS, DEMO_EMAIL_DOMAIN } from "../demo-fixtures.ts";
import { CENTER_DETAILS } from "./data/centers.ts";
import type { Random } from "./random.ts";

// Myanmar mobile prefixes after +959 (MPT, ATOM, Ooredoo, Mytel ranges); 9 digits follow the 9.
const OPERATOR_PREFIXES = ["25", "26", "42", "44", "45", "77", "78", "79", "96", "97", "69", "68"];

const FIXED_PHONES = [
  DEMO_ACCOUNTS.platformAdmin.phone,
  DEMO_ACCOUNTS.instructor.phone,
  ...DEMO_ACCOUNTS.centerOwners.map((owner) => owner.phone),
  ...DEMO_ACCOUNTS.students.map((student) => student.phone),
  ...Object.values(CENTER_DETAILS).map((center) => center.contactPhone),
];

/** Hands out unique E.164 Myanmar mobile numbers that never collide with the fixture accounts. */
export function createPhoneBook(rng: Random): () => string {
  const used = new Set<string>(FIXED_PHONES);
  return () => {
    for (;;) {
      const phone = `+959${rng.pick(OPERATOR_PREFIXES)}${rng.digits(7)}`;
      if (!used.has(phone)) {
        used.add(phone);
        return phone;
      }
    }
  };
}

/** "Thet Htar Wai" → "thet.htar.wai@demo.mmso.mm" */
export function demoEmail(nameEn: string): string {
  const local = nameEn.toLowerCase().replace(/[^a-z0-9]+/g, ".").replace(/^\.|\.$/g, "");
  return `${local}@${DEMO_EMAIL_DOMAIN}`;
}
