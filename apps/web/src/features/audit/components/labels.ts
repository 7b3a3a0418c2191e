import { useTranslation } from 'react-i18next';

/** Readable names of action codes and target types; an unknown code is shown as it is. */
export function useAuditLabels() {
  const { t } = useTranslation('audit');
  const actions = t('actions', { returnObjects: true }) as Record<string, string>;
  const families = t('families', { returnObjects: true }) as Record<string, string>;
  const targetTypes = t('targetTypes', { returnObjects: true }) as Record<string, string>;
  return {
    actions,
    families,
    action: (code: string) => actions[code] ?? families[code] ?? code,
    targetType: (type: string) => targetTypes[type] ?? type,
  };
}
