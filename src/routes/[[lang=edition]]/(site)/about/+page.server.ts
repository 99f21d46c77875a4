import { apa, chicago, editionStyle, type Span } from '$lib/cite/text.ts';
import type { Work } from '$lib/cite/work.ts';
import { parseDateish } from '$lib/format/index.ts';
import { dataCaveats } from '$lib/server/caveats.ts';
import { CITE_FILES, works } from '$lib/server/cite.ts';
import { loadPackage } from '$lib/server/data.ts';
import { langOf } from '$lib/server/edition.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const lang = langOf(params);
	const { m, f } = lang;
	const words = m.pages.cite.edition;
	const { descriptor, data } = loadPackage();
	const { report, dataset } = works();
	const files = (work: 'report' | 'dataset') =>
		CITE_FILES.filter((file) => file.work === work).map(({ file, format }) => ({ file, format }));
	const date = (iso: string) => f.date(parseDateish(iso), 'day');
	const edition = {
		report: { author: words.reportAuthor, translation: words.reportTitle, kind: words.reportKind },
		dataset: {
			author: words.datasetAuthor,
			translation: words.datasetTitle,
			kind: words.datasetKind(descriptor.version)
		}
	};
	// English gives APA and Chicago, English-language styles; the other editions give one style in their own language.
	const styles = (work: Work, which: 'report' | 'dataset'): { name: string; spans: Span[] }[] =>
		m.pages.cite.styles.map(({ id, name }) => ({
			name,
			spans:
				id === 'apa'
					? apa(work)
					: id === 'chicago'
						? chicago(work)
						: editionStyle(work, { ...edition[which], ...words, date })
		}));
	return {
		version: descriptor.version,
		caveats: dataCaveats(data, lang),
		citations: [
			{
				name: m.pages.about.works.report,
				styles: styles(report, 'report'),
				files: files('report')
			},
			{
				name: m.pages.about.works.dataset,
				styles: styles(dataset, 'dataset'),
				files: files('dataset')
			}
		],
		accessed: dataset.accessed
	};
};
