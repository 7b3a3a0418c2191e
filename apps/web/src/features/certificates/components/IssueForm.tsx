import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, ErrorAlert } from '../../../components/ui/Alert';
import { Combobox } from '../../../components/ui/Combobox';
import { apiRequest } from '../../../lib/api-client';
import type { Paged } from '../../../lib/types';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useIssueCertificate } from '../api/officer-certificates';
import type { CertificateTemplate } from '../api/types';

interface PersonOption {
  id: string;
  fullName: string;
  unitName: string | null;
}

/** An officer issues a certificate after an in-person session or assessment, with the reason. */
export function IssueForm({ templates }: { templates: CertificateTemplate[] }) {
  const { t } = useTranslation('certificates');
  const id = useId();
  const [person, setPerson] = useState<PersonOption | null>(null);
  const [text, setText] = useState('');
  const [templateId, setTemplateId] = useState(
    templates.find((x) => x.inPerson)?.id ?? templates[0]?.id ?? '',
  );
  const [reason, setReason] = useState('');
  const q = useDebouncedValue(text.trim());
  const people = useQuery({
    queryKey: ['certificates', 'people', q],
    queryFn: ({ signal }) =>
      apiRequest<Paged<PersonOption>>('/people', { query: { q, pageSize: 10 }, signal }),
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
  });
  const issue = useIssueCertificate();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!person) return;
    issue.mutate(
      { personId: person.id, templateId, reason: reason.trim() },
      {
        onSuccess: () => {
          setPerson(null);
          setReason('');
        },
      },
    );
  };
  return (
    <form onSubmit={submit} className="form card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        {t('console.issueTitle')}
      </h2>
      <Combobox<PersonOption>
        label={t('console.person')}
        value={person}
        onChange={setPerson}
        onInputChange={setText}
        options={q.length >= 2 ? (people.data?.items ?? []) : []}
        getKey={(p) => p.id}
        getLabel={(p) => (p.unitName ? `${p.fullName} — ${p.unitName}` : p.fullName)}
        status={q.length < 2 ? t('console.typeToSearch') : undefined}
        required
      />
      <div className="field">
        <label htmlFor={`${id}-template`} className="field__label">
          {t('console.template')}
        </label>
        <select
          id={`${id}-template`}
          className="input"
          value={templateId}
          onChange={(e) => setTemplateId(e.target.value)}
        >
          {templates.map((x) => (
            <option key={x.id} value={x.id}>
              {x.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-reason`} className="field__label">
          {t('console.reason')}
        </label>
        <input
          id={`${id}-reason`}
          className="input"
          required
          minLength={3}
          maxLength={500}
          placeholder={t('console.reasonPlaceholder')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      <ErrorAlert error={issue.error} />
      {issue.data ? <Alert tone="success">{t('console.issued', { serial: issue.data.serial })}</Alert> : null}
      <button
        type="submit"
        className="button button--primary"
        disabled={!person || reason.trim().length < 3 || issue.isPending}
      >
        {t('console.issue')}
      </button>
    </form>
  );
}
