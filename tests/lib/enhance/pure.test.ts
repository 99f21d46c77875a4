import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT_MESSAGE } from '../../../src/lib/enhance/dom.ts';
import { heightMessage } from '../../../src/lib/enhance/embed-height.ts';
import { overflowEdges } from '../../../src/lib/enhance/overflow.ts';
import { tabAfterKey } from '../../../src/lib/enhance/tabs.ts';
import { placeTip } from '../../../src/lib/enhance/values.ts';
import { leftToBrowser } from '../../../src/lib/enhance/views.ts';

describe('tabAfterKey', () => {
	it.each([
		['ArrowRight', 0, 4, 1],
		['ArrowRight', 3, 4, 0],
		['ArrowLeft', 0, 4, 3],
		['ArrowLeft', 2, 4, 1],
		['Home', 2, 4, 0],
		['End', 1, 4, 3],
		['Enter', 1, 4, null],
		['ArrowDown', 1, 4, null],
		['ArrowRight', 0, 0, null]
	])('%s from tab %i of %i goes to %s', (key, at, count, to) => {
		expect(tabAfterKey(key, at, count)).toBe(to);
	});
});

describe('overflowEdges', () => {
	it.each([
		[0, 0, null],
		[0, 1, null],
		[0, 200, 'end'],
		[100, 200, 'start end'],
		[200, 200, 'start'],
		[199.5, 200, 'start']
	])('scrolled %d of %d: %s', (left, max, edges) => {
		expect(overflowEdges(left, max)).toBe(edges);
	});
});

describe('placeTip', () => {
	const view = { width: 400, height: 600 };
	const tip = { width: 100, height: 40 };
	it.each([
		{
			name: 'centred above a mark with room',
			mark: { left: 150, top: 300, width: 100, height: 20 },
			at: { left: 150, top: 252 }
		},
		{
			name: 'below a mark at the top',
			mark: { left: 150, top: 10, width: 100, height: 20 },
			at: { left: 150, top: 38 }
		},
		{
			name: 'inside the left edge',
			mark: { left: 0, top: 300, width: 20, height: 20 },
			at: { left: 8, top: 252 }
		},
		{
			name: 'inside the right edge',
			mark: { left: 380, top: 300, width: 20, height: 20 },
			at: { left: 292, top: 252 }
		}
	])('$name', ({ mark, at }) => {
		expect(placeTip(mark, tip, view)).toEqual(at);
	});
});

describe('heightMessage', () => {
	it.each([
		[612.2, 613],
		[600, 600]
	])('a page %d px tall posts %d', (bottom, height) => {
		expect(heightMessage('websites', bottom)).toEqual({
			type: EMBED_HEIGHT_MESSAGE,
			id: 'websites',
			height
		});
	});
});

describe('leftToBrowser', () => {
	const click = {
		button: 0,
		altKey: false,
		ctrlKey: false,
		metaKey: false,
		shiftKey: false,
		defaultPrevented: false
	};
	it.each([
		[{}, false],
		[{ button: 1 }, true],
		[{ ctrlKey: true }, true],
		[{ metaKey: true }, true],
		[{ shiftKey: true }, true],
		[{ altKey: true }, true],
		[{ defaultPrevented: true }, true]
	])('%o: %s', (change, left) => {
		expect(leftToBrowser({ ...click, ...change })).toBe(left);
	});
});
