/** Telegram's limit for one message's text. */
const MAX_TEXT = 4096;

/** Escapes text for Telegram's HTML parse mode, which recognises only &amp; &lt; &gt; &quot;. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A notification as Telegram HTML: the title bold, then the body; both escaped, so a notification can carry no markup. */
export function notificationText(title: string, body: string): string {
  const text = `<b>${escapeHtml(title)}</b>\n${escapeHtml(body)}`;
  if (text.length <= MAX_TEXT) return text;
  // Cutting inside an entity (&amp;) would make Telegram reject the HTML: cut before an unfinished one.
  const cut = text.slice(0, MAX_TEXT - 1);
  const open = cut.lastIndexOf("&");
  return `${open > cut.lastIndexOf(";") ? cut.slice(0, open) : cut}…`;
}
