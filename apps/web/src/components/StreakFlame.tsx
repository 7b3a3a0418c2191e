// The streak flame of the learner app (home strip, "Thành tích"): lit while the streak lives, pale
// when it is at risk tonight, an outline with no streak. Decoration only: the text next to it
// always says the same in words.

export type FlameState = 'lit' | 'risk' | 'off';

export function flameState(streak: { days: number; atRisk: boolean }): FlameState {
  if (streak.days === 0) return 'off';
  return streak.atRisk ? 'risk' : 'lit';
}

export function StreakFlame({ state }: { state: FlameState }) {
  return (
    <span className={`streak-flame streak-flame--${state}`} aria-hidden="true">
      <svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
        <path
          d="M12 1.8c.9 3.4-1.3 5.6-2.9 7.6C7.7 11.2 7 12.9 7 14.6 7 18.2 9.3 21.5 12 21.5s5-3.2 5-6.9c0-2.4-1-4.4-2.3-5.9.1 1.7-.5 3-1.7 3.8.4-3.9-.7-8-1-10.7z"
          strokeWidth="1.6"
          strokeLinejoin="round"
        />
      </svg>
    </span>
  );
}
