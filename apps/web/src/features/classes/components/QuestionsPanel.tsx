// "Câu hỏi cần giảng lại": the quiz questions of the class's modules the members got right the
// first time least often (worst first), so the trainer knows what to explain again.
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../../lib/format';
import type { QuestionStat } from '../api/types';

export function QuestionsPanel({ questions }: { questions: QuestionStat[] }) {
  const { t } = useTranslation('classes');
  const rows = [...questions].sort((a, b) => a.rightFirstTime - b.rightFirstTime);
  return (
    <div className="classes-panel">
      <p className="muted">{t('questions.intro')}</p>
      {rows.length === 0 ? (
        <p className="empty">{t('questions.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table--cards">
            <caption className="visually-hidden">{t('questions.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('questions.rank')}
                </th>
                <th scope="col">{t('questions.prompt')}</th>
                <th scope="col">{t('questions.module')}</th>
                <th scope="col" className="num">
                  {t('questions.attempts')}
                </th>
                <th scope="col">{t('questions.right')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((q, i) => (
                <tr key={`${q.moduleId}/${q.questionId}`}>
                  <td className="num" data-label={t('questions.rank')}>
                    {formatNumber(i + 1)}
                  </td>
                  <td className="table__primary" data-label={t('questions.prompt')}>
                    {q.prompt}
                  </td>
                  <td data-label={t('questions.module')}>{q.moduleTitle}</td>
                  <td className="num" data-label={t('questions.attempts')}>
                    {formatNumber(q.attempts)}
                  </td>
                  <td data-label={t('questions.right')}>
                    <div className="classes-progress">
                      <span className="classes-bar classes-bar--warn" aria-hidden="true">
                        <span
                          className="classes-bar__fill"
                          style={{ width: `${Math.round(q.rightFirstTime * 100)}%` }}
                        />
                      </span>
                      <span className="classes-progress__text">{formatPercent(q.rightFirstTime)}</span>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
