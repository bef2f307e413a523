import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DeliveryError } from "./message";
import { createSmtpEmailSender, smtpOptions } from "./smtp-email-sender";

type Envelope = { auth?: string; from?: string; to: string[]; data: string };
const received: Envelope[] = [];
let rejectRecipients = false;
let server: net.Server;
let port = 0;

/** The smallest SMTP server nodemailer will talk to: EHLO, AUTH PLAIN, MAIL, RCPT, DATA, QUIT. */
function session(socket: net.Socket) {
  let envelope: Envelope = { to: [], data: "" };
  let inData = false;
  let buffer = "";
  const say = (line: string) => socket.write(`${line}\r\n`);
  say("220 test-smtp ready");
  socket.setEncoding("utf8");
  socket.on("data", (chunk: string) => {
    buffer += chunk;
    for (;;) {
      if (inData) {
        const end = buffer.indexOf("\r\n.\r\n");
        if (end < 0) return;
        envelope.data = buffer.slice(0, end);
        buffer = buffer.slice(end + 5);
        inData = false;
        received.push(envelope);
        envelope = { to: [], data: "" };
        say("250 OK queued");
        continue;
      }
      const eol = buffer.indexOf("\r\n");
      if (eol < 0) return;
      const line = buffer.slice(0, eol);
      buffer = buffer.slice(eol + 2);
      const verb = line.slice(0, 4).toUpperCase();
      if (verb === "EHLO") say("250-test-smtp\r\n250-AUTH PLAIN\r\n250 8BITMIME");
      else if (verb === "AUTH") {
        envelope.auth = Buffer.from(line.split(" ")[2] ?? "", "base64").toString("utf8");
        say("235 2.7.0 Authentication successful");
      } else if (verb === "MAIL") {
        envelope.from = line;
        say("250 OK");
      } else if (verb === "RCPT") {
        if (rejectRecipients) say("550 5.1.1 <someone@example.com> no such user");
        else {
          envelope.to.push(line);
          say("250 OK");
        }
      } else if (verb === "DATA") {
        inData = true;
        say("354 End data with <CR><LF>.<CR><LF>");
      } else if (verb === "QUIT") {
        say("221 Bye");
        socket.end();
      } else if (verb === "RSET" || verb === "NOOP") say("250 OK");
      else say("502 Command not implemented");
    }
  });
}

beforeAll(async () => {
  server = net.createServer(session);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** Decodes RFC 2047 encoded words and the quoted-printable or base64 body of a single-part message. */
function decode(data: string) {
  const [head = "", ...rest] = data.split("\r\n\r\n");
  const unfolded = head.replace(/\r\n[ \t]+/g, " ");
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, "im").exec(unfolded)?.[1] ?? "";
  const words = (v: string) =>
    v.replace(/=\?utf-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === "B"
        ? Buffer.from(text, "base64").toString("utf8")
        : Buffer.from(text.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (__, h: string) => String.fromCharCode(parseInt(h, 16))), "latin1").toString("utf8"),
    );
  const raw = rest.join("\r\n\r\n");
  const encoding = header("Content-Transfer-Encoding").toLowerCase();
  const body =
    encoding === "base64"
      ? Buffer.from(raw.replace(/\s/g, ""), "base64").toString("utf8")
      : encoding === "quoted-printable"
        ? Buffer.from(raw.replace(/=\r\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))), "latin1").toString("utf8")
        : raw;
  return { from: header("From"), to: header("To"), subject: words(header("Subject")).trim(), contentType: header("Content-Type"), body: body.trim() };
}

describe("SMTP email sender", () => {
  it("reads host, port, TLS and credentials from the URL", () => {
    expect(smtpOptions("smtps://u%40x:p%3Aw@mail.example.com")).toMatchObject({ host: "mail.example.com", port: 465, secure: true, auth: { user: "u@x", pass: "p:w" } });
    expect(smtpOptions("smtp://mail.example.com:2525")).toMatchObject({ port: 2525, secure: false });
    expect(smtpOptions("smtp://mail.example.com").auth).toBeUndefined();
  });

  it("delivers a UTF-8 Burmese message to a real SMTP conversation", async () => {
    const sender = createSmtpEmailSender({ smtpUrl: `smtp://mmso:secret@127.0.0.1:${port}`, from: "MMSO <no-reply@mmso.test>" });
    await sender.send({ channel: "EMAIL", to: "su@example.com", subject: "MMSO အတည်ပြုကုဒ်", body: "MMSO ကုဒ်: 654321" });
    const envelope = received.at(-1);
    expect(envelope?.auth).toBe("\u0000mmso\u0000secret");
    expect(envelope?.from).toContain("<no-reply@mmso.test>");
    expect(envelope?.to).toEqual(["RCPT TO:<su@example.com>"]);
    const mail = decode(envelope?.data ?? "");
    expect(mail).toMatchObject({ to: "su@example.com", subject: "MMSO အတည်ပြုကုဒ်", body: "MMSO ကုဒ်: 654321" });
    expect(mail.from).toContain("no-reply@mmso.test");
    expect(mail.contentType).toMatch(/text\/plain; charset=utf-8/i);
  });

  it("replaces the server's refusal (which quotes the address) with a DeliveryError", async () => {
    rejectRecipients = true;
    try {
      const sender = createSmtpEmailSender({ smtpUrl: `smtp://127.0.0.1:${port}`, from: "no-reply@mmso.test" });
      const error = await sender.send({ channel: "EMAIL", to: "someone@example.com", body: "MMSO code: 111111" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DeliveryError);
      expect((error as DeliveryError).channel).toBe("EMAIL");
      expect(`${String(error)} ${JSON.stringify(error)}`).not.toMatch(/someone|111111/);
    } finally {
      rejectRecipients = false;
    }
  });
});
