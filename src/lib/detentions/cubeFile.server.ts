// /data/detention-cube.json as the build writes it: the cube in compact columnar form (cubeSlice.ts), published only
// while it stays small. Past that size the explorer would spend on it what the engine costs; the file then says it
// was left out, and the explorer asks the engine instead.
import { brotliCompressSync } from 'node:zlib';
import { detentionCubeRows } from '../db/queries';
import type { Database } from '../db/types';
import { encodeCube, type CubeFile, type CubeOmitted } from './cubeSlice';

/** The most the file may weigh as served (brotli), in bytes. */
export const CUBE_FILE_MAX_BROTLI = 150 * 1024;

/** The file's text, and the cube's size compressed (0 when it was left out). `max` is the limit, in bytes of brotli. */
export async function cubeFileText(db: Database, max = CUBE_FILE_MAX_BROTLI): Promise<{ text: string; brotli: number }> {
	const text = JSON.stringify(encodeCube(await detentionCubeRows(db)) satisfies CubeFile);
	// Brotli shrinks this JSON about tenfold: text twenty times the limit cannot fit, and is not compressed to be sure.
	const brotli = text.length > 20 * max ? Infinity : brotliCompressSync(text).length;
	if (brotli <= max) return { text, brotli };
	const omitted: CubeOmitted = { version: 1, omitted: `the cube is ${text.length} bytes of JSON, over ${max} compressed` };
	return { text: JSON.stringify(omitted), brotli: 0 };
}
