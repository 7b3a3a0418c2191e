import { useTranslation } from 'react-i18next';
import { useLogout } from '../../features/account/api/logout';

export function SignOutButton() {
  const { t } = useTranslation();
  const logout = useLogout();
  return (
    <button
      type="button"
      className="button button--ghost button--small topbar__signout"
      disabled={logout.isPending}
      onClick={() => logout.mutate()}
    >
      {t('actions.signOut')}
    </button>
  );
}
