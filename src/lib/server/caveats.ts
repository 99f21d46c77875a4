import { type Dataset } from '../data/types.ts';
import { detailedCases } from '../data/subsets.ts';
import { formatCount, formatDateish, formatPeriod, listInWords } from '../format/index.ts';

/** The caveats that follow from how the data are coded, written from the data themselves. */
export function dataCaveats(data: Dataset): string[] {
	const out: string[] = [];
	const minimums = data.incidents.filter((d) => d.killed_is_minimum);
	if (minimums.length > 0) {
		out.push(
			`${minimums.length === 1 ? 'One death toll is' : `${minimums.length} death tolls are`} given as a minimum (${listInWords(minimums.map((d) => `${d.place ?? 'place not named'}, ${formatDateish(d.date)}: at least ${formatCount(d.killed)}`))}), so any sum of deaths that includes it is a minimum too.`
		);
	}
	const unsaid = data.incidents.filter((d) => d.killed_described === 'not stated');
	if (data.incidents.length > 0) {
		out.push(
			`The report gives no total of deaths: the dashboard tells them apart as the report does, killed by security forces or dead in explosions, and gives a sum only beside them.${unsaid.length ? ` It says who died only as the report does, which does not say who died in ${listInWords(unsaid.map((d) => `the ${d.kind} of ${formatDateish(d.date, d.date_approximate)} (${formatCount(d.killed)})`))}.` : ''}`
		);
	}
	for (const d of data.incidents.filter((i) => i.date_approximate)) {
		out.push(
			`The date of the ${d.kind} of ${formatDateish(d.date, true)} is an estimate: the report dates it only relative to another event.`
		);
	}
	const unnamed = data.incidents.filter((d) => d.place === null);
	if (unnamed.length > 0) {
		out.push(
			`The report names no place for ${listInWords(unnamed.map((d) => `the ${d.kind} of ${formatDateish(d.date, d.date_approximate)}`))}; the place is left empty.`
		);
	}
	const cases = detailedCases(data.convictions);
	const noSentence = cases.filter((c) => !c.sentence_stated);
	if (noSentence.length > 0) {
		out.push(
			`The report gives no sentence for ${listInWords(noSentence.map((c) => `the ${c.city} case`))}; it is shown as “not stated”, never as zero.`
		);
	}
	const noTrials = cases.filter((c) => c.trials === null);
	if (noTrials.length > 0) {
		out.push(
			`The report gives no number of trials for ${listInWords(noTrials.map((c) => `the ${c.city} case`))}.`
		);
	}
	const inWords = [
		...data.convictions
			.filter((c) => c.convicted_words !== null)
			.map(
				(c) => `“${c.convicted_words}” ${c.convicted_unit} convicted of ${c.offence.toLowerCase()}`
			),
		...data.events
			.filter((e) => e.count_words !== null)
			.map((e) => `“${e.count_words}” ${e.count_unit ?? ''} (${e.label.toLowerCase()})`)
	];
	if (inWords.length > 0) {
		out.push(
			`The report gives some numbers only in words (${listInWords(inWords)}); they are kept as words, never turned into numbers or added to totals.`
		);
	}
	const undated = data.events.filter((e) => e.date === null);
	if (undated.length > 0) {
		out.push(
			`The report gives no date for ${undated.length === 1 ? 'one development' : `${undated.length} developments`} it names; their date is left empty and the timeline chart leaves them out.`
		);
	}
	if (data.websites.length > 1) {
		out.push(
			`The website figures come from different agencies over different periods, so neither is a share of the other: ${data.websites.map((w) => `${w.agency}, ${formatPeriod(w.period_start, w.period_end)}`).join('; ')}.`
		);
	}
	const unnamedParticipants = data.events.filter(
		(e) => e.theme === 'cooperation' && !data.participants.some((p) => p.event_id === e.id)
	);
	if (unnamedParticipants.length > 0) {
		out.push(
			`The report names no countries for ${unnamedParticipants.length === 1 ? 'one cooperation event' : `${unnamedParticipants.length} cooperation events`} (${listInWords(unnamedParticipants.map((e) => (e.date === null ? 'one without a date' : formatDateish(e.date))))}), so none are listed.`
		);
	}
	return out;
}
