// tus-js-client in Node, as a script or a server-side uploader would use it, against the API's /files.
// Usage: node tus-node.mjs API_BASE TOKEN FILE OPTIONS_JSON
//   OPTIONS_JSON: { metadata, parallelUploads, chunkSize, abortAt (0..1: abort once that share is sent, then
//   resume with a new client from the upload's URL), stopAt (the same, without resuming), uploadUrl (resume
//   that upload), checksum ("right" | "wrong":
//   an Upload-Checksum header over the whole file, sent in one PATCH) }
// With abortAt or stopAt, give a chunkSize: one PATCH per chunk makes the moment of the abort certain (a whole
// file in one request over loopback can finish before the abort is seen).
// Prints one JSON line: { url, hash, offsets (Upload-Offset of every HEAD answer), aborted, error, status }.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { Upload } from 'tus-js-client';

const [api, token, file, optionsText] = process.argv.slice(2);
const options = JSON.parse(optionsText ?? '{}');
const bytes = readFileSync(file);
const seen = { offsets: [] };

const upload = (extra) => new Promise((resolve) => {
  const headers = { Authorization: `Bearer ${token}` };
  if (options.checksum) {
    const digest = createHash('sha1').update(bytes).digest();
    if (options.checksum === 'wrong') digest[0] ^= 0xff;
    headers['Upload-Checksum'] = `sha1 ${digest.toString('base64')}`;
  }
  let aborted = false;
  const client = new Upload(bytes, {
    endpoint: `${api}/files`,
    headers,
    metadata: options.metadata ?? {},
    chunkSize: options.chunkSize ?? Infinity,
    parallelUploads: options.parallelUploads ?? 1,
    retryDelays: [0, 200, 500],
    uploadUrl: extra.uploadUrl ?? options.uploadUrl ?? null,
    onAfterResponse: (request, response) => {
      if (request.getMethod() === 'HEAD') seen.offsets.push(Number(response.getHeader('Upload-Offset')));
      const hash = response.getHeader('Upload-Hash');
      if (hash) seen.hash = hash;
    },
    onProgress: (sent, total) => {
      if (extra.abortAt && !aborted && sent >= total * extra.abortAt) {
        aborted = true;
        // Give the server a moment to store what arrived, as a real dropped connection would.
        client.abort().then(() => setTimeout(() => resolve({ aborted: true, url: client.url }), 300));
      }
    },
    onSuccess: () => resolve({ url: client.url }),
    onError: (error) => resolve({ error: String(error.message ?? error), status: error.originalResponse?.getStatus?.() }),
  });
  client.start();
});

let outcome = await upload({ abortAt: options.abortAt ?? options.stopAt });
if (outcome.aborted && !options.stopAt) {
  seen.aborted = true;
  outcome = await upload({ uploadUrl: outcome.url });
}
if (outcome.aborted) seen.aborted = true;
console.log(JSON.stringify({ ...seen, ...outcome }));
