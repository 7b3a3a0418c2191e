import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProviders } from './app/providers';
import { initI18n } from './lib/i18n';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/feedback.css';
import './styles/lists.css';
import './styles/widgets.css';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

// Translations are loaded before the first paint so no screen flashes untranslated keys.
void initI18n().then(() => {
  createRoot(container).render(
    <StrictMode>
      <AppProviders />
    </StrictMode>,
  );
});
