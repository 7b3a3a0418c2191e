import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES, type Language } from '../lib/i18n';

// Language names are written in their own language so a user who cannot read the current
// UI can still find theirs.
const NAMES: Record<Language, string> = { vi: 'Tiếng Việt', en: 'English' };
const SHORT: Record<Language, string> = { vi: 'VI', en: 'EN' };

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? 'vi';
  return (
    <fieldset className="lang-switch">
      <legend className="visually-hidden">{t('language.label')}</legend>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="lang-switch__button"
          aria-label={NAMES[language]}
          aria-pressed={current === language}
          onClick={() => void changeLanguage(language)}
        >
          {SHORT[language]}
        </button>
      ))}
    </fieldset>
  );
}
