using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace VideoPlatform.IntegrationTests.Uploads.Tus;

/// <summary>tus 1.0 requests as raw HTTP, each header spelled out, for the protocol's edge cases.</summary>
public sealed class TusRequests(HttpClient client)
{
    public async Task<HttpResponseMessage> CreateAsync(long? length, IReadOnlyDictionary<string, string>? metadata = null, byte[]? body = null,
        string? concat = null, Action<HttpRequestMessage>? change = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/files");
        request.Headers.Add("Tus-Resumable", "1.0.0");
        if (length is { } size)
        {
            request.Headers.Add("Upload-Length", size.ToString(CultureInfo.InvariantCulture));
        }

        if (metadata is not null)
        {
            request.Headers.Add("Upload-Metadata", string.Join(",", metadata.Select(m => $"{m.Key} {Convert.ToBase64String(Encoding.UTF8.GetBytes(m.Value))}")));
        }

        if (concat is not null)
        {
            request.Headers.Add("Upload-Concat", concat);
        }

        if (body is not null)
        {
            request.Content = Offset(body);
        }

        change?.Invoke(request);
        return await client.SendAsync(request);
    }

    /// <summary>Starts an upload and answers its id (the last segment of Location).</summary>
    public async Task<string> StartAsync(long length, IReadOnlyDictionary<string, string>? metadata = null, string? concat = null)
    {
        var response = await CreateAsync(length, metadata, concat: concat);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return IdOf(response);
    }

    public static string IdOf(HttpResponseMessage response) => response.Headers.Location!.OriginalString.Split('/')[^1];

    public Task<HttpResponseMessage> PatchAsync(string id, long offset, byte[] bytes, string? checksum = null, bool tusHeader = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/files/{id}") { Content = Offset(bytes) };
        if (tusHeader)
        {
            request.Headers.Add("Tus-Resumable", "1.0.0");
        }

        request.Headers.Add("Upload-Offset", offset.ToString(CultureInfo.InvariantCulture));
        if (checksum is not null)
        {
            request.Headers.Add("Upload-Checksum", checksum);
        }

        return client.SendAsync(request);
    }

    public Task<HttpResponseMessage> HeadAsync(string id) => Send(HttpMethod.Head, $"/files/{id}");

    public Task<HttpResponseMessage> DeleteAsync(string id) => Send(HttpMethod.Delete, $"/files/{id}");

    public async Task<long> OffsetAsync(string id)
    {
        var head = await HeadAsync(id);
        Assert.Equal(System.Net.HttpStatusCode.OK, head.StatusCode);
        return long.Parse(Header(head, "Upload-Offset")!, CultureInfo.InvariantCulture);
    }

    public static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.Single() : null;

    private Task<HttpResponseMessage> Send(HttpMethod method, string url)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add("Tus-Resumable", "1.0.0");
        return client.SendAsync(request);
    }

    private static ByteArrayContent Offset(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/offset+octet-stream");
        return content;
    }
}
