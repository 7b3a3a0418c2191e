export interface AuditEntry {
  id: number;
  at: string;
  actorAccountId: string | null;
  /** The actor's full name; null for the system (imports, the command line). */
  actorName: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  /** The target person's full name when the target is a person. */
  targetName: string | null;
  details: unknown;
  ip: string | null;
  requestId: string | null;
}

/** The filters the page, its list request and its export share. */
export interface AuditFilters {
  q?: string;
  /** An exact action, or a family: a prefix ending in "." */
  action?: string;
  actorAccountId?: string;
  targetType?: string;
  targetId?: string;
  /** Inclusive days, YYYY-MM-DD, read in Vietnam time. */
  from?: string;
  to?: string;
}
