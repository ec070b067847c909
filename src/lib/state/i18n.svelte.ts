import i18next from 'i18next';
import nb from '$locales/nb.json';
import { INTL_LOCALE, type Language } from '../domain/settings';
import { formatter } from './intl-cache';
import { keepSectionSign } from '../domain/common';

/**
 * The interface language. Bokmål's core texts are bundled; nynorsk and
 * English load on demand, and so do the module texts (<lang>-modules.json),
 * after unlock, to keep the first screen small. The service worker
 * precaches every file for offline use. Nynorsk falls back to bokmål.
 */

type Loader = () => Promise<{ default: object }>;
const lazy: Record<Exclude<Language, 'nb'>, Loader> = {
	nn: () => import('$locales/nn.json'),
	en: () => import('$locales/en.json')
};
const moduleTexts: Record<Language, Loader> = {
	nb: () => import('$locales/nb-modules.json'),
	nn: () => import('$locales/nn-modules.json'),
	en: () => import('$locales/en-modules.json')
};

// Keys are checked by a test against every locale file, not by i18next's type overloads.
const translate = i18next.t.bind(i18next) as (key: string, options?: Record<string, unknown>) => string;

class I18n {
	lang = $state<Language>('nb');
	ready = $state(false);
	/** Bumped when texts are added, so open screens re-render with them. */
	revision = $state(0);
	#wantModules = false;
	#modulesLoaded = new Set<Language>();

	async init(lang: Language = 'nb') {
		// Every text, on screen and in the outputs: «§ 18-3» never breaks after the sign.
		i18next.use({ type: 'postProcessor', name: 'sectionSign', process: (value: string) => keepSectionSign(value) });
		await i18next.init({
			postProcess: ['sectionSign'],
			lng: 'nb',
			fallbackLng: { nn: ['nb'], default: ['nb'] },
			supportedLngs: ['nb', 'nn', 'en'],
			resources: { nb: { translation: nb } },
			interpolation: { escapeValue: false }, // Svelte escapes on render
			returnNull: false,
			showSupportNotice: false
		});
		await this.setLanguage(lang);
		this.ready = true;
	}

	/** Counts language choices: when two are made quickly, the texts of the first may arrive last. */
	#choice = 0;

	async setLanguage(lang: Language) {
		const choice = ++this.#choice;
		if (lang !== 'nb' && !i18next.hasResourceBundle(lang, 'translation')) {
			const texts = (await lazy[lang]()).default;
			if (!i18next.hasResourceBundle(lang, 'translation')) i18next.addResourceBundle(lang, 'translation', texts);
		}
		await this.#ensureModules(lang);
		// Only the latest choice is applied: an earlier one finishing late must not win.
		if (choice !== this.#choice) return;
		await i18next.changeLanguage(lang);
		this.lang = lang;
		if (typeof document !== 'undefined') document.documentElement.lang = lang;
	}

	/** The module texts, needed once the vault is open. */
	async loadModules() {
		this.#wantModules = true;
		await this.#ensureModules(this.lang);
	}

	async #ensureModules(lang: Language) {
		if (!this.#wantModules) return;
		let added = false;
		for (const l of lang === 'nb' ? (['nb'] as const) : (['nb', lang] as const)) {
			if (this.#modulesLoaded.has(l)) continue;
			i18next.addResourceBundle(l, 'translation', (await moduleTexts[l]()).default, true, false);
			this.#modulesLoaded.add(l);
			added = true;
		}
		if (added) this.revision++;
	}

	/** Texts in a given language regardless of the interface language (for documents). */
	async fixedT(lang: Language): Promise<(key: string, options?: Record<string, unknown>) => string> {
		if (lang !== 'nb' && !i18next.hasResourceBundle(lang, 'translation')) {
			i18next.addResourceBundle(lang, 'translation', (await lazy[lang]()).default);
		}
		this.#wantModules = true;
		await this.#ensureModules(lang);
		return i18next.getFixedT(lang) as unknown as (key: string, options?: Record<string, unknown>) => string;
	}

	/** Reading `lang` and `revision` makes every caller re-render when texts change. */
	t = (key: string, options?: Record<string, unknown>): string => {
		void this.lang;
		void this.revision;
		return translate(key, options);
	};

	get locale() {
		return INTL_LOCALE[this.lang];
	}

	date = (value: string | Date | null | undefined, style: 'short' | 'long' = 'short'): string => {
		if (!value) return '';
		const d = typeof value === 'string' ? new Date(value.length === 10 ? `${value}T12:00:00` : value) : value;
		if (Number.isNaN(d.getTime())) return '';
		return formatter(
			this.locale,
			`date-${style}`,
			() => new Intl.DateTimeFormat(this.locale, { dateStyle: style })
		).format(d);
	};

	time = (d: Date | number): string =>
		formatter(
			this.locale,
			'time',
			() => new Intl.DateTimeFormat(this.locale, { hour: '2-digit', minute: '2-digit' })
		).format(d);

	/** 'YYYY-MM' as a short month and year ("jan. 2026"), for charts over time. */
	monthYear = (ym: string): string => {
		const d = new Date(`${ym}-15T12:00:00`);
		if (Number.isNaN(d.getTime())) return ym;
		return formatter(
			this.locale,
			'month-year',
			() => new Intl.DateTimeFormat(this.locale, { month: 'short', year: 'numeric' })
		).format(d);
	};

	/** «18 mnd à 80 % og 6 mnd à 100 %»: items joined as the language joins them. */
	list = (items: string[]): string =>
		formatter(this.locale, 'list', () => new Intl.ListFormat(this.locale, { type: 'conjunction' })).format(items);

	number = (n: number, digits = 0): string =>
		formatter(
			this.locale,
			`number-${digits}`,
			() => new Intl.NumberFormat(this.locale, { maximumFractionDigits: digits })
		).format(n);
}

export const i18n = new I18n();
export const t = i18n.t;
