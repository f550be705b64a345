// Loading and error states shared by the pages; both are announced to assistive technology.
export function Loading({ what }: { what: string }) {
  return <p class="status" role="status" aria-live="polite">Loading {what}…</p>;
}

export function ErrorMessage({ error }: { error: Error }) {
  return (
    <div class="status status-error" role="alert">
      <strong>Something went wrong.</strong> {error.message}
    </div>
  );
}
