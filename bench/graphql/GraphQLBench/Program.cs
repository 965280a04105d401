// Requests per second for the same 50-row page of videos through REST (GET /videos?limit=50) and through
// GraphQL (videos(first: 50, order: createdAt DESC) with the same fields and totalCount, the same facts the
// REST envelope carries), and the same query as an automatic persisted query sent by its hash alone (POST, and GET).
// Rounds alternate so all see the same machine; the best round of each counts.
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

var options = args.Chunk(2).ToDictionary(p => p[0].TrimStart('-'), p => p[1]);
var url = options["url"];
var videos = int.Parse(options.GetValueOrDefault("videos", "10000"), CultureInfo.InvariantCulture);
var seconds = double.Parse(options.GetValueOrDefault("seconds", "5"), CultureInfo.InvariantCulture);
var rounds = int.Parse(options.GetValueOrDefault("rounds", "3"), CultureInfo.InvariantCulture);
var concurrency = int.Parse(options.GetValueOrDefault("concurrency", "8"), CultureInfo.InvariantCulture);

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = new Uri(url) };

// A second run against the same service (e.g. --only, to profile) finds the videos already there.
var next = JsonNode.Parse(await http.GetStringAsync("/videos?limit=1"))!["total"]!.GetValue<int>() >= videos ? videos : -1;
await Task.WhenAll(Enumerable.Range(0, 16).Select(async _ =>
{
    int i;
    while ((i = Interlocked.Increment(ref next)) < videos)
    {
        (await http.PostAsJsonAsync("/videos", new Dictionary<string, object>
        {
            ["hash"] = $"bench{i:D6}", ["filename"] = $"video-{i}.mp4", ["description"] = $"Benchmark video number {i}",
            ["transcoding_status"] = "completed", ["original_resolution"] = "1920x1080",
        })).EnsureSuccessStatusCode();
    }
}));

const string Fields = "id hash filename title description category status thumbnailFilename originalResolution originalQualityLabel stopped transcodingStatus createdAt scheduledAt courseId";
var query = $"{{ videos(first: 50, order: [{{createdAt: DESC}}]) {{ totalCount nodes {{ {Fields} }} }} }}";
var graphqlBody = new JsonObject { ["query"] = query }.ToJsonString();
var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(query)));
JsonObject Persisted() => new() { ["persistedQuery"] = new JsonObject { ["version"] = 1, ["sha256Hash"] = hash } };
var persistedBody = new JsonObject { ["extensions"] = Persisted() }.ToJsonString();
var persistedGet = "/graphql?extensions=" + Uri.EscapeDataString(Persisted().ToJsonString());
// Stored once with its query, as an Apollo client does after its first miss.
(await http.PostAsync("/graphql", new StringContent(new JsonObject { ["query"] = query, ["extensions"] = Persisted() }.ToJsonString(), Encoding.UTF8, "application/json")))
    .EnsureSuccessStatusCode();

// Both must answer the same rows before their speed means anything.
var restPage = JsonNode.Parse(await http.GetStringAsync("/videos?limit=50"))!["videos"]!.AsArray().Select(v => (string)v!["hash"]!).ToList();
var graphPage = JsonNode.Parse(await (await Post()).Content.ReadAsStringAsync())!["data"]!["videos"]!["nodes"]!.AsArray().Select(v => (string)v!["hash"]!).ToList();
if (!restPage.SequenceEqual(graphPage) || restPage.Count != 50)
{
    throw new InvalidOperationException("REST and GraphQL returned different pages.");
}

var persistedPage = JsonNode.Parse(await (await PostPersisted()).Content.ReadAsStringAsync())!["data"]!["videos"]!["nodes"]!.AsArray().Select(v => (string)v!["hash"]!);
var persistedGetPage = JsonNode.Parse(await (await GetPersisted()).Content.ReadAsStringAsync())!["data"]!["videos"]!["nodes"]!.AsArray().Select(v => (string)v!["hash"]!);
if (!restPage.SequenceEqual(persistedPage) || !restPage.SequenceEqual(persistedGetPage))
{
    throw new InvalidOperationException("The persisted query returned another page.");
}

// --only rest|graphql|persisted: one kind of request for --seconds, to profile it alone (dotnet-trace collect -p PID).
if (options.TryGetValue("only", out var only))
{
    var rps = await Measure(only switch { "rest" => () => http.GetAsync("/videos?limit=50"), "persisted" => PostPersisted, "persisted-get" => GetPersisted, _ => Post }, seconds);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"only={only} rps={rps:F0}"));
    return;
}

double bestRest = 0, bestGraphQL = 0, bestPersisted = 0, bestPersistedGet = 0;
await Measure(() => http.GetAsync("/videos?limit=50"), 1); // warm-up
await Measure(Post, 1);
await Measure(PostPersisted, 1);
await Measure(GetPersisted, 1);
for (var round = 0; round < rounds; round++)
{
    bestRest = Math.Max(bestRest, await Measure(() => http.GetAsync("/videos?limit=50"), seconds));
    bestGraphQL = Math.Max(bestGraphQL, await Measure(Post, seconds));
    bestPersisted = Math.Max(bestPersisted, await Measure(PostPersisted, seconds));
    bestPersistedGet = Math.Max(bestPersistedGet, await Measure(GetPersisted, seconds));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"videos={videos} page=50 concurrency={concurrency} rest_rps={bestRest:F0} graphql_rps={bestGraphQL:F0} ratio={bestGraphQL / bestRest:F2} " +
    $"persisted_rps={bestPersisted:F0} persisted_ratio={bestPersisted / bestRest:F2} " +
    $"persisted_get_rps={bestPersistedGet:F0} persisted_get_ratio={bestPersistedGet / bestRest:F2}"));

Task<HttpResponseMessage> Post() => http.PostAsync("/graphql", new StringContent(graphqlBody, Encoding.UTF8, "application/json"));

Task<HttpResponseMessage> PostPersisted() => http.PostAsync("/graphql", new StringContent(persistedBody, Encoding.UTF8, "application/json"));

// The hash alone in a GET, as Apollo sends it with useGETForHashedQueries: the form a CDN can cache.
Task<HttpResponseMessage> GetPersisted() => http.GetAsync(persistedGet);

async Task<double> Measure(Func<Task<HttpResponseMessage>> call, double duration)
{
    var done = 0;
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
    {
        while (clock.Elapsed.TotalSeconds < duration)
        {
            using var response = await call();
            await response.Content.ReadAsByteArrayAsync();
            response.EnsureSuccessStatusCode();
            Interlocked.Increment(ref done);
        }
    }));
    return done / clock.Elapsed.TotalSeconds;
}
