import { forms } from '../plural.ts';
import type { PlacesMessages } from './en.ts';

export default {
	credits: {
		borders:
			'Границы: Natural Earth (общественное достояние); карта не выражает позиции ни по одной границе.',
		positions: 'Координаты: GeoNames (CC BY 4.0).',
		shortBorders: 'Границы: Natural Earth',
		shortMap: 'Картографические данные: GeoNames (CC BY 4.0), Natural Earth'
	},
	source: (section: string) => `Источник: раздел доклада «${section}».`,
	kinds: { city: 'город', area: 'местность', region: 'регион' },
	incidentKinds: { explosion: 'взрыв', 'security operation': 'спецоперация' },
	// In the form that follows «осуждены за …».
	offences: {
		'taraz-attack-organisers': 'организацию террористического акта',
		'atyrau-bombing-organisers': 'организацию взрывов у зданий государственных органов',
		'uralsk-terrorist-financing': 'финансирование террористической группы'
	},
	map: {
		title: 'Где это произошло: места, названные в докладе',
		cities: forms({
			one: 'населенный пункт',
			few: 'населенных пункта',
			many: 'населенных пунктов',
			other: 'населенного пункта'
		}),
		takeaway: (p) =>
			`Доклад называет ${p.cities} Казахстана: гибель людей — ${p.deaths}; приговоры — ${p.convictions}; встречи — ${p.meetings}${p.farthest ? `. Дальше всего друг от друга ${p.farthest.a} и ${p.farthest.b}: между ними около ${p.farthest.km} км` : ''}.`,
		killed: forms({ one: 'погибший', few: 'погибших', many: 'погибших', other: 'погибшего' }),
		// «не менее» takes the genitive: не менее 1 погибшего, не менее 2 погибших.
		killedAtLeast: forms({
			one: 'погибшего',
			few: 'погибших',
			many: 'погибших',
			other: 'погибшего'
		}),
		killedLine: (killed: string, date: string) => `${killed} · ${date}`,
		convictedLine: (count: string, month: string) => `осуждены: ${count} · ${month}`,
		meetings: forms({ one: 'встреча', few: 'встречи', many: 'встреч', other: 'встречи' }),
		meetingsLine: (count: string, months: string) => `${count} · ${months}`,
		killedSentence: (p) => `${p.kind} ${p.date}: ${p.killed}`,
		people: forms({
			one: 'человек осужден',
			few: 'человека осуждены',
			many: 'человек осуждены',
			other: 'человека осуждены'
		}),
		convictedSentence: (p) =>
			`${p.month}: ${p.people} за ${p.offence}${p.attack ? ` (дата нападения: ${p.attack})` : ''}`,
		meetingSentence: (label: string, date: string) => `${label} (${date})`,
		sentences: (items: string[]) => items.map((s) => (s.endsWith('.') ? s : `${s}.`)).join(' '),
		positionRegion: 'регион без указанных границ',
		positionNear: (near: string, position: string) =>
			`где-то в окрестностях города ${near}; кольцо проведено вокруг его координат (${position}), название села в докладе не указано`,
		positionPoint: (position: string) => position,
		placeTitle: (name: string, position: string, what: string, source: string) =>
			`${name} (${position}). ${what ? `${what} ` : ''}${source}`,
		regionAbout: (inside: string | null) =>
			`регион, упомянутый в докладе${inside ? ` (доклад относит к нему: ${inside})` : ''}; границы не указаны, поэтому на карте только название поверх территории, без линии границы.`,
		noteNear: (name: string, near: string) =>
			`${name}: доклад сообщает лишь, что это место находится рядом с городом ${near}; пунктирное кольцо обозначает территорию вокруг города, а не точку.`,
		noteRegion: (name: string) =>
			`${name}: доклад не указывает границ этого региона, поэтому на карте дано только название поверх территории, без линии границы.`,
		noteAttacks: (cities: string) =>
			`${cities}: на карте отмечено место нападений, по делам о которых прошли процессы; где проходили сами процессы, в докладе не указано.`,
		unplacedItem: (kind: string, date: string) => `${kind} ${date}`,
		noteUnplaced: (items: string, n: number) =>
			`Доклад не указывает, где ${n === 1 ? 'произошел этот инцидент' : 'произошли эти инциденты'}: ${items}; поэтому на карте ${n === 1 ? 'его' : 'их'} нет.`,
		noteDots:
			'Точка обозначает местоположение, а не величину: ни число погибших, ни другие числа не изображаются на карте площадью.',
		key: {
			place: 'населенный пункт по координатам GeoNames',
			near: 'место рядом с городом, как указано в докладе: территория, а не точка',
			region: 'регион без указанных границ: только название',
			minimum: 'число погибших, которое доклад приводит с оговоркой «не менее»'
		},
		columns: {
			place: 'Место',
			kind: 'Тип',
			position: 'Местоположение',
			what: 'Что здесь произошло, по данным доклада',
			section: 'Источник'
		},
		locatorDesc: (marked: string) => `Карта Казахстана, на ней отмечены: ${marked}.`
	},
	page: {
		title: 'Места',
		lede: 'Где произошли инциденты, описанные в докладе, где были совершены нападения, по которым затем шли процессы, где проходили встречи — и какие страны участвовали в каждом многостороннем событии.',
		each: 'Места по отдельности',
		see: {
			'/incidents/': 'Диаграмма инцидентов',
			'/sentences/': 'Диаграмма осужденных',
			'/timeline/': 'Хронология'
		},
		seeOther: 'Диаграмма',
		source: 'Источник'
	}
} satisfies PlacesMessages;
