/**
 * The colour the screen shows at a point of a page, read from a screenshot: for what hit
 * testing cannot see (a highlight that lets the pointer through, drawn in a closed shadow
 * root). The page decodes the PNG itself, so both browsers' drivers serve.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HostPage } from './browsers';

export type Rgb = [number, number, number];

export async function pixelAt(page: HostPage, x: number, y: number): Promise<Rgb> {
  const file = join(tmpdir(), `reverie-pixel-${randomUUID()}.png`);
  await page.screenshot(file);
  const png = readFileSync(file).toString('base64');
  rmSync(file);
  return page.evaluate<Rgb>(`(async () => {
    const blob = await (await fetch('data:image/png;base64,${png}')).blob();
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    context.drawImage(bitmap, 0, 0);
    // Screenshots are in device pixels.
    const scale = bitmap.width / innerWidth;
    const at = (v) => Math.round(v * scale);
    return Array.from(context.getImageData(at(${x}), at(${y}), 1, 1).data.slice(0, 3));
  })()`);
}
