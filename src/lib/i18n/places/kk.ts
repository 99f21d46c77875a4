import { forms } from '../plural.ts';
import type { PlacesMessages } from './en.ts';

export default {
	credits: {
		borders:
			'Шекаралар: Natural Earth (қоғамдық игілік); карта ешбір шекара туралы ұстанымды білдірмейді.',
		positions: 'Координаттар: GeoNames (CC BY 4.0).',
		shortBorders: 'Шекаралар: Natural Earth',
		shortMap: 'Карта деректері: GeoNames (CC BY 4.0), Natural Earth'
	},
	source: (section: string) => `Дереккөз: баяндаманың «${section}» бөлімі.`,
	kinds: { city: 'қала', area: 'аумақ', region: 'өңір' },
	incidentKinds: { explosion: 'жарылыс', 'security operation': 'арнайы операция' },
	// In the form that comes before «үшін сотталды».
	offences: {
		'taraz-attack-organisers': 'террористік акт ұйымдастырғаны',
		'atyrau-bombing-organisers':
			'мемлекеттік органдардың ғимараттары маңында жарылыс ұйымдастырғаны',
		'uralsk-terrorist-financing': 'террористік топты қаржыландырғаны'
	},
	map: {
		title: 'Оқиғалар қай жерде болды: баяндамада аталған жерлер',
		// Kazakh keeps the noun singular after a number: Қазақстанның 5 елді мекені.
		cities: forms({ one: 'елді мекені', other: 'елді мекені' }),
		takeaway: (p) =>
			`Баяндамада Қазақстанның ${p.cities} аталады: адам қазасы — ${p.deaths}; үкімдер — ${p.convictions}; кездесулер — ${p.meetings}${p.farthest ? `. Бір-бірінен ең алыс жатқандары — ${p.farthest.a} және ${p.farthest.b}: арақашықтығы шамамен ${p.farthest.km} км` : ''}.`,
		killed: forms({ one: 'адам қаза тапты', other: 'адам қаза тапты' }),
		killedAtLeast: forms({ one: 'адам қаза тапты', other: 'адам қаза тапты' }),
		killedLine: (killed: string, date: string) => `${killed} · ${date}`,
		convictedLine: (count: string, month: string) => `${count} адам сотталды · ${month}`,
		meetings: forms({ one: 'кездесу', other: 'кездесу' }),
		meetingsLine: (count: string, months: string) => `${count} · ${months}`,
		killedSentence: (p) => `${p.kind} (${p.date}): ${p.killed}`,
		people: forms({ one: 'адам', other: 'адам' }),
		convictedSentence: (p) =>
			`${p.month}: ${p.people} ${p.offence} үшін сотталды${p.attack ? ` (шабуыл уақыты: ${p.attack})` : ''}`,
		meetingSentence: (label: string, date: string) => `${label} (${date})`,
		sentences: (items: string[]) => items.map((s) => (s.endsWith('.') ? s : `${s}.`)).join(' '),
		positionRegion: 'шекарасы көрсетілмеген өңір',
		positionNear: (near: string, position: string) =>
			`${near} қаласының маңындағы бір жер; шеңбер қаланың координаттарының (${position}) айналасына сызылған, баяндамада ауылдың атауы көрсетілмеген`,
		positionPoint: (position: string) => position,
		placeTitle: (name: string, position: string, what: string, source: string) =>
			`${name} (${position}). ${what ? `${what} ` : ''}${source}`,
		regionAbout: (inside: string | null) =>
			`баяндамада аталған өңір${inside ? ` (баяндама оған жатқызатын жер: ${inside})` : ''}; шекарасы көрсетілмегендіктен, картада шекара сызығынсыз тек атауы жазылған.`,
		noteNear: (name: string, near: string) =>
			`${name}: баяндамада бұл жердің тек ${near} қаласының маңында екені айтылған; үзік сызықты шеңбер нүктені емес, қаланың айналасындағы аумақты білдіреді.`,
		noteRegion: (name: string) =>
			`${name}: баяндамада бұл өңірдің шекарасы көрсетілмеген, сондықтан картада шекара сызығынсыз тек атауы жазылған.`,
		noteAttacks: (cities: string) =>
			`${cities}: картада сот істеріне негіз болған шабуылдардың орны белгіленген; сот істерінің қай жерде қаралғаны баяндамада көрсетілмеген.`,
		unplacedItem: (kind: string, date: string) => `${kind} (${date})`,
		noteUnplaced: (items: string, n: number) =>
			`Баяндамада ${n === 1 ? 'мына оқиғаның' : 'мына оқиғалардың'} орны көрсетілмеген: ${items}; сондықтан ${n === 1 ? 'ол' : 'олар'} картада жоқ.`,
		noteDots:
			'Нүкте шаманы емес, орынды білдіреді: картада қаза тапқандар саны да, басқа сандар да аумақпен көрсетілмейді.',
		key: {
			place: 'GeoNames координаттары бойынша елді мекен',
			near: 'баяндамада айтылғандай, қала маңындағы бір жер: нүкте емес, аумақ',
			region: 'шекарасы көрсетілмеген өңір: тек атауы',
			minimum: 'баяндамада «кемінде» деп берілген қаза тапқандар саны'
		},
		columns: {
			place: 'Жер',
			kind: 'Түрі',
			position: 'Орналасуы',
			what: 'Баяндама бойынша мұнда не болды',
			section: 'Дереккөз'
		},
		locatorDesc: (marked: string) => `Қазақстан картасы; онда белгіленген жерлер: ${marked}.`
	},
	page: {
		title: 'Жерлер',
		lede: 'Баяндамадағы оқиғалар, сот істеріне негіз болған шабуылдар мен кездесулер қай жерде болды және әр көпжақты шараға қай елдер қатысты.',
		each: 'Әр жер бойынша',
		see: {
			'/incidents/': 'Оқиғалар диаграммасы',
			'/sentences/': 'Сотталғандар диаграммасы',
			'/timeline/': 'Хронология'
		},
		seeOther: 'Диаграмма',
		source: 'Дереккөз'
	}
} satisfies PlacesMessages;
