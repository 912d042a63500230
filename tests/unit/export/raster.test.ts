import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  canvasSize,
  MAX_CANVAS_AREA,
  MAX_CANVAS_SIDE,
  rasterScale,
  svgSize,
} from '../../../src/lib/export/raster.ts';
import { exportFileName } from '../../../src/lib/export/file-name.ts';
import { ladderSvgFile } from '../../../src/lib/export/svg.ts';
import { explainFile, long } from './explained.ts';

describe('raster sizes', () => {
  it('reads the size the exported SVG declares', () => {
    assert.deepEqual(svgSize(ladderSvgFile(explainFile('rfc3665-busy.txt'))), {
      width: 640,
      height: 416,
    });
    assert.throws(
      () => svgSize('<svg xmlns="http://www.w3.org/2000/svg" width="100%">'),
      /no width/,
    );
  });

  it('draws a typical ladder at the scale asked for', () => {
    assert.deepEqual(canvasSize(640, 416, 2), { width: 1280, height: 832, scale: 2 });
  });

  it('scales a very long ladder down to what every browser will draw', () => {
    // 200 rows without notes fit at twice the size; with a time under every arrow they do not.
    const { width, height } = svgSize(ladderSvgFile(long(200)));
    assert.equal(canvasSize(width, height, 2).scale, 2);
    const size = canvasSize(640, 9_400, 2);
    assert.ok(size.scale < 2);
    assert.ok(size.width * size.height <= MAX_CANVAS_AREA);
    assert.ok(Math.max(size.width, size.height) <= MAX_CANVAS_SIDE);
    assert.equal(rasterScale(100, 40_000, 2), MAX_CANVAS_SIDE / 40_000);
    assert.equal(rasterScale(4096, 4096, 2), 1);
  });
});

describe('exportFileName', () => {
  it('names the files after the final answer, when there is one', () => {
    assert.equal(exportFileName(explainFile('rfc3665-busy.txt'), 'svg'), 'sip-trace-486.svg');
    assert.equal(exportFileName(long(2), 'md'), 'sip-trace.md');
  });
});
