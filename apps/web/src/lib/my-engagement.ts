import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from './api-client';

// The signed-in learner's engagement summary (XP, today's goal, streak, badges, league, unread
// notifications). Shared by the learner home's strip, "Thành tích" and the notification bell in
// the learner shell, so it lives here rather than in one feature. Asking for it also brings the
// learner's figures up to date on the server.

export interface EngagementDay {
  /** 'YYYY-MM-DD', a Vietnam calendar day. */
  day: string;
  minutes: number;
  goalMet: boolean;
}

export interface EngagementBadge {
  id: string;
  title: string;
  titleEn: string | null;
  description: string;
  /** An SVG of the content pack, under /packs/. */
  artworkUrl: string;
  earnedAt: string | null;
}

export interface EngagementLeague {
  week: string;
  /** The league's last day (Sunday). */
  endsOn: string;
  tier: number;
  tierTitle: string;
  tierTitleEn: string | null;
  rank: number;
  members: number;
  promote: number;
  demote: number;
}

export interface EngagementMe {
  xp: number;
  today: { day: string; minutes: number; goalMinutes: number; goalMet: boolean };
  streak: { days: number; best: number; freezes: number; freezesUsed: number; atRisk: boolean };
  /** The last seven days, oldest first, today last. */
  week: EngagementDay[];
  badges: EngagementBadge[];
  league: EngagementLeague | null;
  unreadNotifications: number;
  profile: { displayName: string | null; public: boolean; shownAs: string };
}

/** Query keys of the learner's engagement; under ['learn'], so signing out drops them. */
export const engagementKeys = {
  all: ['learn', 'engagement'] as const,
  me: ['learn', 'engagement', 'me'] as const,
  notifications: ['learn', 'engagement', 'notifications'] as const,
};

export const myEngagementQueryOptions = queryOptions({
  queryKey: engagementKeys.me,
  queryFn: ({ signal }) => apiRequest<EngagementMe>('/engagement/me', { signal }),
  staleTime: 0, // minutes learnt in the player must show as soon as the learner is back
});

/** English title when the interface is English and the pack has one. */
export function localTitle(item: { title: string; titleEn?: string | null }, language: string): string {
  return language === 'en' && item.titleEn ? item.titleEn : item.title;
}
