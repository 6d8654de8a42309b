import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { leafAnchor } from './self-leaf-card';
import { type SubmitOutcome, SubmitStageDialog } from './submit-stage-dialog';

/**
 * "Nộp bản tự đánh giá" / "Nộp giải trình": the button, its confirmation, and what came back — the
 * leaves still missing something, each a link that opens the leaf, or why it was refused. A
 * submission that went through goes to `onSubmitted`: this part disappears then (the stage is no
 * longer submittable), so the page shows the confirmation where it stays.
 */
export function StageSubmit({
  yearId,
  unitId,
  unitName,
  stage,
  progress,
  leafName,
  onShowLeaf,
  onSubmitted,
}: {
  yearId: string;
  unitId: string;
  unitName: string;
  stage: 'SELF_ASSESSMENT' | 'EXPLANATION';
  progress: string;
  leafName: (code: string) => string;
  onShowLeaf: (code: string) => void;
  onSubmitted: (submission: {
    stage: 'SELF_ASSESSMENT' | 'EXPLANATION';
    submittedAt: string;
    submittedByName: string | null;
  }) => void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [outcome, setOutcome] = useState<SubmitOutcome | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  return (
    <div className="score-toolbar">
      <button type="button" className="primary" onClick={() => setAsking(true)}>
        {t(`selfAssessment.submit.open.${stage}`)}
      </button>
      {asking ? (
        <SubmitStageDialog
          yearId={yearId}
          unitId={unitId}
          unitName={unitName}
          stage={stage}
          progress={progress}
          onClose={() => setAsking(false)}
          onOutcome={(answer) => {
            setAsking(false);
            if (answer.kind === 'done') {
              setOutcome(null);
              onSubmitted({ stage, submittedAt: answer.submittedAt, submittedByName: answer.submittedByName });
              return;
            }
            setOutcome(answer);
            window.setTimeout(() => alertRef.current?.focus(), 0);
          }}
        />
      ) : null}
      {outcome?.kind === 'refused' ? (
        <div className="form-error" role="alert" tabIndex={-1} ref={alertRef}>
          <p>{outcome.message}</p>
        </div>
      ) : null}
      {outcome?.kind === 'problems' ? (
        <div className="form-error" role="alert" tabIndex={-1} ref={alertRef}>
          <p>{t('selfAssessment.submit.problemsTitle', { count: outcome.problems.length })}</p>
          <ul>
            {outcome.problems.map((problem) => (
              <li key={`${problem.field}-${problem.code}`}>
                <a
                  href={`#${leafAnchor(problem.field)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    onShowLeaf(problem.field);
                  }}
                >
                  {problem.field} {leafName(problem.field)}
                </a>
                {': '}
                {t(`selfAssessment.submit.problems.${problem.code}`, { defaultValue: problem.message })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
