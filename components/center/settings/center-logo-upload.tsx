"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormField, fieldProps, inputClass } from "@/components/ui/form-field";
import { LOGO_TYPES, MAX_LOGO_BYTES } from "@/lib/centers/settings/center-profile-schema";
import type { ActionResult } from "@/lib/http/action-result";
import { useErrorText } from "./use-error-text";

type Props = {
  logoUrl: string | null;
  centerName: string;
  upload: (formData: FormData) => Promise<ActionResult<{ logoUrl: string }>>;
  remove: () => Promise<ActionResult<null>>;
};

/** Shows the logo and replaces or removes it. The server decodes and re-encodes whatever is sent. */
export function CenterLogoUpload({ logoUrl, centerName, upload, remove }: Props) {
  const t = useTranslations("centerSettings.logo");
  const errorText = useErrorText();
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();

  const finish = (result: ActionResult<unknown>, done: string) => {
    if (!result.ok) {
      setError(errorText(result.error.fields[0]?.message) ?? result.error.message);
      return;
    }
    setNotice(done);
    if (input.current) input.current.value = "";
    router.refresh();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    setNotice(undefined);
    const file = input.current?.files?.[0];
    // The same limits as the server, checked first so a big photo is not sent over a slow line.
    if (!file || !(LOGO_TYPES as readonly string[]).includes(file.type)) return setError(errorText("invalid_logo"));
    if (file.size > MAX_LOGO_BYTES) return setError(errorText("logo_too_large"));
    setBusy(true);
    const formData = new FormData();
    formData.set("logo", file);
    finish(await upload(formData).finally(() => setBusy(false)), t("saved"));
  };

  const onRemove = async () => {
    setError(undefined);
    setBusy(true);
    finish(await remove().finally(() => setBusy(false)), t("removed"));
  };

  return (
    <div className="mt-4 flex flex-col gap-4 sm:flex-row sm:items-start">
      {logoUrl ? (
        // eslint-disable-next-line @next/next/no-img-element -- a 256 px WebP served by /media; next/image adds nothing here
        <img src={logoUrl} alt={t("alt", { center: centerName })} width={128} height={128} className="h-32 w-32 rounded-md border border-slate-200 object-contain" />
      ) : (
        <p className="w-full text-sm text-slate-500 sm:w-40">{t("none")}</p>
      )}
      <form onSubmit={onSubmit} className="flex flex-1 flex-col gap-3" data-testid="center-logo-form">
        <FormField id="center-logo" label={t("file")} hint={t("hint")} error={error}>
          <input ref={input} {...fieldProps("center-logo", { hint: true, error })} name="logo" type="file" accept={LOGO_TYPES.join(",")} className={inputClass} />
        </FormField>
        <div className="flex flex-wrap gap-3">
          <Button type="submit" disabled={busy}>
            {busy ? t("uploading") : t("upload")}
          </Button>
          {logoUrl ? (
            <ConfirmDialog
              trigger={
                <Button variant="secondary" disabled={busy}>
                  {t("remove")}
                </Button>
              }
              title={t("removeTitle")}
              description={t("removeBody")}
              confirmLabel={t("remove")}
              cancelLabel={t("cancel")}
              onConfirm={onRemove}
              destructive
            />
          ) : null}
        </div>
        {notice ? (
          <p role="status" className="text-sm text-green-800">
            {notice}
          </p>
        ) : null}
      </form>
    </div>
  );
}
