import type { NamesMessages } from './en.ts';

export default {
	places: {
		almaty: 'Алматы',
		'village-near-almaty': 'Алматы маңындағы ауыл',
		kulsary: 'Құлсары',
		'western-kazakhstan': 'Батыс Қазақстан',
		taraz: 'Тараз',
		atyrau: 'Атырау',
		uralsk: 'Орал'
	},
	countries: {
		'112': 'Беларусь',
		'398': 'Қазақстан',
		'417': 'Қырғызстан',
		'643': 'Ресей',
		'762': 'Тәжікстан',
		'804': 'Украина',
		'860': 'Өзбекстан'
	},
	bodies: {
		knb: 'Ұлттық қауіпсіздік комитеті (ҰҚК)',
		knbShort: 'ҰҚК',
		religiousAffairs: 'Дін істері агенттігі',
		prosecutorGeneral: 'Бас прокуратура',
		senate: 'Сенат',
		parliament: 'Парламент',
		eag: 'Еуразиялық топ (ЕАТ)',
		sco: 'Шанхай ынтымақтастық ұйымы (ШЫҰ)',
		customsUnion: 'Кеден одағы',
		nationalSecurityCouncil: 'Ұлттық қауіпсіздік кеңесі',
		islamicJihadUnion: 'Ислам жиһады одағы',
		jundAlKhilafah: '«Жунд әл-Халифат»'
	}
} satisfies NamesMessages;
