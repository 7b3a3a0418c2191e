import type { Session } from '../../lib/session';

export interface NavItem {
  to: '/' | '/units' | '/people' | '/organisations' | '/profile';
  labelKey: string;
  /** Exact match for "/" so Home is not highlighted on every page. */
  exact?: boolean;
}

/** Sections the signed-in user may open; units are readable by everyone. */
export function navItemsFor(session: Session): NavItem[] {
  const items: NavItem[] = [
    { to: '/', labelKey: 'nav.home', exact: true },
    { to: '/units', labelKey: 'nav.units' },
  ];
  if (session.permissions.includes('people.read')) items.push({ to: '/people', labelKey: 'nav.people' });
  if (session.permissions.includes('organisations.read')) {
    items.push({ to: '/organisations', labelKey: 'nav.organisations' });
  }
  items.push({ to: '/profile', labelKey: 'nav.profile' });
  return items;
}
