// The tus run of bench/upload: one file through tus-js-client 4.3.1 with parallelUploads (concatenation),
// from the first request until the joined upload answered its video hash, while sampling the server's RSS.
// Usage: node tus-bench.mjs URL SIZE_MB PARALLEL SERVER_PID [WARMUP_MB, default 256]
// Prints one line: tus_mb_per_s=… tus_total_s=… tus_join_ms=… (from the parts' last byte sent to the video's hash)
// tus_rss_growth_mib=… tus_client_cpu_s=…
import { readFileSync } from 'node:fs';
import { randomFillSync } from 'node:crypto';
import { Upload } from 'tus-js-client';

const [url, sizeMb, parallel, pid, warmupMb = '256'] = process.argv.slice(2);
const total = Number(sizeMb) * 1024 * 1024;
const pattern = randomFillSync(Buffer.alloc(8 * 1024 * 1024));

// Random bytes behind the boxes of an MP4 (ftyp, an empty moov, an mdat running to the end), as UploadBench sends.
function file(size) {
  const bytes = Buffer.allocUnsafe(size);
  for (let at = 0; at < size; at += pattern.length) pattern.copy(bytes, at, 0, Math.min(pattern.length, size - at));
  bytes.writeUInt32BE(16, 0); bytes.write('ftypisom', 4, 'ascii'); bytes.writeUInt32BE(0x200, 12);
  bytes.writeUInt32BE(8, 16); bytes.write('moov', 20, 'ascii');
  bytes.writeUInt32BE(1, 24); bytes.write('mdat', 28, 'ascii'); bytes.writeBigUInt64BE(BigInt(size - 24), 32);
  return bytes;
}

// One upload; answers when its parts' last byte was sent and the video's hash.
function upload(bytes) {
  let hash;
  let partsDone;
  return new Promise((resolve, reject) => {
    new Upload(bytes, {
      endpoint: `${url}/files`,
      metadata: { filename: 'bench-tus.mp4' },
      parallelUploads: Number(parallel),
      onProgress: (sent) => { if (sent === bytes.length) partsDone ??= process.hrtime.bigint(); },
      onAfterResponse: (_, response) => { hash = response.getHeader('Upload-Hash') ?? hash; },
      onSuccess: () => hash ? resolve(partsDone) : reject(new Error('the joined upload answered no Upload-Hash')),
      onError: reject,
    }).start();
  });
}

// An untimed warm-up first, as UploadBench does: Node's JIT and the server's have not optimised the first requests.
if (Number(warmupMb) > 0) {
  await upload(file(Number(warmupMb) * 1024 * 1024));
  await new Promise((resolve) => setTimeout(resolve, 2000));
}

const bytes = file(total);
const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) * 1024;
const before = rss();
let peak = before;
const sampler = setInterval(() => { peak = Math.max(peak, rss()); }, 10);
const cpuBefore = process.cpuUsage();
const started = process.hrtime.bigint();
const partsDone = await upload(bytes);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
clearInterval(sampler);
const cpu = process.cpuUsage(cpuBefore);
const joinMs = Number(process.hrtime.bigint() - (partsDone ?? started)) / 1e6;
console.log(`tus_mb_per_s=${(total / 1e6 / seconds).toFixed(1)} tus_total_s=${seconds.toFixed(2)} tus_join_ms=${joinMs.toFixed(0)} tus_rss_growth_mib=${((peak - before) / 1048576).toFixed(1)} ` +
  `tus_client_cpu_s=${((cpu.user + cpu.system) / 1e6).toFixed(2)}`);
