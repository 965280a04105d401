// Page 1 against a page deep in a list of a million videos, on SQLite and on PostgreSQL, through REST
// (numbered pages: page 10,000 of 50) and GraphQL (a cursor 990,000 rows in), each as a ratio to page 1
// of the same list measured in the same run; then REST list throughput on PostgreSQL as a ratio to SQLite.
// Every measurement takes turns with its baseline, so a noisy machine slows both alike.
//   PagingBench --sqlite URL CONNECTION --postgres URL CONNECTION [--rows N] [--rounds N] [--seconds S]
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Npgsql;

var options = new Dictionary<string, string[]>();
for (var i = 0; i < args.Length; i++)
{
    var values = args.Skip(i + 1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
    options[args[i].TrimStart('-')] = values;
    i += values.Length;
}

var rows = int.Parse(options.GetValueOrDefault("rows", ["1000000"])[0], CultureInfo.InvariantCulture);
var rounds = int.Parse(options.GetValueOrDefault("rounds", ["15"])[0], CultureInfo.InvariantCulture);
var seconds = double.Parse(options.GetValueOrDefault("seconds", ["5"])[0], CultureInfo.InvariantCulture);
const int PageSize = 50;
var deepPage = rows / PageSize / 2; // page 10,000 of a million
var stores = new[] { ("SQLite", options["sqlite"]), ("PostgreSQL", options["postgres"]) }
    .Select(s => new Store(s.Item1, new HttpClient { BaseAddress = new Uri(s.Item2[0]) }, s.Item2[1])).ToList();

foreach (var store in stores)
{
    var clock = Stopwatch.StartNew();
    var filled = await store.FillAsync(rows);
    Console.WriteLine($"{store.Name}: {(filled ? "filled" : "already held")} {rows:N0} videos ({clock.Elapsed.TotalSeconds:F0} s)");
}

var results = new List<string>();
foreach (var store in stores)
{
    // The cursor of the row 99 % of the way down the newest-first list: a filter on its id picks it, and a
    // cursor belongs to the order, not the filter, so it continues the whole list from there.
    var deepRow = rows / 100; // ids grow with created_at, so newest-first the smallest ids come last
    var cursor = (string)(await store.GraphQLAsync($"{{ videos(first: 1, order: [{{createdAt: DESC}}], where: {{id: {{eq: {deepRow}}}}}) {{ pageInfo {{ endCursor }} }} }}"))
        ["data"]!["videos"]!["pageInfo"]!["endCursor"]!;
    var graphFirst = $"{{ videos(first: {PageSize}, order: [{{createdAt: DESC}}]) {{ nodes {{ hash createdAt }} }} }}";
    var graphDeep = $"{{ videos(first: {PageSize}, after: \"{cursor}\", order: [{{createdAt: DESC}}]) {{ nodes {{ hash createdAt }} }} }}";
    var deepNodes = (await store.GraphQLAsync(graphDeep))["data"]!["videos"]!["nodes"]!.AsArray();
    if (deepNodes.Count != PageSize || (string)deepNodes[0]!["hash"]! != $"bench{deepRow - 1:D7}")
    {
        throw new InvalidOperationException($"{store.Name}: the deep GraphQL page does not start after row {deepRow}.");
    }

    var restFirst = $"/videos?page=1&limit={PageSize}";
    var restDeep = $"/videos?page={deepPage}&limit={PageSize}";
    var restDeepPage = JsonNode.Parse(await store.Http.GetStringAsync(restDeep))!;
    if ((int)restDeepPage["total"]! != rows || restDeepPage["videos"]!.AsArray().Count != PageSize)
    {
        throw new InvalidOperationException($"{store.Name}: page {deepPage} is not a full page of the whole list.");
    }

    var rest = await Turns(() => store.Http.GetAsync(restFirst), () => store.Http.GetAsync(restDeep));
    var graph = await Turns(() => store.PostGraphQLAsync(graphFirst), () => store.PostGraphQLAsync(graphDeep));
    results.Add(string.Create(CultureInfo.InvariantCulture,
        $"{store.Name}: REST page 1 {rest.First:F1} ms, page {deepPage:N0} {rest.Deep:F1} ms, ratio {rest.Deep / rest.First:F2} (target <= 3)"));
    results.Add(string.Create(CultureInfo.InvariantCulture,
        $"{store.Name}: GraphQL first page {graph.First:F1} ms, after row {rows - deepRow:N0} {graph.Deep:F1} ms, ratio {graph.Deep / graph.First:F2} (target <= 1.5)"));
}

// Throughput of the REST list (page 1 of 50 with its total), the providers taking turns.
var rps = stores.ToDictionary(s => s.Name, _ => new List<double>());
for (var round = 0; round < 3; round++)
{
    foreach (var store in stores)
    {
        rps[store.Name].Add(await Throughput(() => store.Http.GetAsync($"/videos?page=1&limit={PageSize}"), seconds));
    }
}

var sqliteRps = Median(rps["SQLite"]);
var postgresRps = Median(rps["PostgreSQL"]);
results.Add(string.Create(CultureInfo.InvariantCulture,
    $"REST list req/s (8 clients, median of 3 rounds): SQLite {sqliteRps:F0}, PostgreSQL {postgresRps:F0}, ratio {postgresRps / sqliteRps:F2}"));
results.ForEach(Console.WriteLine);

// Median latency of each, measured in alternation after a warm-up.
async Task<(double First, double Deep)> Turns(Func<Task<HttpResponseMessage>> first, Func<Task<HttpResponseMessage>> deep)
{
    for (var i = 0; i < 3; i++)
    {
        await Time(first);
        await Time(deep);
    }

    var (a, b) = (new List<double>(), new List<double>());
    for (var i = 0; i < rounds; i++)
    {
        a.Add(await Time(first));
        b.Add(await Time(deep));
    }

    return (Median(a), Median(b));
}

static async Task<double> Time(Func<Task<HttpResponseMessage>> call)
{
    var clock = Stopwatch.StartNew();
    using var response = await call();
    await response.Content.ReadAsByteArrayAsync();
    response.EnsureSuccessStatusCode();
    return clock.Elapsed.TotalMilliseconds;
}

static async Task<double> Throughput(Func<Task<HttpResponseMessage>> call, double duration)
{
    var done = 0;
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
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

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

sealed record Store(string Name, HttpClient Http, string Connection)
{
    private bool IsPostgres => Name == "PostgreSQL";

    public Task<HttpResponseMessage> PostGraphQLAsync(string query) =>
        Http.PostAsync("/graphql", new StringContent(new JsonObject { ["query"] = query }.ToJsonString(), Encoding.UTF8, "application/json"));

    public async Task<JsonNode> GraphQLAsync(string query)
    {
        using var response = await PostGraphQLAsync(query);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>Rows bench0000001… with created_at one second apart, as the service's own rows look; false when already there.</summary>
    public async Task<bool> FillAsync(int count)
    {
        await using DbConnection connection = IsPostgres ? new NpgsqlConnection(Connection) : new SqliteConnection(Connection);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandTimeout = 0;
        command.CommandText = "SELECT count(*) FROM videos";
        if (Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) >= count)
        {
            return false;
        }

        command.CommandText = IsPostgres
            ? $"""
              INSERT INTO videos (hash, filename, title, description, category, status, stopped, transcoding_status, created_at)
              SELECT 'bench' || lpad(i::text, 7, '0'), 'video-' || i || '.mp4', 'Video ' || i, 'Benchmark video number ' || i,
                     'uncategorized', 'published', false, 'completed', timestamp '2020-01-01' + i * interval '1 second'
              FROM generate_series(1, {count}) AS i;
              """
            : $"""
              WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {count})
              INSERT INTO videos (hash, filename, title, description, category, status, stopped, transcoding_status, created_at)
              SELECT printf('bench%07d', i), 'video-' || i || '.mp4', 'Video ' || i, 'Benchmark video number ' || i,
                     'uncategorized', 'published', 0, 'completed', strftime('%Y-%m-%d %H:%M:%S', '2020-01-01', '+' || i || ' seconds') || '.000000'
              FROM n;
              ANALYZE;
              """;
        await command.ExecuteNonQueryAsync();
        if (IsPostgres)
        {
            // What autovacuum does soon after a bulk load: statistics, and the visibility map index-only scans need.
            command.CommandText = "VACUUM ANALYZE videos";
            await command.ExecuteNonQueryAsync();
        }

        return true;
    }
}
