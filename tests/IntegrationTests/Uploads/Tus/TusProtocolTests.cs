using System.Net;
using System.Security.Cryptography;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Uploads.Tus;

/// <summary>
/// The tus 1.0 protocol over raw HTTP: creation, offsets, checksums, expiry, termination and concatenation,
/// and the routing and validation every upload gets. Pieces are 100 kB here so a few hundred kB cross them.
/// </summary>
public sealed class TusProtocolTests : ApiTest
{
    private const int Piece = 100_000;
    private const long MaxFile = 2_000_000;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Upload:MaxChunkBytes"] = Piece.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Upload:MaxFileBytes"] = MaxFile.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Upload:CompleteLockWait"] = "00:00:00.200",
    };

    private TusRequests Tus => new(Client);

    private string Original(string folder, string hash, string filename) => Path.Combine(Folder.StorageRoot, "originals", folder, hash, filename);

    private static Dictionary<string, string> Named(string filename, int? courseId = null, string? title = null)
    {
        var metadata = new Dictionary<string, string> { ["filename"] = filename, ["filetype"] = "video/mp4" };
        if (courseId is { } id)
        {
            metadata["course_id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (title is not null)
        {
            metadata["title"] = title;
        }

        return metadata;
    }

    [Fact]
    public async Task Options_names_the_version_extensions_size_limit_and_checksums()
    {
        var response = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Options, "/files"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("1.0.0", TusRequests.Header(response, "Tus-Version"));
        Assert.Equal("1.0.0", TusRequests.Header(response, "Tus-Resumable"));
        Assert.Equal(MaxFile.ToString(System.Globalization.CultureInfo.InvariantCulture), TusRequests.Header(response, "Tus-Max-Size"));
        Assert.Equal(["creation", "creation-with-upload", "expiration", "checksum", "termination", "concatenation"],
            TusRequests.Header(response, "Tus-Extension")!.Split(','));
        Assert.Equal("sha1,sha256", TusRequests.Header(response, "Tus-Checksum-Algorithm"));
    }

    [Fact]
    public async Task Bytes_sent_in_uneven_pieces_become_a_course_video_with_its_title()
    {
        var course = (int)(await (await Client.PostJsonAsync("/api/courses", new { title = "Course" })).BodyAsync())["course_id"]!;
        var bytes = VideoBytes.Mp4(350_001);
        var created = await Tus.CreateAsync(bytes.Length, Named("lecture.mp4", course, "Lecture one"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.StartsWith("/files/", created.Headers.Location!.OriginalString);
        Assert.NotNull(TusRequests.Header(created, "Upload-Expires"));
        var id = TusRequests.IdOf(created);

        long offset = 0;
        foreach (var size in new[] { 150_000, 1, 99_999, 50_000 })
        {
            var patch = await Tus.PatchAsync(id, offset, bytes[(int)offset..(int)(offset + size)]);
            Assert.Equal(HttpStatusCode.NoContent, patch.StatusCode);
            offset += size;
            Assert.Equal(offset.ToString(System.Globalization.CultureInfo.InvariantCulture), TusRequests.Header(patch, "Upload-Offset"));
            Assert.Null(TusRequests.Header(patch, "Upload-Hash"));
            Assert.Equal(offset, await Tus.OffsetAsync(id));
        }

        var last = await Tus.PatchAsync(id, offset, bytes[(int)offset..]);
        Assert.Equal(HttpStatusCode.NoContent, last.StatusCode);
        Assert.Equal(id, TusRequests.Header(last, "Upload-Hash"));
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Original(course.ToString(System.Globalization.CultureInfo.InvariantCulture), id, "lecture.mp4")));
        Assert.Equal(1, TestDb.Count(Folder.CoursesDb, "course_videos", $"hash = '{id}' AND title = 'Lecture one'"));
        Assert.Equal(0, TestDb.Count(Folder.VideosDb, "videos"));

        var head = await Tus.HeadAsync(id);
        Assert.Equal(bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), TusRequests.Header(head, "Upload-Offset"));
        Assert.Equal(id, TusRequests.Header(head, "Upload-Hash"));
        var status = await Client.GetJsonAsync($"/files/{id}");
        Assert.Equal("completed", (string?)status["state"]);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), (string?)status["sha256"]);
    }

    [Fact]
    public async Task Creation_with_upload_takes_the_whole_file_at_once_into_videos_db()
    {
        var bytes = VideoBytes.Mp4(250_000);
        var created = await Tus.CreateAsync(bytes.Length, Named("talk.mp4"), bytes);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = TusRequests.IdOf(created);
        Assert.Equal("250000", TusRequests.Header(created, "Upload-Offset"));
        Assert.Equal(id, TusRequests.Header(created, "Upload-Hash"));
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Original("default", id, "talk.mp4")));
        Assert.Equal(1, TestDb.Count(Folder.VideosDb, "videos", $"hash = '{id}' AND course_id IS NULL"));
    }

    [Fact]
    public async Task Head_answers_the_metadata_as_sent_and_the_expiry()
    {
        var id = await Tus.StartAsync(1000, Named("Vortrag über Ökonomie.mp4", title: "Ökonomie, Teil 1"));

        var head = await Tus.HeadAsync(id);

        Assert.Equal("0", TusRequests.Header(head, "Upload-Offset"));
        Assert.Equal("1000", TusRequests.Header(head, "Upload-Length"));
        Assert.Equal("no-store", head.Headers.CacheControl?.ToString());
        var metadata = TusRequests.Header(head, "Upload-Metadata")!.Split(',').Select(pair => pair.Split(' '))
            .ToDictionary(pair => pair[0], pair => System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(pair[1])));
        Assert.Equal(Named("Vortrag über Ökonomie.mp4", title: "Ökonomie, Teil 1"), metadata);
        Assert.True(DateTimeOffset.Parse(TusRequests.Header(head, "Upload-Expires")!, System.Globalization.CultureInfo.InvariantCulture) > Clock.GetUtcNow());
    }

    [Fact]
    public async Task A_wrong_offset_is_a_conflict_and_changes_nothing()
    {
        var bytes = VideoBytes.Mp4(200_000);
        var id = await Tus.StartAsync(bytes.Length, Named("a.mp4"));
        (await Tus.PatchAsync(id, 0, bytes[..120_000])).EnsureSuccessStatusCode();

        var problem = await (await Tus.PatchAsync(id, 100_000, bytes[100_000..])).ProblemAsync(409);

        Assert.Contains("offset 120000", (string?)problem["detail"]);
        Assert.Equal(120_000, await Tus.OffsetAsync(id));
        (await Tus.PatchAsync(id, 120_000, bytes[120_000..])).EnsureSuccessStatusCode();
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Original("default", id, "a.mp4")));
    }

    [Fact]
    public async Task A_request_without_tus_resumable_is_refused_with_the_version_spoken()
    {
        var id = await Tus.StartAsync(1000, Named("a.mp4"));

        var response = await Tus.PatchAsync(id, 0, new byte[10], tusHeader: false);

        await response.ProblemAsync(412);
        Assert.Equal("1.0.0", TusRequests.Header(response, "Tus-Version"));
        Assert.Equal(0, await Tus.OffsetAsync(id));
    }

    [Fact]
    public async Task A_length_over_the_maximum_is_refused_before_anything_is_stored()
    {
        var problem = await (await Tus.CreateAsync(MaxFile + 1, Named("huge.mp4"))).ProblemAsync(413);

        Assert.Contains(MaxFile.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)problem["detail"]);
        Assert.False(Directory.Exists(Path.Combine(Folder.StorageRoot, "uploads")) &&
                     Directory.EnumerateDirectories(Path.Combine(Folder.StorageRoot, "uploads")).Any());
    }

    [Fact]
    public async Task Bytes_more_than_the_length_are_refused_and_not_counted()
    {
        var id = await Tus.StartAsync(1000, Named("a.mp4"));

        await (await Tus.PatchAsync(id, 0, new byte[1001])).ProblemAsync(413);

        Assert.Equal(0, await Tus.OffsetAsync(id));
    }

    [Theory]
    [InlineData("sha1")]
    [InlineData("sha256")]
    public async Task A_body_that_fails_its_checksum_is_discarded_with_460_and_a_matching_one_is_kept(string algorithm)
    {
        var bytes = VideoBytes.Mp4(150_000);
        var id = await Tus.StartAsync(bytes.Length, Named("checked.mp4"));
        var first = bytes[..120_000];
        string Digest(byte[] data) => $"{algorithm} {Convert.ToBase64String(algorithm == "sha1" ? SHA1.HashData(data) : SHA256.HashData(data))}";
        var tampered = (byte[])first.Clone();
        tampered[110_000] ^= 0xFF;

        var problem = await (await Tus.PatchAsync(id, 0, tampered, Digest(first))).ProblemAsync(460);

        Assert.Contains("checksum", (string?)problem["detail"]);
        Assert.Equal(0, await Tus.OffsetAsync(id));
        Assert.Equal(HttpStatusCode.NoContent, (await Tus.PatchAsync(id, 0, first, Digest(first))).StatusCode);
        Assert.Equal(120_000, await Tus.OffsetAsync(id));
        var done = await Tus.PatchAsync(id, 120_000, bytes[120_000..], Digest(bytes[120_000..]));
        Assert.Equal(id, TusRequests.Header(done, "Upload-Hash"));
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Original("default", id, "checked.mp4")));
    }

    [Fact]
    public async Task An_unsupported_checksum_algorithm_is_a_bad_request()
    {
        var id = await Tus.StartAsync(10, Named("a.mp4"));

        var problem = await (await Tus.PatchAsync(id, 0, new byte[10], "md5 AAAA")).ProblemAsync(400);

        Assert.Contains("sha1,sha256", (string?)problem["detail"]);
    }

    [Fact]
    public async Task An_expired_upload_is_gone()
    {
        var id = await Tus.StartAsync(1000, Named("late.mp4"));
        (await Tus.PatchAsync(id, 0, new byte[500])).EnsureSuccessStatusCode();

        Clock.Advance(TimeSpan.FromHours(25));

        Assert.Equal(HttpStatusCode.NotFound, (await Tus.HeadAsync(id)).StatusCode);
        await (await Tus.PatchAsync(id, 500, new byte[500])).ProblemAsync(404);
    }

    [Fact]
    public async Task Termination_removes_the_upload_and_its_bytes()
    {
        var id = await Tus.StartAsync(1000, Named("gone.mp4"));
        (await Tus.PatchAsync(id, 0, new byte[500])).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.NoContent, (await Tus.DeleteAsync(id)).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await Tus.HeadAsync(id)).StatusCode);
        Assert.False(Directory.Exists(Path.Combine(Folder.StorageRoot, "uploads", id)));
    }

    [Fact]
    public async Task Parts_sent_apart_are_joined_in_order_into_one_video_once()
    {
        var bytes = VideoBytes.Mp4(330_000);
        var cuts = new[] { 0, 110_000, 250_000, bytes.Length };
        var parts = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var created = await Tus.CreateAsync(cuts[i + 1] - cuts[i], concat: "partial");
            Assert.Equal("partial", TusRequests.Header(created, "Upload-Concat"));
            parts.Add(TusRequests.IdOf(created));
        }

        // Sent in reverse, as parallel senders finish in any order.
        for (var i = 2; i >= 0; i--)
        {
            Assert.Equal(HttpStatusCode.NoContent, (await Tus.PatchAsync(parts[i], 0, bytes[cuts[i]..cuts[i + 1]])).StatusCode);
        }

        await (await Client.PostAsync($"/upload/complete", new FormUrlEncodedContent([new("upload_id", parts[0])]))).ProblemAsync(400);
        var final = await Tus.CreateAsync(null, Named("joined.mp4"), concat: "final;" + string.Join(' ', parts.Select(p => $"http://example.test/files/{p}")));

        Assert.Equal(HttpStatusCode.Created, final.StatusCode);
        var id = TusRequests.IdOf(final);
        Assert.Equal(id, TusRequests.Header(final, "Upload-Hash"));
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Original("default", id, "joined.mp4")));
        Assert.Equal(1, TestDb.Count(Folder.VideosDb, "videos", $"hash = '{id}'"));
        foreach (var part in parts)
        {
            var head = await Tus.HeadAsync(part);
            Assert.Equal(id, TusRequests.Header(head, "Upload-Hash")); // the video it became part of
            Assert.False(File.Exists(Path.Combine(Folder.StorageRoot, "uploads", part, "data")));
        }

        // The same final again (its answer lost on the way): the same video, not a second one.
        var again = await Tus.CreateAsync(null, Named("joined.mp4"), concat: "final;" + string.Join(' ', parts.Select(p => $"/files/{p}")));
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(id, TusRequests.IdOf(again));
        Assert.Equal(1, TestDb.Count(Folder.VideosDb, "videos"));
        var fresh = await Tus.StartAsync(10, concat: "partial");
        (await Tus.PatchAsync(fresh, 0, new byte[10])).EnsureSuccessStatusCode();
        var mixed = await Tus.CreateAsync(null, Named("other.mp4"), concat: $"final;/files/{parts[0]} /files/{fresh}");
        Assert.Contains("already joined", (string?)(await mixed.ProblemAsync(409))["detail"]);
    }

    [Fact]
    public async Task A_final_upload_of_an_unfinished_part_is_refused_and_stores_nothing()
    {
        var part = await Tus.StartAsync(1000, concat: "partial");
        (await Tus.PatchAsync(part, 0, new byte[400])).EnsureSuccessStatusCode();

        var problem = await (await Tus.CreateAsync(null, Named("early.mp4"), concat: $"final;/files/{part}")).ProblemAsync(409);

        Assert.Contains("400 of its 1000 bytes", (string?)problem["detail"]);
        Assert.Single(Directory.EnumerateDirectories(Path.Combine(Folder.StorageRoot, "uploads")));
    }

    [Fact]
    public async Task The_offset_survives_a_restart_and_the_upload_resumes()
    {
        var bytes = VideoBytes.Mp4(260_000);
        var id = await Tus.StartAsync(bytes.Length, Named("restarted.mp4"));
        (await Tus.PatchAsync(id, 0, bytes[..130_000])).EnsureSuccessStatusCode();

        Restart();

        Assert.Equal(130_000, await Tus.OffsetAsync(id));
        var done = await Tus.PatchAsync(id, 130_000, bytes[130_000..]);
        Assert.Equal(id, TusRequests.Header(done, "Upload-Hash"));
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Original("default", id, "restarted.mp4")));
    }

    [Fact]
    public async Task A_stream_that_is_not_the_video_its_name_says_is_refused_when_it_is_whole()
    {
        var id = await Tus.StartAsync(1000, Named("fake.mp4"));

        var problem = await (await Tus.PatchAsync(id, 0, new byte[1000])).ProblemAsync(415);

        Assert.Contains("not a .mp4 video", (string?)problem["detail"]);
        Assert.Equal(0, TestDb.Count(Folder.VideosDb, "videos"));
    }

    [Fact]
    public async Task Chunks_cannot_be_sent_to_a_streamed_upload_nor_a_stream_to_a_chunked_one()
    {
        var streamed = await Tus.StartAsync(1000, Named("a.mp4"));
        var chunked = await new UploadClient(Client).StartAsync("b.mp4", 2);

        await (await new UploadClient(Client).ChunkAsync(streamed, 0, new byte[500])).ProblemAsync(400);
        await (await Tus.PatchAsync(chunked, 0, new byte[500])).ProblemAsync(400);
    }

    [Fact]
    public async Task Malformed_headers_are_explained()
    {
        Assert.Contains("Upload-Length", (string?)(await (await Tus.CreateAsync(null, Named("a.mp4"))).ProblemAsync(400))["detail"]);
        Assert.Contains("Upload-Metadata", (string?)(await (await Tus.CreateAsync(10, change: r => r.Headers.Add("Upload-Metadata", "filename ***"))).ProblemAsync(400))["detail"]);
        Assert.Contains("filename", (string?)(await (await Tus.CreateAsync(10)).ProblemAsync(400))["detail"]);
        Assert.Contains("defer", (string?)(await (await Tus.CreateAsync(null, change: r => r.Headers.Add("Upload-Defer-Length", "1"))).ProblemAsync(400))["detail"]);
        Assert.Contains("Upload-Concat", (string?)(await (await Tus.CreateAsync(null, concat: "final;/files/nope")).ProblemAsync(400))["detail"]);
    }

    [Fact]
    public async Task Only_who_started_an_upload_may_send_to_it_and_nobody_anonymously()
    {
        using var owner = Factory.ClientWith(TestTokens.Instructor("teacher-1"));
        using var other = Factory.ClientWith(TestTokens.Instructor("teacher-2"));
        using var anonymous = Factory.ClientWith(null);
        var course = (int)(await (await owner.PostJsonAsync("/api/courses", new { title = "Mine" })).BodyAsync())["course_id"]!;
        var id = await new TusRequests(owner).StartAsync(1000, Named("mine.mp4", course));

        await (await new TusRequests(other).PatchAsync(id, 0, new byte[100])).ProblemAsync(403);
        Assert.Equal(HttpStatusCode.Unauthorized, (await new TusRequests(anonymous).PatchAsync(id, 0, new byte[100])).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await new TusRequests(anonymous).CreateAsync(1000, Named("x.mp4"))).StatusCode);
        await (await new TusRequests(other).CreateAsync(1000, Named("theirs.mp4", course))).ProblemAsync(403);
        Assert.Equal(0, await Tus.OffsetAsync(id));
    }

    [Fact]
    public async Task Head_completes_an_upload_whose_bytes_all_arrived_but_whose_completion_did_not_happen()
    {
        var bytes = VideoBytes.Mp4(150_000);
        var id = await Tus.StartAsync(bytes.Length, Named("late.mp4"));

        // Another request holds the upload's complete lock while the last byte arrives: the bytes are kept,
        // the completion cannot happen now, and the client is told to retry.
        using (new FileStream(Path.Combine(Folder.StorageRoot, "uploads", id, "complete.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            await (await Tus.PatchAsync(id, 0, bytes)).ProblemAsync(409);
            Assert.Equal(0, TestDb.Count(Folder.VideosDb, "videos"));
        }

        // What a tus client does next: ask for the offset. The answer completes it.
        var head = await Tus.HeadAsync(id);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(id, TusRequests.Header(head, "Upload-Hash"));
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Original("default", id, "late.mp4")));
        Assert.Equal(1, TestDb.Count(Folder.VideosDb, "videos", $"hash = '{id}'"));
    }

    [Fact]
    public async Task A_patch_sent_as_a_post_with_the_method_override_header_is_a_patch()
    {
        var bytes = VideoBytes.Mp4(2000);
        var id = await Tus.StartAsync(bytes.Length, Named("override.mp4"));
        var request = new HttpRequestMessage(HttpMethod.Post, $"/files/{id}") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new("application/offset+octet-stream");
        request.Headers.Add("Tus-Resumable", "1.0.0");
        request.Headers.Add("Upload-Offset", "0");
        request.Headers.Add("X-HTTP-Method-Override", "PATCH");

        var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(id, TusRequests.Header(response, "Upload-Hash"));
        var plain = new HttpRequestMessage(HttpMethod.Post, $"/files/{id}");
        plain.Headers.Add("Tus-Resumable", "1.0.0");
        await (await Client.SendAsync(plain)).ProblemAsync(405);
    }
}
