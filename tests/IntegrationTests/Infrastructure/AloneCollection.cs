namespace VideoPlatform.IntegrationTests.Infrastructure;

/// <summary>Tests that observe the whole process (its metrics and traces) and must not see other tests' work.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "Alone";
}
