import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, ErrorAlert } from '../../../components/ui/Alert';
import { describedBy } from '../../../components/ui/Field';
import { SourceDiff } from './SourceDiff';

interface ReviewPanelProps {
  publishedSource: string | null;
  draftSource: string;
  version: number | null;
  /** The reviewer wrote this draft: the server refuses their decision (four eyes). */
  ownDraft: boolean;
  pending: 'approve' | 'reject' | null;
  error: unknown;
  onApprove: () => void;
  onReject: (note: string) => void;
}

/** For reviewers while a draft is in review: what changed, then approve or send back with a note. */
export function ReviewPanel(props: ReviewPanelProps) {
  const { publishedSource, draftSource, version, ownDraft, pending, error, onApprove, onReject } = props;
  const { t } = useTranslation('content');
  const noteId = useId();
  const titleId = useId();
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string>();
  const noteRef = useRef<HTMLTextAreaElement>(null);

  const reject = (event: FormEvent) => {
    event.preventDefault();
    if (!note.trim()) {
      setNoteError(t('review.noteRequired'));
      noteRef.current?.focus();
      return;
    }
    onReject(note.trim());
  };

  return (
    <section className="card review-panel" aria-labelledby={titleId}>
      <h2 id={titleId} className="section-title">
        {t('review.title')}
      </h2>
      <p className="muted">{t('review.intro')}</p>
      {ownDraft ? <Alert tone="info">{t('review.ownDraft')}</Alert> : null}
      <SourceDiff before={publishedSource} after={draftSource} version={version} />
      {publishedSource !== null ? (
        <details className="review-panel__published">
          <summary>{t('review.publishedSource', { version })}</summary>
          <pre className="source-view">{publishedSource}</pre>
        </details>
      ) : null}
      <ErrorAlert error={error} />
      <form className="review-panel__decision" noValidate onSubmit={reject}>
        <div className={`field${noteError ? ' field--invalid' : ''}`}>
          <label htmlFor={noteId} className="field__label">
            {t('review.noteLabel')}
          </label>
          <textarea
            ref={noteRef}
            id={noteId}
            className="input review-panel__note"
            rows={3}
            maxLength={2000}
            value={note}
            aria-invalid={noteError ? true : undefined}
            aria-describedby={describedBy(noteId, true, noteError)}
            onChange={(event) => {
              setNote(event.target.value);
              setNoteError(undefined);
            }}
          />
          <p id={`${noteId}-hint`} className="field__hint">
            {t('review.noteHint')}
          </p>
          {noteError ? (
            <p id={`${noteId}-error`} className="field__error">
              {noteError}
            </p>
          ) : null}
        </div>
        <div className="form-actions">
          <button
            type="button"
            className="button button--primary"
            disabled={pending !== null}
            onClick={onApprove}
          >
            {pending === 'approve' ? t('review.approving') : t('review.approve')}
          </button>
          <button type="submit" className="button button--danger" disabled={pending !== null}>
            {pending === 'reject' ? t('review.rejecting') : t('review.reject')}
          </button>
        </div>
      </form>
    </section>
  );
}
