import en from "./messages/en.json";
import my from "./messages/my.json";
import enCenter from "./messages/en-center.json";
import myCenter from "./messages/my-center.json";
import enCommerce from "./messages/en-commerce.json";
import myCommerce from "./messages/my-commerce.json";
import enCheckout from "./messages/en-checkout.json";
import myCheckout from "./messages/my-checkout.json";
import enAdmin from "./messages/en-admin.json";
import myAdmin from "./messages/my-admin.json";
import type { Locale } from "./locales";

export type Messages = typeof en & typeof enCenter & typeof enCommerce & typeof enCheckout & typeof enAdmin;

// Feature catalogues (one namespace each) are merged into the base one.
const ALL: Record<Locale, Messages> = {
  en: { ...en, ...enCenter, ...enCommerce, ...enCheckout, ...enAdmin },
  my: { ...my, ...myCenter, ...myCommerce, ...myCheckout, ...myAdmin },
};

export function messagesFor(locale: Locale): Messages {
  return ALL[locale];
}
