import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/ui/Field';
import { MODULE_ID_MAX, MODULE_ID_PATTERN } from './module-template';

interface NewModuleFormProps {
  existingIds: ReadonlySet<string>;
  onStart: (id: string) => void;
  onCancel: () => void;
}

/** Asks for the new module's stable id; the editor then opens with a template under that id. */
export function NewModuleForm({ existingIds, onStart, onCancel }: NewModuleFormProps) {
  const { t } = useTranslation(['content', 'common']);
  const titleId = useId();
  const [id, setId] = useState('');
  const [error, setError] = useState<string>();
  const inputRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = id.trim();
    const problem = !value
      ? t('modules.new.required')
      : value.length > MODULE_ID_MAX
        ? t('modules.new.tooLong', { count: MODULE_ID_MAX })
        : !MODULE_ID_PATTERN.test(value)
          ? t('modules.new.invalid')
          : existingIds.has(value)
            ? t('modules.new.taken')
            : undefined;
    setError(problem);
    if (problem) {
      inputRef.current?.focus();
      return;
    }
    onStart(value);
  };

  return (
    <form className="card form new-module" noValidate onSubmit={submit} aria-labelledby={titleId}>
      <h2 id={titleId} className="section-title">
        {t('modules.new.title')}
      </h2>
      <TextField
        label={t('modules.new.idLabel')}
        hint={t('modules.new.idHint')}
        required
        autoFocus
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={MODULE_ID_MAX + 20}
        inputRef={inputRef}
        value={id}
        onValueChange={(value) => {
          setId(value);
          setError(undefined);
        }}
        error={error}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {t('modules.new.submit')}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
