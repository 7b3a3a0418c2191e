import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question, QuestionOf } from '../api/types';
import { renderInline } from './Markdown';
import { type Draft, splitBlanks } from './player-model';

// One input per question type. Every type is a fieldset whose legend is the question, so screen
// readers announce the question with each option; all controls are native and keyboard-friendly.

type DraftOf<T extends Draft['type']> = Extract<Draft, { type: T }>;

interface InputProps<T extends Question['type']> {
  question: QuestionOf<T>;
  draft: DraftOf<T>;
  onChange: (draft: DraftOf<T>) => void;
  disabled: boolean;
}

export function QuestionInput({
  question,
  draft,
  onChange,
  disabled,
}: {
  question: Question;
  draft: Draft;
  onChange: (draft: Draft) => void;
  disabled: boolean;
}) {
  // The draft always matches the question's type: both come from the same question.
  const common = { onChange, disabled };
  switch (question.type) {
    case 'single':
      return <SingleInput question={question} draft={draft as DraftOf<'single'>} {...common} />;
    case 'multiple':
      return <MultipleInput question={question} draft={draft as DraftOf<'multiple'>} {...common} />;
    case 'true_false':
      return <TrueFalseInput question={question} draft={draft as DraftOf<'true_false'>} {...common} />;
    case 'ordering':
      return <OrderingInput question={question} draft={draft as DraftOf<'ordering'>} {...common} />;
    case 'matching':
      return <MatchingInput question={question} draft={draft as DraftOf<'matching'>} {...common} />;
    case 'fill_in':
      return <FillInInput question={question} draft={draft as DraftOf<'fill_in'>} {...common} />;
    case 'numeric':
      return <NumericInput question={question} draft={draft as DraftOf<'numeric'>} {...common} />;
  }
}

function Prompt({ text }: { text: string }) {
  return <legend className="question__prompt">{renderInline(text)}</legend>;
}

