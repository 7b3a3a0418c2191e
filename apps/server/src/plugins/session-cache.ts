// A short-lived in-process cache of signed-in actors, so a busy learner's requests (ingesting
// statements every few seconds) do not cost two session queries each. Sign-out, password changes
// and role changes made through this process clear the entries at once; other app servers see
// them within the TTL (SESSION_CACHE_SECONDS, 0 turns the cache off).
import type { Actor } from '../modules/access/access.policy.ts';

export interface CachedActor extends Actor {
  sessionTokenHash: string;
  csrfToken: string;
}

export class SessionCache {
  private readonly entries = new Map<string, { actor: CachedActor; until: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly max = 200_000,
  ) {}

  get(tokenHash: string): CachedActor | undefined {
    const e = this.entries.get(tokenHash);
    if (!e) return undefined;
    if (e.until < Date.now()) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    return e.actor;
  }

  set(actor: CachedActor) {
    if (this.ttlMs <= 0) return;
    if (this.entries.size >= this.max) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(actor.sessionTokenHash, { actor, until: Date.now() + this.ttlMs });
  }

  forgetToken(tokenHash: string) {
    this.entries.delete(tokenHash);
  }

  forgetAccount(accountId: string) {
    for (const [k, e] of this.entries) if (e.actor.accountId === accountId) this.entries.delete(k);
  }
}
