/** Payment providers' brand names: the same in every language, so not in the message catalogues. */
export const PROVIDER_NAMES = { stripe: "Stripe", dinger: "Dinger", kbzpay: "KBZPay" } as const;
