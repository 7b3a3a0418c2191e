import { useBlocker } from '@tanstack/react-router';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, ErrorAlert } from '../../../components/ui/Alert';
import { useToast } from '../../../components/ui/Toast';
import { ApiError } from '../../../lib/api-error';
import { formatDate } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import { useReviewDraft } from '../api/review-draft';
import { useSaveDraft } from '../api/save-draft';
import { useSubmitDraft } from '../api/submit-draft';
import type { AuthoringModule } from '../api/types';
import { canAuthor, canReview } from './content-access';
import { lineOfPath } from './editor-position';
import { newModuleTemplate } from './module-template';
import { ProblemList } from './ProblemList';
import { ReviewPanel } from './ReviewPanel';
import { SourceEditor, type SourceEditorHandle } from './SourceEditor';

interface ModuleEditorProps {
  moduleId: string;
  /** null: no module and no draft with this id yet — start from the template. */
  module: AuthoringModule | null;
}

/**
 * The authoring workspace of one module: the source editor with save / submit for authors, the
 * server's problems by line, the reviewer's note after a rejection, and — for reviewers while the
 * draft is in review — the diff with approve / send back.
 */
export function ModuleEditor({ moduleId, module }: ModuleEditorProps) {
  const { t, i18n } = useTranslation('content');
  const session = useSession();
  const toast = useToast();
  const problemsId = useId();
  const editorRef = useRef<SourceEditorHandle>(null);
  const save = useSaveDraft(moduleId);
  const submit = useSubmitDraft(moduleId);
  const review = useReviewDraft(moduleId);

  const draft = module?.draft ?? null;
  const status = draft?.status ?? null;
  const serverSource = draft?.source ?? module?.publishedSource ?? null;
  const origin = draft ? 'draft' : module?.publishedSource != null ? 'published' : 'template';
  const author = canAuthor(session);
  const editable = author && status !== 'in_review';
  const showReview = canReview(session) && status === 'in_review' && draft !== null;

  const [template] = useState(() => newModuleTemplate(moduleId, t, i18n.resolvedLanguage ?? 'vi'));
  const [text, setText] = useState(serverSource ?? template);
  const [baseline, setBaseline] = useState(serverSource ?? template);
  const [problems, setProblems] = useState<ApiError | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [reviewError, setReviewError] = useState<unknown>(null);
  const edited = text !== baseline;

  // Follow the server (after a save, submit or review, or a refetch) unless the author is typing.
  const lastServerSource = useRef(serverSource);
  useEffect(() => {
    if (serverSource === lastServerSource.current) return;
    lastServerSource.current = serverSource;
    if (serverSource !== null && !edited) {
      setText(serverSource);
      setBaseline(serverSource);
    }
  }, [serverSource, edited]);

  useBlocker({
    shouldBlockFn: () => edited && !window.confirm(t('editor.leaveConfirm')),
    enableBeforeUnload: edited,
  });

  const problemLines = useMemo(
    () =>
      new Set(
        (problems?.details ?? [])
          .map((detail) => lineOfPath(detail.path))
          .filter((line): line is number => line !== null),
      ),
    [problems],
  );

  // After a refused save, land keyboard and screen-reader users on the first problem (the list is
  // also role=alert); Enter on it takes them back to the line.
  const focusProblems = useRef(false);
  useEffect(() => {
    if (!problems || !focusProblems.current) return;
    focusProblems.current = false;
    document.getElementById(problemsId)?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [problems, problemsId]);

  const busy = save.isPending || submit.isPending;

  /** Saves the text; true on success. Problems go to the list, other errors above the editor. */
  const saveText = async (): Promise<boolean> => {
    setActionError(null);
    try {
      await save.mutateAsync(text);
      setBaseline(text);
      setProblems(null);
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CONTENT_INVALID') {
        focusProblems.current = true;
        setProblems(error);
      } else {
        setActionError(error);
      }
      return false;
    }
  };

  const onSave = async () => {
    if (!editable || busy) return;
    if (await saveText()) toast.showSuccess(t('editor.savedToast', { id: moduleId }));
  };

  const onSubmit = async () => {
    if (!editable || busy) return;
    if ((edited || !draft) && !(await saveText())) return;
    try {
      await submit.mutateAsync();
      toast.showSuccess(t('editor.submittedToast', { id: moduleId }));
    } catch (error) {
      setActionError(error);
    }
  };

  const decide = async (input: { decision: 'approve' } | { decision: 'reject'; note: string }) => {
    setReviewError(null);
    try {
      const result = await review.mutateAsync(input);
      toast.showSuccess(
        input.decision === 'approve'
          ? t('review.approvedToast', { id: moduleId, version: result.published })
          : t('review.rejectedToast', { id: moduleId }),
      );
    } catch (error) {
      setReviewError(error);
    }
  };

  const canSubmit = editable && (edited || draft !== null || origin === 'template');
  const editorStatus = editable
    ? edited
      ? t('editor.unsaved')
      : origin === 'draft'
        ? t('editor.saved')
        : ''
    : '';

  return (
    <div className="module-editor">
      <p className="module-editor__origin muted">
        {origin === 'draft'
          ? t('editor.origin.draft', { date: formatDate(draft?.updatedAt) })
          : t(`editor.origin.${origin}`)}
        {origin === 'published' && editable ? ` ${t('editor.origin.publishedHint')}` : null}
      </p>

      {status === 'rejected' ? (
        <div className="alert alert--warning" role="status">
          <p className="alert__title">{t('editor.rejected.title')}</p>
          <blockquote className="review-note">{draft?.reviewNote || t('editor.rejected.noNote')}</blockquote>
          {author ? <p className="alert__hint">{t('editor.rejected.hint')}</p> : null}
        </div>
      ) : null}
      {status === 'in_review' && author ? <Alert tone="info">{t('editor.inReviewAuthor')}</Alert> : null}
      {!author ? <Alert tone="info">{t('editor.readOnlyReviewer')}</Alert> : null}

      {showReview && draft ? (
        <ReviewPanel
          publishedSource={module?.publishedSource ?? null}
          draftSource={draft.source}
          version={module?.version ?? null}
          ownDraft={draft.authorAccountId === session.account.id}
          pending={review.isPending ? (review.variables?.decision ?? null) : null}
          error={reviewError}
          onApprove={() => void decide({ decision: 'approve' })}
          onReject={(note) => void decide({ decision: 'reject', note })}
        />
      ) : null}

      {editable ? (
        <div className="editor-actions">
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => void onSave()}
          >
            {save.isPending && !submit.isPending ? t('common:actions.saving') : t('editor.save')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy || !canSubmit}
            onClick={() => void onSubmit()}
          >
            {submit.isPending ? t('editor.submitting') : t('editor.submit')}
          </button>
          {edited ? (
            <button
              type="button"
              className="button button--ghost"
              disabled={busy}
              onClick={() => {
                setText(baseline);
                setProblems(null);
              }}
            >
              {t('editor.revert')}
            </button>
          ) : null}
          <span className="editor-actions__hint muted">
            {canSubmit ? t('editor.shortcut') : t('editor.submitHint')}
          </span>
        </div>
      ) : null}

      <ErrorAlert error={actionError} />
      {problems ? (
        <ProblemList
          id={problemsId}
          message={problems.message}
          problems={problems.details}
          onGoToLine={(line) => editorRef.current?.goToLine(line)}
        />
      ) : null}

      <SourceEditor
        ref={editorRef}
        label={t('editor.label')}
        value={text}
        onChange={setText}
        readOnly={!editable}
        problemLines={problemLines}
        onSave={() => void onSave()}
        status={editorStatus}
        describedBy={problems ? problemsId : undefined}
      />

      <details className="card authoring-help">
        <summary>{t('editor.help.title')}</summary>
        <ul>
          <li>{t('editor.help.header')}</li>
          <li>{t('editor.help.blocks')}</li>
          <li>{t('editor.help.quiz')}</li>
          <li>{t('editor.help.docs')}</li>
        </ul>
      </details>
    </div>
  );
}
