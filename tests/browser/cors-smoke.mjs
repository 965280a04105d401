// A page served from another origin on 127.0.0.1 calls the API with fetch, as the deployed pages do:
// GET /videos, then a whole chunked upload to a course (init, chunk, complete; FormData) with a bearer
// token, after trying the init without one. A second page, from an origin the API does not list, must be
// blocked by the browser. Prints one JSON line with what each page saw.
// Usage: node cors-smoke.mjs http://127.0.0.1:API_PORT ALLOWED_PAGE_PORT BLOCKED_PAGE_PORT TOKEN COURSE_ID
import http from 'node:http';
import { chromium } from 'playwright-core';

const [api, allowedPort, blockedPort, token, courseId] = process.argv.slice(2);
const page = '<!doctype html><html><body><p>frontend</p></body></html>';
const serve = (port) => new Promise((resolve) => {
  const server = http.createServer((_, response) => { response.writeHead(200, { 'Content-Type': 'text/html' }); response.end(page); });
  server.listen(Number(port), '127.0.0.1', () => resolve(server));
});
const servers = [await serve(allowedPort), await serve(blockedPort)];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});

// What the deployed pages do: list videos, then upload a (tiny, well-formed) MP4 to a course.
const calls = async ({ apiBase, token, courseId }) => {
  const out = {};
  const form = (fields) => {
    const data = new FormData();
    Object.entries(fields).forEach(([name, value]) => data.append(name, value));
    return data;
  };
  const auth = { Authorization: `Bearer ${token}` };
  try {
    const videos = await fetch(`${apiBase}/videos`);
    out.videos = { status: videos.status, total: (await videos.json()).total };
    const start = { filename: 'from-the-browser.mp4', total_chunks: '1', course_id: courseId };
    const anonymous = await fetch(`${apiBase}/upload/init`, { method: 'POST', body: form(start) });
    out.anonymousInit = { status: anonymous.status, challenge: anonymous.headers.get('WWW-Authenticate') };
    const init = await fetch(`${apiBase}/upload/init`, { method: 'POST', body: form(start), headers: auth });
    const uploadId = (await init.json()).upload_id;
    out.init = { status: init.status, uploadId };
    // An 'ftyp' box and an empty 'moov' box: the smallest file the service takes as an MP4.
    const mp4 = new Uint8Array([0, 0, 0, 16, 102, 116, 121, 112, 105, 115, 111, 109, 0, 0, 2, 0, 0, 0, 0, 8, 109, 111, 111, 118]);
    const chunk = form({ upload_id: uploadId, index: '0', course_id: courseId });
    chunk.append('file', new Blob([mp4]), 'blob');
    out.chunk = { status: (await fetch(`${apiBase}/upload/chunk`, { method: 'POST', body: chunk, headers: auth })).status };
    const complete = await fetch(`${apiBase}/upload/complete`, { method: 'POST', body: form({ upload_id: uploadId, course_id: courseId }), headers: auth });
    out.complete = { status: complete.status, hash: (await complete.json()).hash };
  } catch (e) {
    out.error = String(e);
  }
  return out;
};

const result = {};
try {
  for (const [name, port] of [['allowed', allowedPort], ['blocked', blockedPort]]) {
    const tab = await browser.newPage();
    await tab.goto(`http://127.0.0.1:${port}/`);
    result[name] = await tab.evaluate(calls, { apiBase: api, token, courseId });
    await tab.close();
  }
  console.log(JSON.stringify(result));
} catch (e) {
  console.error(`failed: ${e.message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  servers.forEach((s) => s.close());
}
