import { Link } from '@tanstack/react-router';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../lib/use-document-title';
import type { AnswerResult, PlayerModule } from '../api/types';
import { ImageBlockView, StepsBlockView, TextBlockView, VideoBlockView } from './ContentBlocks';
import { FinishScreen } from './FinishScreen';
import { OfflineNotice } from './OfflineNotice';
import { asGrade, newPracticeState, PracticeScreen, type PracticeState } from './PracticeScreen';
import { ProgressBar } from './ProgressBar';
import { screensOf, startScreen } from './player-model';
import { newQuestionState, QuestionScreen, type QuestionState } from './QuestionScreen';
import { useLearningStatements } from './use-learning-statements';

const DEFAULT_MASTERY_THRESHOLD = 0.8;

export function ModulePlayer({ module, personId }: { module: PlayerModule; personId: string }) {
  const { t } = useTranslation('learn');
  useDocumentTitle(module.title);
  const screens = useMemo(() => screensOf(module.blocks), [module.blocks]);
  const [index, setIndex] = useState(() => startScreen(module, screens));
  const finished = index >= screens.length;
  const screen = screens[Math.min(index, screens.length - 1)];
  const blockIndex = screen?.blockIndex ?? 0;

  const [questions, setQuestions] = useState<Record<string, QuestionState>>({});
  const [practice, setPractice] = useState<Record<string, PracticeState>>(() =>
    Object.fromEntries(module.progress.practice.map((p) => [p.blockId, newPracticeState(asGrade(p.grade))])),
  );
  const [score, setScore] = useState({ value: module.progress.score, mastered: module.progress.mastered });
  const [celebrateId, setCelebrateId] = useState<string | null>(null);
  const [earned, setEarned] = useState<NonNullable<AnswerResult['certificates']>>([]);
  const threshold = module.masteryThreshold || DEFAULT_MASTERY_THRESHOLD;
  const questionCount = screens.filter((s) => s.questionIndex !== undefined).length;

  useLearningStatements(
    {
      personId,
      moduleId: module.id,
      moduleVersion: module.version,
      blockIds: module.blocks.map((b) => b.id),
    },
    blockIndex,
    finished,
  );

  const screenRef = useRef<HTMLElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const firstRender = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every screen change on purpose
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // A new screen: start reading (and tabbing) from its top, as after a page load.
    window.scrollTo({ top: 0 });
    screenRef.current?.focus({ preventScroll: true });
  }, [index]);

  const go = (next: number) => setIndex(Math.max(0, Math.min(screens.length, next)));

  const onGraded = (result: AnswerResult) => {
    if (result.mastered && !score.mastered) setCelebrateId(result.id);
    if (result.certificates?.length) setEarned((list) => [...list, ...(result.certificates ?? [])]);
    setScore((current) => ({ value: result.moduleScore, mastered: current.mastered || result.mastered }));
    if (result.correct) requestAnimationFrame(() => nextRef.current?.focus());
  };

  const firstOpenQuestion = () => {
    const best = new Map(module.progress.questions.map((q) => [q.questionId, q.bestScore]));
    const found = screens.findIndex((s) => {
      if (s.questionIndex === undefined) return false;
      const block = module.blocks[s.blockIndex];
      const question = block?.type === 'quiz' ? block.questions[s.questionIndex] : undefined;
      if (!question) return false;
      const result = questions[question.id]?.result;
      return result ? !result.correct : (best.get(question.id) ?? 0) < 1;
    });
    return found >= 0 ? found : screens.findIndex((s) => s.questionIndex !== undefined);
  };

  let body: ReactNode = null;
  let done = true; // whether "Tiếp" is the obvious next step (primary) on this screen
  const block = module.blocks[blockIndex];
  if (finished) {
    body = (
      <>
        {earned.map((c) => (
          <p key={c.id} className="alert alert--success" role="status">
            {t('certificates:mine.justEarned', { title: c.title })}{' '}
            <Link to="/learn/certificates">{t('certificates:mine.title')}</Link>
          </p>
        ))}
        <FinishScreen
          score={score.value}
          mastered={score.mastered}
          threshold={threshold}
          hasQuestions={questionCount > 0}
          onRetryQuestions={() => go(firstOpenQuestion())}
          onRestart={() => go(0)}
        />
      </>
    );
  } else if (block?.type === 'quiz' && screen?.questionIndex !== undefined) {
    const question = block.questions[screen.questionIndex];
    if (question) {
      const state = questions[question.id] ?? newQuestionState(question);
      done = Boolean(state.result || state.savedOffline);
      const number = screens.slice(0, index + 1).filter((s) => s.questionIndex !== undefined).length;
      body = (
        <QuestionScreen
          key={question.id}
          personId={personId}
          moduleId={module.id}
          question={question}
          number={number}
          total={questionCount}
          state={state}
          onStateChange={(update) =>
            setQuestions((all) => ({
              ...all,
              [question.id]: update(all[question.id] ?? newQuestionState(question)),
            }))
          }
          onGraded={onGraded}
          prior={module.progress.questions.find((q) => q.questionId === question.id)}
          celebrate={celebrateId !== null && state.result?.id === celebrateId}
        />
      );
    }
  } else if (block?.type === 'practice') {
    const state = practice[block.id] ?? newPracticeState();
    done = Boolean(state.grade);
    body = (
      <PracticeScreen
        key={block.id}
        moduleId={module.id}
        block={block}
        state={state}
        onStateChange={(update) =>
          setPractice((all) => ({ ...all, [block.id]: update(all[block.id] ?? newPracticeState()) }))
        }
      />
    );
  } else if (block?.type === 'text') {
    body = <TextBlockView block={block} />;
  } else if (block?.type === 'steps') {
    body = <StepsBlockView block={block} />;
  } else if (block?.type === 'image') {
    body = <ImageBlockView block={block} packId={module.packId} />;
  } else if (block?.type === 'video') {
    body = <VideoBlockView block={block} packId={module.packId} />;
  }

  const last = index === screens.length - 1;
  return (
    <div className="player">
      <header className="player__header">
        <Link to="/learn" className="player__exit">
          <span aria-hidden="true">←</span>
          {t('player.exit')}
        </Link>
        <h1 className="player__title">{module.title}</h1>
        <p className="player__counter">
          {finished
            ? t('player.finished')
            : t('player.counter', { number: index + 1, total: screens.length })}
        </p>
        <ProgressBar
          value={finished ? 1 : (index + 1) / Math.max(1, screens.length)}
          label={t('player.progressLabel')}
          valueText={
            finished
              ? t('player.finished')
              : t('player.counter', { number: index + 1, total: screens.length })
          }
        />
      </header>

      <OfflineNotice personId={personId} />
      <section ref={screenRef} tabIndex={-1} className="player__screen" aria-label={t('player.screenLabel')}>
        {body}
      </section>

      {finished ? null : (
        <nav className="player__nav" aria-label={t('player.navLabel')}>
          <button
            type="button"
            className="button button--ghost button--huge player__back"
            disabled={index === 0}
            onClick={() => go(index - 1)}
          >
            <span aria-hidden="true">‹</span>
            {t('player.back')}
          </button>
          <button
            ref={nextRef}
            type="button"
            className={`button button--huge player__next ${done ? 'button--primary' : 'button--secondary'}`}
            onClick={() => go(index + 1)}
          >
            {last ? t('player.finish') : done ? t('player.next') : t('player.skip')}
            <span aria-hidden="true">›</span>
          </button>
        </nav>
      )}
    </div>
  );
}
