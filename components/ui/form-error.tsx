/** A form's error that belongs to no single field (react-hook-form's `root.server`), announced. */
export function FormError({ message, className = "text-sm text-red-700" }: { message: string | undefined; className?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className={className}>
      {message}
    </p>
  );
}

/** The "saved" notice beside a submit button, shown until the form is changed again. */
export function FormSaved({ show, text }: { show: boolean; text: string }) {
  if (!show) return null;
  return (
    <p role="status" className="text-sm text-green-800">
      {text}
    </p>
  );
}
