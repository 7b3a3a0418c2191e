import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../../lib/format';
import type { AttainmentRule } from '../api/types';
import { VerificationBadge } from './badges';
import { competenceAnchor, parseCompetenceRef } from './framework-ids';

/** "Đạt phổ cập": the final assessment of each target group (questions, pass mark, competences). */
export function AttainmentTable({
  frameworkId,
  rules,
}: {
  frameworkId: string;
  rules: AttainmentRule[] | null;
}) {
  const { t } = useTranslation(['content', 'common']);
  return (
    <section aria-labelledby="attainment-title">
      <h2 id="attainment-title" className="section-title">
        {t('framework.attainment.title')}
      </h2>
      {!rules?.length ? (
        <p className="empty">{t('framework.attainment.none')}</p>
      ) : (
        <>
          <p className="muted">{t('framework.attainment.intro')}</p>
          <div className="table-wrap">
            <table className="table table--cards attainment-table">
              <caption className="visually-hidden">{t('framework.attainment.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('framework.attainment.targetGroup')}</th>
                  <th scope="col" className="num">
                    {t('framework.attainment.questions')}
                  </th>
                  <th scope="col" className="num">
                    {t('framework.attainment.passScore')}
                  </th>
                  <th scope="col">{t('framework.attainment.competences')}</th>
                  <th scope="col">{t('framework.attainment.status')}</th>
                </tr>
              </thead>
              <tbody>
                {rules.map((rule) => (
                  <tr key={rule.targetGroup}>
                    <td className="table__primary" data-label={t('framework.attainment.targetGroup')}>
                      <strong>
                        {t(`common:targetGroup.${rule.targetGroup}`, { defaultValue: rule.targetGroup })}
                      </strong>
                      {rule.note ? <span className="table__sub">{rule.note}</span> : null}
                    </td>
                    <td className="num" data-label={t('framework.attainment.questions')}>
                      {formatNumber(rule.questions)}
                    </td>
                    <td className="num" data-label={t('framework.attainment.passScore')}>
                      {formatPercent(rule.passScore)}
                    </td>
                    <td data-label={t('framework.attainment.competences')}>
                      <ul className="tags">
                        {rule.competences.map((code) => {
                          // "six-pillars:4.1" names another framework; a bare "4.1" is one of this one.
                          const ref = parseCompetenceRef(code) ?? { frameworkId, code };
                          return (
                            <li key={code} className="tag mono">
                              <Link
                                to="/content/frameworks/$frameworkId"
                                params={{ frameworkId: ref.frameworkId }}
                                hash={competenceAnchor(`${ref.frameworkId}:${ref.code}`)}
                              >
                                {code}
                              </Link>
                            </li>
                          );
                        })}
                      </ul>
                    </td>
                    <td data-label={t('framework.attainment.status')}>
                      {rule.status === 'draft' ? (
                        <VerificationBadge status="draft" />
                      ) : (
                        <span className="badge badge--verified">{t('badge.verifiedItem')}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
