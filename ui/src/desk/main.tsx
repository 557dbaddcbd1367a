// The coordinators' desk: its own page (`/desk`) and bundle, apart from the reader's, so the
// reader never loads the editor and the desk shares none of the reader's offline files.

import { render } from 'preact';
import { Desk } from './Desk';
import { addStrings, applyToDocument, localize, negotiate } from '../i18n';
import './desk.css';

export const DESK_LANG_KEY = 'peerguide.desk.lang';

// The desk's own strings, beside the app's (topic names and the like come from those).
addStrings(import.meta.glob<string>('../../../locales/*/desk.ftl', { query: '?raw', import: 'default' }));

async function start() {
  let lang: string | null = null;
  try {
    lang = localStorage.getItem(DESK_LANG_KEY);
  } catch {
    /* storage off: the browser's languages decide */
  }
  const l10n = await localize(lang ?? negotiate(navigator.languages ?? [navigator.language])[0]);
  applyToDocument(l10n);
  document.title = l10n.t('desk-title');
  render(<Desk initial={l10n} />, document.getElementById('desk')!);
}

void start();
