import { figure } from '$lib/server/charts.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ spec: figure('websites') });
