import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { useToast } from '../../../components/ui/Toast';
import { formatDate, formatIsoDay } from '../../../lib/format';
import { grantedPurposes, useUpdateConsents } from '../api/my-privacy';
import type { Consent, MyPrivacy, PrivacyNotice } from '../api/types';
import { purposeTitle } from './purpose-text';

/** The latest consent row per purpose (the server keeps one row per grant). */
function latestByPurpose(consents: Consent[]): Map<string, Consent> {
  const out = new Map<string, Consent>();
  for (const c of consents) {
    const seen = out.get(c.purpose);
    if (!seen || c.grantedAt > seen.grantedAt) out.set(c.purpose, c);
  }
  return out;
}

/** Each purpose with what the person agreed to and when; optional ones can be switched here. */
export function MyConsents({ notice, privacy }: { notice: PrivacyNotice; privacy: MyPrivacy }) {
  const { t } = useTranslation('privacy');
  const toast = useToast();
  const update = useUpdateConsents();
  const latest = latestByPurpose(privacy.consents);
  const granted = grantedPurposes(privacy);
  // While a change is being saved the box already shows it (set in the same event, so the
  // controlled checkbox never flips back), disabled until the server answers.
  const [saving, setSaving] = useState<string[] | null>(null);
  const shown = saving ?? granted;

  const switchPurpose = (code: string, on: boolean) => {
    const purposes = on ? [...new Set([...granted, code])] : granted.filter((p) => p !== code);
    setSaving(purposes);
    update.mutate(
      { version: notice.version, purposes },
      {
        onSuccess: () => toast.showSuccess(t('myData.reminderSaved')),
        onSettled: () => setSaving(null),
      },
    );
  };

  return (
    <>
      <ul className="consent-list">
        {notice.purposes.map((purpose) => {
          const row = latest.get(purpose.code);
          const active = row !== undefined && row.withdrawnAt === null;
          return (
            <li key={purpose.code}>
              <strong>{purposeTitle(t, purpose.code)}</strong>{' '}
              <span className="consent__kind">
                ({purpose.required ? t('consent.required') : t('consent.optional')})
              </span>
              <span className="consent-list__meta">
                {row
                  ? [
                      active
                        ? t('myData.granted')
                        : t('myData.withdrawn', { date: formatDate(row.withdrawnAt) }),
                      `${t('myData.colDate')}: ${formatDate(row.grantedAt)}`,
                      `${t('myData.colVersion')}: ${formatIsoDay(row.version) || row.version}`,
                    ].join(' · ')
                  : t('myData.notGiven')}
              </span>
              {purpose.required ? null : (
                <label className="choice">
                  <input
                    type="checkbox"
                    checked={shown.includes(purpose.code)}
                    disabled={saving !== null}
                    onChange={(event) => switchPurpose(purpose.code, event.target.checked)}
                  />
                  <span>
                    {purpose.code === 'reminders' ? t('myData.reminderOn') : purposeTitle(t, purpose.code)}
                  </span>
                </label>
              )}
            </li>
          );
        })}
      </ul>
      <ErrorAlert error={update.error} />
    </>
  );
}
