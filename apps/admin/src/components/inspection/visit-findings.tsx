import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { type CriterionOption, criterionOptions, formValues } from '../../lib/finding-form';
import { recordItem, updateItem } from '../../lib/offline-outbox';
import { useFindingsOutbox } from '../../lib/use-findings-outbox';
import { Dialog } from '../form/dialog';
import { requestErrorMessage } from '../form/server-problems';
import { formatInstant } from '../score/entry-value';
import { DeleteFindingMutation, VisitCriteriaQuery, VisitFindingsQuery } from './finding-documents';
import { FindingForm } from './finding-form';
import { FindingOutbox } from './finding-outbox';
import './findings.css';

interface VisitContext {
  yearId: string;
  unitId: string;
  unitName: string;
  canRecord: boolean;
  criteria: CriterionOption[];
}

/** The visit's context kept on this device, so the form still works when the page is reopened offline. */
const contextKey = (visitId: string) => `cchc-visit-context:${visitId}`;

function readContext(visitId: string): VisitContext | null {
  try {
    const raw = localStorage.getItem(contextKey(visitId));
    return raw ? (JSON.parse(raw) as VisitContext) : null;
  } catch {
    return null;
  }
}

function keepContext(visitId: string, context: VisitContext) {
  try {
    localStorage.setItem(contextKey(visitId), JSON.stringify(context));
  } catch {
    // storage full or refused: the form works while the page stays open
  }
}

/**
 * The findings of one visit, recorded on the spot, offline too: the form (phone first), what still
 * waits on this device (sent when the connection returns, conflicts shown with both values), and the
 * findings on the server with their photos; edit through the outbox, remove after a confirmation.
 */
