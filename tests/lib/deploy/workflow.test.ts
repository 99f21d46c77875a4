import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const FILE = '.github/workflows/pages.yml';
const TEXT = readFileSync(FILE, 'utf8');

interface Step {
	id?: string;
	name?: string;
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
}
interface Job {
	'runs-on': string;
	needs?: string | string[];
	environment?: { name: string; url?: string };
	steps: Step[];
}
interface Workflow {
	name: string;
	on: Record<string, unknown>;
	permissions: Record<string, string>;
	jobs: Record<string, Job>;
}

/** The parts of GitHub's workflow syntax this workflow uses, each as GitHub documents it. */
const SCHEMA = {
	type: 'object',
	required: ['name', 'on', 'permissions', 'jobs'],
	additionalProperties: false,
	properties: {
		name: { type: 'string', minLength: 1 },
		on: {
			type: 'object',
			minProperties: 1,
			additionalProperties: false,
			properties: {
				push: {
					type: 'object',
					additionalProperties: false,
					properties: { branches: { type: 'array', items: { type: 'string' }, minItems: 1 } }
				},
				workflow_dispatch: { type: ['null', 'object'] }
			}
		},
		permissions: {
			type: 'object',
			propertyNames: { enum: ['contents', 'pages', 'id-token', 'actions', 'deployments'] },
			additionalProperties: { enum: ['read', 'write', 'none'] }
		},
		concurrency: {
			type: 'object',
			required: ['group'],
			additionalProperties: false,
			properties: { group: { type: 'string' }, 'cancel-in-progress': { type: 'boolean' } }
		},
		jobs: {
			type: 'object',
			minProperties: 1,
			propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' },
			additionalProperties: {
				type: 'object',
				required: ['runs-on', 'steps'],
				additionalProperties: false,
				properties: {
					'runs-on': { type: 'string' },
					needs: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
					environment: {
						type: 'object',
						required: ['name'],
						additionalProperties: false,
						properties: { name: { type: 'string' }, url: { type: 'string' } }
					},
					steps: {
						type: 'array',
						minItems: 1,
						items: {
							type: 'object',
							additionalProperties: false,
							properties: {
								id: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' },
								name: { type: 'string' },
								uses: { type: 'string', pattern: '^[a-z0-9-]+/[a-z0-9-]+@v[0-9]+$' },
								run: { type: 'string' },
								with: {
									type: 'object',
									additionalProperties: { type: ['string', 'number', 'boolean'] }
								},
								env: { type: 'object', additionalProperties: { type: 'string' } }
							},
							oneOf: [{ required: ['uses'] }, { required: ['run'] }]
						}
					}
				}
			}
		}
	}
};

/** Outputs of the Pages actions, as their action.yml files declare them. */
const OUTPUTS: Record<string, string[]> = {
	'actions/configure-pages': ['base_url', 'origin', 'host', 'base_path'],
	'actions/deploy-pages': ['page_url']
};

const workflow = parse(TEXT) as Workflow;
const steps = (job: string) => workflow.jobs[job]?.steps ?? [];
const action = (step: Step) => step.uses?.split('@')[0];
const stepOf = (job: string, name: string) => steps(job).find((step) => action(step) === name);

describe(FILE, () => {
	it('is YAML without tabs, and matches the schema of what it uses', () => {
		expect(TEXT).not.toMatch(/\t/);
		const ajv = new Ajv({ allErrors: true, strictRequired: false, allowUnionTypes: true });
		const valid = ajv.validate(SCHEMA, workflow);
		expect(ajv.errors ?? [], ajv.errorsText()).toEqual([]);
		expect(valid).toBe(true);
	});

	it('publishes from main, and by hand, with the permissions Pages needs and no more', () => {
		expect(workflow.on).toEqual({ push: { branches: ['main'] }, workflow_dispatch: null });
		expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
	});

	it('builds on the Node major the project requires, with npm ci', () => {
		const engines = JSON.parse(readFileSync('package.json', 'utf8')).engines.node as string;
		const major = Number(/\d+/.exec(engines)?.[0]);
		expect(stepOf('build', 'actions/setup-node')?.with?.['node-version']).toBe(major);
		expect(
			steps('build')
				.map((step) => step.run)
				.filter(Boolean)
		).toEqual(['npm ci', 'npm run build']);
	});

	it('builds with the origin and base path that configure-pages gives for the repository', () => {
		const names = steps('build').map(action);
		const pages = stepOf('build', 'actions/configure-pages');
		const build = steps('build').find((step) => step.run === 'npm run build');
		expect(pages?.id).toBeTruthy();
		expect(names.indexOf('actions/configure-pages')).toBeLessThan(steps('build').indexOf(build!));
		expect(build?.env).toEqual({
			SITE_ORIGIN: `\${{ steps.${pages?.id}.outputs.origin }}`,
			CRT_BASE_PATH: `\${{ steps.${pages?.id}.outputs.base_path }}`
		});
	});

	it('uploads the folder the build writes and deploys it with the official Pages actions', () => {
		const build = readFileSync('scripts/build.js', 'utf8');
		const target = /const target = '([^']+)'/.exec(build)?.[1];
		expect(target).toBe('build');
		expect(stepOf('build', 'actions/upload-pages-artifact')?.with).toEqual({ path: target });
		const deploy = workflow.jobs.deploy;
		expect(deploy?.needs).toBe('build');
		expect(deploy?.environment?.name).toBe('github-pages');
		const step = stepOf('deploy', 'actions/deploy-pages');
		expect(deploy?.environment?.url).toBe(`\${{ steps.${step?.id}.outputs.page_url }}`);
		const used = Object.values(workflow.jobs).flatMap((job) => job.steps.map(action));
		expect(used.filter((name) => name?.startsWith('actions/') && name.includes('pages'))).toEqual([
			'actions/configure-pages',
			'actions/upload-pages-artifact',
			'actions/deploy-pages'
		]);
	});

	it('refers only to steps of its own job, and to outputs those actions have', () => {
		for (const [name, job] of Object.entries(workflow.jobs)) {
			const text = JSON.stringify(job);
			const refs = [...text.matchAll(/\$\{\{\s*steps\.([\w-]+)\.outputs\.([\w-]+)\s*\}\}/g)];
			for (const [, id, output] of refs) {
				const step = job.steps.find((candidate) => candidate.id === id);
				expect(step, `${name}: steps.${id}`).toBeDefined();
				expect(OUTPUTS[action(step!) ?? ''] ?? [], `${name}: ${id}.outputs.${output}`).toContain(
					output
				);
			}
			// Any other expression is one of the few this workflow means to use.
			const others = [...text.matchAll(/\$\{\{([^}]*)\}\}/g)]
				.map((match) => match[1]?.trim())
				.filter((expression) => !expression?.startsWith('steps.'));
			expect(others, name).toEqual([]);
		}
	});
});
