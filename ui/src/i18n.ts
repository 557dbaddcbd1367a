// Localisation: Fluent bundles built from locales/<lang>/*.ftl (English is the reference and
// the last resort), negotiated with @fluent/langneg, plus Intl for names, numbers and dates.

import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import { negotiateLanguages } from '@fluent/langneg';

export const SOURCE_LOCALE = 'en';

/** Right-to-left languages; the layout mirrors for these. Matches the core's registry. */
const RTL = new Set(['ar', 'fa', 'ckb', 'ps', 'ur']);

// Each locale's files are their own chunk, fetched only when that language is chosen. The
// app's strings are `app.ftl`; another page of the build (the coordinators' desk) adds its
// own files with `addStrings`, so readers never download them.
const files: Record<string, () => Promise<string>> = import.meta.glob<string>('../../locales/*/app.ftl', {
  query: '?raw',
  import: 'default',
});

/** Adds more Fluent files (`locales/<lang>/<name>.ftl`, loaded lazily) to every bundle made after. */
export function addStrings(more: Record<string, () => Promise<string>>): void {
  Object.assign(files, more);
}

function localeOf(path: string): string {
  return path.split('/').at(-2)!;
}

/** The locales the UI has strings for. */
export const UI_LOCALES: string[] = [...new Set(Object.keys(files).map(localeOf))].sort();

export function baseLanguage(tag: string): string {
  return tag.split('-')[0].toLowerCase();
}

export function direction(tag: string): 'ltr' | 'rtl' {
  return RTL.has(baseLanguage(tag)) ? 'rtl' : 'ltr';
}

/**
 * The language a phone's tag means among the ones Peer Guide writes, as the core's
 * `LanguageTag::for_reader` does: Dari (`prs`) is the Persian of Afghanistan (`fa-AF`), and
 * plain Kurdish (`ku`) is Sorani unless its script says Latin (Kurmanji, `kmr`).
 */
export function readerLanguage(tag: string): string {
  const [base, ...rest] = tag.replace(/_/g, '-').split('-');
  switch (base.toLowerCase()) {
    case 'prs':
      return ['fa', ...(rest.length ? rest : ['AF'])].join('-');
    case 'ku': {
      const latin = rest.some((r) => r.toLowerCase() === 'latn');
      const others = rest.filter((r) => !['latn', 'arab'].includes(r.toLowerCase()));
      return [latin ? 'kmr' : 'ckb', ...others].join('-');
    }
    default:
      return tag;
  }
}

/** The UI locales to use for a reader of `requested`, best first, always ending in English. */
export function negotiate(requested: readonly string[], available: readonly string[] = UI_LOCALES): string[] {
  const chosen = negotiateLanguages(requested.map(readerLanguage), available, {
    strategy: 'filtering',
    defaultLocale: SOURCE_LOCALE,
  });
  return [...chosen.filter((l) => l !== SOURCE_LOCALE), SOURCE_LOCALE];
}

async function bundleFor(locale: string): Promise<FluentBundle> {
  const bundle = new FluentBundle(locale);
  const loads = Object.entries(files)
    .filter(([path]) => localeOf(path) === locale)
    .map(([, load]) => load());
  for (const text of await Promise.all(loads)) {
    const errors = bundle.addResource(new FluentResource(text));
    // A broken translation must not hide the English string behind it; report and go on.
    for (const e of errors) console.warn(`locales/${locale}:`, e);
  }
  return bundle;
}

export type Args = Record<string, FluentVariable>;

const nativeNames = new Map<string, string>();

/** Keeps each language's own name (from the core's registry) for `languageName`. */
export function rememberLanguages(list: readonly { code: string; native_name: string }[]): void {
  for (const l of list) nativeNames.set(l.code, l.native_name);
}

/** Strings, names and formats for one reader's language. */
export class Localization {
  constructor(
    /** The language the reader chose (content is asked for in this language). */
    readonly lang: string,
    private readonly bundles: FluentBundle[],
  ) {}

  /** The UI locale actually used for most strings. */
  get locale(): string {
    return this.bundles[0]?.locales[0] ?? SOURCE_LOCALE;
  }

  get dir(): 'ltr' | 'rtl' {
    return direction(this.lang);
  }

  /** The string `id`, from the first bundle that has it; the id itself if none does. */
  t = (id: string, args?: Args): string => {
    for (const bundle of this.bundles) {
      const message = bundle.getMessage(id);
      if (message?.value) {
        const errors: Error[] = [];
        const text = bundle.formatPattern(message.value, args, errors);
        if (errors.length === 0) return text;
      }
    }
    return id;
  };

  has = (id: string): boolean => this.bundles.some((b) => b.hasMessage(id));

  /**
   * A language's name in the reader's language ("Tigrinya", "التغرينية"). Where the engine has
   * no names in the reader's language (Chromium has none for Tigrinya or Somali) and would
   * answer in English, the language's own name is better: a Tigrinya reader reads "ትግርኛ".
   */
  languageName = (code: string): string => {
    try {
      const local = new Intl.DisplayNames([this.locale], { type: 'language' }).of(code);
      const english = new Intl.DisplayNames([SOURCE_LOCALE], { type: 'language' }).of(code);
      const untranslated = local === english && baseLanguage(this.locale) !== SOURCE_LOCALE;
      if (local && local !== code && !(untranslated && nativeNames.has(code))) return local;
    } catch {
      /* an engine without this locale's data: fall through */
    }
    return nativeNames.get(code) ?? code;
  };

  date = (iso: string): string => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime())
      ? iso
      : new Intl.DateTimeFormat([this.locale, SOURCE_LOCALE], { dateStyle: 'long' }).format(d);
  };

  /**
   * A calendar day written YYYY-MM-DD, as the same day wherever the device is. English is
   * written the British way ("12 March 2026"): the app's readers live in Scotland.
   */
  day = (isoDate: string): string => {
    const d = new Date(`${isoDate}T00:00:00Z`);
    const locale = baseLanguage(this.locale) === SOURCE_LOCALE ? 'en-GB' : this.locale;
    return Number.isNaN(d.getTime())
      ? isoDate
      : new Intl.DateTimeFormat([locale, SOURCE_LOCALE], { dateStyle: 'long', timeZone: 'UTC' }).format(d);
  };

  dateTime = (iso: string): string => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime())
      ? iso
      : new Intl.DateTimeFormat([this.locale, SOURCE_LOCALE], { dateStyle: 'medium', timeStyle: 'short' }).format(d);
  };

  /**
   * The separator between the items of a plain list. Intl.ListFormat has no plain-comma form
   * (its "unit" lists join with "و" in Arabic), so: the Arabic comma in Arabic-script
   * languages, a comma elsewhere.
   */
  listSeparator = (): string => (direction(this.lang) === 'rtl' ? '، ' : ', ');

  percent = (fraction: number): string =>
    new Intl.NumberFormat([this.locale, SOURCE_LOCALE], { style: 'percent' }).format(fraction);
}

/** Loads the strings for a reader of `lang`. */
export async function localize(lang: string): Promise<Localization> {
  const locales = negotiate([lang]);
  return new Localization(lang, await Promise.all(locales.map(bundleFor)));
}

/** Puts the language and its direction on the document, so the whole layout mirrors. */
export function applyToDocument(l10n: Localization, doc: Document = document): void {
  doc.documentElement.lang = l10n.lang;
  doc.documentElement.dir = l10n.dir;
  doc.title = l10n.t('app-name');
}
