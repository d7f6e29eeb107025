/** Wait state while the session, a page's code or its data loads: full page, or inline within a page. */
export function PageLoading({ label = 'Loading…', inline = false }: { label?: string; inline?: boolean }) {
  return (
    <div className={inline ? 'page-loading page-loading-inline' : 'page-loading'} role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
