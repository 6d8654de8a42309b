// Placeholder: replaced by the page's implementation.
export function AppraisalPage() {
  return <h1>…</h1>;
}
