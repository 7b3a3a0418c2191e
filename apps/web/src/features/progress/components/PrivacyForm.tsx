import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { TextField } from '../../../components/ui/Field';
import type { EngagementMe } from '../../../lib/my-engagement';
import { useSaveBoardProfile } from '../api/save-profile';

/** How I appear on public boards: a display name of my choosing, or not at all. */
export function PrivacyForm({ profile }: { profile: EngagementMe['profile'] }) {
  const { t } = useTranslation('progress');
  const save = useSaveBoardProfile();
  const [displayName, setDisplayName] = useState(profile.displayName ?? '');
  const [isPublic, setIsPublic] = useState(profile.public);
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const name = displayName.trim().replace(/\s+/g, ' ');
    if (name && (name.length < 2 || name.length > 40)) {
      setError(t('privacy.displayNameError'));
      return;
    }
    setError(undefined);
    setSaved(false);
    save.mutate(
      { displayName: name || null, public: isPublic },
      {
        onSuccess: (reply) => {
          setDisplayName(reply.displayName ?? '');
          setSaved(true);
        },
      },
    );
  };

  return (
    <section className="learn-card" aria-labelledby="progress-privacy-title">
      <h2 id="progress-privacy-title" className="learn-section-title">
        {t('privacy.title')}
      </h2>
      <p className="progress-lead">
        {profile.public ? t('privacy.shownAs', { name: profile.shownAs }) : t('privacy.hiddenNow')}
      </p>
      <form className="learn-form" onSubmit={onSubmit} noValidate>
        <TextField
          label={t('privacy.displayName')}
          value={displayName}
          onValueChange={(value) => {
            setDisplayName(value);
            setSaved(false);
          }}
          hint={t('privacy.displayNameHint')}
          error={error}
          maxLength={40}
          autoComplete="nickname"
        />
        <div className="field">
          <label className="choice">
            <input
              type="checkbox"
              checked={isPublic}
              aria-describedby="progress-public-hint"
              onChange={(event) => {
                setIsPublic(event.target.checked);
                setSaved(false);
              }}
            />
            <span>{t('privacy.public')}</span>
          </label>
          <p id="progress-public-hint" className="field__hint">
            {t('privacy.publicHint')}
          </p>
        </div>
        <ErrorAlert error={save.error} />
        <div>
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {save.isPending ? t('common:actions.saving') : t('privacy.save')}
          </button>
        </div>
        {/* Always in the page, so the confirmation is announced when it appears. */}
        <div aria-live="polite" aria-atomic="true">
          {saved ? <p className="alert alert--success">{t('privacy.saved')}</p> : null}
        </div>
      </form>
    </section>
  );
}