export function VisitFindings({ visitId }: { visitId: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: VisitFindingsQuery, variables: { id: visitId } });
  const visit = data?.inspectionVisit ?? null;
  const [{ data: criteriaData }] = useQuery({
    query: VisitCriteriaQuery,
    variables: { yearId: visit?.yearId ?? '' },
    pause: !visit,
  });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const outbox = useFindingsOutbox(visitId, reload);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const loaded = useMemo<VisitContext | null>(() => {
    if (!visit) return null;
    return {
      yearId: visit.yearId,
      unitId: visit.unit.id,
      unitName: visit.unit.name,
      canRecord: visit.viewerCanRecordFindings,
      criteria: criterionOptions(criteriaData?.evaluationYear?.framework?.nodes ?? []),
    };
  }, [visit, criteriaData]);
  useEffect(() => {
    if (loaded && (loaded.criteria.length > 0 || !loaded.canRecord)) keepContext(visitId, loaded);
  }, [loaded, visitId]);
  const context = loaded ?? (error ? readContext(visitId) : null);

  if (fetching && !visit && !context) return <p className="status">{t('visitFindings.loading')}</p>;
  if (!context) {
    return (
      <p className="status status-error" role="alert">
        {error ? t('visitFindings.loadFailed', { message: requestErrorMessage(error) }) : t('visitFindings.notFound')}
      </p>
    );
  }
  const findings = visit?.findings ?? [];
  const editingFinding = findings.find((f) => f.id === editing) ?? null;
  const deletingFinding = findings.find((f) => f.id === deleting) ?? null;
  const where = { visitId, yearId: context.yearId, unitId: context.unitId };

  return (
    <section className="visit-findings" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('visitFindings.title')}</h2>
      {!outbox.online ? (
        <p className="status warning" role="status">
          {t('visitFindings.offline')}
        </p>
      ) : null}
      {notice ? (
        <p className="status" role="status">
          {notice}
        </p>
      ) : null}
      <FindingOutbox
        items={outbox.items}
        criteria={context.criteria}
        syncing={outbox.syncing}
        onDecide={outbox.decide}
      />
      {context.canRecord && outbox.ready ? (
        <div className="finding-new">
          <h3>{t('visitFindings.newTitle')}</h3>
          <FindingForm
            criteria={context.criteria}
            submitLabel={t('visitFindings.record')}
            onSubmit={async (draft) => {
              await outbox.queue(recordItem({ ...where, fields: draft.fields, photos: draft.photos }));
              setNotice(navigator.onLine ? t('visitFindings.queuedOnline') : t('visitFindings.queuedOffline'));
            }}
          />
        </div>
      ) : null}
      {outbox.unavailable ? <p className="status status-error">{t('visitFindings.noStorage')}</p> : null}
      <h3>{t('visitFindings.listTitle', { count: findings.length })}</h3>
      {findings.length === 0 ? (
        <p className="status status-empty">{visit ? t('visitFindings.none') : t('visitFindings.listOffline')}</p>
      ) : (
        <ul className="finding-list">
          {findings.map((f) => (
            <li key={f.id} className={`finding-card finding-${f.kind.toLowerCase()}`}>
              <p className="finding-badges">
                <span className={f.kind === 'WEAKNESS' ? 'badge badge-overdue' : 'badge badge-done'}>
                  {t(`visitFindings.kinds.${f.kind}`)}
                </span>
                {f.severity ? (
                  <span className="badge badge-info">
                    {t('visitFindings.severityBadge', { severity: t(`visitFindings.severities.${f.severity}`) })}
                  </span>
                ) : null}
              </p>
              <p className="finding-text">{f.description}</p>
              {f.criterion ? (
                <p className="muted">
                  {t('visitFindings.criterionLine', { code: f.criterion.code, name: f.criterion.name })}
                </p>
              ) : null}
              <p className="muted">
                {t('visitFindings.byLine', { author: f.authorName ?? '—', at: formatInstant(f.recordedAt) })}
                {f.latitude !== null && f.longitude !== null
                  ? ` · ${t('visitFindings.location', { lat: f.latitude.toFixed(5), long: f.longitude.toFixed(5) })}`
                  : ''}
              </p>
              {f.photos.length > 0 ? (
                <ul className="finding-photos">
                  {f.photos.map((p) => (
                    <li key={p.id}>
                      <a href={p.url} target="_blank" rel="noreferrer">
                        <img src={p.url} alt={t('visitFindings.photoAlt', { name: p.fileName })} loading="lazy" />
                      </a>
                    </li>
                  ))}
                </ul>
              ) : null}
              {f.viewerCanEdit ? (
                <div className="dialog-actions">
                  <button type="button" onClick={() => setEditing(f.id)}>
                    {t('visitFindings.edit')}
                  </button>
                  <button type="button" onClick={() => setDeleting(f.id)}>
                    {t('visitFindings.delete')}
                  </button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {editingFinding ? (
        <Dialog title={t('visitFindings.editTitle')} onRequestClose={() => setEditing(null)}>
          <FindingForm
            criteria={context.criteria}
            initial={formValues({
              kind: editingFinding.kind,
              severity: editingFinding.severity ?? null,
              frameworkNodeId: editingFinding.criterion?.id ?? null,
              description: editingFinding.description,
              latitude: editingFinding.latitude ?? null,
              longitude: editingFinding.longitude ?? null,
            })}
            keptPhotos={editingFinding.photos}
            submitLabel={t('visitFindings.save')}
            onCancel={() => setEditing(null)}
            onSubmit={async (draft) => {
              const keepLocation = draft.fields.latitude === null && editingFinding.latitude !== null;
              await outbox.queue(
                updateItem({
                  ...where,
                  findingId: editingFinding.id,
                  version: editingFinding.version,
                  fields: keepLocation
                    ? { ...draft.fields, latitude: editingFinding.latitude, longitude: editingFinding.longitude }
                    : draft.fields,
                  keptPhotoIds: editingFinding.photos.map((p) => p.id),
                  photos: draft.photos,
                }),
              );
              setEditing(null);
              setNotice(navigator.onLine ? t('visitFindings.queuedOnline') : t('visitFindings.queuedOffline'));
            }}
          />
        </Dialog>
      ) : null}
      {deletingFinding ? (
        <DeleteFindingDialog
          finding={deletingFinding}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            setDeleting(null);
            setNotice(t('visitFindings.deleted'));
            reload();
          }}
        />
      ) : null}
    </section>
  );
}

function DeleteFindingDialog({
  finding,
  onClose,
  onDeleted,
}: {
  finding: { id: string; version: number; description: string };
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const [{ fetching: sending }, remove] = useMutation(DeleteFindingMutation);
  const [error, setError] = useState<string | null>(null);
  const send = async () => {
    setError(null);
    if (!navigator.onLine) {
      setError(t('visitFindings.deleteOffline'));
      return;
    }
    const result = await remove({ input: { id: finding.id, version: finding.version } });
    const payload = result.data?.deleteFinding;
    if (result.error || !payload) {
      setError(t('visitFindings.failed', { message: result.error ? requestErrorMessage(result.error) : '' }));
      return;
    }
    if (payload.__typename === 'DeleteFindingSuccess') onDeleted();
    else setError(payload.code === 'CONFLICT' ? t('visitFindings.deleteConflict') : payload.message);
  };
  return (
    <Dialog
      title={t('visitFindings.deleteTitle')}
      onRequestClose={() => {
        if (!sending) onClose();
      }}
    >
      <div className="confirm" role="alert">
        <p>{t('visitFindings.deleteQuestion', { text: finding.description })}</p>
        {error ? <p className="field-error">{error}</p> : null}
      </div>
      <div className="dialog-actions">
        <button type="button" className="primary" disabled={sending} onClick={() => void send()}>
          {t('visitFindings.deleteConfirm')}
        </button>
        <button type="button" disabled={sending} onClick={onClose}>
          {t('visitFindings.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
