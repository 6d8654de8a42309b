/** The minutes (biên bản kiểm tra) of one visit: record, download, conclude (placeholder until it lands). */
export function VisitMinutes(_props: { visitId: string }) {
  return null;
}
