// Unit tests of what a reader would notice going wrong: the wrong transport, HTML from content
// turning into markup, a missing or wrong notice, the wrong language chosen.

import { describe, expect, test, vi } from 'vitest';
import { ApiError, NETWORK, chooseTransport, httpTransport, queryString } from '../src/api';
import { direction, localize, negotiate, UI_LOCALES } from '../src/i18n';
import { markdownToText, renderMarkdown } from '../src/markdown';
import { parsePath, parseRoute } from '../src/state';

describe('transport', () => {
  test('inside Tauri, operations go through invoke with one params object', async () => {
    const invoke = vi.fn(async () => [{ topic: 'first-steps', articles: [] }]);
    const call = chooseTransport({ __TAURI_INTERNALS__: { invoke } });
    await call('home', { lang: 'ar' });
    expect(invoke).toHaveBeenCalledWith('home', { params: { lang: 'ar' } });
  });

  test('a Tauri error keeps its code', async () => {
    const invoke = vi.fn(async () => {
      throw { code: 'article-not-found', message: "no article with slug 'x'" };
    });
    const call = chooseTransport({ __TAURI_INTERNALS__: { invoke } });
    await expect(call('article', { lang: 'en', slug: 'x' })).rejects.toMatchObject({ code: 'article-not-found' });
  });

  test('in a browser, operations are GET /api/<op> with a query string', async () => {
    const fetchFn = vi.fn(async () => new Response('[]', { status: 200 }));
    await httpTransport('', fetchFn as typeof fetch)('services', { lang: 'fa', topic: 'housing', open_now: true, speaks: '' });
    expect((fetchFn.mock.calls as unknown[][])[0][0]).toBe('/api/services?lang=fa&topic=housing&open_now=true');
  });

  test('in a browser, operations that change the device are POST with a JSON body', async () => {
    const fetchFn = vi.fn(async () => new Response('null', { status: 200 }));
    await httpTransport('', fetchFn as typeof fetch)('set_hub', { address: 'https://hub.example.org' });
    const [url, init] = (fetchFn.mock.calls as unknown as [string, RequestInit][])[0];
    expect(url).toBe('/api/set_hub');
    expect(init.method).toBe('POST');
    expect(new Headers(init.headers).get('content-type')).toBe('application/json');
    expect(JSON.parse(String(init.body))).toEqual({ address: 'https://hub.example.org' });
  });

  test('a window without Tauri uses HTTP', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('{"version":"1"}'));
    await chooseTransport({})('about', {});
    expect(fetchSpy).toHaveBeenCalledWith('/api/about', expect.anything());
    fetchSpy.mockRestore();
  });

  test('an HTTP error body becomes an ApiError with its code', async () => {
    const fetchFn = async () => new Response('{"code":"unknown-topic","message":"unknown topic"}', { status: 400 });
    const err = await httpTransport('', fetchFn as typeof fetch)('articles', { lang: 'en' }).catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err.code).toBe('unknown-topic');
  });

  test('an unreachable server is a network error', async () => {
    const fetchFn = async () => {
      throw new TypeError('Failed to fetch');
    };
    const err = await httpTransport('', fetchFn as typeof fetch)('languages', {}).catch((e) => e);
    expect(err.code).toBe(NETWORK);
  });

  test('empty and false parameters are left out', () => {
    expect(queryString({ lang: 'en', text: '', open_now: false, topic: undefined })).toBe('?lang=en');
  });
});

describe('Markdown from content is never HTML', () => {
  test('a script tag is shown as text', () => {
    const html = renderMarkdown('Hello <script>alert(1)</script>');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;');
  });

  test('an image with onerror is shown as text', () => {
    const div = document.createElement('div');
    div.innerHTML = renderMarkdown('<img src=x onerror="alert(1)">\n\n![x](https://tracker.example/p.png)');
    expect(div.querySelector('img')).toBeNull();
    expect(div.querySelector('[onerror]')).toBeNull();
  });

  test('javascript: links are not links', () => {
    const div = document.createElement('div');
    div.innerHTML = renderMarkdown('[click](javascript:alert(1))');
    expect(div.querySelector('a')).toBeNull();
  });

  test('web links open outside and tell the site nothing', () => {
    const div = document.createElement('div');
    div.innerHTML = renderMarkdown('[GOV.UK](https://www.gov.uk)');
    const a = div.querySelector('a')!;
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    expect(a.getAttribute('target')).toBe('_blank');
  });

  test('shared text is plain: no Markdown marks, no tags', () => {
    const text = markdownToText('## Claim\n\n- Go **now**\n- Call [us](tel:0141)');
    expect(text).toBe('Claim\n\n• Go now\n• Call us');
  });
});

