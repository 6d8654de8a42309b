// Placeholder: replaced by the page's implementation.
export function ResultsPage() {
  return <h1>…</h1>;
}
