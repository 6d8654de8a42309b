import type { YearStatus } from '@cchc/domain';
import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentOf } from '../../graphql';

// The dialog's form (react-hook-form, zod) loads when opened: the dashboard, a first screen, does not wait for it.
const YearStatusDialog = lazy(() => import('./year-status-dialog').then((m) => ({ default: m.YearStatusDialog })));

export const YearStatusAction_EvaluationYearFragment = graphql(`
  fragment YearStatusAction_EvaluationYear on EvaluationYear {
    id
    year
    status
    version
    viewerCanManage
  }
`);

/**
 * The year's stage and, for those who manage the year, "Chuyển trạng thái năm" with its dialog;
 * after a change the confirmation stays here and gets focus.
 */
export function YearStatusAction({
  year,
  onReload,
}: {
  year: FragmentOf<typeof YearStatusAction_EvaluationYearFragment>;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const data = readFragment(YearStatusAction_EvaluationYearFragment, year);
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const focusPending = useRef(false);
  /** focuses the confirmation when it appears, and again when it is rendered anew after the focus fell to the body */
  const doneRef = useCallback((element: HTMLParagraphElement | null) => {
    if (!element) return;
    const lost = !document.activeElement || document.activeElement === document.body;
    if (focusPending.current || lost) {
      focusPending.current = false;
      element.focus();
    }
  }, []);
  const buttonRef = useRef<HTMLButtonElement>(null);

  return (
    <div className="year-status">
      <p>
        {t('yearStatus.change.current', { status: t(`yearStatus.${data.status}`) })}{' '}
        {data.viewerCanManage ? (
          <button
            type="button"
            ref={buttonRef}
            onClick={() => {
              setDone(null);
              setOpen(true);
            }}
          >
            {t('yearStatus.change.open')}
          </button>
        ) : null}
      </p>
      {done ? (
        <p className="status" role="status" tabIndex={-1} ref={doneRef}>
          {done}
        </p>
      ) : null}
      {open ? (
        <Suspense fallback={null}>
          <YearStatusDialog
            yearId={data.id}
            year={data.year}
            status={data.status as YearStatus}
            version={data.version}
            onClose={() => {
              setOpen(false);
              window.setTimeout(() => buttonRef.current?.focus(), 0);
            }}
            onDone={(message) => {
              setOpen(false);
              focusPending.current = true;
              setDone(message);
            }}
            onReload={onReload}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
