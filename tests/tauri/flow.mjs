// What a reader does in the smoke test and the cold-start benchmark: start the app with an
// empty app-data folder, pick a language, open an article. Expected text comes from the
// content pack's files, so the test follows the content rather than repeating it.

import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The app binary under test: `PEERGUIDE_APP`, or the debug build. */
export function appBinary() {
  const app = resolve(process.env.PEERGUIDE_APP ?? join(ROOT, 'target/debug/peerguide-app'));
  if (!existsSync(app)) {
    throw new Error(`no app binary at ${app}: build it with \`cargo build -p peerguide-app\``);
  }
  return app;
}

/** A TOML basic-string field of a content file's front matter (`key = "…"`). */
function frontMatter(file, key) {
  const text = readFileSync(file, 'utf8');
  const head = text.split('+++')[1] ?? '';
  const m = head.match(new RegExp(`^${key}\\s*=\\s*("(?:[^"\\\\]|\\\\.)*")\\s*$`, 'm'));
  if (!m) throw new Error(`${file}: no \`${key} = "…"\` in the front matter`);
  // TOML basic strings escape as JSON strings do, for what our content uses.
  return JSON.parse(m[1]);
}

/** What a reader of `lang` should see for the article `slug` of the demo pack. */
export function expectedArticle(lang, slug) {
  const dir = join(ROOT, 'content/guidance', slug);
  return {
    lang,
    slug,
    topic: frontMatter(join(dir, 'en.md'), 'topic'),
    title: frontMatter(join(dir, `${lang}.md`), 'title'),
  };
}

/** Fresh, empty per-user folders, as on a first start; the app's data goes under XDG_DATA_HOME. */
export function freshHome() {
  const base = mkdtempSync(join(tmpdir(), 'peerguide-app-'));
  return {
    base,
    env: {
      XDG_DATA_HOME: join(base, 'data'),
      XDG_CONFIG_HOME: join(base, 'config'),
      XDG_CACHE_HOME: join(base, 'cache'),
    },
    database: join(base, 'data/org.peerguide.guide/peerguide.db'),
    // WebKit's helper processes outlive the window for a moment and may still be writing
    // their caches here: retry, and leave a temp folder behind rather than fail a run.
    remove: () => {
      try {
        rmSync(base, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
      } catch (e) {
        console.error(`could not remove ${base}: ${e.message}`);
      }
    },
  };
}

const testid = (id) => `[data-testid="${id}"]`;

/**
 * From a just-opened window to the article on screen: picks `want.lang` if the first-run
 * screen asks for a language, opens the article from home (through its topic if home does not
 * list it), and waits until the article's title reads `want.title`. `onStep(name)` is called
 * once each screen is up. Resolves to the steps taken: ['first-run', 'home', 'article'], or
 * ['home', 'article'] when the app remembered the language.
 */
export async function readArticle(session, want, onStep = () => {}) {
  const steps = [];
  const step = async (name) => {
    steps.push(name);
    await onStep(name);
  };
  const picker = testid(`language-option-${want.lang}`);
  const link = testid(`article-link-${want.slug}`);
  const topic = testid(`topic-${want.topic}`);
  const firstOf = (selectors) =>
    session.waitFor(selectors.join(' or '), async () => {
      for (const selector of selectors) {
        const el = await session.find(selector);
        if (el) return { selector, el };
      }
      return null;
    });

  let shown = await firstOf([picker, link, topic]);
  if (shown.selector === picker) {
    await step('first-run');
    await session.click(shown.el);
    shown = await firstOf([link, topic]);
  }
  if (shown.selector === topic) {
    await session.click(shown.el);
    shown = { el: await session.waitForElement(link) };
  }
  await step('home');
  await session.click(shown.el);

  let seen = '';
  await session
    .waitFor(`the article title "${want.title}"`, async () => {
      const h1 = await session.find(testid('article-title'));
      seen = h1 ? (await session.text(h1)).trim() : '';
      return seen === want.title;
    })
    .catch((e) => {
      e.message += `\n--- article-title read: ${JSON.stringify(seen)}`;
      throw e;
    });
  await step('article');
  return steps;
}
