// The one-file atlas (npm run build:file): whether this page is it, and whether the site that hosts
// this app also offers it, beside index.html.
export const ONE_FILE_NAME = 'corridor-atlas.html';
/** In the head of the one file (build/oneFile.ts): tells it from a host's page-for-every-path answer. */
export const ONE_FILE_MARK = '<meta name="corridor-atlas-build" content="one-file">';

/**
 * True in the one-file build (`vite build --mode file`): the page is the file a presenter carries.
 * (A function: the build config imports this module too, where import.meta.env does not exist.)
 */
export function isOneFile(): boolean {
  return import.meta.env.MODE === 'file';
}

export interface OfferedFile { url: string; bytes: number | null }
interface Answer { ok: boolean; status: number; headers: { get(name: string): string | null } }

/** What the host's answer says of the offered file: its size, or null when it is not the one file. */
export function offeredFile(url: string, res: Answer, head: string): OfferedFile | null {
  if (!res.ok || !head.includes(ONE_FILE_MARK)) return null;
  // 206: "bytes 0-4095/3027936"; 200 (the host ignored the range): the whole length.
  const total = res.status === 206 ? /\/(\d+)$/.exec(res.headers.get('content-range') ?? '')?.[1] : res.headers.get('content-length');
  const bytes = Number(total);
  return { url, bytes: Number.isFinite(bytes) && bytes > 0 ? bytes : null };
}

const HEAD_BYTES = 4096;

/**
 * Asks the host whether it offers the file, reading only its first bytes (a host that ignores the
 * range is cut off there too). A missing file, an error or no network is a quiet no.
 */
export async function findOfferedFile(base = document.baseURI): Promise<OfferedFile | null> {
  const url = new URL(ONE_FILE_NAME, base).href;
  try {
    const res = await fetch(url, { headers: { Range: `bytes=0-${HEAD_BYTES - 1}` }, cache: 'no-store' });
    if (!res.ok || !res.body) return null;
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let head = '';
    while (head.length < HEAD_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      head += decoder.decode(value, { stream: true });
    }
    void reader.cancel();
    return offeredFile(url, res, head);
  } catch {
    return null;
  }
}
