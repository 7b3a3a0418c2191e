import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { hasPermission, type Session } from '../../../lib/session';

interface Section {
  to: '/units' | '/people' | '/organisations' | '/profile';
  key: string;
  permission?: string;
}

const SECTIONS: Section[] = [
  { to: '/people', key: 'people', permission: 'people.read' },
  { to: '/organisations', key: 'organisations', permission: 'organisations.read' },
  { to: '/units', key: 'units' },
  { to: '/profile', key: 'profile' },
];

export function SectionLinks({ session }: { session: Session }) {
  const { t } = useTranslation('home');
  const visible = SECTIONS.filter((s) => !s.permission || hasPermission(session, s.permission));
  return (
    <ul className="section-grid">
      {visible.map((section) => (
        <li key={section.to}>
          <Link to={section.to} className="section-card">
            <span className="section-card__title">{t(`sections.${section.key}.title`)}</span>
            <span className="section-card__body">{t(`sections.${section.key}.body`)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
