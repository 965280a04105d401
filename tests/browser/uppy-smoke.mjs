// Uppy (@uppy/core + @uppy/tus, bundled here with esbuild as a site would bundle them) on a page served from
// another origin on 127.0.0.1, uploading a well-formed MP4 to a course through the API's tus endpoint with a
// bearer token. Chromium enforces CORS, so this also checks that the tus headers may be sent and read.
// Usage: node uppy-smoke.mjs http://127.0.0.1:API_PORT PAGE_PORT TOKEN COURSE_ID FILE
// Prints one JSON line: { successful, failed, uploadURL, hash, offset, error }.
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const [api, pagePort, token, courseId, file] = process.argv.slice(2);
const bundle = await build({
  stdin: {
    contents: `import Uppy from '@uppy/core';
import Tus from '@uppy/tus';
window.uploadWithUppy = async ({ endpoint, token, courseId }) => {
  const bytes = await (await fetch('/video.mp4')).arrayBuffer(); // from the page's own origin
  // Read through the browser's CORS filter: null unless the API exposes the header.
  const seen = { hash: null, offset: null };
  const uppy = new Uppy({ autoProceed: false }).use(Tus, {
    endpoint,
    headers: { Authorization: 'Bearer ' + token },
    chunkSize: 1000000,
    retryDelays: [0, 500],
    onAfterResponse: (request, response) => {
      seen.offset = response.getHeader('Upload-Offset') ?? seen.offset;
      seen.hash = response.getHeader('Upload-Hash') ?? seen.hash;
    },
  });
  uppy.addFile({ name: 'from-uppy.mp4', type: 'video/mp4', data: new Blob([bytes]), meta: { course_id: courseId, title: 'Uploaded with Uppy' } });
  const result = await uppy.upload();
  return {
    successful: result.successful.length,
    failed: result.failed.map((f) => String(f.error)),
    uploadURL: result.successful[0]?.uploadURL,
    ...seen,
  };
};`,
    resolveDir: import.meta.dirname,
    loader: 'js',
  },
  bundle: true,
  format: 'iife',
  platform: 'browser',
  write: false,
});
const script = bundle.outputFiles[0].text;
const page = '<!doctype html><html><body><p>uploader</p><script src="/uppy.js"></script></body></html>';
const server = await new Promise((resolve) => {
  const s = http.createServer((request, response) => {
    const [type, body] = request.url === '/uppy.js' ? ['text/javascript', script]
      : request.url === '/video.mp4' ? ['video/mp4', readFileSync(file)] : ['text/html', page];
    response.writeHead(200, { 'Content-Type': type });
    response.end(body);
  });
  s.listen(Number(pagePort), '127.0.0.1', () => resolve(s));
});

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
try {
  const tab = await browser.newPage();
  await tab.goto(`http://127.0.0.1:${pagePort}/`);
  await tab.waitForFunction(() => typeof window.uploadWithUppy === 'function');
  console.log(JSON.stringify(await tab.evaluate((args) => window.uploadWithUppy(args), { endpoint: `${api}/files`, token, courseId })));
} catch (e) {
  console.error(`failed: ${e.message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  server.close();
}
