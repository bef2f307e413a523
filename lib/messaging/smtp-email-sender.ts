import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import { DeliveryError, type MessageSender } from "./message";

export type SmtpConfig = { smtpUrl: string; from: string; timeoutMs?: number };

/** `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…:465` (TLS from the start). */
export function smtpOptions(smtpUrl: string, timeoutMs = 10_000): SMTPTransport.Options {
  const url = new URL(smtpUrl);
  const secure = url.protocol === "smtps:";
  const user = decodeURIComponent(url.username);
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    ...(user ? { auth: { user, pass: decodeURIComponent(url.password) } } : {}),
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    dnsTimeout: timeoutMs,
    socketTimeout: 2 * timeoutMs,
  };
}

/**
 * Plain-text email over SMTP with nodemailer (UTF-8, so Burmese subjects and bodies arrive intact).
 * Errors are replaced by a DeliveryError: SMTP replies often quote the recipient's address.
 */
export function createSmtpEmailSender(config: SmtpConfig, transport?: Transporter): MessageSender {
  const transporter = transport ?? nodemailer.createTransport(smtpOptions(config.smtpUrl, config.timeoutMs));
  return {
    async send(message) {
      try {
        await transporter.sendMail({ from: config.from, to: message.to, subject: message.subject, text: message.body });
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        throw new DeliveryError("EMAIL", code === "ETIMEDOUT" ? "timeout" : code === "ECONNECTION" || code === "EDNS" ? "network" : "rejected");
      }
    },
  };
}
