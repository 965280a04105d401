using System.Net;
using System.Text.RegularExpressions;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Hosting;

/// <summary>
/// There is no container engine here to build the Dockerfile or start compose.yaml, so this checks what can
/// be checked without one: every path, project, setting, file and route they name exists and answers.
/// </summary>
public sealed partial class ContainerFilesTests : ApiTest
{
    private static readonly string Repo = FindRepo();

    [Fact]
    public void The_dockerfile_builds_the_api_project_and_starts_the_assembly_it_produces()
    {
        var dockerfile = File.ReadAllText(Path.Combine(Repo, "Dockerfile"));

        var published = Assert.Single(Publish().Matches(dockerfile)).Groups[1].Value;
        Assert.True(File.Exists(Path.Combine(Repo, published, "Api.csproj")), published);
        var entry = Assert.Single(Entrypoint().Matches(dockerfile)).Groups[1].Value;
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, entry)), entry);
        Assert.Contains("USER $APP_UID", dockerfile);
        Assert.Contains("ffmpeg", dockerfile);
        var ignored = File.ReadAllLines(Path.Combine(Repo, ".dockerignore"));
        Assert.Contains("**/bin/", ignored);
        Assert.Contains("**/node_modules/", ignored);
    }

    [Fact]
    public async Task The_health_checks_they_name_answer()
    {
        foreach (var file in new[] { "Dockerfile", "compose.yaml" })
        {
            foreach (Match health in HealthPath().Matches(File.ReadAllText(Path.Combine(Repo, file))))
            {
                Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(health.Value)).StatusCode);
            }
        }

        Assert.Matches(HealthPath(), File.ReadAllText(Path.Combine(Repo, "Dockerfile")));
    }

    [Theory]
    [InlineData("Dockerfile")]
    [InlineData("compose.yaml")]
    public void Every_setting_they_give_is_one_the_readme_documents_and_every_file_they_name_exists(string file)
    {
        var text = File.ReadAllText(Path.Combine(Repo, file));
        var readme = File.ReadAllText(Path.Combine(Repo, "README.md"));

        var settings = Setting().Matches(text).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(settings);
        Assert.All(settings, key => Assert.Contains(key == "ASPNETCORE_URLS" ? key : key.Replace("__", ":"), readme));
        Assert.All(NamedFile().Matches(text).Select(m => m.Value), path => Assert.True(File.Exists(Path.Combine(Repo, path)), path));
    }

    private static string FindRepo()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "VideoPlatform.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository.");
    }

    [GeneratedRegex(@"dotnet publish (\S+)")]
    private static partial Regex Publish();

    [GeneratedRegex(@"ENTRYPOINT \[""dotnet"", ""([^""]+)""\]")]
    private static partial Regex Entrypoint();

    [GeneratedRegex(@"/health/\w+")]
    private static partial Regex HealthPath();

    [GeneratedRegex(@"\b(ASPNETCORE_URLS|(?:Storage|ConnectionStrings|Database|Auth|Authentication)__\w+?)(?:__\d|__\*|[=:\s])")]
    private static partial Regex Setting();

    [GeneratedRegex(@"\b(?:docs/[\w.-]+\.md|compose\.yaml)\b")]
    private static partial Regex NamedFile();
}
