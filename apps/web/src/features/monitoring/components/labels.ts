// Words for the figures of a target: "1.234 / 5.678 người", where the total comes from, and the
// names of target groups and organisation types (breakdown keys).
import type { TFunction } from 'i18next';
import { formatNumber } from '../../../lib/format';
import { ORGANISATION_TYPES, TARGET_GROUPS } from '../../../lib/types';
import type { CampaignSummary, Figure, TargetOverview, TargetSubject } from '../api/types';

export function figuresText(
  t: TFunction,
  figure: Pick<Figure, 'achieved' | 'population'>,
  subject: TargetSubject,
) {
  return t('monitoring:targets.figures', {
    achieved: formatNumber(figure.achieved),
    population: formatNumber(figure.population),
    unit: t(`monitoring:subjectUnit.${subject}`, { count: figure.population }),
  });
}

export function sourceText(t: TFunction, source: Figure['populationSource']): string {
  return t(`monitoring:source.${source}`);
}

/** A by=group key: a target group for people and households, an organisation type for organisations. */
export function groupLabel(t: TFunction, key: string): string {
  if ((TARGET_GROUPS as readonly string[]).includes(key)) return t(`common:targetGroup.${key}`);
  if ((ORGANISATION_TYPES as readonly string[]).includes(key)) return t(`common:organisationType.${key}`);
  return key ? key : t('monitoring:groups.none');
}

/** The campaign's name in the interface language when it has one. */
export function campaignName(campaign: Pick<CampaignSummary, 'name' | 'nameEn'>, language: string): string {
  return language === 'en' && campaign.nameEn ? campaign.nameEn : campaign.name;
}

/** The target's title in the interface language when it has one. */
export function targetTitle(target: Pick<TargetOverview, 'title' | 'titleEn'>, language: string): string {
  return language === 'en' && target.titleEn ? target.titleEn : target.title;
}
