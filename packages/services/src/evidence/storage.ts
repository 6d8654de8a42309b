// Where evidence files' bytes live. One small interface so the default (a folder under the data
// directory, next to data/pglite) can be swapped for an S3-compatible object store without touching
// the operations: an S3 implementation maps put/get/remove to PutObject/GetObject/DeleteObject with
// the same keys (not implemented here). Keys are random (never derived from the file name) and made
// of [A-Za-z0-9_-] segments, so a key can never climb out of the folder.
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

export interface FileStorage {
  /** Stores the bytes under the key, all or nothing (a reader never sees a half-written file). */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The bytes under the key, or null when there are none. */
  get(key: string): Promise<Uint8Array | null>;
  /** Removes the key; nothing happens when it does not exist. */
  remove(key: string): Promise<void>;
}

const KEY = /^[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)*$/;

/** A new random key: 144 random bits, base64url, under a two-character folder ("Xy/Xy3…"). */
export function newStorageKey(): string {
  const id = randomBytes(18).toString("base64url");
  return `${id.slice(0, 2)}/${id}`;
}

function checkedKey(key: string): string {
  if (!KEY.test(key)) throw new Error("Invalid storage key");
  return key;
}

/** Files in a folder (default: `files/` in the data directory): written to a temporary name, then renamed. */
export function folderStorage(rootDir: string): FileStorage {
  const root = path.resolve(rootDir);
  const where = (key: string) => path.join(root, ...checkedKey(key).split("/"));
  return {
    async put(key, bytes) {
      const target = where(key);
      await mkdir(path.dirname(target), { recursive: true });
      const temp = `${target}.${randomBytes(6).toString("hex")}.tmp`;
      try {
        await writeFile(temp, bytes, { flag: "wx" });
        await rename(temp, target);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(where(key)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async remove(key) {
      await rm(where(key), { force: true });
    },
  };
}
