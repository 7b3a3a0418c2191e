import { useTranslation } from 'react-i18next';
import type { ErrorDetail } from '../../../lib/api-error';
import { lineOfPath } from './editor-position';

interface ProblemListProps {
  id: string;
  message: string;
  problems: ErrorDetail[];
  onGoToLine: (line: number) => void;
}

/** The server's problems with a draft, by line; choosing one puts the editor's caret on that line. */
export function ProblemList({ id, message, problems, onGoToLine }: ProblemListProps) {
  const { t } = useTranslation('content');
  const sorted = problems
    .map((problem) => ({ ...problem, line: lineOfPath(problem.path) }))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return (
    <div id={id} className="alert alert--error problems" role="alert">
      <p className="problems__message">{message}</p>
      <p className="problems__hint">{t('editor.problemsTitle', { count: sorted.length })}</p>
      <ul className="problems__list">
        {sorted.map((problem, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: two problems may share line and text
          <li key={`${problem.path}-${index}`}>
            {problem.line ? (
              <button
                type="button"
                className="problems__item"
                onClick={() => onGoToLine(problem.line as number)}
              >
                {t('editor.problemAt', { line: problem.line, message: problem.message })}
              </button>
            ) : (
              <span className="problems__item problems__item--static">{problem.message}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
