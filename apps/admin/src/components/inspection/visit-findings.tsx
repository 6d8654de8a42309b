/** The findings of one visit: recorded on the spot, offline too (placeholder until it lands). */
export function VisitFindings(_props: { visitId: string }) {
  return null;
}
