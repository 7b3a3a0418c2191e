// Placeholder until the classes module lands: keeps class members' progress current.
import type { Db } from '../../db/client.ts';

export async function refreshClassMembers(_db: Db, _people: string[], _now: Date): Promise<void> {}
