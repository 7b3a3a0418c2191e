import { type ChangeEvent, type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { formatPercent } from '../../../lib/format';
import { type PracticeFile, useSubmitPractice } from '../api/submit-practice';
import type { Block, PracticeGrade } from '../api/types';
import { localized } from './localized';
import { Markdown } from './Markdown';

export const MAX_PRACTICE_FILE_BYTES = 3 * 1024 * 1024;

type PracticeBlock = Extract<Block, { type: 'practice' }>;

export interface PracticeState {
  text: string;
  file: PracticeFile | null;
  /** Id of the submission being sent, reused when a dropped connection is retried. */
  submissionId: string | null;
  grade: PracticeGrade | null;
  error: unknown;
}

export function newPracticeState(grade: PracticeGrade | null = null): PracticeState {
  return { text: '', file: null, submissionId: null, grade, error: null };
}

/** A stored grade from the module's progress, when it has the expected shape. */
export function asGrade(value: unknown): PracticeGrade | null {
  const grade = value as PracticeGrade | null;
  return grade && typeof grade.score === 'number' && Array.isArray(grade.criteria) ? grade : null;
}

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

interface PracticeScreenProps {
  moduleId: string;
  block: PracticeBlock;
  state: PracticeState;
  onStateChange: (update: (state: PracticeState) => PracticeState) => void;
}

export function PracticeScreen({ moduleId, block, state, onStateChange }: PracticeScreenProps) {
  const { t, i18n } = useTranslation('learn');
  const submit = useSubmitPractice();
  const id = useId();
  const [fileError, setFileError] = useState<string | null>(null);
  const [emptyError, setEmptyError] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);
  const wantsFile = block.submit === 'image' || block.submit === 'file';

  const pickFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setFileError(null);
    if (!file) {
      onStateChange((s) => ({ ...s, file: null, submissionId: null }));
      return;
    }
    if (file.size > MAX_PRACTICE_FILE_BYTES) {
      setFileError(t('practice.fileTooBig'));
      event.target.value = '';
      return;
    }
    try {
      const dataBase64 = await readAsBase64(file);
      const picked = { name: file.name, type: file.type || 'application/octet-stream', dataBase64 };
      onStateChange((s) => ({ ...s, file: picked, submissionId: null }));
    } catch {
      setFileError(t('practice.fileUnreadable'));
    }
  };

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!state.text.trim() && !state.file) {
      setEmptyError(true);
      return;
    }
    setEmptyError(false);
    const submissionId = state.submissionId ?? crypto.randomUUID();
    onStateChange((s) => ({ ...s, submissionId, error: null }));
    try {
      const reply = await submit.mutateAsync({
        id: submissionId,
        moduleId,
        blockId: block.id,
        text: state.text.trim() || null,
        file: state.file,
      });
      onStateChange((s) => ({ ...s, grade: reply.grade, submissionId: null }));
      requestAnimationFrame(() => resultRef.current?.focus());
    } catch (error) {
      onStateChange((s) => ({ ...s, error }));
    }
  };

  const grade = state.grade;
  return (
    <div className="practice">
      <h2 className="learn-block-title">{t('player.blockTitle.practice')}</h2>
      <Markdown source={block.prompt} className="learn-prose practice__prompt" />
      {block.example ? (
        <details className="practice__example">
          <summary>{t('practice.example')}</summary>
          <Markdown source={block.example} />
        </details>
      ) : null}
      {block.criteria.length ? (
        <div className="practice__criteria">
          <p className="practice__criteria-title">{t('practice.criteriaTitle')}</p>
          <ul>
            {block.criteria.map((criterion) => (
              <li key={criterion.id}>{criterion.label}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <form className="form" noValidate onSubmit={send}>
        <div className={`field${emptyError ? ' field--invalid' : ''}`}>
          <label htmlFor={`${id}-text`} className="field__label">
            {t('practice.answerLabel')}
          </label>
          <textarea
            id={`${id}-text`}
            className="input practice__text"
            rows={7}
            value={state.text}
            aria-invalid={emptyError || undefined}
            aria-describedby={emptyError ? `${id}-empty` : undefined}
            onChange={(event) => {
              setEmptyError(false);
              const text = event.target.value;
              onStateChange((s) => ({ ...s, text, submissionId: null }));
            }}
          />
          {emptyError ? (
            <p id={`${id}-empty`} className="field__error">
              {t('practice.empty')}
            </p>
          ) : null}
        </div>
        {wantsFile ? (
          <div className={`field${fileError ? ' field--invalid' : ''}`}>
            <label htmlFor={`${id}-file`} className="field__label">
              {block.submit === 'image' ? t('practice.imageLabel') : t('practice.fileLabel')}
            </label>
            <input
              id={`${id}-file`}
              type="file"
              className="input practice__file"
              accept={block.submit === 'image' ? 'image/*' : undefined}
              aria-describedby={`${id}-file-hint${fileError ? ` ${id}-file-error` : ''}`}
              onChange={(event) => void pickFile(event)}
            />
            <p id={`${id}-file-hint`} className="field__hint">
              {t('practice.fileHint')}
            </p>
            {fileError ? (
              <p id={`${id}-file-error`} className="field__error">
                {fileError}
              </p>
            ) : null}
          </div>
        ) : null}
        <ErrorAlert error={state.error} />
        <button
          type="submit"
          className="button button--primary button--block button--huge"
          disabled={submit.isPending}
        >
          {submit.isPending
            ? t('practice.sending')
            : state.error
              ? t('practice.resend')
              : grade
                ? t('practice.resubmit')
                : t('practice.submit')}
        </button>
      </form>

      <div aria-live="polite">
        {grade ? (
          <div
            ref={resultRef}
            tabIndex={-1}
            className={`feedback ${grade.passed ? 'feedback--right' : 'feedback--wrong'} practice-result`}
          >
            <p className="feedback__verdict">
              <span aria-hidden="true">{grade.passed ? '✓ ' : '✗ '}</span>
              {grade.passed
                ? t('practice.passed', { score: formatPercent(grade.score) })
                : t('practice.notPassed', { score: formatPercent(grade.score) })}
            </p>
            <ul className="criteria-list">
              {grade.criteria.map((criterion) => {
                const status = criterion.score >= 1 ? 'met' : criterion.score > 0 ? 'partly' : 'unmet';
                return (
                  <li key={criterion.id} className={`criteria-list__item criteria-list__item--${status}`}>
                    <span className="criteria-list__icon" aria-hidden="true">
                      {status === 'met' ? '✓' : status === 'partly' ? '◐' : '✗'}
                    </span>
                    <span className="criteria-list__body">
                      <span className="criteria-list__label">{criterion.label}</span>
                      <span className="criteria-list__status">{t(`practice.criterion.${status}`)}</span>
                      <span className="criteria-list__feedback">
                        {localized(criterion.feedback, i18n.resolvedLanguage)}
                      </span>
                    </span>
                  </li>
                );
              })}
            </ul>
            <p className="practice-result__again">
              {grade.passed ? t('practice.againPassed') : t('practice.againNotPassed')}
            </p>
          </div>
        ) : null}
      </div>
    </div>
  );
}
