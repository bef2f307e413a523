"use client";

import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { useForm, useWatch } from "react-hook-form";
import { applyActionError } from "@/components/ui/apply-action-error";
import { Button } from "@/components/ui/button";
import { FormField, fieldProps, inputClass } from "@/components/ui/form-field";
import { DEACTIVATE_WORD, confirmsDeactivation, deactivateAccountInput, type DeactivateAccountInput } from "@/lib/account/deactivate-account-schema";
import type { ActionResult } from "@/lib/http/action-result";
import { useErrorText } from "./use-error-text";
import { FormError } from "@/components/ui/form-error";

type Props = {
  /** The center's name in the reader's language (what the dialog asks to type). */
  centerName: string;
  /** Both of the center's names: either one confirms, as does DEACTIVATE_WORD. */
  centerNames: (string | null)[];
  deactivate: (input: DeactivateAccountInput) => Promise<ActionResult<null>>;
};

/**
 * The typed confirmation for deactivating one's own account: an alert dialog (like ConfirmDialog)
 * whose confirm button stays disabled until the center's name or the word is typed. On success
 * the action signs the browser out and redirects home.
 */
export function DeactivateAccountDialog({ centerName, centerNames, deactivate }: Props) {
  const t = useTranslations("centerSettings.deactivate");
  const errorText = useErrorText();
  const schema = useMemo(() => deactivateAccountInput(centerNames), [centerNames]);
  const form = useForm<DeactivateAccountInput>({ resolver: zodResolver(schema), defaultValues: { confirmation: "" } });
  const { errors, isSubmitting } = form.formState;
  const typed = useWatch({ control: form.control, name: "confirmation" });
  const error = errorText(errors.confirmation?.message);

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await deactivate(values);
    // Success never returns here: the action redirects to the home page.
    if (result && !result.ok) applyActionError(form.setError, result.error);
  });

  return (
    <AlertDialog.Root onOpenChange={(open) => !open && form.reset()}>
      <AlertDialog.Trigger asChild>
        <Button variant="danger">{t("button")}</Button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <AlertDialog.Content className="fixed top-1/2 left-1/2 z-50 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-xl">
          <AlertDialog.Title className="text-lg font-semibold">{t("dialogTitle")}</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-sm text-slate-700">{t("dialogBody")}</AlertDialog.Description>
          <form onSubmit={onSubmit} noValidate className="mt-4 flex flex-col gap-4" data-testid="deactivate-form">
            <FormField id="deactivate-confirmation" label={t("typeLabel", { center: centerName, word: DEACTIVATE_WORD })} error={error}>
              <input
                {...fieldProps("deactivate-confirmation", { error })}
                {...form.register("confirmation")}
                autoComplete="off"
                className={inputClass}
              />
            </FormField>
            <FormError message={errors.root?.server?.message} />
            <div className="flex justify-end gap-3">
              <AlertDialog.Cancel className="rounded-md border border-slate-300 px-4 py-2">{t("cancel")}</AlertDialog.Cancel>
              <Button type="submit" variant="danger" disabled={isSubmitting || !confirmsDeactivation(typed, centerNames)}>
                {isSubmitting ? t("working") : t("confirm")}
              </Button>
            </div>
          </form>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
