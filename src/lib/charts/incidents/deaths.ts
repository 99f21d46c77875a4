/** Deaths in words, split the way the report tells them: the one home of every sentence about deaths. */
import { deathsByKind, deathsTotal, type KindDeaths } from '../../data/aggregate.ts';
import type { Incident, IncidentKind } from '../../data/types.ts';
import { capitalise } from '../../format/index.ts';
import type { Lang } from '../../i18n/index.ts';

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

/** Who died, as far as the report says and no further. */
function who(k: KindDeaths, { m, f }: Lang): string {
	const words = m.incidents.deaths;
	if (k.notStated.value === 0) return words.allSuspects;
	if (k.suspects.value === 0) return words.noneDescribed;
	return words.someSuspects({
		suspects: f.bounded(k.suspects),
		nSuspects: k.suspects.value,
		others: f.bounded(k.notStated),
		nOthers: k.notStated.value
	});
}

/** The incidents of a kind, in the words of its context: "in 2 operations against suspects". */
function context(k: KindDeaths, { m, f }: Lang): string {
	const words = m.incidents.deaths;
	return words.context[k.kind]({ incidents: f.countOf(k.incidents, words.incidents[k.kind]) });
}

/** The deaths of each kind of incident, security operations first; none for a kind without incidents. */
export function deathsParts(incidents: readonly Incident[], lang: Lang): DeathsPart[] {
	const words = lang.m.incidents.deaths;
	return deathsByKind(incidents).map((k) => ({
		kind: k.kind,
		value: lang.f.bounded(k),
		isMinimum: k.isMinimum,
		label: words.label[k.kind]({ n: k.value, isMinimum: k.isMinimum }),
		context: context(k, lang),
		who: who(k, lang)
	}));
}

/**
 * Our sum of the parts, said as ours and only beside them: null when there is one part or none,
 * since the part is then the whole.
 */
export function deathsTotalNote(incidents: readonly Incident[], lang: Lang): string | null {
	if (deathsByKind(incidents).length < 2) return null;
	return lang.m.incidents.deaths.totalNote({ total: lang.f.bounded(deathsTotal([...incidents])) });
}

/** Every death in one or two sentences: each part with who died, then the total as ours. */
export function deathsInWords(incidents: readonly Incident[], lang: Lang): string {
	const words = lang.m.incidents.deaths;
	const kinds = deathsByKind(incidents);
	if (kinds.length === 0) return words.none;
	const said = kinds
		.map((k) => {
			const clause = words.clause[k.kind]({
				value: lang.f.bounded(k),
				n: k.value,
				isMinimum: k.isMinimum,
				context: context(k, lang),
				incidents: lang.f.count(k.incidents),
				nIncidents: k.incidents
			});
			return `${clause} (${who(k, lang)})`;
		})
		.join('; ');
	return [`${capitalise(said)}.`, deathsTotalNote(incidents, lang)].filter(Boolean).join(' ');
}
