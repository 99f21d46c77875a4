import { crc32 } from 'node:zlib';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The size of a PNG read from its header (PNG spec, sections 5.2 to 5.6 and 11.2.2): throws unless
 * the file has the signature, an IHDR chunk first, a CRC that matches every chunk and an IEND last.
 */
export function pngSize(png: Uint8Array): { width: number; height: number } {
	const bytes = Buffer.from(png);
	SIGNATURE.forEach((byte, i) => {
		if (bytes[i] !== byte) throw new Error(`not a PNG: byte ${i} is ${bytes[i]}`);
	});
	let offset = 8;
	const types: string[] = [];
	while (offset < bytes.length) {
		const length = bytes.readUInt32BE(offset);
		const type = bytes.toString('latin1', offset + 4, offset + 8);
		const crc = bytes.readUInt32BE(offset + 8 + length);
		if (crc32(bytes.subarray(offset + 4, offset + 8 + length)) !== crc)
			throw new Error(`bad CRC in the ${type} chunk at byte ${offset}`);
		types.push(type);
		offset += 12 + length;
	}
	if (types[0] !== 'IHDR') throw new Error(`first chunk is ${types[0]}, not IHDR`);
	if (types.at(-1) !== 'IEND') throw new Error(`last chunk is ${types.at(-1)}, not IEND`);
	if (!types.includes('IDAT')) throw new Error('no image data (IDAT)');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The width and height in pixels of an SVG file's root element. */
export function svgSize(svg: string): { width: number; height: number } {
	const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
	const attr = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1]);
	return { width: attr('width'), height: attr('height') };
}
