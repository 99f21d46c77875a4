/** The published data package, read once for the server tests. */
import { loadPackageFrom } from '../../../src/lib/server/data.ts';

export const published = loadPackageFrom(process.cwd()).data;

/** A number written with thousands separators, independently of the code under test. */
export const thousands = (n: number) => n.toLocaleString('en-US');
