// Entry point: load the reader's strings (or, on first run, the browser's languages) and start.

import { render } from 'preact';
import { App } from './App';
import { applyToDocument, localize, negotiate } from './i18n';
import { storedLang } from './state';
import './style.css';

async function start() {
  const lang = storedLang() ?? negotiate(navigator.languages ?? [navigator.language])[0];
  const l10n = await localize(lang);
  applyToDocument(l10n);
  render(<App initial={l10n} />, document.getElementById('app')!);
}

void start();
