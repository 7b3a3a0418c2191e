import { isLearnerOnly, type Session } from '../../lib/session';

/** A system administrator over everything: the only one who may read the audit log. */
const isSystemAdmin = (session: Session) =>
  session.permissions.includes('audit.read') &&
  session.roles.some((r) => r.role === 'system_admin' && !r.unitId && !r.organisationId);

export interface NavItem {
  to:
    | '/'
    | '/learn'
    | '/units'
    | '/people'
    | '/organisations'
    | '/imports'
    | '/monitoring'
    | '/engagement'
    | '/classes'
    | '/network'
    | '/content'
    | '/certificates'
    | '/audit'
    | '/erasure-requests'
    | '/profile';
  labelKey: string;
  /** Exact match for "/" so Home is not highlighted on every page. */
  exact?: boolean;
}

/** Sections the signed-in user may open; units are readable by everyone, and everyone may learn. */
export function navItemsFor(session: Session): NavItem[] {
  // A learner-only account sees the console only for its account page; "Học" takes it back.
  if (isLearnerOnly(session)) {
    return [
      { to: '/learn', labelKey: 'nav.learn' },
      { to: '/profile', labelKey: 'nav.profile' },
    ];
  }
  const items: NavItem[] = [
    { to: '/', labelKey: 'nav.home', exact: true },
    { to: '/learn', labelKey: 'nav.learn' },
    { to: '/units', labelKey: 'nav.units' },
  ];
  if (session.permissions.includes('people.read')) items.push({ to: '/people', labelKey: 'nav.people' });
  if (session.permissions.includes('organisations.read')) {
    items.push({ to: '/organisations', labelKey: 'nav.organisations' });
  }
  // "Nhập danh sách": whoever may add people or organisations (rows are checked against the scope).
  if (session.permissions.includes('people.create') || session.permissions.includes('organisations.create')) {
    items.push({ to: '/imports', labelKey: 'nav.imports' });
  }
  // "Theo dõi chỉ tiêu": campaign office, unit and organisation officers, admins.
  if (session.permissions.includes('monitoring.read')) {
    items.push({ to: '/monitoring', labelKey: 'nav.monitoring' });
  }
  // "Thi đua – khen thưởng": officers who set challenges for their places (and admins).
  if (session.permissions.includes('engagement.manage')) {
    items.push({ to: '/engagement', labelKey: 'nav.engagement' });
  }
  // "Lớp học": trainers (their own classes) and officers (every class of their place).
  if (session.permissions.includes('classes.teach') || session.permissions.includes('classes.manage')) {
    items.push({ to: '/classes', labelKey: 'nav.classes' });
  }
  // "Mạng lưới": the cascade of trainers, mentors, support people and community teams.
  if (session.permissions.includes('network.manage')) {
    items.push({ to: '/network', labelKey: 'nav.network' });
  }
  // "Học liệu": content authors and reviewers (system admins have both permissions).
  if (session.permissions.includes('content.author') || session.permissions.includes('content.review')) {
    items.push({ to: '/content', labelKey: 'nav.content' });
  }
  if (session.permissions.includes('certificates.read')) {
    items.push({ to: '/certificates', labelKey: 'nav.certificates' });
  }
  // "Yêu cầu xoá dữ liệu": officers who confirm people's erasure requests.
  if (session.permissions.includes('people.erase')) {
    items.push({ to: '/erasure-requests', labelKey: 'nav.erasureRequests' });
  }
  // "Nhật ký hệ thống": system administrators only (the log is read with a global scope).
  if (isSystemAdmin(session)) items.push({ to: '/audit', labelKey: 'nav.audit' });
  items.push({ to: '/profile', labelKey: 'nav.profile' });
  return items;
}
