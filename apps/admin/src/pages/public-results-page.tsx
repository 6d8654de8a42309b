// Placeholder: replaced by the page's implementation.
export function PublicResultsPage() {
  return <h1>…</h1>;
}
