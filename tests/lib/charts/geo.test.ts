import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelRequest } from '../../../src/lib/charts/geo.ts';

const label = (
	id: string,
	x: number,
	y: number,
	fields: Partial<LabelRequest> = {}
): LabelRequest => ({
	id,
	x,
	y,
	width: 40,
	height: 15,
	clearance: 4,
	maxDistance: Infinity,
	leader: true,
	...fields
});

const overlap = (a: { left: number; right: number; top: number; bottom: number }, b: typeof a) =>
	a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('placeLabels', () => {
	it.each([
		{
			name: 'one label, plenty of room',
			requests: [label('a', 50, 50)],
			frame: { width: 200, height: 100 }
		},
		{
			name: 'three labels on one point',
			requests: [label('a', 100, 50), label('b', 100, 50), label('c', 100, 50)],
			frame: { width: 200, height: 100 }
		},
		{
			name: 'a point by the frame’s edge',
			requests: [label('a', 2, 2), label('b', 198, 98)],
			frame: { width: 200, height: 100 }
		}
	])(
		'$name: every label inside the frame, clear of the others and of the marks',
		({ requests, frame }) => {
			const mark = { left: 96, right: 104, top: 46, bottom: 54 };
			const placed = placeLabels(requests, [mark], frame);
			expect(placed.every((p) => p !== null)).toBe(true);
			const boxes = placed.map((p) => p?.box as NonNullable<typeof p>['box']);
			boxes.forEach((box, i) => {
				expect(box.left).toBeGreaterThanOrEqual(0);
				expect(box.right).toBeLessThanOrEqual(frame.width);
				expect(box.top).toBeGreaterThanOrEqual(0);
				expect(box.bottom).toBeLessThanOrEqual(frame.height);
				expect(overlap(box, mark)).toBe(false);
				for (const other of boxes.slice(i + 1)) expect(overlap(box, other)).toBe(false);
			});
		}
	);

	it('gives null when the frame has no room left', () => {
		const placed = placeLabels([label('a', 25, 10), label('b', 25, 10)], [], {
			width: 50,
			height: 20
		});
		expect(placed[0]).not.toBeNull();
		expect(placed[1]).toBeNull();
	});

	it('joins a label set away from its point with a leader line, and one beside it with none', () => {
		const [near, far] = placeLabels(
			[label('a', 100, 50), label('b', 100, 50, { width: 190 })],
			[],
			{ width: 200, height: 100 }
		);
		expect(near?.leader).toBeNull();
		expect(far?.leader).not.toBeNull();
	});

	it('keeps a label without leader lines within its reach', () => {
		const [placed] = placeLabels(
			[label('a', 100, 50, { leader: false, maxDistance: 0 })],
			[{ left: 0, right: 200, top: 0, bottom: 100 }],
			{ width: 200, height: 100 }
		);
		expect(placed).toBeNull();
	});
});
