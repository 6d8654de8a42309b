import { describe, expect, it } from 'vitest';
import { downscaledSize, isScalableImage, MAX_IMAGE_SIDE, outputType, renamedFor } from './score-image';

describe('downscaledSize', () => {
  it.each([
    // [width, height] → [width, height, scaled]
    [
      [4000, 3000],
      [1600, 1200, true],
    ], // landscape photo: 4000 × 0.4, 3000 × 0.4
    [
      [3000, 4000],
      [1200, 1600, true],
    ], // portrait
    [
      [4032, 3024],
      [1600, 1200, true],
    ], // 3024 × 1600/4032 = 1200
    [
      [1601, 1601],
      [1600, 1600, true],
    ], // square just over
    [
      [1600, 900],
      [1600, 900, false],
    ], // exactly the limit: unchanged
    [
      [800, 600],
      [800, 600, false],
    ], // small: unchanged
    [
      [20000, 10],
      [1600, 1, true],
    ], // a thin strip keeps at least one pixel
    [
      [1000, 3333],
      [480, 1600, true],
    ], // 1000 × 1600/3333 = 480.05 → 480
  ] as const)('%j → %j', ([w, h], [ew, eh, scaled]) => {
    expect(downscaledSize(w, h)).toEqual({ width: ew, height: eh, scaled });
  });

  it('keeps the ratio within a pixel and never exceeds the limit', () => {
    for (const [w, h] of [
      [5000, 2813],
      [1777, 1999],
      [2048, 1536],
      [12345, 6789],
    ] as const) {
      const out = downscaledSize(w, h);
      expect(Math.max(out.width, out.height)).toBe(MAX_IMAGE_SIDE);
      expect(Math.abs(out.width / out.height - w / h) * Math.min(out.width, out.height)).toBeLessThan(1);
    }
  });

  it('takes another limit', () => {
    expect(downscaledSize(1000, 500, 100)).toEqual({ width: 100, height: 50, scaled: true });
  });
});

describe('types and names', () => {
  it('downscales JPEG, PNG and WebP only', () => {
    expect(['image/jpeg', 'image/png', 'image/webp', 'application/pdf', 'image/gif'].map(isScalableImage)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('keeps JPEG as JPEG, may-be-transparent pictures become WebP, and the name follows the type', () => {
    expect(outputType('image/jpeg')).toBe('image/jpeg');
    expect(outputType('image/png')).toBe('image/webp');
    expect(renamedFor('ảnh hiện trường.PNG', 'image/webp')).toBe('ảnh hiện trường.webp');
    expect(renamedFor('biên bản.2021.jpeg', 'image/jpeg')).toBe('biên bản.2021.jpg');
    expect(renamedFor('scan', 'image/jpeg')).toBe('scan.jpg');
  });
});
