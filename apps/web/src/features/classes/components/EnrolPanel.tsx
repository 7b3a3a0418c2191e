// "Thêm học viên": find people of the class's commune on the roster (with or without an account)
// and enrol them; they are active members at once and appear on the attendance sheet.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, ErrorAlert } from '../../../components/ui/Alert';
import { TextField } from '../../../components/ui/Field';
import { Loading } from '../../../components/ui/Loading';
import { formatNumber } from '../../../lib/format';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { candidatesQueryOptions, MIN_CANDIDATE_SEARCH } from '../api/list-candidates';
import { useEnrolMembers } from '../api/manage-members';
import type { Candidate } from '../api/types';

export function EnrolPanel({ classId, unitName }: { classId: string; unitName: string }) {
  const { t } = useTranslation('classes');
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 300);
  const candidates = useQuery(candidatesQueryOptions(classId, q));
  const enrol = useEnrolMembers(classId);
  const [added, setAdded] = useState<string[]>([]);
  const [last, setLast] = useState<string | null>(null);
  const ready = q.length >= MIN_CANDIDATE_SEARCH;

  const add = (c: Candidate) =>
    enrol.mutate([c.personId], {
      onSuccess: (r) => {
        setAdded((list) => [...list, c.personId]);
        setLast(r.added ? t('enrol.added', { name: c.name }) : t('enrol.already', { name: c.name }));
      },
    });

  return (
    <div className="classes-panel">
      <p className="muted">{t('enrol.intro', { place: unitName })}</p>
      <search>
        <TextField
          label={t('enrol.search')}
          value={text}
          onValueChange={setText}
          type="search"
          placeholder={t('enrol.searchHint')}
          autoComplete="off"
        />
      </search>
      {last ? <Alert tone="success">{last}</Alert> : null}
      <ErrorAlert error={enrol.error} />
      {!ready ? <p className="muted">{t('enrol.typeMore', { count: MIN_CANDIDATE_SEARCH })}</p> : null}
      {ready && candidates.isPending ? <Loading /> : null}
      <ErrorAlert error={candidates.error} />
      {ready && candidates.data?.items.length === 0 ? <p className="empty">{t('enrol.none')}</p> : null}
      {ready && candidates.data?.items.length ? (
        <ul className="classes-people" aria-label={t('enrol.results')}>
          {candidates.data.items.map((c) => {
            const inClass = c.inClass || added.includes(c.personId);
            return (
              <li key={c.personId} className="classes-person">
                <div>
                  <p className="classes-person__name">{c.name}</p>
                  <p className="classes-person__meta">
                    {[c.birthYear ? t('enrol.born', { year: c.birthYear }) : null, c.phoneMasked]
                      .filter(Boolean)
                      .join(' · ') || t('enrol.noDetails')}
                  </p>
                </div>
                <div className="classes-person__actions">
                  {inClass ? (
                    <span className="tag classes-tag--done">{t('enrol.inClass')}</span>
                  ) : (
                    <button
                      type="button"
                      className="button button--primary button--small"
                      disabled={enrol.isPending}
                      onClick={() => add(c)}
                      aria-label={t('enrol.addNamed', { name: c.name })}
                    >
                      {t('enrol.add')}
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
      {added.length ? (
        <p className="muted">{t('enrol.session', { value: formatNumber(added.length) })}</p>
      ) : null}
    </div>
  );
}
