using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace VideoPlatform.IntegrationTests.Infrastructure;

/// <summary>Speaks the chunked upload the way the deployed browser client does (multipart FormData).</summary>
public sealed class UploadClient(HttpClient client, string prefix = "/upload")
{
    public async Task<HttpResponseMessage> InitAsync(string filename, int totalChunks, string? courseId = null, long? chunkSize = null)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(filename), "filename" },
            { new StringContent(totalChunks.ToString()), "total_chunks" },
        };
        if (courseId is not null)
        {
            form.Add(new StringContent(courseId), "course_id");
        }

        if (chunkSize is not null)
        {
            form.Add(new StringContent(chunkSize.ToString()!), "chunk_size");
        }

        return await client.PostAsync($"{prefix}/init", form);
    }

    public async Task<string> StartAsync(string filename, int totalChunks, string? courseId = null, long? chunkSize = null)
    {
        var response = await InitAsync(filename, totalChunks, courseId, chunkSize);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (string)(await response.BodyAsync())["upload_id"]!;
    }

    public Task<HttpResponseMessage> ChunkAsync(string uploadId, int index, byte[] bytes, string? sha256 = null, string? courseId = null, bool fileFirst = false) =>
        ChunkAsync(uploadId, index.ToString(), new ByteArrayContent(bytes), sha256, courseId, fileFirst);

    public async Task<HttpResponseMessage> ChunkAsync(string uploadId, string index, HttpContent file, string? sha256 = null, string? courseId = null, bool fileFirst = false)
    {
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var form = new MultipartFormDataContent();
        if (fileFirst)
        {
            form.Add(file, "file", "blob");
        }

        form.Add(new StringContent(uploadId), "upload_id");
        form.Add(new StringContent(index), "index");
        if (sha256 is not null)
        {
            form.Add(new StringContent(sha256), "sha256");
        }

        if (courseId is not null)
        {
            form.Add(new StringContent(courseId), "course_id");
        }

        if (!fileFirst)
        {
            form.Add(file, "file", "blob");
        }

        return await client.PostAsync($"{prefix}/chunk", form);
    }

    public async Task<HttpResponseMessage> CompleteAsync(string uploadId, string? sha256 = null, string? courseId = null)
    {
        var fields = new List<KeyValuePair<string, string>> { new("upload_id", uploadId) };
        if (sha256 is not null)
        {
            fields.Add(new("sha256", sha256));
        }

        if (courseId is not null)
        {
            fields.Add(new("course_id", courseId));
        }

        return await client.PostAsync($"{prefix}/complete", new MultipartFormDataContent().With(fields));
    }

    /// <summary>Sends every chunk at once, in shuffled order, as the browser client does.</summary>
    public async Task SendAllAsync(string uploadId, IReadOnlyList<byte[]> chunks)
    {
        var order = Enumerable.Range(0, chunks.Count).OrderBy(_ => Random.Shared.Next()).ToList();
        var responses = await Task.WhenAll(order.Select(i => ChunkAsync(uploadId, i, chunks[i])));
        foreach (var response in responses)
        {
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}

public static class VideoBytes
{
    /// <summary>
    /// A structurally sound MP4 of exactly <paramref name="size"/> bytes (at least 40): an <c>ftyp</c> box, an
    /// empty <c>moov</c> box and an <c>mdat</c> box of random bytes to the end, so the container check sees
    /// boxes that chain to the end of the file.
    /// </summary>
    public static byte[] Mp4(int size)
    {
        var bytes = new byte[size];
        Random.Shared.NextBytes(bytes);
        var head = new byte[32];
        Box(head, 0, 24, "ftyp");
        Encoding.ASCII.GetBytes("isom\0\0\u0002\0isomiso2").CopyTo(head, 8);
        Box(head, 24, 8, "moov");
        head.CopyTo(bytes, 0);
        Box(bytes, 32, size - 32, "mdat");
        return bytes;
    }

    private static void Box(byte[] target, int offset, int size, string type)
    {
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(target.AsSpan(offset), (uint)size);
        Encoding.ASCII.GetBytes(type).CopyTo(target, offset + 4);
    }

    public static List<byte[]> Split(byte[] bytes, int chunkSize) => bytes.Chunk(chunkSize).ToList();
}

internal static class MultipartExtensions
{
    public static MultipartFormDataContent With(this MultipartFormDataContent form, IEnumerable<KeyValuePair<string, string>> fields)
    {
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }
}
