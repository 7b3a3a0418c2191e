import type { TFunction } from 'i18next';
import { formatNumber } from '../../../lib/format';
import { type EngagementMe, localTitle } from '../../../lib/my-engagement';
import type { LearnerNotification } from '../api/types';

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

/** The tier's name when the payload or my current league tells it (payloads carry only its number). */
function tierName(p: Record<string, unknown>, me: EngagementMe | undefined, language: string): string | null {
  const named = text(p.tierTitle);
  if (named) return localTitle({ title: named, titleEn: text(p.tierTitleEn) }, language);
  const league = me?.league;
  if (league && league.tier === Number(p.tier)) {
    return localTitle({ title: league.tierTitle, titleEn: league.tierTitleEn }, language);
  }
  return null;
}

/** One notification as a sentence in the interface language. */
export function notificationText(
  n: LearnerNotification,
  t: TFunction,
  language: string,
  me?: EngagementMe,
): string {
  const p = n.payload;
  switch (n.kind) {
    case 'badge': {
      const badge = me?.badges.find((b) => b.id === p.badgeId);
      const title = badge ? localTitle(badge, language) : text(p.title);
      return title ? t('progress:notifications.badge', { title }) : t('progress:notifications.badgeUnnamed');
    }
    case 'league': {
      const outcome = Number(p.outcome ?? 0);
      const key = outcome > 0 ? 'leagueUp' : outcome < 0 ? 'leagueDown' : 'leagueStay';
      const tier = tierName(p, me, language);
      return tier ? t(`progress:notifications.${key}`, { tier }) : t(`progress:notifications.${key}Plain`);
    }
    case 'streak_at_risk':
      return t('progress:notifications.streakAtRisk', { value: formatNumber(Number(p.streak ?? 0)) });
    case 'challenge': {
      const title = text(p.title);
      if (!title) return t('progress:notifications.challengeUnnamed');
      if (p.completed === true) return t('progress:notifications.challengeDone', { title });
      const place = text(p.placeName);
      if (place && Number(p.placeRank) > 0) {
        return t('progress:notifications.challengePlace', {
          title,
          place,
          rank: formatNumber(Number(p.placeRank)),
        });
      }
      return t('progress:notifications.challenge', { title });
    }
    // Classes, mentoring and the cascade write their sentence in both languages into the payload
    // (an announcement's text, "Chị Lan nhắc bạn học tiếp"…).
    case 'class':
    case 'mentoring':
    case 'trainer': {
      const message = text(p.message);
      return message
        ? localTitle({ title: message, titleEn: text(p.messageEn) }, language)
        : t('progress:notifications.other');
    }
    default:
      return t('progress:notifications.other');
  }
}
