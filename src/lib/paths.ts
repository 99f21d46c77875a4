import { resolve } from '$app/paths';

/** A site path with the base path in front, so the site works under any base path. */
export function href(path: string): string {
	return resolve(path as '/');
}
