using System.Net;
using System.Net.Http.Headers;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Media;

/// <summary>An uploaded video gets its facts, a thumbnail and playable renditions, for both routings.</summary>
public sealed class ProcessingTests : MediaTest
{
    [Fact]
    public async Task An_admin_upload_gets_its_resolution_label_duration_thumbnail_and_completes()
    {
        var hash = await UploadAsync(await MediaClips.Mp4Async(640, 360, 3));

        var video = await WaitForStatusAsync(hash, "completed");

        Assert.Equal("640x360", (string?)video["original_resolution"]);
        Assert.Equal("360p", (string?)video["original_quality_label"]);
        Assert.InRange((double)video["duration_seconds"]!, 2.5, 3.5);
        Assert.Equal("thumbnail.jpg", (string?)video["thumbnail_filename"]);
        var thumbnail = await File.ReadAllBytesAsync(Storage("originals", "default", hash, "thumbnail.jpg"));
        Assert.Equal([0xFF, 0xD8, 0xFF], thumbnail[..3]);
        var served = await Client.GetAsync($"/thumbnail/{hash}");
        Assert.Equal("image/jpeg", served.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_course_upload_is_processed_into_its_course_folder()
    {
        var course = await CourseAsync();
        var hash = await UploadAsync(await MediaClips.Mp4Async(320, 240, 2), courseId: course);

        var video = await WaitForStatusAsync(hash, "completed");

        Assert.Equal(("320x240", "240p"), ((string?)video["original_resolution"], (string?)video["original_quality_label"]));
        Assert.True(File.Exists(Storage("hls", course.ToString(), hash, "master.m3u8")));
        Assert.True(File.Exists(Storage("originals", course.ToString(), hash, "thumbnail.jpg")));
        Assert.Equal("completed", (string?)TestDb.Scalar(Folder.CoursesDb, $"SELECT transcoding_status FROM course_videos WHERE hash = '{hash}'"));
    }

    [Fact]
    public async Task The_master_playlist_lists_exactly_the_rungs_at_or_below_the_source_and_each_segment_plays()
    {
        var hash = await UploadAsync(await MediaClips.Mp4Async(640, 360, 4));
        await WaitForStatusAsync(hash, "completed");

        var master = await Client.GetAsync($"/video/{hash}/master.m3u8");
        var text = await master.Content.ReadAsStringAsync();

        Assert.Equal("application/vnd.apple.mpegurl", master.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["360p/playlist.m3u8", "240p/playlist.m3u8"], text.Split('\n').Where(l => l.EndsWith(".m3u8")));
        Assert.Contains("RESOLUTION=640x360", text);
        Assert.Contains("RESOLUTION=426x240", text);
        Assert.Contains("AVERAGE-BANDWIDTH=", text);
        Assert.Contains("CODECS=\"avc1.64001f,mp4a.40.2\"", text);
        foreach (var label in new[] { "360p", "240p" })
        {
            var playlist = await Client.GetStringAsync($"/video/{hash}/{label}/playlist.m3u8");
            Assert.Contains("#EXT-X-PLAYLIST-TYPE:VOD", playlist);
            Assert.Contains("#EXT-X-ENDLIST", playlist);
            var segment = playlist.Split('\n').First(l => l.EndsWith(".ts"));
            Assert.Contains(label == "360p" ? "640,360" : "426,240", MediaClips.Ffprobe(Storage("hls", hash, label, segment)));
        }
    }

    [Fact]
    public async Task Segments_are_served_with_ranges_long_caching_and_nothing_outside_the_video()
    {
        var hash = await UploadAsync(await MediaClips.Mp4Async(320, 240, 2));
        await WaitForStatusAsync(hash, "completed");

        using var range = new HttpRequestMessage(HttpMethod.Get, $"/video/{hash}/240p/segment_0000.ts");
        range.Headers.Range = new RangeHeaderValue(0, 187);
        var partial = await Client.SendAsync(range);
        var original = await Client.GetAsync($"/video/{hash}/original");

        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(188, (await partial.Content.ReadAsByteArrayAsync()).Length);
        Assert.Equal("video/mp2t", partial.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", partial.Headers.CacheControl?.ToString());
        Assert.Equal("video/mp4", original.Content.Headers.ContentType?.MediaType);
        Assert.Equal("bytes", original.Headers.AcceptRanges.Single());
        foreach (var escape in new[] { "240p/..%2F..%2Foriginals", "..%2F..%2Fcourses.db/x", "240p/.hidden", "abc/playlist.m3u8" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/video/{hash}/{escape}")).StatusCode);
        }
    }

    [Fact]
    public async Task Qualities_and_status_answer_in_the_old_services_shapes()
    {
        var hash = await UploadAsync(await MediaClips.Mp4Async(640, 360, 2), name: "talk.mp4");
        await WaitForStatusAsync(hash, "completed");

        var qualities = await Client.GetJsonAsync($"/video/{hash}/qualities");
        var status = await Client.GetJsonAsync($"/transcode/{hash}/status");
        var transcode = await Client.GetJsonAsync($"/transcode/{hash}/qualities");

        Assert.Equal("master.m3u8", (string?)qualities["master"]);
        Assert.Equal("360p/playlist.m3u8", (string?)qualities["qualities"]!["360p"]!["playlist"]);
        Assert.Equal("640x360", (string?)qualities["qualities"]!["360p"]!["resolution"]);
        Assert.Equal(1_100_000 + 96_000, (int)qualities["qualities"]!["360p"]!["bandwidth"]!);
        Assert.Equal("talk.mp4", (string?)qualities["qualities"]!["original"]!["file"]);
        Assert.Equal(["360p", "240p", "original"], qualities["available"]!.AsArray().Select(a => (string)a!));
        Assert.Equal(("ok", "360p", "640x360"), ((string?)status["overall"], (string?)status["original_quality_label"], (string?)status["original_resolution"]));
        Assert.Equal(("completed", 100), ((string?)status["qualities"]!["240p"]!["status"], (int)status["qualities"]!["240p"]!["progress"]!));
        Assert.Equal("master.m3u8", (string?)transcode["master"]);
        var graphql = await Client.GraphQLDataAsync($$"""{ video(hash: "{{hash}}") { processing { overall renditions { label status } } } }""");
        Assert.Equal("ok", (string?)graphql["video"]!["processing"]!["overall"]);
    }

    [Fact]
    public async Task A_file_with_a_valid_header_and_garbage_after_fails_with_its_reason_and_leaves_no_rendition()
    {
        var hash = await UploadAsync(VideoBytes.Mp4(200_000));

        var video = await WaitForStatusAsync(hash, "failed");

        var status = await Client.GetJsonAsync($"/transcode/{hash}/status");
        Assert.Equal("error", (string?)status["overall"]);
        Assert.Matches("no video stream|not a video the encoder can read", (string?)status["error"]);
        Assert.Null(video["processing_error"]); // the REST video object keeps the old shape
        Assert.False(Directory.Exists(Storage("hls", hash)) && Directory.EnumerateFileSystemEntries(Storage("hls", hash)).Any());
    }

    [Fact]
    public async Task A_row_whose_original_is_missing_fails_once_with_that_reason()
    {
        await Client.PostJsonAsync("/videos", new { hash = "nofile", filename = "gone.mp4" });

        await WaitForStatusAsync("nofile", "failed");

        Assert.Contains("original file is missing", (string?)(await Client.GetJsonAsync("/transcode/nofile/status"))["error"]);
        Assert.Equal(1L, TestDb.Scalar(Folder.VideosDb, "SELECT processing_attempts FROM videos WHERE hash = 'nofile'"));
    }

    [Fact]
    public async Task Deleting_a_processed_video_removes_original_thumbnail_and_renditions()
    {
        var course = await CourseAsync();
        var admin = await UploadAsync(await MediaClips.Mp4Async(320, 240, 2));
        var lesson = await UploadAsync(await MediaClips.Mp4Async(320, 240, 2), courseId: course);
        await WaitForStatusAsync(admin, "completed");
        await WaitForStatusAsync(lesson, "completed");

        (await Client.DeleteAsync($"/videos/{admin}")).EnsureSuccessStatusCode();
        (await Client.DeleteAsync($"/api/courses/{course}")).EnsureSuccessStatusCode();

        Assert.False(Directory.Exists(Storage("originals", "default", admin)));
        Assert.False(Directory.Exists(Storage("hls", admin)));
        Assert.False(Directory.Exists(Storage("originals", course.ToString(), lesson)));
        Assert.False(Directory.Exists(Storage("hls", course.ToString(), lesson)));
    }

    [Fact]
    public async Task A_chosen_thumbnail_replaces_the_frame_and_must_be_an_image()
    {
        var hash = await UploadAsync(await MediaClips.Mp4Async(320, 240, 2));
        await WaitForStatusAsync(hash, "completed");
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 1, 2, 3];

        var replaced = await Client.PostAsync($"/thumbnail/{hash}", new MultipartFormDataContent { { new ByteArrayContent(png), "file", "mine.png" } });
        var refused = await Client.PostAsync($"/thumbnail/{hash}", new MultipartFormDataContent { { new StringContent("<svg/>"), "file", "x.png" } });

        Assert.Equal("thumbnail.png", (string?)(await replaced.BodyAsync())["thumbnail_filename"]);
        Assert.Equal("image/png", (await Client.GetAsync($"/thumbnail/{hash}")).Content.Headers.ContentType?.MediaType);
        Assert.False(File.Exists(Storage("originals", "default", hash, "thumbnail.jpg")));
        await refused.ProblemAsync(415);
    }
}
