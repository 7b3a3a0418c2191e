import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, ErrorAlert } from '../../../components/ui/Alert';
import { formatPercent } from '../../../lib/format';
import { gradedAnswer, isOfflineError, queueAnswer, subscribeQueue } from '../api/statement-queue';
import { useSubmitAnswer } from '../api/submit-answer';
import type { AnswerResult, Question, QuestionProgress } from '../api/types';
import { localized } from './localized';
import { renderInline } from './Markdown';
import { type Draft, initialDraft, isComplete, toResponse } from './player-model';
import { QuestionInput } from './QuestionInput';

export interface QuestionState {
  draft: Draft;
  /** The id of the attempt being sent: kept while a network retry may still be needed, so the
   * server sees the same id again; cleared when the learner changes the answer or tries again. */
  attemptId: string | null;
  result: AnswerResult | null;
  error: unknown;
  /** The attempt could not reach the server (offline, or its database briefly away): it waits in
   * the device's queue under `attemptId` and is graded when the connection is back. */
  savedOffline: boolean;
}

export function newQuestionState(question: Question): QuestionState {
  return { draft: initialDraft(question), attemptId: null, result: null, error: null, savedOffline: false };
}

interface QuestionScreenProps {
  personId: string;
  moduleId: string;
  question: Question;
  number: number;
  total: number;
  state: QuestionState;
  onStateChange: (update: (state: QuestionState) => QuestionState) => void;
  onGraded: (result: AnswerResult) => void;
  prior: QuestionProgress | undefined;
  /** Set on the answer that made the module mastered. */
  celebrate: boolean;
}

export function QuestionScreen(props: QuestionScreenProps) {
  const { personId, moduleId, question, number, total, state, onStateChange, onGraded, prior, celebrate } =
    props;
  const { t, i18n } = useTranslation('learn');
  const submit = useSubmitAnswer();
  const [incomplete, setIncomplete] = useState(false);
  const retryRef = useRef<HTMLButtonElement>(null);
  const { result } = state;

  // An answer saved on the device gets its grading as soon as the queue delivers it.
  const offlineId = state.savedOffline ? state.attemptId : null;
  const deliveredOffline = useSyncExternalStore(subscribeQueue, () =>
    offlineId ? gradedAnswer(offlineId) : undefined,
  );
  const appliedOffline = useRef<string | null>(null);
  useEffect(() => {
    if (!deliveredOffline || appliedOffline.current === deliveredOffline.id) return;
    appliedOffline.current = deliveredOffline.id;
    onStateChange((s) => ({ ...s, result: deliveredOffline, attemptId: null, savedOffline: false }));
    onGraded(deliveredOffline);
  }, [deliveredOffline, onStateChange, onGraded]);

  const check = async () => {
    if (!isComplete(state.draft)) {
      setIncomplete(true);
      return;
    }
    setIncomplete(false);
    const id = state.attemptId ?? crypto.randomUUID();
    onStateChange((s) => ({ ...s, attemptId: id, error: null }));
    try {
      const graded = await submit.mutateAsync({
        id,
        moduleId,
        questionId: question.id,
        response: toResponse(state.draft),
      });
      onStateChange((s) => ({ ...s, result: graded, attemptId: null }));
      onGraded(graded);
      // The check button is gone now: keep keyboard focus on the next thing to do.
      if (!graded.correct) requestAnimationFrame(() => retryRef.current?.focus());
    } catch (error) {
      if (isOfflineError(error)) {
        // Keep it on the device with the same id: the queue sends it later, graded once.
        const response = toResponse(state.draft);
        queueAnswer(personId, {
          id,
          moduleId,
          questionId: question.id,
          response,
          timestamp: new Date().toISOString(),
        });
        onStateChange((s) => ({ ...s, savedOffline: true, error: null }));
      } else {
        onStateChange((s) => ({ ...s, error }));
      }
    }
  };

  const tryAgain = () => {
    onStateChange(() => newQuestionState(question));
    submit.reset();
  };

  const verdict = result
    ? result.correct
      ? t('question.correct')
      : result.score > 0
        ? t('question.partlyCorrect')
        : t('question.wrong')
    : '';

  return (
    <div className="question">
      <h2 className="learn-block-title question__number">{t('question.number', { number, total })}</h2>
      {!result && prior && prior.attempts > 0 ? (
        <p className="question__prior">
          {prior.bestScore >= 1 ? t('question.priorRight') : t('question.priorTried')}
        </p>
      ) : null}
      <QuestionInput
        question={question}
        draft={state.draft}
        disabled={Boolean(result) || submit.isPending || state.savedOffline}
        onChange={(draft) => {
          setIncomplete(false);
          // A different answer is a different attempt.
          onStateChange((s) => ({ ...s, draft, attemptId: null, error: null }));
        }}
      />
      {question.hint && !result ? (
        <details className="question__hint">
          <summary>{t('question.hint')}</summary>
          <p>{renderInline(question.hint)}</p>
        </details>
      ) : null}

      <div aria-live="polite" className="question__live">
        {incomplete ? <p className="field__error">{t('question.incomplete')}</p> : null}
        {result ? (
          <div className={`feedback ${result.correct ? 'feedback--right' : 'feedback--wrong'}`}>
            <p className="feedback__verdict">
              <span aria-hidden="true">{result.correct ? '✓ ' : '✗ '}</span>
              {verdict}
            </p>
            {result.correct ? null : (
              <p className="feedback__expected">
                {t('question.expected')} <strong>{localized(result.expected, i18n.resolvedLanguage)}</strong>
              </p>
            )}
            {result.explanation ? (
              <p className="feedback__explanation">{renderInline(result.explanation)}</p>
            ) : null}
            <p className="feedback__score">
              {t('question.moduleScore', { score: formatPercent(result.moduleScore) })}
            </p>
          </div>
        ) : null}
        {celebrate ? (
          <div className="celebration">
            <p className="celebration__title">
              <span className="celebration__star" aria-hidden="true">
                ★
              </span>
              {t('player.masteredTitle')}
            </p>
            <p>{t('player.masteredBody')}</p>
          </div>
        ) : null}
      </div>
      {state.savedOffline && !result ? <Alert tone="info">{t('question.savedOffline')}</Alert> : null}
      <ErrorAlert error={state.error} />

      <div className="question__actions">
        {state.savedOffline && !result ? null : result ? (
          result.correct ? null : (
            <button
              ref={retryRef}
              type="button"
              className="button button--secondary button--block button--huge"
              onClick={tryAgain}
            >
              {t('question.tryAgain')}
            </button>
          )
        ) : (
          <button
            type="button"
            className="button button--primary button--block button--huge"
            disabled={submit.isPending}
            onClick={() => void check()}
          >
            {submit.isPending
              ? t('question.checking')
              : state.error
                ? t('question.resend')
                : t('question.check')}
          </button>
        )}
      </div>
    </div>
  );
}
