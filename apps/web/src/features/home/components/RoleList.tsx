import { useTranslation } from 'react-i18next';
import type { RoleAssignment } from '../../../lib/session';

/** Each role with the unit or organisation it applies to; no scope means nationwide. */
export function RoleList({ roles }: { roles: RoleAssignment[] }) {
  const { t } = useTranslation('home');
  if (roles.length === 0) return <p className="muted">{t('roles.none')}</p>;
  return (
    <ul className="role-list">
      {roles.map((role) => (
        <li key={role.id} className="role-list__item">
          <span className="role-list__name">{t(`common:role.${role.role}`)}</span>
          <span className="role-list__scope">
            {role.organisationName ?? role.unitName ?? t('roles.nationwide')}
          </span>
        </li>
      ))}
    </ul>
  );
}
