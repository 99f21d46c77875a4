import { readFileSync } from 'node:fs';

export const NGINX_CONF = 'deploy/nginx.conf';

/** One `location` block of the nginx config: how it matches, and the headers it adds. */
export interface NginxLocation {
	/** "=" for an exact match, "" for a prefix. */
	modifier: string;
	path: string;
	/** Header names in lower case, with their values. */
	headers: Record<string, string>;
	/** Whether every add_header of the block says `always`, so error pages get them too. */
	always: boolean;
	body: string;
}

/** The location blocks of an nginx server config with no nested blocks inside its locations. */
export function nginxLocations(text: string = readFileSync(NGINX_CONF, 'utf8')): NginxLocation[] {
	return [...text.matchAll(/^\s*location\s+(?:(=|\^~)\s+)?(\S+)\s*\{([^{}]*)\}/gm)].map((match) => {
		const body = match[3] ?? '';
		const lines = [...body.matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"(\s+always)?;/gm)];
		return {
			modifier: match[1] ?? '',
			path: match[2] ?? '',
			headers: Object.fromEntries(lines.map((line) => [line[1]?.toLowerCase(), line[2]])),
			always: lines.every((line) => line[3] !== undefined),
			body
		};
	});
}

/** The value of a server-level directive such as `listen` or `root`. */
export function nginxDirective(name: string, text = readFileSync(NGINX_CONF, 'utf8')): string[] {
	return [...text.matchAll(new RegExp(`^\\t${name}\\s+([^;]+);`, 'gm'))].map((m) => m[1] ?? '');
}
