// One of my classes on the phone: title and trainer, my progress in its courses, the next
// session (dd/MM/yyyy HH:mm), sessions attended, the latest announcements; leaving, with a confirm.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { formatNumber } from '../../../lib/format';
import { useLeaveClass } from '../api/join-class';
import type { MyClass } from '../api/types';
import { formatWhen } from './when';

export function ClassCard({ item }: { item: MyClass }) {
  const { t } = useTranslation('myclasses');
  const c = item.class;
  const share = item.modulesTotal ? item.modulesDone / item.modulesTotal : 0;
  const percent = Math.round(share * 100);
  const progressText = t('card.modules', {
    done: formatNumber(item.modulesDone),
    total: formatNumber(item.modulesTotal),
  });
  const titleId = `myclass-${c.id}`;
  return (
    <li className="learn-card myclass" aria-labelledby={titleId}>
      <h2 id={titleId} className="myclass__title">
        {c.title}
      </h2>
      <p className="myclass__meta">
        {t('card.trainer', { name: c.trainer.name })} · {t(`mode.${c.mode}`)}
      </p>
      <p className="myclass__meta">{[c.venue, c.unitName].filter(Boolean).join(', ')}</p>
      {item.status === 'pending' ? (
        <p className="myclass__pending">{t('card.pending')}</p>
      ) : (
        <>
          <div className="myclass__progress">
            <div
              className="learn-progress"
              role="progressbar"
              aria-label={t('card.progress')}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={percent}
              aria-valuetext={progressText}
            >
              <div className="learn-progress__fill" style={{ width: `${percent}%` }} />
            </div>
            <p className="myclass__figure">
              {item.completedAt ? <strong>{t('card.completed')} </strong> : null}
              {progressText}
            </p>
          </div>
          <dl className="myclass__facts">
            <div>
              <dt>{t('card.next')}</dt>
              <dd>
                {c.nextSession ? (
                  <>
                    {formatWhen(c.nextSession.startsAt)}
                    {c.nextSession.topic ? (
                      <span className="myclass__topic"> · {c.nextSession.topic}</span>
                    ) : null}
                  </>
                ) : (
                  t('card.noNext')
                )}
              </dd>
            </div>
            <div>
              <dt>{t('card.attendance')}</dt>
              <dd>
                {t('card.attended', {
                  value: formatNumber(item.attended),
                  held: formatNumber(item.sessionsHeld),
                })}
              </dd>
            </div>
          </dl>
        </>
      )}
      {item.announcements.length ? (
        <section className="myclass__news" aria-label={t('card.news')}>
          <h3 className="myclass__news-title">{t('card.news')}</h3>
          <ul>
            {item.announcements.map((a) => (
              <li key={a.id}>
                <p className="myclass__news-meta">
                  {a.authorName} · {formatWhen(a.createdAt)}
                </p>
                <p className="myclass__news-body">{a.body}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <LeaveClass classId={c.id} pending={item.status === 'pending'} />
    </li>
  );
}

function LeaveClass({ classId, pending }: { classId: string; pending: boolean }) {
  const { t } = useTranslation('myclasses');
  const leave = useLeaveClass();
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="myclass__leave">
      {confirming ? (
        <>
          <p>{t(pending ? 'card.withdrawConfirm' : 'card.leaveConfirm')}</p>
          <div className="form-actions">
            <button
              type="button"
              className="button button--danger button--small"
              disabled={leave.isPending}
              onClick={() => leave.mutate(classId)}
            >
              {t('card.leaveYes')}
            </button>
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => setConfirming(false)}
            >
              {t('card.leaveNo')}
            </button>
          </div>
        </>
      ) : (
        <button type="button" className="link-button" onClick={() => setConfirming(true)}>
          {t(pending ? 'card.withdraw' : 'card.leave')}
        </button>
      )}
      <ErrorAlert error={leave.error} />
    </div>
  );
}
