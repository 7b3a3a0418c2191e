import type { Session } from '../../../lib/session';
import { IMPORT_KINDS, type ImportKind } from '../api/types';

/** The permission the server asks for each kind (rows are then checked against the scope). */
const kindPermission: Record<ImportKind, string> = {
  people: 'people.create',
  organisations: 'organisations.create',
  households: 'people.create',
  enrolments: 'people.update',
  population: 'people.create',
};

export const kindsFor = (session: Session): ImportKind[] =>
  IMPORT_KINDS.filter((k) => session.permissions.includes(kindPermission[k]));