describe('languages', () => {
  test('Farsi as spoken in Afghanistan gets the Farsi strings, then English', () => {
    expect(negotiate(['fa-AF'])).toEqual(['fa', 'en']);
  });

  test('Sorani falls back to English, never to Arabic', () => {
    expect(negotiate(['ckb'])).toEqual(['ckb', 'en']);
  });

  test('a phone set to Dari gets Farsi, and one set to Kurdish gets Sorani', () => {
    for (const tag of ['prs', 'prs-AF', 'prs_AF']) expect(negotiate([tag])).toEqual(['fa', 'en']);
    for (const tag of ['ku', 'ku-IQ', 'ku-Arab']) expect(negotiate([tag])).toEqual(['ckb', 'en']);
    // Kurmanji in Latin script has no UI strings yet: English, never Sorani.
    expect(negotiate(['ku-Latn'])).toEqual(['en']);
    expect(negotiate(['ku-Latn', 'de', 'tr'])).toEqual(['en']);
  });

  test('a language without UI strings gets English', () => {
    expect(negotiate(['ur'])).toEqual(['en']);
  });

  test('right-to-left languages', () => {
    for (const l of ['ar', 'fa', 'ckb', 'ps', 'ur', 'fa-AF']) expect(direction(l)).toBe('rtl');
    for (const l of ['en', 'ti', 'uk', 'so']) expect(direction(l)).toBe('ltr');
  });

  test('the UI has strings for every required language', () => {
    for (const l of ['en', 'ar', 'fa', 'ckb', 'ti', 'uk', 'fr', 'es', 'so', 'ps']) expect(UI_LOCALES).toContain(l);
  });
});

describe('notices and plurals, as a reader reads them', () => {
  test('the fallback notice names both languages in the reader\'s language', async () => {
    const l10n = await localize('ti');
    const text = l10n.t('article-fallback', { shown: l10n.languageName('en'), requested: l10n.languageName('ti') });
    expect(text).not.toBe('article-fallback');
    const en = await localize('en');
    expect(en.t('article-fallback', { shown: en.languageName('en'), requested: en.languageName('ti') }).replace(/[\u2068\u2069]/g, '')).toBe(
      'Shown in English: not yet translated into Tigrinya.',
    );
  });

  test('the stale notice is translated', async () => {
    const ar = await localize('ar');
    expect(ar.t('article-stale')).toMatch(/قديمة/);
  });

  test('plurals follow each language\'s rules', async () => {
    const en = await localize('en');
    expect(en.t('topic-articles', { count: 1 }).replace(/[\u2068\u2069]/g, '')).toBe('1 article');
    expect(en.t('topic-articles', { count: 5 }).replace(/[\u2068\u2069]/g, '')).toBe('5 articles');
    const ar = await localize('ar');
    expect(ar.t('topic-articles', { count: 2 })).toBe('مقالتان');
    expect(ar.t('topic-articles', { count: 1 })).toBe('مقالة واحدة');
  });

  test('an error code without a string of its own still reads as a sentence', async () => {
    const en = await localize('en');
    expect(en.has('error-article-not-found')).toBe(true);
    expect(en.t('error-unknown', { code: 'x' })).toContain('x');
  });
});

test('routes', () => {
  expect(parseRoute('#/article/register-with-a-gp')).toEqual({ name: 'article', arg: 'register-with-a-gp' });
  expect(parseRoute('')).toEqual({ name: 'home' });
  expect(parseRoute('#/nonsense')).toEqual({ name: 'home' });
});

test("a shared link's path opens its screen in its language", () => {
  expect(parsePath('/ar/guide/register-with-a-gp')).toEqual({ lang: 'ar', route: { name: 'article', arg: 'register-with-a-gp' } });
  expect(parsePath('/fa-AF/topic/health')).toEqual({ lang: 'fa-AF', route: { name: 'topic', arg: 'health' } });
  expect(parsePath('/ckb/service/glasgow-food-bank/')).toEqual({ lang: 'ckb', route: { name: 'services', arg: 'glasgow-food-bank' } });
  for (const other of ['/', '/assets/index.js', '/ar/guide/', '/ar/nonsense/x', '/api/article']) {
    expect(parsePath(other)).toBeNull();
  }
});

describe('error messages', () => {
  test('an error kept by the core (a failed sync, after a restart) is translated by its code too', async () => {
    const { errorMessage } = await import('../src/components');
    const l10n = await localize('ar');
    const kept = errorMessage(l10n.t, l10n.has, { code: 'hub-unreachable', message: 'cannot reach http://hub' });
    expect(kept).toBe(l10n.t('error-hub-unreachable'));
    expect(kept).not.toMatch(/hub|reach/);
    expect(errorMessage(l10n.t, l10n.has, new ApiError('no-such-code', 'x'))).toContain('no-such-code');
  });
});
