// Entry point: load the reader's strings (or, on first run, the browser's languages) and start.

import { render } from 'preact';
import { App } from './App';
import { answerOffline, api } from './api';
import { applyToDocument, localize, negotiate, rememberLanguages } from './i18n';
import { answer, BACK_ONLINE, isPublicReader, open } from './offline';
import { href, LANG_KEY, parsePath, store, storedLang } from './state';
import './style.css';

async function start() {
  // A shared link's path names the language and the screen: read it in that language, then
  // carry on with hash routes, which work the same in the app.
  const shared = parsePath(location.pathname);
  if (shared) {
    store(LANG_KEY, shared.lang);
    history.replaceState(null, '', `/${href(shared.route.name, shared.route.arg)}`);
  }
  const lang = shared?.lang ?? storedLang() ?? negotiate(navigator.languages ?? [navigator.language])[0];
  if (isPublicReader()) {
    // The hub's public reader: installable, and readable offline from the bundle kept at the
    // last visit (App keeps it fresh).
    answerOffline(answer, () => window.dispatchEvent(new Event(BACK_ONLINE)));
    if ('serviceWorker' in navigator) void navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
    await open(lang);
  }
  // Language names for notices; the app still starts if this fails (screens show the error).
  const [l10n] = await Promise.all([localize(lang), api.languages().then(rememberLanguages, () => undefined)]);
  applyToDocument(l10n);
  const root = document.getElementById('app')!;
  // The server's rendering of a shared article, readable before this script ran, gives way.
  root.textContent = '';
  render(<App initial={l10n} />, root);
}

void start();
