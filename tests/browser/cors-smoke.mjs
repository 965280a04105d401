// A page served from another origin on 127.0.0.1 calls the API with fetch, as the deployed admin pages do:
// GET /videos and POST /upload/init (FormData). A second page, from an origin the API does not list, must
// be blocked by the browser. Prints one JSON line with what each page saw.
// Usage: node cors-smoke.mjs http://127.0.0.1:API_PORT ALLOWED_PAGE_PORT BLOCKED_PAGE_PORT
import http from 'node:http';
import { chromium } from 'playwright-core';

const [api, allowedPort, blockedPort] = process.argv.slice(2);
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

// What the deployed pages do: list videos, then start an upload from the browser.
const calls = async (apiBase) => {
  const out = {};
  try {
    const videos = await fetch(`${apiBase}/videos`);
    out.videos = { status: videos.status, total: (await videos.json()).total };
    const form = new FormData();
    form.append('filename', 'from-the-browser.mp4');
    form.append('total_chunks', '1');
    const init = await fetch(`${apiBase}/upload/init`, { method: 'POST', body: form });
    out.init = { status: init.status, uploadId: (await init.json()).upload_id };
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
    result[name] = await tab.evaluate(calls, api);
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
