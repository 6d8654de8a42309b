// Tinos (Times New Roman's metrics, every Vietnamese glyph; Apache 2.0) from @expo-google-fonts/tinos,
// resolved from this file so it works under tsx and from the API's bundle (whose import.meta.url
// points back at this source file), read once.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export type FontStyle = "regular" | "bold" | "italic" | "boldItalic";

const FILES: Record<FontStyle, string> = {
  regular: "@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf",
  bold: "@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf",
  italic: "@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf",
  boldItalic: "@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf",
};

/** The path of a Tinos font file. */
export function tinosPath(style: FontStyle): string {
  return require.resolve(FILES[style]);
}

const cache = new Map<FontStyle, Buffer>();

/** The bytes of a Tinos font file (read once). */
export function tinos(style: FontStyle): Buffer {
  let b = cache.get(style);
  if (!b) cache.set(style, (b = readFileSync(tinosPath(style))));
  return b;
}
