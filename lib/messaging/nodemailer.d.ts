// The part of nodemailer 8 this app uses (the package ships no types and @types/nodemailer is not a
// dependency). Delete this file if @types/nodemailer is added.
declare module "nodemailer" {
  export type SmtpOptions = {
    host: string;
    port: number;
    secure: boolean;
    auth?: { user: string; pass: string };
    connectionTimeout?: number;
    greetingTimeout?: number;
    socketTimeout?: number;
    dnsTimeout?: number;
    streamTransport?: boolean;
    buffer?: boolean;
  };
  export type SendMailOptions = { from: string; to: string; subject?: string; text: string };
  export type SentMessageInfo = { messageId: string; accepted: unknown[]; rejected: unknown[]; message?: unknown };
  export interface Transporter {
    sendMail(message: SendMailOptions): Promise<SentMessageInfo>;
    close(): void;
  }
  export function createTransport(options: SmtpOptions | { streamTransport: true; buffer?: boolean }): Transporter;
  const nodemailer: { createTransport: typeof createTransport };
  export default nodemailer;
}
