// Placeholder: replaced by the page's implementation.
export function SelfAssessmentPage() {
  return <h1>…</h1>;
}
