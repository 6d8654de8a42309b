import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { type FragmentOf, readFragment } from '../../graphql';
import { formatDate } from '../../lib/format';
import { formatVndDigits, type RegistrationStatus } from '../../lib/registration';
import { formatDateTimeVi } from '../../lib/reports';
import { Dialog } from '../form/dialog';
import { ConfirmStep } from '../form/form-actions';
import { FormError } from '../form/form-error';
import { ItemDialog, type ItemDialogItem } from './item-dialog';
import { ReviewRegistrationDialog, SubmitRegistrationDialog } from './registration-dialogs';
import { RegistrationViewFields } from './registration-fragments';
import { answerText, DeleteRegistrationItemMutation, MoveRegistrationItemMutation } from './registration-mutations';
import './registration.css';

export function RegistrationStatusBadge({ status }: { status: RegistrationStatus | null }) {
  const { t } = useTranslation();
  const s = status ?? 'NONE';
  return <span className={`registration-status registration-status--${s}`}>{t(`registration.status.${s}`)}</span>;
}

/**
 * One unit's registration form: Home Affairs' comment on top when returned, the items (a table; cards
 * on a narrow screen), the total and its amount in words, the actions the viewer may take, the
 * downloads and the history.
 */
export function RegistrationView({
  data,
  yearId,
  year,
  unitId,
  units,
  onChanged,
}: {
  data: FragmentOf<typeof RegistrationViewFields> | null;
  yearId: string;
  year: number;
  unitId: string;
  units: ReadonlyArray<{ id: string; name: string }>;
  /** Whether the viewer (an officer of the unit) may start a registration when there is none. */
  onChanged: (message: string) => void;
}) {
  const { t } = useTranslation();
  const r = data ? readFragment(RegistrationViewFields, data) : null;
  const [editing, setEditing] = useState<ItemDialogItem | 'new' | null>(null);
  const [removing, setRemoving] = useState<{ id: string; version: number; content: string } | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [reviewing, setReviewing] = useState<'accept' | 'return' | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [{ fetching: deleting }, del] = useMutation(DeleteRegistrationItemMutation);
  const [{ fetching: moving }, move] = useMutation(MoveRegistrationItemMutation);
  const canEdit = r ? r.viewerCanEdit : true;
  const done = (message: string) => {
    setEditing(null);
    setRemoving(null);
    setSubmitting(false);
    setReviewing(null);
    setErrors([]);
    onChanged(message);
  };
  type A = { __typename: string; message?: string; code?: string; problems?: ReadonlyArray<{ message: string }> };
  const fail = (a: A | undefined, message?: string) =>
    setErrors([a ? answerText(t, a) : t('registration.failed', { message: message ?? '' })]);

  const remove = async () => {
    if (!removing) return;
    const res = await del({ input: { id: removing.id, version: removing.version } });
    const a = res.data?.deleteRegistrationItem as A | undefined;
    if (a?.__typename === 'RegistrationSuccess') return done(t('registration.item.deleted'));
    setRemoving(null);
    fail(a, res.error?.message);
  };
  const moveItem = async (id: string, version: number, direction: 'UP' | 'DOWN') => {
    const res = await move({ input: { id, version, direction } });
    const a = res.data?.moveRegistrationItem as A | undefined;
    if (a?.__typename === 'RegistrationSuccess') return onChanged(t('registration.item.moved'));
    fail(a, res.error?.message);
  };

  const items = r?.items ?? [];
  return (
    <div className="registration-view">
      {r?.status === 'RETURNED' && r.returnComment ? (
        <div className="registration-returned" role="note">
          <strong>{t('registration.returnedComment')}</strong>
          <p>{r.returnComment}</p>
        </div>
      ) : null}
      <p>
        {t('registration.statusLabel')} <RegistrationStatusBadge status={(r?.status as RegistrationStatus) ?? null} />
        {r?.submittedAt ? ` — ${t('registration.submittedAt', { at: formatDateTimeVi(r.submittedAt) })}` : null}
      </p>
      <FormError messages={errors} />
      {items.length === 0 ? (
        <p className="muted">{t(canEdit ? 'registration.emptyEditable' : 'registration.empty')}</p>
      ) : (
        <table className="registration-items">
          <caption>{t('registration.itemsCaption', { count: items.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('registration.col.no')}</th>
              <th scope="col">{t('registration.col.content')} (1)</th>
              <th scope="col">{t('registration.col.resultProduct')} (2)</th>
              <th scope="col">{t('registration.col.time')} (3)</th>
              <th scope="col">{t('registration.col.lead')} (4)</th>
              <th scope="col">{t('registration.col.coordinating')} (5)</th>
              <th scope="col">{t('registration.col.budget')} (6)</th>
              <th scope="col">{t('registration.col.note')} (7)</th>
              {canEdit ? <th scope="col">{t('registration.col.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {items.map((item, i) => (
              <tr key={item.id}>
                <td data-label={t('registration.col.no')}>{i + 1}</td>
                <th scope="row" data-label={t('registration.col.content')}>
                  {item.content}
                </th>
                <td data-label={t('registration.col.resultProduct')}>{item.resultProduct}</td>
                <td data-label={t('registration.col.time')}>
                  {formatDate(item.startDate)} – {formatDate(item.endDate)}
                </td>
                <td data-label={t('registration.col.lead')}>{item.leadUnit?.name ?? item.leadText}</td>
                <td data-label={t('registration.col.coordinating')}>
                  {item.coordinatingUnits.map((u) => u.name).join('; ') || '—'}
                </td>
                <td data-label={t('registration.col.budget')} className="registration-money">
                  {formatVndDigits(item.budgetVnd)}
                </td>
                <td data-label={t('registration.col.note')}>{item.note ?? ''}</td>
                {canEdit ? (
                  <td className="registration-actions">
                    <button
                      type="button"
                      onClick={() => setEditing({ ...item, note: item.note ?? null })}
                      aria-label={t('registration.item.editOf', { no: i + 1 })}
                    >
                      {t('registration.item.edit')}
                    </button>
                    <button
                      type="button"
                      disabled={i === 0 || moving}
                      onClick={() => void moveItem(item.id, item.version, 'UP')}
                      aria-label={t('registration.item.upOf', { no: i + 1 })}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      disabled={i === items.length - 1 || moving}
                      onClick={() => void moveItem(item.id, item.version, 'DOWN')}
                      aria-label={t('registration.item.downOf', { no: i + 1 })}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      onClick={() => setRemoving({ id: item.id, version: item.version, content: item.content })}
                      aria-label={t('registration.item.deleteOf', { no: i + 1 })}
                    >
                      {t('registration.item.delete')}
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={6}>
                {t('registration.total')}
              </th>
              <td className="registration-money">{formatVndDigits(r?.totalBudgetVnd ?? '0')}</td>
              <td colSpan={canEdit ? 2 : 1} />
            </tr>
          </tfoot>
        </table>
      )}
      {r ? (
        <p className="registration-words">
          <strong>{t('registration.totalWords')}</strong> {r.totalInWords}
        </p>
      ) : null}
      <div className="registration-toolbar">
        {canEdit ? (
          <button type="button" onClick={() => setEditing('new')}>
            {t('registration.item.add')}
          </button>
        ) : null}
        {r?.viewerCanSubmit && items.length > 0 ? (
          <button type="button" className="primary" onClick={() => setSubmitting(true)}>
            {t(r.status === 'RETURNED' ? 'registration.submit.again' : 'registration.submit.open')}
          </button>
        ) : null}
        {r?.viewerCanReview ? (
          <>
            <button type="button" className="primary" onClick={() => setReviewing('accept')}>
              {t('registration.review.accept')}
            </button>
            <button type="button" onClick={() => setReviewing('return')}>
              {t('registration.review.return')}
            </button>
          </>
        ) : null}
        {r ? (
          <>
            <a href={r.docxUrl} download>
              {t('registration.downloadDocx')}
            </a>
            <a href={r.xlsxUrl} download>
              {t('registration.downloadXlsx')}
            </a>
          </>
        ) : null}
      </div>
      {r && r.events.length > 0 ? (
        <section aria-labelledby="registration-history">
          <h3 id="registration-history">{t('registration.history')}</h3>
          <ol className="registration-history">
            {r.events.map((e) => (
              <li key={e.id}>
                {formatDateTimeVi(e.at)} — {t(`registration.event.${e.action}`)}
                {e.actorName ? ` (${e.actorName})` : ''}
                {e.comment ? `: ${e.comment}` : ''}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {editing ? (
        <ItemDialog
          yearId={yearId}
          unitId={unitId}
          year={year}
          units={units}
          item={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={done}
        />
      ) : null}
      {removing ? (
        <Dialog
          title={t('registration.item.deleteTitle')}
          onRequestClose={() => (deleting ? undefined : setRemoving(null))}
        >
          <ConfirmStep
            question={t('registration.item.deleteConfirm', { content: removing.content })}
            confirm={t('registration.item.delete')}
            sending={deleting}
            onConfirm={() => void remove()}
            onBack={() => setRemoving(null)}
          />
        </Dialog>
      ) : null}
      {submitting && r ? (
        <SubmitRegistrationDialog
          registration={{
            id: r.id,
            version: r.version,
            preparerName: r.preparerName ?? null,
            headName: r.headName ?? null,
            total: formatVndDigits(r.totalBudgetVnd),
          }}
          onClose={() => setSubmitting(false)}
          onDone={done}
        />
      ) : null}
      {reviewing && r ? (
        <ReviewRegistrationDialog
          registration={{ id: r.id, version: r.version, unitName: r.unit.name }}
          decision={reviewing}
          onClose={() => setReviewing(null)}
          onDone={done}
        />
      ) : null}
    </div>
  );
}
