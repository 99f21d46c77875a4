import { forms } from '../plural.ts';
import type { FormatMessages } from './en.ts';

export default {
	atLeast: (n: string) => `кемінде ${n}`,
	about: (date: string) => `шамамен ${date}`,
	notStated: 'көрсетілмеген',
	since: (start: string, yearOnly: boolean) =>
		`${start}${yearOnly ? ' жылдан' : ''} бастап (баяндамада аяқталу мерзімі көрсетілмеген)`,
	// A Kazakh noun stays singular after a number: 1 жыл, 5 жыл.
	years: forms({ one: 'жыл', other: 'жыл' }),
	yearSpan: (min: string, max: string) => `${min} жылдан ${max} жылға дейін`,
	toLife: (min: string) => `${min} жылдан өмір бойы бас бостандығынан айыруға дейін`,
	// Intl's Kazakh list format joins every item with a comma; Kazakh writes "A, B және C".
	and: 'және',
	north: 'с. е.',
	south: 'о. е.',
	east: 'ш. б.',
	west: 'б. б.'
} satisfies FormatMessages;
