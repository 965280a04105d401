using GraphQL;
using GraphQL.Execution;

namespace VideoPlatform.Api.GraphQL.Errors;

/// <summary>
/// Errors shaped as HotChocolate shapes them: one <c>extensions.code</c>, without graphql-dotnet's extra
/// <c>codes</c> list and the spec section <c>number</c> of a validation rule; exception details never shown.
/// </summary>
public sealed class HotChocolateErrorInfoProvider() : ErrorInfoProvider(new ErrorInfoProviderOptions
{
    ExposeExceptionDetails = false,
    ExposeCodes = false,
})
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        info.Extensions?.Remove("number");
        return info;
    }
}
