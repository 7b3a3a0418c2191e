// One session opened: its check-in QR shown big (to project; learners scan it with their phone)
// with the address under it, and the attendance sheet — every active member, those without an
// account too — that the trainer ticks. Ticks save one by one.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { formatNumber } from '../../../lib/format';
import { attendanceQueryOptions, useMarkAttendance } from '../api/attendance';
import { sessionQrUrl } from '../api/sessions';
import type { AttendanceRow, Session } from '../api/types';
import { formatSessionTime } from './schedule';

export function AttendanceSheet({
  classId,
  session: s,
  onClose,
}: {
  classId: string;
  session: Session;
  onClose: () => void;
}) {
  const { t } = useTranslation('classes');
  const sheet = useQuery(attendanceQueryOptions(classId, s.id));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: 'start' });
  }, []);
  const when = formatSessionTime(s.startsAt);
  const present = sheet.data?.items.filter((r) => r.present).length ?? 0;

  return (
    <section className="card classes-checkin" aria-labelledby="attendance-title">
      <div className="classes-checkin__head">
        <h3 id="attendance-title" className="section-title" tabIndex={-1} ref={heading}>
          {t('attendance.title', { when })}
        </h3>
        <button type="button" className="button button--ghost button--small" onClick={onClose}>
          {t('attendance.close')}
        </button>
      </div>
      <div className="classes-checkin__body">
        {s.checkinUrl ? (
          <figure className="classes-checkin__qr">
            <img
              src={sessionQrUrl(classId, s.id)}
              alt={t('attendance.qrAlt', { when })}
              width={320}
              height={320}
            />
            <figcaption>
              <p>{t('attendance.qrHelp')}</p>
              <p className="classes-checkin__url mono">{s.checkinUrl}</p>
            </figcaption>
          </figure>
        ) : null}
        <div className="classes-checkin__sheet">
          <p className="classes-subtitle" aria-live="polite">
            {t('attendance.count', {
              present: formatNumber(present),
              total: formatNumber(sheet.data?.items.length ?? 0),
            })}
          </p>
          {sheet.isPending ? <Loading /> : null}
          <ErrorAlert error={sheet.error} />
          {sheet.data?.items.length === 0 ? <p className="empty">{t('attendance.empty')}</p> : null}
          {sheet.data?.items.length ? (
            <ul className="classes-sheet">
              {sheet.data.items.map((row) => (
                <SheetRow key={row.personId} classId={classId} sessionId={s.id} row={row} />
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </section>
  );
}

function SheetRow({ classId, sessionId, row }: { classId: string; sessionId: string; row: AttendanceRow }) {
  const { t } = useTranslation('classes');
  const mark = useMarkAttendance(classId, sessionId);
  return (
    <li className="classes-sheet__row">
      <label className="choice classes-sheet__choice">
        <input
          type="checkbox"
          checked={row.present}
          disabled={mark.isPending}
          onChange={(e) => mark.mutate({ personId: row.personId, present: e.target.checked })}
        />
        <span>{row.name}</span>
      </label>
      <span className="classes-sheet__meta">
        {row.hasAccount ? null : <span className="tag">{t('attendance.noAccount')}</span>}
        {row.present && row.method ? (
          <span className="muted">{t(`attendance.method.${row.method}`)}</span>
        ) : null}
      </span>
      <ErrorAlert error={mark.error} />
    </li>
  );
}
