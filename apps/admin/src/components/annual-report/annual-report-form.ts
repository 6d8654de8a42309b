// The issue form's values and their check before sending: the server's own schema (the domain's
// issueAnnualReportInputSchema: number "05/BC-UBND", signer, 1–30 recipients) on the input the values
// make, with the date typed as dd/mm/yyyy and the recipients one per line.
import { type IssueAnnualReportInput, issueAnnualReportInputSchema } from '@cchc/domain';
import { dateInput } from '../../lib/reports';
import { schemaResolver } from '../../lib/user-form';

export interface IssueFormValues {
  number: string;
  /** dd/mm/yyyy as typed */
  issuedOn: string;
  signerName: string;
  signerTitle: string;
  /** one per line */
  recipients: string;
}

export const ISSUE_FIELDS = ['number', 'issuedOn', 'signerName', 'signerTitle', 'recipients'] as const;

/** Recipients typed one per line: trimmed, empty lines dropped. */
export function recipientLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** The mutation's input the values make. */
export function issueInput(yearId: string, v: IssueFormValues): IssueAnnualReportInput {
  return {
    yearId,
    number: v.number.trim(),
    issuedOn: dateInput(v.issuedOn),
    signerName: v.signerName.trim(),
    signerTitle: v.signerTitle.trim(),
    recipients: recipientLines(v.recipients),
  };
}

export function issueResolver(yearId: string) {
  return schemaResolver<IssueFormValues, IssueAnnualReportInput, (typeof ISSUE_FIELDS)[number]>(
    issueAnnualReportInputSchema,
    (v) => issueInput(yearId, v),
    ISSUE_FIELDS,
  );
}
