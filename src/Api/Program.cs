using VideoPlatform.Api;
using VideoPlatform.Api.Access;
using VideoPlatform.Api.Caching;
using VideoPlatform.Api.Categories;
using VideoPlatform.Api.Cli;
using VideoPlatform.Api.Courses;
using VideoPlatform.Api.CourseVideos;
using VideoPlatform.Api.GraphQL;
using VideoPlatform.Api.Health;
using VideoPlatform.Api.Http;
using VideoPlatform.Api.Lessons;
using VideoPlatform.Api.Media;
using VideoPlatform.Api.Reference;
using VideoPlatform.Api.Sections;
using VideoPlatform.Api.Telemetry;
using VideoPlatform.Api.Uploads;
using VideoPlatform.Api.Uploads.Tus;
using VideoPlatform.Api.Videos;
using VideoPlatform.Application;
using VideoPlatform.Infrastructure;

if (CommandLine.Answer(args, Console.Out, Console.Error) is { } answered)
{
    return answered;
}

// Settings and static assets come from the build output, so the service runs the same from
// `dotnet run`, a build folder or a publish folder; relative data paths follow the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = AppContext.BaseDirectory,
});
var command = CommandLine.Find(args);
if (command is not null)
{
    // The report is the command's stdout; logs go to stderr.
    builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
}

builder.Services
    .AddApplication(builder.Configuration)
    .AddInfrastructure(builder.Configuration)
    .AddApi(builder.Configuration)
    .AddGraphQLApi(builder.Configuration)
    .AddApiReference()
    .AddServiceTelemetry(builder.Configuration);
if (command is not null)
{
    builder.Services.AddCommandLineOperator();
}

if (command is null && CommandLine.BusyAddress(builder.Configuration) is { } busy)
{
    await Console.Error.WriteLineAsync(busy);
    return 1;
}

var app = builder.Build();
await app.Services.InitializeInfrastructureAsync();
if (command is not null)
{
    return await command(app.Services, args);
}

app.ReportAccess();
app.AnnounceGraphQLIde();
app.UseRequestLog();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseCors();
app.UseRequestBodyLimit();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseReadCache();
app.UseGraphQLIde();

app.MapHealth();
app.MapCourses();
app.MapSections();
app.MapLessons();
app.MapCourseVideos();
app.MapVideos();
app.MapVideoFlags();
app.MapCategories();
app.MapMedia();
app.MapThumbnails();
app.MapUploads();
app.MapTus();
app.MapGraphQL();
app.MapGraphQLIde();
app.MapApiReference();
app.MapServiceTelemetry();

try
{
    await app.RunAsync();
}
catch (IOException e) when (e.InnerException is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.AddressAlreadyInUse })
{
    await Console.Error.WriteLineAsync(CommandLine.InUse(string.Join(", ", app.Urls.DefaultIfEmpty("http://localhost:5000"))));
    return 1;
}

return 0;

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
