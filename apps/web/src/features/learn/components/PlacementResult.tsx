import { useTranslation } from 'react-i18next';
import type { PlacementArea } from '../api/types';

/** "Thông tin và dữ liệu — bắt đầu từ Bậc 2", with a friendly line about what that means. */
export function PlacementResult({
  framework,
  areas,
  placement,
}: {
  framework: string;
  areas: PlacementArea[];
  placement: Record<string, number>;
}) {
  const { t } = useTranslation('learn');
  const shown = areas.filter((area) => placement[`${framework}:${area.area}`] !== undefined);
  return (
    <ul className="placement-result">
      {shown.map((area) => {
        const level = placement[`${framework}:${area.area}`] as number;
        const top = Math.max(...area.levels.map((l) => l.level));
        const message =
          level <= 1
            ? t('placement.result.basics')
            : level >= top
              ? t('placement.result.advanced', { level })
              : t('placement.result.middle', { level });
        return (
          <li key={area.area} className="placement-result__item">
            <span className="placement-result__area">{area.name}</span>
            <span className="placement-result__level">{t('placement.result.level', { level })}</span>
            <span className="placement-result__message">{message}</span>
          </li>
        );
      })}
    </ul>
  );
}
