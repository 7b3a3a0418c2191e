// "Thông báo": a message to everyone in the class (each active member gets a notification) and
// the announcements already posted, newest first.
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, ErrorAlert } from '../../../components/ui/Alert';
import { describedBy, FieldShell } from '../../../components/ui/Field';
import { usePostAnnouncement } from '../api/post-announcement';
import type { Announcement } from '../api/types';
import { formatSessionTime } from './schedule';

const MAX = 2000;

export function AnnouncementsPanel({
  classId,
  announcements,
  canPost,
}: {
  classId: string;
  announcements: Announcement[];
  canPost: boolean;
}) {
  const { t } = useTranslation('classes');
  const post = usePostAnnouncement(classId);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [sent, setSent] = useState(false);
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = body.trim();
    if (!text) {
      setError(t('announcements.errors.empty'));
      return;
    }
    setError(undefined);
    post.mutate(text, {
      onSuccess: () => {
        setBody('');
        setSent(true);
      },
    });
  };

  return (
    <div className="classes-panel">
      {canPost ? (
        <form onSubmit={submit} noValidate className="classes-announce">
          <FieldShell
            id={id}
            label={t('announcements.body')}
            required
            hint={t('announcements.hint')}
            error={error}
          >
            <textarea
              id={id}
              className="input classes-textarea"
              value={body}
              maxLength={MAX}
              rows={4}
              onChange={(e) => {
                setBody(e.target.value);
                setSent(false);
              }}
              aria-required
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy(id, true, error)}
            />
          </FieldShell>
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={post.isPending}>
              {t('announcements.post')}
            </button>
          </div>
          {sent ? <Alert tone="success">{t('announcements.sent')}</Alert> : null}
          <ErrorAlert error={post.error} />
        </form>
      ) : null}
      <h3 className="classes-subtitle">{t('announcements.list')}</h3>
      {announcements.length === 0 ? (
        <p className="empty">{t('announcements.empty')}</p>
      ) : (
        <ul className="classes-news">
          {announcements.map((a) => (
            <li key={a.id} className="classes-news__item">
              <p className="classes-news__meta">
                {a.authorName} · {formatSessionTime(a.createdAt)}
              </p>
              <p className="classes-news__body">{a.body}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
