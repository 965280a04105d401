using GraphQL;
using GraphQL.Introspection;
using GraphQL.Types;
using VideoPlatform.Application.Media.GetProcessingStatus;
using VideoPlatform.Api.Categories;
using VideoPlatform.Api.Courses;
using VideoPlatform.Api.Lessons;
using VideoPlatform.Api.Media;
using VideoPlatform.Api.Sections;
using VideoPlatform.Api.CourseVideos;
using VideoPlatform.Api.Videos;

namespace VideoPlatform.Api.GraphQL;

public sealed class AppSchema : Schema
{
    public AppSchema(IServiceProvider services, RootQuery query, RootMutation mutation) : base(services)
    {
        Query = query;
        Mutation = mutation;

        // Object types derived from records find their nested records' types here.
        this.RegisterTypeMapping<RenditionStatus, RenditionStatusGraphType>();
        // DateTime as HotChocolate writes it, in place of graphql-dotnet's built-in scalar of the same name.
        this.RegisterTypeMapping<DateTime, DateTimeScalar>();
        Directives.Register(new SpecifiedByDirective());
    }

    protected override void OnBeforeInitializeType(IGraphType graphType)
    {
        base.OnBeforeInitializeType(graphType);
        if (graphType is __Type introspectionType)
            SpecifiedByDirective.AddUrlField(introspectionType);
    }
}

/// <summary>The root query lists the features; each feature adds its own fields.</summary>
public sealed class RootQuery : ObjectGraphType
{
    public RootQuery()
    {
        Name = "Query";
        CourseQueries.AddTo(this);
        CourseVideoQueries.AddTo(this);
        VideoQueries.AddTo(this);
        CategoryFields.AddQueries(this);
    }
}

public sealed class RootMutation : ObjectGraphType
{
    public RootMutation()
    {
        Name = "Mutation";
        CourseMutations.AddTo(this);
        SectionMutations.AddTo(this);
        LessonMutations.AddTo(this);
        CourseVideoMutations.AddTo(this);
        VideoMutations.AddTo(this);
        CategoryFields.AddMutations(this);
        ProcessingFields.AddMutations(this);
    }
}
