import type { Locale } from "@/lib/i18n/locales";
import type { OutgoingMessage } from "@/lib/messaging/message";

type OtpText = { subject: string; body: (code: string) => string };

// Kept short: a Burmese SMS is UCS-2 (70 characters a segment) and every segment is paid for.
const TEXT: Record<Locale, OtpText> = {
  en: {
    subject: "Your MMSO sign-in code",
    body: (code) => `MMSO code: ${code}. Valid 5 minutes. Never share it.`,
  },
  my: {
    subject: "MMSO အကောင့်ဝင်ရန် ကုဒ်",
    body: (code) => `MMSO ကုဒ်: ${code}။ သက်တမ်း ၅ မိနစ်။ မည်သူ့ကိုမျှ မမျှဝေပါနှင့်။`,
  },
};

/** The sign-in code message in the person's language (the code itself in ASCII digits, for autofill). */
export function otpMessage(input: { channel: OutgoingMessage["channel"]; to: string; code: string; locale: Locale }): OutgoingMessage {
  const text = TEXT[input.locale];
  return {
    channel: input.channel,
    to: input.to,
    ...(input.channel === "EMAIL" ? { subject: text.subject } : {}),
    body: text.body(input.code),
  };
}
