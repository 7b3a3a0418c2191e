// Placeholder until the mentoring module lands: marks mentorships passed.
import type { Db } from '../../db/client.ts';

export async function refreshMentorships(_db: Db, _people: string[], _now: Date): Promise<void> {}
