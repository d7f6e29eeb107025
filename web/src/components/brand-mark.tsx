export function BrandMark() {
  return (
    <p className="brand">
      <svg className="brand-logo" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 3 3 9v12h6v-6h6v6h6V9z" fill="currentColor" />
      </svg>
      <span>Atrium</span>
    </p>
  );
}
