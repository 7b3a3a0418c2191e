import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { grantedPurposes, useUpdateConsents } from '../api/my-privacy';
import type { MyPrivacy, PrivacyNotice } from '../api/types';
import { ConsentChecklist, missingRequired } from './ConsentChecklist';

/**
 * The consent asked at first sign-in of a person an officer created (roster import, console),
 * and again when the notice changes: same checklist as at registration, saved with one PUT.
 */
export function ConsentStep({ notice, privacy }: { notice: PrivacyNotice; privacy: MyPrivacy }) {
  const { t } = useTranslation('privacy');
  useDocumentTitle(t('gate.title'));
  const update = useUpdateConsents();
  // Optional purposes the person already granted under an earlier version stay ticked.
  const earlier = new Set(privacy.consents.filter((c) => c.withdrawnAt === null).map((c) => c.purpose));
  const [values, setValues] = useState<string[]>(() => [
    ...new Set([
      ...grantedPurposes(privacy),
      ...notice.purposes.filter((p) => !p.required && earlier.has(p.code)).map((p) => p.code),
    ]),
  ]);
  const [error, setError] = useState<string | undefined>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (missingRequired(notice.purposes, values).length > 0) {
      setError(t('consent.missingRequired'));
      document.querySelector<HTMLInputElement>('[data-field="consent"] input')?.focus();
      return;
    }
    update.mutate({ version: notice.version, purposes: values });
  };

  return (
    <section className="learn-card privacy-section" aria-labelledby="consent-step-title">
      <h1 id="consent-step-title">{t('gate.title')}</h1>
      <p>{privacy.consents.length > 0 ? t('gate.updatedIntro') : t('gate.intro')}</p>
      <form className="form" noValidate onSubmit={submit}>
        <ConsentChecklist
          purposes={notice.purposes}
          version={notice.version}
          values={values}
          onValuesChange={(next) => {
            setValues(next);
            setError(undefined);
          }}
          error={error}
        />
        <ErrorAlert error={update.error} />
        <button type="submit" className="button button--primary button--block" disabled={update.isPending}>
          {update.isPending ? t('gate.submitting') : t('gate.submit')}
        </button>
      </form>
    </section>
  );
}
