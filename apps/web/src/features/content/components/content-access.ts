import { hasPermission, type Session } from '../../../lib/session';

// Authors write and submit drafts; reviewers approve or send them back. System admins have both.

export function canAuthor(session: Session): boolean {
  return hasPermission(session, 'content.author');
}

export function canReview(session: Session): boolean {
  return hasPermission(session, 'content.review');
}

export function canOpenContent(session: Session): boolean {
  return canAuthor(session) || canReview(session);
}
