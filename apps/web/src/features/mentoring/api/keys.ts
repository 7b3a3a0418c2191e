// Query keys of this feature, in one place so mutations invalidate exactly what they change.
export const mentoringKeys = {
  all: ['mentoring'] as const,
  me: ['mentoring', 'me'] as const,
  mentees: ['mentoring', 'mentees'] as const,
  invite: (code: string) => ['mentoring', 'invite', code] as const,
};
