/**
 * Every word the dashboard writes, one catalogue per edition, assembled from one module per area.
 * English defines the shape: a translation that lacks a message, or gives one with other
 * parameters, fails `npm run check`. Nothing falls back to English.
 */
import type { Locale } from './locales.ts';
import convictedEn from './convicted/en.ts';
import convictedKk from './convicted/kk.ts';
import convictedRu from './convicted/ru.ts';
import cooperationEn from './cooperation/en.ts';
import cooperationKk from './cooperation/kk.ts';
import cooperationRu from './cooperation/ru.ts';
import eventsEn from './events/en.ts';
import eventsKk from './events/kk.ts';
import eventsRu from './events/ru.ts';
import exportEn from './export/en.ts';
import exportKk from './export/kk.ts';
import exportRu from './export/ru.ts';
import formatEn from './format/en.ts';
import formatKk from './format/kk.ts';
import formatRu from './format/ru.ts';
import glossaryEn from './glossary/en.ts';
import glossaryKk from './glossary/kk.ts';
import glossaryRu from './glossary/ru.ts';
import homeEn from './home/en.ts';
import homeKk from './home/kk.ts';
import homeRu from './home/ru.ts';
import incidentsEn from './incidents/en.ts';
import incidentsKk from './incidents/kk.ts';
import incidentsRu from './incidents/ru.ts';
import namesEn from './names/en.ts';
import namesKk from './names/kk.ts';
import namesRu from './names/ru.ts';
import pagesEn from './pages/en.ts';
import pagesKk from './pages/kk.ts';
import pagesRu from './pages/ru.ts';
import placesEn from './places/en.ts';
import placesKk from './places/kk.ts';
import placesRu from './places/ru.ts';
import sentencesEn from './sentences/en.ts';
import sentencesKk from './sentences/kk.ts';
import sentencesRu from './sentences/ru.ts';
import shareEn from './share/en.ts';
import shareKk from './share/kk.ts';
import shareRu from './share/ru.ts';
import siteEn from './site/en.ts';
import siteKk from './site/kk.ts';
import siteRu from './site/ru.ts';
import uiEn from './ui/en.ts';
import uiKk from './ui/kk.ts';
import uiRu from './ui/ru.ts';
import websitesEn from './websites/en.ts';
import websitesKk from './websites/kk.ts';
import websitesRu from './websites/ru.ts';

const en = {
	format: formatEn,
	site: siteEn,
	ui: uiEn,
	share: shareEn,
	export: exportEn,
	pages: pagesEn,
	home: homeEn,
	incidents: incidentsEn,
	websites: websitesEn,
	convicted: convictedEn,
	sentences: sentencesEn,
	events: eventsEn,
	places: placesEn,
	cooperation: cooperationEn,
	names: namesEn,
	glossary: glossaryEn
};

/** Every message of an edition. */
export type Messages = typeof en;

const ru: Messages = {
	format: formatRu,
	site: siteRu,
	ui: uiRu,
	share: shareRu,
	export: exportRu,
	pages: pagesRu,
	home: homeRu,
	incidents: incidentsRu,
	websites: websitesRu,
	convicted: convictedRu,
	sentences: sentencesRu,
	events: eventsRu,
	places: placesRu,
	cooperation: cooperationRu,
	names: namesRu,
	glossary: glossaryRu
};

const kk: Messages = {
	format: formatKk,
	site: siteKk,
	ui: uiKk,
	share: shareKk,
	export: exportKk,
	pages: pagesKk,
	home: homeKk,
	incidents: incidentsKk,
	websites: websitesKk,
	convicted: convictedKk,
	sentences: sentencesKk,
	events: eventsKk,
	places: placesKk,
	cooperation: cooperationKk,
	names: namesKk,
	glossary: glossaryKk
};

export const CATALOGUES: Record<Locale, Messages> = { en, ru, kk };
