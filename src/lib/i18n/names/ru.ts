import type { NamesMessages } from './en.ts';

export default {
	places: {
		almaty: 'Алматы',
		'village-near-almaty': 'село под Алматы',
		kulsary: 'Кульсары',
		'western-kazakhstan': 'Западный Казахстан',
		taraz: 'Тараз',
		atyrau: 'Атырау',
		uralsk: 'Уральск'
	},
	// As CLDR writes them (Intl.DisplayNames), but Kyrgyzstan: CLDR has "Киргизия", Kazakhstani and
	// Kyrgyz official Russian writes "Кыргызстан" (tests/lib/i18n/names.test.ts lists the overrides).
	countries: {
		'112': 'Беларусь',
		'398': 'Казахстан',
		'417': 'Кыргызстан',
		'643': 'Россия',
		'762': 'Таджикистан',
		'804': 'Украина',
		'860': 'Узбекистан'
	},
	bodies: {
		knb: 'Комитет национальной безопасности (КНБ)',
		knbShort: 'КНБ',
		religiousAffairs: 'Агентство по делам религий',
		prosecutorGeneral: 'Генеральная прокуратура',
		senate: 'Сенат',
		parliament: 'Парламент',
		eag: 'Евразийская группа (ЕАГ)',
		sco: 'Шанхайская организация сотрудничества (ШОС)',
		customsUnion: 'Таможенный союз',
		nationalSecurityCouncil: 'Совет национальной безопасности',
		islamicJihadUnion: 'Союз исламского джихада',
		jundAlKhilafah: '«Джунд аль-Халифат»'
	}
} satisfies NamesMessages;
