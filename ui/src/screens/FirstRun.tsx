// First start: the reader picks a language, each listed in its own name and script.

import { api } from '../api';
import { Failed, Loading } from '../components';
import { useApp, useLoad } from '../state';
import { direction } from '../i18n';

export function FirstRun({ onPick }: { onPick: (code: string) => void }) {
  const { l10n } = useApp();
  const langs = useLoad(() => api.languages(), []);
  return (
    <main id="main" class="first-run">
      <h1 class="page-title">{l10n.t('first-run-title')}</h1>
      <p>{l10n.t('first-run-hint')}</p>
      {langs.error ? <Failed error={langs.error} retry={langs.reload} /> : null}
      {langs.loading && !langs.data ? <Loading /> : null}
      <ul class="language-list">
        {langs.data?.map((lang) => (
          <li key={lang.code}>
            <button
              type="button"
              class="language-option"
              data-testid={`language-option-${lang.code}`}
              lang={lang.code}
              dir={direction(lang.code)}
              onClick={() => onPick(lang.code)}
            >
              <span class="native">{lang.native_name}</span>
              {lang.native_name !== lang.english_name && (
                <span class="english" lang="en" dir="ltr">
                  {lang.english_name}
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}
