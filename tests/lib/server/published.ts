/** The published data package, read once for the server tests. */
import { detailedCases, monthDatedEvents } from '../../../src/lib/data/subsets.ts';
import { loadPackageFrom } from '../../../src/lib/server/data.ts';

export const published = loadPackageFrom(process.cwd()).data;

/** The court cases with a number of people and a city, as the case charts draw them. */
export const publishedCases = detailedCases(published.convictions);

/** The developments dated to a month or a day, as the timeline chart draws them. */
export const publishedDated = monthDatedEvents(published.events);

/** A number written with thousands separators, independently of the code under test. */
export const thousands = (n: number) => n.toLocaleString('en-US');
