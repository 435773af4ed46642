/** The end of a staff form: the refusal that came back, if any, announced, and the submit button. */
export function FormEnd({ error, busy, label }: { error: string | null; busy: boolean; label: string }) {
  return (
    <>
      {error && (
        <p className="message message--error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        {/* aria-disabled keeps the button focusable while a request runs; the handler ignores clicks then. */}
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          {label}
        </button>
      </div>
    </>
  );
}
