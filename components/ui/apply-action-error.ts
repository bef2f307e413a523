import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

type ActionError = { message: string; fields: { path: string; message: string }[] };

/**
 * Puts a server action's error on a react-hook-form form: each field error on its field (the server
 * validated with the same zod schema, so the paths match), anything else on `root.server`.
 */
export function applyActionError<T extends FieldValues>(setError: UseFormSetError<T>, error: ActionError): void {
  if (error.fields.length === 0) {
    setError("root.server", { message: error.message });
    return;
  }
  for (const field of error.fields) setError(field.path as Path<T>, { message: field.message });
}
