/**
 * Renders assets/icon.svg into every icon electron-builder needs: PNGs from 16 to 1024 px for
 * Linux (assets/icons/), a multi-size .ico for Windows and an .icns for macOS.
 * Run by hand after changing the SVG: `npm run icons`. The output is committed.
 *
 * ICO and ICNS are both a small header followed by PNG payloads, so they are written here
 * rather than through an unmaintained converter package.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './support/chromium';

const root = path.resolve(import.meta.dirname, '..');
const svg = readFileSync(path.join(root, 'assets/icon.svg'), 'utf8');
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** ICNS chunk types that hold PNG data, by pixel size. */
const ICNS_TYPES: Array<[string, number]> = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

async function renderPngs(sizes: number[]): Promise<Map<number, Buffer>> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  const page = await browser.newPage();
  const rendered = new Map<number, Buffer>();
  for (const size of sizes) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    rendered.set(size, await page.locator('svg').screenshot({ omitBackground: true }));
  }
  await browser.close();
  return rendered;
}

function ico(pngs: Map<number, Buffer>): Buffer {
  const images = ICO_SIZES.map((size) => ({ size, data: pngs.get(size) ?? Buffer.alloc(0) }));
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, entry); // 0 means 256 in the ICO format
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.data)]);
}

function icns(pngs: Map<number, Buffer>): Buffer {
  const chunks = ICNS_TYPES.map(([type, size]) => {
    const data = pngs.get(size) ?? Buffer.alloc(0);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const body = Buffer.concat(chunks);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

const pngs = await renderPngs(LINUX_SIZES);
mkdirSync(path.join(root, 'assets/icons'), { recursive: true });
for (const [size, data] of pngs) writeFileSync(path.join(root, `assets/icons/${size}x${size}.png`), data);
writeFileSync(path.join(root, 'assets/icon.png'), pngs.get(1024) ?? Buffer.alloc(0));
writeFileSync(path.join(root, 'assets/icon.ico'), ico(pngs));
writeFileSync(path.join(root, 'assets/icon.icns'), icns(pngs));
console.log(`icons written: ${LINUX_SIZES.join(', ')} px, icon.ico, icon.icns`);
