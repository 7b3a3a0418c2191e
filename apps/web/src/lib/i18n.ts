import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setApiLanguage } from './api-client';

// Vietnamese is the default; English is the second language. Each language's JSON files are
// separate chunks loaded on demand, so a Vietnamese visitor never downloads the English text.

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'lantoa.lang';
const loaders = import.meta.glob<Record<string, unknown>>('../locales/*/*.json', { import: 'default' });

const lazyJsonBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    const load = loaders[`../locales/${language}/${namespace}.json`];
    if (!load) {
      callback(new Error(`missing locale ${language}/${namespace}`), null);
      return;
    }
    load().then(
      (data) => callback(null, data as Record<string, string>),
      (error: Error) => callback(error, null),
    );
  },
};

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi'; // storage can be disabled (private mode, strict policies)
  }
}

function applyLanguage(language: string): void {
  setApiLanguage(language);
  document.documentElement.lang = language;
}

export async function initI18n(): Promise<void> {
  const language = storedLanguage();
  applyLanguage(language);
  i18n.on('languageChanged', applyLanguage);
  await i18n
    .use(lazyJsonBackend)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: 'vi',
      supportedLngs: [...LANGUAGES],
      // Loaded at start: the shell's words and what the learner's home and lesson use; every other
      // namespace loads with the page that asks for it (useTranslation(ns) suspends meanwhile), so
      // a learner never downloads the console's texts.
      ns: ['common', 'learn', 'certificates', 'progress'],
      defaultNS: 'common',
      interpolation: { escapeValue: false }, // React escapes already
      react: { useSuspense: true },
      returnNull: false,
    });
}

export async function changeLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not persisted, but the switch still applies for this visit.
  }
  await i18n.changeLanguage(language);
}

export { i18n };
