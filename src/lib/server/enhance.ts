import { code, entry, file } from 'virtual:crt-enhance';

/** Site path of the enhancement script: its built, content-hashed file, or the module in development. */
export const ENHANCE_PATH: string = file === null ? (entry ?? '') : `/enhance/${file}`;

/** The built enhancement file, for the route that writes it into the site. */
export const ENHANCE_FILE: { name: string; code: string } | null =
	file === null ? null : { name: file, code };
