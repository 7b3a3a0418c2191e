// Query keys of this feature, in one place so mutations invalidate exactly what they change.
export const contentKeys = {
  frameworks: ['content', 'frameworks'] as const,
  framework: (id: string) => ['content', 'frameworks', id] as const,
  modules: ['content', 'modules'] as const,
  module: (id: string) => ['content', 'modules', id] as const,
};
