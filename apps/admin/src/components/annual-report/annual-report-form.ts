// The issue form's values and their check before sending: the same rules as the server (the domain's
// issueAnnualReportInputSchema: number "05/BC-UBND", signer, 1–30 recipients), with the date typed as
// dd/mm/yyyy and the recipients one per line.
import { issueAnnualReportInputSchema, parseDateVi } from '@cchc/domain';
import { z } from 'zod';

export interface IssueFormValues {
  number: string;
  issuedOn: string;
  signerName: string;
  signerTitle: string;
  recipients: string;
}

/** Recipients typed one per line: trimmed, empty lines dropped. */
export function recipientLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

const shape = issueAnnualReportInputSchema.shape;

/** Messages are codes (REQUIRED, BAD_NUMBER, BAD_DATE, TOO_MANY, TOO_LONG) the panel translates. */
export const issueFormSchema = z.object({
  number: z.string().refine((v) => shape.number.safeParse(v.trim()).success, {
    message: 'BAD_NUMBER',
  }),
  issuedOn: z.string().refine((v) => parseDateVi(v.trim()) !== null, { message: 'BAD_DATE' }),
  signerName: z.string().refine((v) => shape.signerName.safeParse(v).success, { message: 'REQUIRED' }),
  signerTitle: z.string().refine((v) => shape.signerTitle.safeParse(v).success, { message: 'REQUIRED' }),
  recipients: z
    .string()
    .refine((v) => recipientLines(v).length >= 1, { message: 'REQUIRED' })
    .refine((v) => recipientLines(v).length <= 30, { message: 'TOO_MANY' }),
});

/** The mutation's input from valid values. */
export function issueInput(yearId: string, v: IssueFormValues) {
  return {
    yearId,
    number: v.number.trim(),
    issuedOn: parseDateVi(v.issuedOn.trim()) ?? '',
    signerName: v.signerName.trim(),
    signerTitle: v.signerTitle.trim(),
    recipients: recipientLines(v.recipients),
  };
}