function SingleInput({ question, draft, onChange, disabled }: InputProps<'single'>) {
  const name = useId();
  return (
    <fieldset className="question__group">
      <Prompt text={question.prompt} />
      <div className="option-list">
        {question.options.map((option, index) => (
          <label key={option} className="option-card">
            <input
              type="radio"
              name={name}
              checked={draft.choice === index}
              disabled={disabled}
              onChange={() => onChange({ type: 'single', choice: index })}
            />
            <span>{renderInline(option)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function MultipleInput({ question, draft, onChange, disabled }: InputProps<'multiple'>) {
  const { t } = useTranslation('learn');
  const toggle = (index: number, checked: boolean) =>
    onChange({
      type: 'multiple',
      choices: checked ? [...draft.choices, index] : draft.choices.filter((c) => c !== index),
    });
  return (
    <fieldset className="question__group">
      <Prompt text={question.prompt} />
      <p className="question__instruction">{t('question.chooseAll')}</p>
      <div className="option-list">
        {question.options.map((option, index) => (
          <label key={option} className="option-card option-card--check">
            <input
              type="checkbox"
              checked={draft.choices.includes(index)}
              disabled={disabled}
              onChange={(event) => toggle(index, event.target.checked)}
            />
            <span>{renderInline(option)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function TrueFalseInput({ question, draft, onChange, disabled }: InputProps<'true_false'>) {
  const { t } = useTranslation('learn');
  const name = useId();
  return (
    <fieldset className="question__group">
      <Prompt text={question.prompt} />
      <div className="option-list option-list--pair">
        {([true, false] as const).map((value) => (
          <label key={String(value)} className="option-card">
            <input
              type="radio"
              name={name}
              checked={draft.value === value}
              disabled={disabled}
              onChange={() => onChange({ type: 'true_false', value })}
            />
            <span>{value ? t('question.true') : t('question.false')}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function OrderingInput({ question, draft, onChange, disabled }: InputProps<'ordering'>) {
  const { t } = useTranslation('learn');
  const [announcement, setAnnouncement] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const textOf = (index: number) => question.items.find((item) => item.index === index)?.text ?? '';

  const move = (position: number, step: -1 | 1) => {
    const target = position + step;
    if (target < 0 || target >= draft.order.length) return;
    const order = [...draft.order];
    const [item] = order.splice(position, 1) as [number];
    order.splice(target, 0, item);
    onChange({ type: 'ordering', order });
    setAnnouncement(t('question.moved', { text: textOf(item), position: target + 1, total: order.length }));
    // Keep focus on the item that moved, so pressing the same button again keeps moving it.
    const atEdge = target === 0 || target === order.length - 1;
    const direction = atEdge ? (step === -1 ? 'down' : 'up') : step === -1 ? 'up' : 'down';
    requestAnimationFrame(() => buttons.current.get(`${item}-${direction}`)?.focus());
  };

  return (
    <fieldset className="question__group">
      <Prompt text={question.prompt} />
      <p className="question__instruction">{t('question.orderingHelp')}</p>
      <ol className="order-list">
        {draft.order.map((itemIndex, position) => {
          const text = textOf(itemIndex);
          return (
            <li key={itemIndex} className="order-list__item">
              <span className="order-list__position" aria-hidden="true">
                {position + 1}
              </span>
              <span className="order-list__text">{renderInline(text)}</span>
              <span className="order-list__buttons">
                <button
                  type="button"
                  className="icon-button"
                  ref={(el) => {
                    if (el) buttons.current.set(`${itemIndex}-up`, el);
                  }}
                  disabled={disabled || position === 0}
                  aria-label={t('question.moveUp', { text })}
                  onClick={() => move(position, -1)}
                >
                  <span aria-hidden="true">▲</span>
                </button>
                <button
                  type="button"
                  className="icon-button"
                  ref={(el) => {
                    if (el) buttons.current.set(`${itemIndex}-down`, el);
                  }}
                  disabled={disabled || position === draft.order.length - 1}
                  aria-label={t('question.moveDown', { text })}
                  onClick={() => move(position, 1)}
                >
                  <span aria-hidden="true">▼</span>
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}

function MatchingInput({ question, draft, onChange, disabled }: InputProps<'matching'>) {
  const { t } = useTranslation('learn');
  const id = useId();
  return (
    <fieldset className="question__group">
      <Prompt text={question.prompt} />
      <p className="question__instruction">{t('question.matchingHelp')}</p>
      <div className="match-list">
        {question.left.map((left, leftIndex) => (
          <div key={left} className="match-row">
            <label htmlFor={`${id}-${leftIndex}`} className="match-row__left">
              {renderInline(left)}
            </label>
            <select
              id={`${id}-${leftIndex}`}
              className="input select match-row__select"
              value={draft.pairs[leftIndex] ?? ''}
              disabled={disabled}
              onChange={(event) => {
                const pairs = [...draft.pairs];
                pairs[leftIndex] = event.target.value === '' ? null : Number(event.target.value);
                onChange({ type: 'matching', pairs });
              }}
            >
              <option value="">{t('question.choose')}</option>
              {question.right.map((right) => (
                <option key={right.index} value={right.index}>
                  {right.text}
                </option>
              ))}
            </select>
            {/* A closed select shows one line only; long choices would be cut off on a phone. */}
            {draft.pairs[leftIndex] !== null ? (
              <span className="match-row__chosen" aria-hidden="true">
                → {question.right.find((r) => r.index === draft.pairs[leftIndex])?.text}
              </span>
            ) : null}
          </div>
        ))}
      </div>
    </fieldset>
  );
}

function FillInInput({ question, draft, onChange, disabled }: InputProps<'fill_in'>) {
  const { t } = useTranslation('learn');
  const parts = splitBlanks(question.prompt);
  const blanks = parts.length - 1;
  return (
    <fieldset className="question__group">
      <legend className="visually-hidden">{t('question.fillIn')}</legend>
      <p className="question__prompt question__prompt--fill">
        {parts.map((part, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the blanks of one prompt, in fixed order
          <span key={index}>
            {renderInline(part)}
            {index < blanks ? (
              <input
                type="text"
                className="input blank-input"
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                aria-label={blanks > 1 ? t('question.blankN', { n: index + 1 }) : t('question.blank')}
                value={draft.blanks[index] ?? ''}
                disabled={disabled}
                onChange={(event) => {
                  const next = [...draft.blanks];
                  next[index] = event.target.value;
                  onChange({ type: 'fill_in', blanks: next });
                }}
              />
            ) : null}
          </span>
        ))}
      </p>
    </fieldset>
  );
}

function NumericInput({ question, draft, onChange, disabled }: InputProps<'numeric'>) {
  const { t } = useTranslation('learn');
  const id = useId();
  return (
    <fieldset className="question__group">
      <Prompt text={question.prompt} />
      <div className="numeric-input">
        <label htmlFor={id} className="visually-hidden">
          {t('question.numberLabel')}
        </label>
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          className="input numeric-input__field"
          value={draft.value}
          disabled={disabled}
          aria-describedby={`${id}-hint`}
          onChange={(event) => onChange({ type: 'numeric', value: event.target.value })}
        />
        {question.unit ? <span className="numeric-input__unit">{question.unit}</span> : null}
      </div>
      <p id={`${id}-hint`} className="field__hint">
        {question.unit ? t('question.numberHintUnit', { unit: question.unit }) : t('question.numberHint')}
      </p>
    </fieldset>
  );
}
