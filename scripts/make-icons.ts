/**
 * Draws the toolbar and store icons (public/icon/<size>.png, which WXT picks up) with no image
 * library: an eye ("pantau" = to watch over) in the city's blue on a transparent background.
 * Run `npx tsx scripts/make-icons.ts` after changing the drawing, and commit the PNGs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

type Rgba = readonly [number, number, number, number];

const SIZES = [16, 32, 48, 128] as const;
const CITY_BLUE: Rgba = [11, 87, 208, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const PUPIL: Rgba = [6, 46, 111, 255];
const CLEAR: Rgba = [0, 0, 0, 0];
/** Samples per pixel along each axis: 8×8 supersampling smooths the edges. */
const SUPERSAMPLE = 8;

const inCircle = (x: number, y: number, cx: number, cy: number, r: number): boolean =>
  (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

// The eye is a lens: the overlap of two circles above and below the centre. Half-width 0.36 and
// half-height 0.2 give R = 0.424 and an offset of 0.224 ((R-d)(R+d) = 0.36², R-d = 0.2).
const LENS_R = 0.424;
const LENS_D = 0.224;

/** The colour at a point of the unit square (y grows downwards). */
function colourAt(x: number, y: number): Rgba {
  if (!inCircle(x, y, 0.5, 0.5, 0.48)) return CLEAR;
  const inEye = inCircle(x, y, 0.5, 0.5 + LENS_D, LENS_R) && inCircle(x, y, 0.5, 0.5 - LENS_D, LENS_R);
  if (!inEye) return CITY_BLUE;
  if (inCircle(x, y, 0.56, 0.44, 0.045)) return WHITE; // highlight
  if (inCircle(x, y, 0.5, 0.5, 0.075)) return PUPIL;
  if (inCircle(x, y, 0.5, 0.5, 0.155)) return CITY_BLUE;
  return WHITE;
}

/** Renders one icon as straight (non-premultiplied) RGBA rows. */
export function drawIcon(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const [cr, cg, cb, ca] = colourAt((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size);
          // Average premultiplied, so transparent samples do not darken the edge.
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      }
      const i = (py * size + px) * 4;
      pixels[i] = a === 0 ? 0 : Math.round(r / a);
      pixels[i + 1] = a === 0 ? 0 : Math.round(g / a);
      pixels[i + 2] = a === 0 ? 0 : Math.round(b / a);
      pixels[i + 3] = Math.round(a / samples);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A minimal PNG: 8-bit RGBA, no interlace, filter 0 on every row. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth, colour type RGBA, compression, filter, interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icon');
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = join(outDir, `${size}.png`);
  writeFileSync(file, encodePng(size, size, drawIcon(size)));
  console.log(`wrote ${file}`);
}
