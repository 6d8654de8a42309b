// The framework file in the browser: the name it downloads under, the download itself, and reading
// a chosen file as JSON (the server checks what it says).

/** "bo-tieu-chi-2021.json" */
export function frameworkFileName(year: number): string {
  return `bo-tieu-chi-${year}.json`;
}

/** Saves a text as a file the person downloads. */
export function downloadText(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}

export type ReadFile = { ok: true; json: unknown } | { ok: false; reason: 'NOT_JSON' | 'TOO_LARGE' };

/** The server takes up to 2 MB per request. */
export const MAX_FRAMEWORK_FILE_BYTES = 1_900_000;

/** A chosen file's content as JSON. */
export async function readJsonFile(file: Blob): Promise<ReadFile> {
  if (file.size > MAX_FRAMEWORK_FILE_BYTES) return { ok: false, reason: 'TOO_LARGE' };
  try {
    return { ok: true, json: JSON.parse(await file.text()) as unknown };
  } catch {
    return { ok: false, reason: 'NOT_JSON' };
  }
}
