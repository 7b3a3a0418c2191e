import {
  type KeyboardEvent,
  type Ref,
  useCallback,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { lineCount, offsetOfLine, positionOf } from './editor-position';

// A plain <textarea> made comfortable for module sources: monospace, line numbers beside it (when
// lines do not wrap), the caret's line and column below it, and "go to line" for the problem list.
// A real textarea keeps native editing, undo, IME input for Vietnamese and screen-reader support.

export interface SourceEditorHandle {
  /** Focuses the editor with the caret at the start of `line` and scrolls that line into view. */
  goToLine: (line: number) => void;
}

interface SourceEditorProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  readOnly: boolean;
  /** Lines with a reported problem, marked in the gutter. */
  problemLines?: ReadonlySet<number>;
  /** Ctrl/Cmd + S. */
  onSave?: () => void;
  /** Extra text after the position line (e.g. "unsaved changes"). */
  status?: string;
  describedBy?: string;
  ref?: Ref<SourceEditorHandle>;
}

export function SourceEditor({
  label,
  value,
  onChange,
  readOnly,
  problemLines,
  onSave,
  status,
  describedBy,
  ref,
}: SourceEditorProps) {
  const { t } = useTranslation('content');
  const id = useId();
  const statusId = `${id}-status`;
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const gutterRef = useRef<HTMLDivElement>(null);
  const [wrap, setWrap] = useState(false);
  const [caret, setCaret] = useState({ line: 1, column: 1 });
  const lines = lineCount(value);

  const updateCaret = useCallback(() => {
    const element = textareaRef.current;
    if (element) setCaret(positionOf(element.value, element.selectionStart));
  }, []);

  const syncGutter = useCallback(() => {
    if (gutterRef.current && textareaRef.current) gutterRef.current.scrollTop = textareaRef.current.scrollTop;
  }, []);

  useImperativeHandle(
    ref,
    () => ({
      goToLine(line: number) {
        const element = textareaRef.current;
        if (!element) return;
        const offset = offsetOfLine(element.value, line);
        element.focus({ preventScroll: true });
        element.setSelectionRange(offset, offset);
        element.scrollTop = Math.max(0, caretTop(element, offset) - element.clientHeight / 3);
        element.scrollIntoView({ block: 'nearest' });
        syncGutter();
        updateCaret();
      },
    }),
    [syncGutter, updateCaret],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      onSave?.();
    }
  };

  const gutter = useMemo(
    () =>
      Array.from({ length: lines }, (_, index) => {
        const line = index + 1;
        return (
          <span
            key={line}
            className={problemLines?.has(line) ? 'source-editor__num is-error' : 'source-editor__num'}
          >
            {line}
          </span>
        );
      }),
    [lines, problemLines],
  );

  return (
    <div className="source-editor">
      <div className="source-editor__top">
        <label htmlFor={id} className="field__label">
          {label}
        </label>
        <label className="choice source-editor__wrap">
          <input type="checkbox" checked={wrap} onChange={(event) => setWrap(event.target.checked)} />
          <span>{t('editor.wrap')}</span>
        </label>
      </div>
      <div className={wrap ? 'source-editor__frame source-editor__frame--wrap' : 'source-editor__frame'}>
        {wrap ? null : (
          <div ref={gutterRef} className="source-editor__gutter" aria-hidden="true">
            {gutter}
          </div>
        )}
        <textarea
          ref={textareaRef}
          id={id}
          className="source-editor__textarea"
          value={value}
          readOnly={readOnly}
          wrap={wrap ? 'soft' : 'off'}
          spellCheck={false}
          autoCapitalize="none"
          autoComplete="off"
          autoCorrect="off"
          aria-describedby={[statusId, describedBy].filter(Boolean).join(' ')}
          onChange={(event) => {
            onChange(event.target.value);
            updateCaret();
          }}
          onSelect={updateCaret}
          onKeyUp={updateCaret}
          onClick={updateCaret}
          onScroll={syncGutter}
          onKeyDown={onKeyDown}
        />
      </div>
      <p id={statusId} className="source-editor__status">
        <span data-testid="editor-position">{t('editor.position', caret)}</span>
        <span>{t('editor.lines', { count: lines, value: formatNumber(lines) })}</span>
        {readOnly ? <span className="source-editor__flag">{t('editor.readOnly')}</span> : null}
        {status ? <span className="source-editor__flag">{status}</span> : null}
      </p>
    </div>
  );
}

/** Pixel offset of `offset` from the top of the textarea's content, measured on a hidden copy. */
function caretTop(element: HTMLTextAreaElement, offset: number): number {
  const style = getComputedStyle(element);
  const mirror = document.createElement('div');
  for (const property of [
    'boxSizing',
    'width',
    'paddingTop',
    'paddingRight',
    'paddingBottom',
    'paddingLeft',
    'borderTopWidth',
    'borderRightWidth',
    'borderBottomWidth',
    'borderLeftWidth',
    'fontFamily',
    'fontSize',
    'fontWeight',
    'lineHeight',
    'letterSpacing',
    'tabSize',
    'whiteSpace',
    'overflowWrap',
    'wordBreak',
  ] as const) {
    mirror.style[property] = style[property];
  }
  mirror.style.position = 'absolute';
  mirror.style.visibility = 'hidden';
  mirror.style.top = '0';
  mirror.style.left = '-9999px';
  mirror.style.borderStyle = 'solid';
  if (element.getAttribute('wrap') === 'off') mirror.style.whiteSpace = 'pre';
  mirror.textContent = element.value.slice(0, offset);
  const marker = document.createElement('span');
  marker.textContent = '\u200b';
  mirror.appendChild(marker);
  document.body.appendChild(mirror);
  const top = marker.offsetTop - Number.parseFloat(style.paddingTop || '0');
  mirror.remove();
  return top;
}
