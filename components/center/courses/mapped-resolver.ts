import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

/**
 * A react-hook-form resolver that validates with the server's own zod schema: the form's string
 * values are first turned into the schema's input by `toInput` (a pure, tested function). Form
 * fields carry the schema's key names, so the schema's error paths land on the right fields, and
 * `handleSubmit` hands over the parsed input the server action receives.
 */
export function mappedResolver<V extends FieldValues, S extends z.ZodType<unknown, FieldValues>>(
  schema: S,
  toInput: (values: V) => z.input<S>,
): Resolver<V, unknown, z.output<S>> {
  const inner = zodResolver(schema as never) as unknown as Resolver<FieldValues, unknown, z.output<S>>;
  return (values, context, options) =>
    inner(toInput(values) as FieldValues, context, options as never) as unknown as ReturnType<Resolver<V, unknown, z.output<S>>>;
}
