// Presents stored learning events as xAPI 1.0.3 statements for export.
import type { learningEvents } from '../../db/schema/index.ts';

type EventRow = typeof learningEvents.$inferSelect;
const IRI = 'https://lantoa.vn/xapi';

const verbIri: Record<string, string> = {
  launched: 'http://adlnet.gov/expapi/verbs/launched',
  experienced: 'http://adlnet.gov/expapi/verbs/experienced',
  progressed: 'http://adlnet.gov/expapi/verbs/progressed',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  submitted: 'https://w3id.org/xapi/dod-isd/verbs/submitted',
  mastered: 'http://adlnet.gov/expapi/verbs/mastered',
  placed: `${IRI}/verbs/placed`,
  attained: `${IRI}/verbs/attained`,
};

function durationIso(seconds: number | undefined) {
  return seconds === undefined ? undefined : `PT${Math.round(seconds)}S`;
}

export function toXapi(e: EventRow, actor: { personId: string; name: string; homePage: string }) {
  const result = (e.result ?? {}) as {
    score?: { scaled: number };
    success?: boolean;
    completion?: boolean;
    durationSeconds?: number;
    response?: unknown;
  };
  return {
    id: e.id,
    actor: {
      objectType: 'Agent',
      name: actor.name,
      account: { homePage: actor.homePage, name: actor.personId },
    },
    verb: { id: verbIri[e.verb] ?? `${IRI}/verbs/${e.verb}`, display: { 'en-US': e.verb } },
    object: {
      objectType: 'Activity',
      id: `${IRI}/${e.objectType}/${e.objectId}`,
      definition: { type: `${IRI}/activity-types/${e.objectType}` },
    },
    ...(e.result
      ? {
          result: {
            ...(result.score ? { score: result.score } : {}),
            ...(result.success !== undefined ? { success: result.success } : {}),
            ...(result.completion !== undefined ? { completion: result.completion } : {}),
            ...(result.durationSeconds !== undefined
              ? { duration: durationIso(result.durationSeconds) }
              : {}),
            ...(result.response !== undefined ? { response: JSON.stringify(result.response) } : {}),
          },
        }
      : {}),
    context: {
      platform: 'Lantỏa',
      language: 'vi-VN',
      ...(e.moduleId
        ? {
            contextActivities: {
              parent: [
                {
                  id: `${IRI}/module/${e.moduleId}`,
                  definition: { extensions: { [`${IRI}/ext/version`]: e.moduleVersion } },
                },
              ],
            },
          }
        : {}),
    },
    timestamp: e.timestamp.toISOString(),
    stored: e.storedAt.toISOString(),
    version: '1.0.3',
  };
}
