/** A labelled progress bar: the text is what screen readers announce, the bar is decoration. */
export function ProgressBar({
  value,
  label,
  valueText,
  tone = 'primary',
}: {
  /** 0..1 */
  value: number;
  label: string;
  valueText?: string;
  tone?: 'primary' | 'accent';
}) {
  const percent = Math.round(Math.max(0, Math.min(1, value)) * 100);
  return (
    <div
      className={`learn-progress learn-progress--${tone}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={valueText}
    >
      <div className="learn-progress__fill" style={{ width: `${percent}%` }} />
    </div>
  );
}
