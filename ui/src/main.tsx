// Entry point: load the reader's strings (or, on first run, the browser's languages) and start.

import { render } from 'preact';
import { App } from './App';
import { api } from './api';
import { applyToDocument, localize, negotiate, rememberLanguages } from './i18n';
import { storedLang } from './state';
import './style.css';

async function start() {
  const lang = storedLang() ?? negotiate(navigator.languages ?? [navigator.language])[0];
  // Language names for notices; the app still starts if this fails (screens show the error).
  const [l10n] = await Promise.all([localize(lang), api.languages().then(rememberLanguages, () => undefined)]);
  applyToDocument(l10n);
  render(<App initial={l10n} />, document.getElementById('app')!);
}

void start();
