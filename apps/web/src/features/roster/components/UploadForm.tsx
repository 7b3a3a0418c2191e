import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import type { ImportJob, ImportKind } from '../api/types';
import { MAX_UPLOAD_BYTES, useUploadImport } from '../api/upload-import';

/** Step 3: the file input and the button that sends it; the job then runs on the server. */
export function UploadForm({ kind, onStarted }: { kind: ImportKind; onStarted: (job: ImportJob) => void }) {
  const { t } = useTranslation('roster');
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const upload = useUploadImport();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return setProblem(t('upload.chooseFile'));
    if (file.size > MAX_UPLOAD_BYTES) return setProblem(t('upload.tooLarge'));
    setProblem(null);
    upload.mutate(
      { kind, file },
      {
        onSuccess: (job) => {
          if (input.current) input.current.value = '';
          onStarted(job);
        },
      },
    );
  };

  return (
    <form className="card form" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`} className="section-title">
        {t('upload.title')}
      </h2>
      <div className={`field${problem ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={`${id}-file`}>
          {t('upload.file')}
        </label>
        <p id={`${id}-hint`} className="field__hint">
          {t('upload.fileHint')}
        </p>
        <input
          ref={input}
          id={`${id}-file`}
          className="input import-file"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ''}`}
          aria-invalid={problem ? true : undefined}
          onChange={() => setProblem(null)}
        />
        {problem ? (
          <p id={`${id}-error`} className="field__error">
            {problem}
          </p>
        ) : null}
      </div>
      <ErrorAlert error={upload.error} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={upload.isPending}>
          {upload.isPending ? t('upload.sending') : t('upload.submit')}
        </button>
      </div>
    </form>
  );
}
