/** Deaths in words, split the way the report tells them: the one home of every sentence about deaths. */
import { deathsByKind, deathsTotal, type KindDeaths } from '../../data/aggregate.ts';
import type { Incident, IncidentKind } from '../../data/types.ts';
import { capitalise, countOf, formatBounded, plural } from '../../format/index.ts';

/** The deaths of one kind of incident, as a headline states them. */
export interface DeathsPart {
	kind: IncidentKind;
	/** The figure with its lower-bound words: "at least 11". */
	value: string;
	isMinimum: boolean;
	/** How they died: "killed by security forces". */
	label: string;
	/** In which incidents: "in 2 operations against suspects". */
	context: string;
	/** Who they were, only as far as the report says. */
	who: string;
}

/** How each kind of incident killed, in a few words. */
export const KIND_LABEL: Record<IncidentKind, string> = {
	'security operation': 'killed by security forces',
	explosion: 'died in explosions'
};

/** The incidents of a kind, and whom the report blames for them. */
const KIND_CONTEXT: Record<IncidentKind, (n: number) => string> = {
	'security operation': (n) => `in ${countOf(n, 'operation', 'operations')} against suspects`,
	explosion: (n) =>
		`${countOf(n, 'blast', 'blasts')} the report puts down to suspected extremists handling explosives`
};

/** The figure, how they died and where, as one clause of a sentence. */
const KIND_CLAUSE: Record<IncidentKind, (value: string, context: string) => string> = {
	'security operation': (value, context) => `${value} killed by security forces ${context}`,
	explosion: (value, context) => `${value} died in ${context}`
};

/** Who died, as far as the report says and no further. */
function who(k: KindDeaths): string {
	if (k.notStated.value === 0) return 'all suspects, as the report describes them';
	if (k.suspects.value === 0) return 'the report does not say who they were';
	return `${formatBounded(k.suspects)} ${plural(k.suspects.value, 'a suspect', 'suspects')}; the report does not say who the other ${formatBounded(k.notStated)} ${plural(k.notStated.value, 'was', 'were')}`;
}

/** The deaths of each kind of incident, security operations first; none for a kind without incidents. */
export function deathsParts(incidents: readonly Incident[]): DeathsPart[] {
	return deathsByKind(incidents).map((k) => ({
		kind: k.kind,
		value: formatBounded(k),
		isMinimum: k.isMinimum,
		label: KIND_LABEL[k.kind],
		context: KIND_CONTEXT[k.kind](k.incidents),
		who: who(k)
	}));
}

/**
 * Our sum of the parts, said as ours and only beside them: null when there is one part or none,
 * since the part is then the whole.
 */
export function deathsTotalNote(incidents: readonly Incident[]): string | null {
	if (deathsByKind(incidents).length < 2) return null;
	return `The report gives no total; added up, these come to ${formatBounded(deathsTotal([...incidents]))}.`;
}

/** Every death in one or two sentences: each part with who died, then the total as ours. */
export function deathsInWords(incidents: readonly Incident[]): string {
	const parts = deathsParts(incidents);
	if (parts.length === 0) return 'The report describes no deaths in incidents.';
	const said = parts.map((p) => `${KIND_CLAUSE[p.kind](p.value, p.context)} (${p.who})`).join('; ');
	return [`${capitalise(said)}.`, deathsTotalNote(incidents)].filter(Boolean).join(' ');
}
