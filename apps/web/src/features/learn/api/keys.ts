// Query keys of the learner app. Everything under ['learn'] belongs to the signed-in learner and
// is dropped with the rest of the cache on sign-out.
export const learnKeys = {
  all: ['learn'] as const,
  profile: ['learn', 'profile'] as const,
  placement: ['learn', 'placement'] as const,
  today: ['learn', 'today'] as const,
  mastery: ['learn', 'mastery'] as const,
  module: (id: string) => ['learn', 'module', id] as const,
};
