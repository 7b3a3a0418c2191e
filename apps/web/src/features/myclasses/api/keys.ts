// Query keys of the learner's classes, in one place so joining or leaving refreshes what changed.
export const myClassKeys = {
  all: ['my-classes'] as const,
  mine: ['my-classes', 'mine'] as const,
  byCode: (code: string) => ['my-classes', 'code', code] as const,
};
