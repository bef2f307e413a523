"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/http/action-result";

/**
 * Runs a one-click server action (publish, delete, remove…): refreshes the page's server data on
 * success, keeps the translated error message otherwise.
 */
export function useActionRunner() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (action: () => Promise<ActionResult<unknown>>) =>
    startTransition(async () => {
      setError(null);
      const result = await action();
      if (result.ok) router.refresh();
      else setError(result.error.message);
    });
  return { run, error, pending };
}
