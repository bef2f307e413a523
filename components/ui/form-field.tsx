import { Label } from "@radix-ui/react-label";
import type { ReactNode } from "react";

type Props = {
  /** The control's id; the label, hint and error are tied to it. */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The field's error message (react-hook-form's `errors.x?.message`). */
  error?: string;
  className?: string;
  children: ReactNode;
};

/**
 * A labelled form control with its hint and error. The control must carry `id`,
 * `aria-describedby={describedBy(id, …)}` and `aria-invalid` itself (see `fieldProps`).
 */
export function FormField({ id, label, hint, error, className = "", children }: Props) {
  return (
    <div className={`flex flex-col gap-1 text-sm ${className}`}>
      <Label htmlFor={id} className="font-medium text-slate-800">
        {label}
      </Label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The accessibility attributes of a control inside `FormField`. */
export function fieldProps(id: string, options: { hint?: boolean; error?: string }) {
  const describedBy = [options.hint ? `${id}-hint` : null, options.error ? `${id}-error` : null].filter(Boolean).join(" ");
  return { id, "aria-invalid": options.error ? true : undefined, "aria-describedby": describedBy || undefined };
}

/** The dashboard's text input look. */
export const inputClass = "rounded-md border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-600";
