// Uploads one file through the real HTTP endpoints the browser client uses (multipart init/chunk/complete),
// with N parallel senders, while sampling the server's resident memory from /proc. Prints one line of
// figures; run.sh adds the disk baseline measured in the same run.
using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

var options = args.Chunk(2).ToDictionary(p => p[0].TrimStart('-'), p => p[1]);
var url = options["url"];
var totalBytes = long.Parse(options["size-mb"], CultureInfo.InvariantCulture) * 1024 * 1024;
var chunkBytes = int.Parse(options["chunk-mb"], CultureInfo.InvariantCulture) * 1024 * 1024;
var parallel = int.Parse(options["parallel"], CultureInfo.InvariantCulture);
var serverPid = int.Parse(options["pid"], CultureInfo.InvariantCulture);
var sendChunkSize = options.GetValueOrDefault("chunk-size-hint") == "yes";
var warmupBytes = long.Parse(options.GetValueOrDefault("warmup-mb", "256"), CultureInfo.InvariantCulture) * 1024 * 1024;

// One random buffer reused for every chunk; chunk 0 starts with the boxes of an MP4 (ftyp, an empty moov,
// then an mdat with a 64-bit size running to the end of the file) so the container check passes.
var payload = new byte[chunkBytes];
Random.Shared.NextBytes(payload);

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = parallel }) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(10) };

// A warm-up upload first, untimed, as every benchmark here does: the first requests of a process run code the
// JIT has not optimised yet, in the server and in this client. The pause lets the background JIT finish.
if (warmupBytes > 0)
{
    await UploadAsync(warmupBytes);
    await Task.Delay(TimeSpan.FromSeconds(2));
}

var rssBefore = Rss(serverPid);
long peak = rssBefore;
using var sampling = new CancellationTokenSource();
var sampler = Task.Run(async () =>
{
    while (!sampling.IsCancellationRequested)
    {
        peak = Math.Max(peak, Rss(serverPid));
        await Task.Delay(10);
    }
});

var serverCpuBefore = CpuSeconds(serverPid);
var clientCpuBefore = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
var (chunksDone, complete, total) = await UploadAsync(totalBytes);
sampling.Cancel();
await sampler;

var mb = totalBytes / 1_000_000.0;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"upload_mb_per_s={mb / total.TotalSeconds:F1} chunks_s={chunksDone.TotalSeconds:F2} complete_ms={complete.TotalMilliseconds:F0} " +
    $"total_s={total.TotalSeconds:F2} rss_before_mib={rssBefore / 1048576.0:F0} rss_peak_growth_mib={(peak - rssBefore) / 1048576.0:F1} " +
    // Where the machine's cores went: the client sends from the same machine.
    $"server_cpu_s={CpuSeconds(serverPid) - serverCpuBefore:F2} client_cpu_s={Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - clientCpuBefore:F2}"));

// One upload through init, the chunks from the parallel senders, and complete; answers how long each part took.
async Task<(TimeSpan Chunks, TimeSpan Complete, TimeSpan Total)> UploadAsync(long size)
{
    var chunks = (int)((size + chunkBytes - 1) / chunkBytes);
    var first = (byte[])payload.Clone();
    BinaryPrimitives.WriteUInt32BigEndian(first, 16);
    Encoding.ASCII.GetBytes("ftypisom\0\0\u0002\0").CopyTo(first, 4);
    BinaryPrimitives.WriteUInt32BigEndian(first.AsSpan(16), 8);
    Encoding.ASCII.GetBytes("moov").CopyTo(first, 20);
    BinaryPrimitives.WriteUInt32BigEndian(first.AsSpan(24), 1);
    Encoding.ASCII.GetBytes("mdat").CopyTo(first, 28);
    BinaryPrimitives.WriteUInt64BigEndian(first.AsSpan(32), (ulong)(size - 24));

    var clock = Stopwatch.StartNew();
    var init = new MultipartFormDataContent { { new StringContent("bench.mp4"), "filename" }, { new StringContent(chunks.ToString(CultureInfo.InvariantCulture)), "total_chunks" } };
    if (sendChunkSize)
    {
        init.Add(new StringContent(chunkBytes.ToString(CultureInfo.InvariantCulture)), "chunk_size");
    }

    var id = (string)JsonNode.Parse(await (await Ok(http.PostAsync("/upload/init", init))).Content.ReadAsStringAsync())!["upload_id"]!;
    var next = -1;
    await Task.WhenAll(Enumerable.Range(0, parallel).Select(async _ =>
    {
        int index;
        while ((index = Interlocked.Increment(ref next)) < chunks)
        {
            var length = (int)Math.Min(chunkBytes, size - (long)index * chunkBytes);
            var form = new MultipartFormDataContent
            {
                { new StringContent(id), "upload_id" },
                { new StringContent(index.ToString(CultureInfo.InvariantCulture)), "index" },
            };
            var file = new ByteArrayContent(index == 0 ? first : payload, 0, length);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "file", "blob");
            await Ok(http.PostAsync("/upload/chunk", form));
        }
    }));
    var chunksDone = clock.Elapsed;
    var complete = Stopwatch.StartNew();
    await Ok(http.PostAsync("/upload/complete", new MultipartFormDataContent { { new StringContent(id), "upload_id" } }));
    return (chunksDone, complete.Elapsed, clock.Elapsed);
}

static async Task<HttpResponseMessage> Ok(Task<HttpResponseMessage> call)
{
    var response = await call;
    if (!response.IsSuccessStatusCode)
    {
        throw new InvalidOperationException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    return response;
}

// User and system time from /proc/{pid}/stat (fields 14 and 15, in clock ticks of 1/100 s).
static double CpuSeconds(int pid)
{
    var fields = File.ReadAllText($"/proc/{pid}/stat").Split(')')[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
    return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
}

static long Rss(int pid)
{
    foreach (var line in File.ReadLines($"/proc/{pid}/status"))
    {
        if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
        {
            return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
    }

    return 0;
}
