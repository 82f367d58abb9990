/**
 * Reading a posted self-check form (no JavaScript) before the page renders it.
 *
 * A page cannot read a request body, so `proxy.ts` reads it with `readPostedForm` and hands the
 * page only the question fields, as a short query string in a request header (never in a URL,
 * never stored or logged). Whatever is posted - any content type, a broken body, a field sent
 * twice, a file - gives a string the page can check; only a body over `maxFormBytes` is refused.
 */
import { questions, signValues } from './questions';

/** The request header that carries the posted question fields from the proxy to the page. */
export const postedFormHeader = 'x-self-check-form';

/** The real form is well under 1 KB; anything much bigger is not our form. */
export const maxFormBytes = 16 * 1024;

/** Longest value kept per field: enough for every option id, so a longer value stays invalid. */
const maxValueLength = 32;

/**
 * The fields the self-check reads, and how many values of each are kept: two of a single-answer
 * field (so a repeated field stays visibly wrong), every option of a safety list plus one.
 */
const formFields: readonly (readonly [string, number])[] = [
  ...questions.map((q) => [q.id, q.kind === 'signs' ? signValues(q).length + 1 : 2] as const),
  ['step', 2],
  ['change', 2],
];

export type PostedForm = { ok: true; fields: string } | { ok: false; status: 413 };

export async function readPostedForm(request: Request): Promise<PostedForm> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxFormBytes) return { ok: false, status: 413 };
  const body = await readCapped(request);
  if (body === 'too-large') return { ok: false, status: 413 };
  return { ok: true, fields: questionFields(await parseBody(body, request.headers.get('content-type') ?? '')) };
}

/** Only the self-check's fields, values cut short; a file or a repeated field stays visibly wrong. */
export function questionFields(form: { getAll(name: string): unknown[] } | null): string {
  const out = new URLSearchParams();
  if (form === null) return '';
  for (const [name, keep] of formFields) {
    for (const value of form.getAll(name).slice(0, keep)) {
      out.append(name, typeof value === 'string' ? value.slice(0, maxValueLength) : 'invalid');
    }
  }
  return out.toString();
}

async function readCapped(request: Request): Promise<Uint8Array<ArrayBuffer> | 'too-large'> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxFormBytes) {
        await reader.cancel().catch(() => undefined);
        return 'too-large';
      }
      chunks.push(value);
    }
  } catch {
    // A body that breaks off part way counts as what arrived.
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

async function parseBody(
  body: Uint8Array<ArrayBuffer>,
  contentType: string,
): Promise<{ getAll(name: string): unknown[] } | null> {
  const type = contentType.split(';')[0].trim().toLowerCase();
  try {
    if (type === 'application/x-www-form-urlencoded') return new URLSearchParams(new TextDecoder().decode(body));
    if (type === 'multipart/form-data')
      return await new Response(body, { headers: { 'content-type': contentType } }).formData();
  } catch {
    // A broken body is treated as an empty form: the page asks for every answer.
  }
  return null;
}
