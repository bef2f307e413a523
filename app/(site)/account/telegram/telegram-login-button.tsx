"use client";

import { useEffect, useRef } from "react";

export const TELEGRAM_WIDGET_SRC = "https://telegram.org/js/telegram-widget.js?22";

type Props = { username: string; authUrl: string };

/**
 * Telegram's official Login Widget. Its script draws the button where the script element is, so
 * it is added inside this box on the client: a script in server-rendered markup would not run
 * after a client-side navigation. Allowed by the CSP's 'strict-dynamic' (added by our nonced
 * bundle) and frame-src https://oauth.telegram.org.
 */
export function TelegramLoginButton({ username, authUrl }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const target = box.current;
    if (!target) return;
    const script = document.createElement("script");
    script.src = TELEGRAM_WIDGET_SRC;
    script.async = true;
    script.dataset.telegramLogin = username;
    script.dataset.size = "large";
    script.dataset.authUrl = authUrl;
    script.dataset.requestAccess = "write";
    target.appendChild(script);
    return () => target.replaceChildren();
  }, [username, authUrl]);
  return <div ref={box} data-testid="telegram-login" data-telegram-login={username} data-auth-url={authUrl} className="min-h-12" />;
}
