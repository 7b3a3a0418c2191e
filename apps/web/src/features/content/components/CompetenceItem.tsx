import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Competence, FrameworkLevel } from '../api/types';
import { VerificationBadge } from './badges';
import { competenceAnchor, parseCompetenceRef } from './framework-ids';
import { localizedName } from './localized';

interface CompetenceItemProps {
  competence: Competence;
  levels: FrameworkLevel[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** One competence as a disclosure: code, name and draft badge; details, level outcomes, mappings. */
export function CompetenceItem({ competence, levels, open, onOpenChange }: CompetenceItemProps) {
  const { t, i18n } = useTranslation('content');
  const name = localizedName(competence.name, competence.nameEn, i18n.resolvedLanguage ?? 'vi');
  const descriptors = competence.descriptors ?? {};
  const outcomes = descriptors.levels ?? {};
  // Framework order first, then any level code the framework does not list.
  const codes = [
    ...levels.map((level) => level.code).filter((code) => outcomes[code]),
    ...Object.keys(outcomes).filter((code) => !levels.some((level) => level.code === code)),
  ];
  const lists = (['knowledge', 'skills', 'attitudes'] as const).filter((key) => descriptors[key]?.length);

  return (
    <details
      id={competenceAnchor(competence.id)}
      className={competence.status === 'draft' ? 'competence competence--draft' : 'competence'}
      open={open}
      onToggle={(event) => {
        const next = event.currentTarget.open;
        if (next !== open) onOpenChange(next);
      }}
    >
      <summary className="competence__summary">
        <span className="competence__code mono">{competence.code}</span>
        <span className="competence__name">{name}</span>
        <VerificationBadge status={competence.status} />
      </summary>
      <div className="competence__body">
        <p className="competence__id muted">{t('framework.competence.id', { id: competence.id })}</p>
        {competence.description ? (
          <>
            <h4 className="competence__heading">{t('framework.competence.description')}</h4>
            <p>{competence.description}</p>
          </>
        ) : null}
        {lists.map((key) => (
          <div key={key}>
            <h4 className="competence__heading">{t(`framework.competence.${key}`)}</h4>
            <ul className="competence__list">
              {descriptors[key]?.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </div>
        ))}
        <h4 className="competence__heading">{t('framework.competence.levels')}</h4>
        {codes.length === 0 ? (
          <p className="muted">{t('framework.competence.noLevels')}</p>
        ) : (
          <div className="level-outcomes">
            {codes.map((code) => {
              const level = levels.find((l) => l.code === code);
              const entry = outcomes[code];
              return (
                <section
                  key={code}
                  className={
                    entry?.status === 'draft' ? 'level-outcome level-outcome--draft' : 'level-outcome'
                  }
                >
                  <h5 className="level-outcome__title">
                    <span>
                      {level?.name ?? code}
                      {level?.tier ? <span className="muted"> · {level.tier}</span> : null}
                    </span>
                    <VerificationBadge status={entry?.status} />
                  </h5>
                  <ul className="competence__list">
                    {entry?.outcomes.map((outcome) => (
                      <li key={outcome}>{outcome}</li>
                    ))}
                  </ul>
                </section>
              );
            })}
          </div>
        )}
        {competence.equivalents.length ? (
          <>
            <h4 className="competence__heading">{t('framework.competence.equivalents')}</h4>
            <ul className="tags">
              {competence.equivalents.map((ref) => {
                const parsed = parseCompetenceRef(ref);
                return (
                  <li key={ref} className="tag mono">
                    {parsed ? (
                      <Link
                        to="/content/frameworks/$frameworkId"
                        params={{ frameworkId: parsed.frameworkId }}
                        hash={competenceAnchor(ref)}
                      >
                        {ref}
                      </Link>
                    ) : (
                      ref
                    )}
                  </li>
                );
              })}
            </ul>
          </>
        ) : null}
      </div>
    </details>
  );
}
