import { chromium } from 'playwright-core';
import { serve } from './scripts/serve.js';
const s = await serve({ root: 'build' });
const b = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu']
});
const [, , path, width, scheme, out] = process.argv;
const p = await b.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
await p.goto(s.url + path, { waitUntil: 'networkidle' });
await p.screenshot({ path: out, fullPage: true });
await b.close();
await s.close();
