// The tus run of bench/upload: one file through tus-js-client 4.3.1 with parallelUploads (concatenation),
// from the first request until the joined upload answered its video hash, while sampling the server's RSS.
// Usage: node tus-bench.mjs URL SIZE_MB PARALLEL SERVER_PID
// Prints one line: tus_mb_per_s=… tus_total_s=… tus_join_ms=… (from the parts' last byte sent to the video's hash)
// tus_rss_growth_mib=… tus_client_cpu_s=…
import { readFileSync } from 'node:fs';
import { randomFillSync } from 'node:crypto';
import { Upload } from 'tus-js-client';

const [url, sizeMb, parallel, pid] = process.argv.slice(2);
const total = Number(sizeMb) * 1024 * 1024;
// Random bytes behind the boxes of an MP4 (ftyp, an empty moov, an mdat running to the end), as UploadBench sends.
const bytes = Buffer.allocUnsafe(total);
const pattern = randomFillSync(Buffer.alloc(8 * 1024 * 1024));
for (let at = 0; at < total; at += pattern.length) pattern.copy(bytes, at, 0, Math.min(pattern.length, total - at));
bytes.writeUInt32BE(16, 0); bytes.write('ftypisom', 4, 'ascii'); bytes.writeUInt32BE(0x200, 12);
bytes.writeUInt32BE(8, 16); bytes.write('moov', 20, 'ascii');
bytes.writeUInt32BE(1, 24); bytes.write('mdat', 28, 'ascii'); bytes.writeBigUInt64BE(BigInt(total - 24), 32);

const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) * 1024;
const before = rss();
let peak = before;
const sampler = setInterval(() => { peak = Math.max(peak, rss()); }, 10);
const cpuBefore = process.cpuUsage();
const started = process.hrtime.bigint();
let hash;
let partsDone;
await new Promise((resolve, reject) => {
  new Upload(bytes, {
    endpoint: `${url}/files`,
    metadata: { filename: 'bench-tus.mp4' },
    parallelUploads: Number(parallel),
    onProgress: (sent) => { if (sent === total) partsDone ??= process.hrtime.bigint(); },
    onAfterResponse: (_, response) => { hash = response.getHeader('Upload-Hash') ?? hash; },
    onSuccess: resolve,
    onError: reject,
  }).start();
});
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
clearInterval(sampler);
if (!hash) throw new Error('the joined upload answered no Upload-Hash');
const cpu = process.cpuUsage(cpuBefore);
const joinMs = Number(process.hrtime.bigint() - (partsDone ?? started)) / 1e6;
console.log(`tus_mb_per_s=${(total / 1e6 / seconds).toFixed(1)} tus_total_s=${seconds.toFixed(2)} tus_join_ms=${joinMs.toFixed(0)} tus_rss_growth_mib=${((peak - before) / 1048576).toFixed(1)} ` +
  `tus_client_cpu_s=${((cpu.user + cpu.system) / 1e6).toFixed(2)}`);
