using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace VideoPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// The service on a real Kestrel socket on 127.0.0.1: what the test host cannot show (body size limits,
/// bodies cut short, clients that go away) happens here as it would in production.
/// </summary>
public sealed class KestrelHost : IDisposable
{
    /// <param name="port">0 for any free port; a fixed one lets a restarted service be found where the last one was.</param>
    public KestrelHost(TestFolder folder, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, int port = 0)
    {
        Factory = new ApiFactory(folder, settings) { ExtraServices = services };
        Factory.UseKestrel(port);
        Factory.StartServer();
        Address = new Uri(Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .Replace("localhost", "127.0.0.1").Replace("[::1]", "127.0.0.1"));
        Client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        Client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Admin);
    }

    public ApiFactory Factory { get; }

    public Uri Address { get; }

    public HttpClient Client { get; }

    /// <summary>The admin's credentials as a header line, for requests written by hand.</summary>
    public static string Authorization => $"Authorization: Bearer {TestTokens.Admin}\r\n";

    /// <summary>Opens a connection and sends <paramref name="head"/> (request line and headers) and the first body bytes.</summary>
    public async Task<TcpClient> SendAsync(string head, ReadOnlyMemory<byte> body)
    {
        var connection = new TcpClient();
        await connection.ConnectAsync(Address.Host, Address.Port);
        var stream = connection.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.Replace("{host}", Address.Authority)));
        await stream.WriteAsync(body);
        await stream.FlushAsync();
        return connection;
    }

    /// <summary>
    /// Sends a whole request over a raw socket and returns the response's status code, even when the server
    /// answers (and stops reading) before the body is through: what an HttpClient reports as a broken pipe.
    /// </summary>
    public async Task<int> SendWholeAsync(string method, string path, string contentType, byte[] body)
    {
        using var connection = await SendAsync(
            $"{method} {path} HTTP/1.1\r\nHost: {{host}}\r\n{Authorization}Content-Type: {contentType}\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n",
            ReadOnlyMemory<byte>.Empty);
        var sending = Task.Run(async () =>
        {
            try
            {
                await connection.GetStream().WriteAsync(body);
            }
            catch (IOException)
            {
                // The server answered early and closed: the answer is what counts.
            }
        });
        var response = await ReadResponseAsync(connection);
        await sending;
        return int.Parse(response.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<string> ReadResponseAsync(TcpClient connection, TimeSpan? wait = null)
    {
        var buffer = new byte[16384];
        var read = await connection.GetStream().ReadAsync(buffer).AsTask().WaitAsync(wait ?? TimeSpan.FromSeconds(30));
        return Encoding.ASCII.GetString(buffer, 0, read);
    }

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
    }
}
