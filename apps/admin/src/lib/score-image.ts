/**
 * Evidence photos are downscaled in the browser before upload: a phone's 4000 × 3000 photo becomes
 * at most 1600 px on its longest side, re-encoded as JPEG (or WebP when the picture may have
 * transparency), so uploads stay small on a slow connection. Other files go as they are.
 */

/** The longest side of an uploaded image, in pixels. */
export const MAX_IMAGE_SIDE = 1600;

const SCALABLE = new Set(['image/jpeg', 'image/png', 'image/webp']);

/** Whether a file is an image this downscales. */
export function isScalableImage(type: string): boolean {
  return SCALABLE.has(type);
}

/**
 * The size an image is drawn at: the same when its longest side is within `maxSide`, else scaled
 * so the longest side is `maxSide` and the ratio kept (whole pixels, at least 1).
 */
export function downscaledSize(
  width: number,
  height: number,
  maxSide = MAX_IMAGE_SIDE,
): { width: number; height: number; scaled: boolean } {
  const longest = Math.max(width, height);
  if (!(longest > maxSide)) return { width, height, scaled: false };
  const factor = maxSide / longest;
  return {
    width: width >= height ? maxSide : Math.max(1, Math.round(width * factor)),
    height: height > width ? maxSide : Math.max(1, Math.round(height * factor)),
    scaled: true,
  };
}

/** The type an image is re-encoded as: JPEG stays JPEG; PNG and WebP (maybe transparent) become WebP. */
export function outputType(type: string): 'image/jpeg' | 'image/webp' {
  return type === 'image/jpeg' ? 'image/jpeg' : 'image/webp';
}

/** The file's name with the extension of its new type ("ảnh hiện trường.png" → "ảnh hiện trường.webp"). */
export function renamedFor(name: string, type: string): string {
  const ext = type === 'image/jpeg' ? 'jpg' : type === 'image/webp' ? 'webp' : 'png';
  const dot = name.lastIndexOf('.');
  const base = dot > 0 ? name.slice(0, dot) : name;
  return `${base}.${ext}`;
}

/**
 * The file to upload: an image larger than MAX_IMAGE_SIDE is drawn smaller and re-encoded; anything
 * else (or an image the browser cannot decode) is returned as it is.
 */
export async function downscaleImage(file: File, maxSide = MAX_IMAGE_SIDE): Promise<File> {
  if (!isScalableImage(file.type) || typeof createImageBitmap !== 'function') return file;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return file;
  }
  try {
    const size = downscaledSize(bitmap.width, bitmap.height, maxSide);
    if (!size.scaled) return file;
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (!context) return file;
    context.drawImage(bitmap, 0, 0, size.width, size.height);
    const wanted = outputType(file.type);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, wanted, 0.85));
    if (!blob) return file;
    // a browser without a WebP encoder answers PNG: JPEG is smaller
    const encoded =
      blob.type === wanted
        ? blob
        : await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
    if (!encoded || encoded.size >= file.size) return file;
    return new File([encoded], renamedFor(file.name, encoded.type), { type: encoded.type });
  } finally {
    bitmap.close();
  }
}
