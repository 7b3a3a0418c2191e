import { useQuery } from '@tanstack/react-query';
import { Link, useRouter } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, ErrorAlert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { placementQueryOptions } from '../api/get-placement';
import { useSubmitPlacement } from '../api/submit-placement';
import type { PlacementAnswer, PlacementCheck } from '../api/types';
import { PlacementResult } from '../components/PlacementResult';
import { ProgressBar } from '../components/ProgressBar';
import { nextPlacementQuestion, placementProgress } from '../components/placement-flow';

export function PlacementPage() {
  const { t } = useTranslation('learn');
  const check = useQuery(placementQueryOptions);
  useDocumentTitle(t('placement.title'));

  if (check.isPending) return <Loading />;
  if (check.isError) return <ErrorAlert error={check.error} />;
  return <PlacementFlow check={check.data} />;
}

function PlacementFlow({ check }: { check: PlacementCheck }) {
  const { t } = useTranslation('learn');
  const router = useRouter();
  const [answers, setAnswers] = useState<PlacementAnswer[]>([]);
  const submit = useSubmitPlacement();
  const statementRef = useRef<HTMLParagraphElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const question = nextPlacementQuestion(check.areas, answers);
  const done = answers.length > 0 && question === null;
  const { mutate } = submit;

  // The last answer settles the check: send everything at once.
  useEffect(() => {
    if (done) mutate(answers);
  }, [done, answers, mutate]);

  useEffect(() => {
    if (submit.isSuccess) resultRef.current?.focus();
  }, [submit.isSuccess]);

  const answer = (canDo: boolean) => {
    if (!question) return;
    setAnswers((list) => [...list, { area: question.area.area, level: question.level, canDo }]);
    // Keyboard and screen-reader users continue at the new statement.
    requestAnimationFrame(() => statementRef.current?.focus());
  };

  const goHome = () => void router.navigate({ to: '/learn' });

  if (check.areas.length === 0) {
    return (
      <div className="learn-stack">
        <h1 className="learn-hero__title">{t('placement.title')}</h1>
        <Alert tone="info">{t('placement.unavailable')}</Alert>
        <button type="button" className="button button--primary button--block button--huge" onClick={goHome}>
          {t('placement.toHome')}
        </button>
      </div>
    );
  }

  if (done) {
    return (
      <div className="learn-stack">
        <h1 className="learn-hero__title">{t('placement.title')}</h1>
        {submit.isPending || submit.isIdle ? <Loading label={t('placement.saving')} /> : null}
        {submit.isError ? (
          <>
            <ErrorAlert error={submit.error} />
            <button
              type="button"
              className="button button--primary button--block button--huge"
              onClick={() => submit.mutate(answers)}
            >
              {t('placement.retry')}
            </button>
          </>
        ) : null}
        {submit.isSuccess ? (
          <section className="learn-card" aria-labelledby="placement-result-title">
            <h2 id="placement-result-title" ref={resultRef} tabIndex={-1} className="learn-section-title">
              {t('placement.resultTitle')}
            </h2>
            <p>{t('placement.resultIntro')}</p>
            <PlacementResult
              framework={check.framework}
              areas={check.areas}
              placement={submit.data.placement}
            />
            <button
              type="button"
              className="button button--primary button--block button--huge"
              onClick={goHome}
            >
              {t('placement.toPlan')}
            </button>
          </section>
        ) : null}
      </div>
    );
  }

  if (!question) return null;
  const progress = placementProgress(check.areas, answers);

  return (
    <div className="learn-stack">
      <header>
        <h1 className="learn-hero__title">{t('placement.title')}</h1>
        {answers.length === 0 ? <p className="learn-hero__sub">{t('placement.intro')}</p> : null}
      </header>
      <div className="placement-progress">
        <p className="placement-progress__text">
          {t('placement.counter', {
            number: answers.length + 1,
            area: question.areaNumber,
            areas: check.areas.length,
          })}
        </p>
        <ProgressBar value={progress} label={t('placement.progressLabel')} />
      </div>
      <section className="learn-card placement-card" aria-labelledby="placement-question">
        <p className="placement-card__area">{question.area.name}</p>
        <h2 id="placement-question" className="placement-card__question">
          {t('placement.question')}
        </h2>
        <p ref={statementRef} tabIndex={-1} className="placement-card__statement">
          {question.statement}
        </p>
        <div className="placement-card__actions">
          <button type="button" className="button button--yes button--huge" onClick={() => answer(true)}>
            {t('placement.yes')}
          </button>
          <button type="button" className="button button--no button--huge" onClick={() => answer(false)}>
            {t('placement.no')}
          </button>
        </div>
      </section>
      <div className="learn-links">
        {answers.length > 0 ? (
          <button
            type="button"
            className="link-button"
            onClick={() => setAnswers((list) => list.slice(0, -1))}
          >
            {t('placement.back')}
          </button>
        ) : null}
        <Link to="/learn">{t('placement.skip')}</Link>
      </div>
    </div>
  );
}
