import { useTranslation } from 'react-i18next';
import type { RoleAssignment, RoleName } from '../../../lib/session';

// Management roles without a unit or organisation apply to the whole country; for personal
// roles (learner, mentor…) an empty scope just means "not tied to a place", so show nothing.
const NATIONWIDE_WHEN_UNSCOPED: RoleName[] = [
  'system_admin',
  'campaign_office',
  'content_author',
  'content_reviewer',
];

export function RoleList({ roles }: { roles: RoleAssignment[] }) {
  const { t } = useTranslation('home');
  if (roles.length === 0) return <p className="muted">{t('roles.none')}</p>;
  return (
    <ul className="role-list">
      {roles.map((role) => {
        const scope =
          role.organisationName ??
          role.unitName ??
          (NATIONWIDE_WHEN_UNSCOPED.includes(role.role) ? t('roles.nationwide') : null);
        return (
          <li key={role.id} className="role-list__item">
            <span className="role-list__name">{t(`common:role.${role.role}`)}</span>
            {scope ? <span className="role-list__scope">{scope}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
