using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors;
using GraphQL.Validation.Errors.Custom;

namespace VideoPlatform.Api.GraphQL.Errors;

/// <summary>
/// Errors shaped as HotChocolate shapes them, for clients that match on its shape: HotChocolate's code where
/// it has one (<c>HC0011</c> for a syntax error, <c>HC0047</c> for complexity, …); for a broken rule of the
/// GraphQL specification no code but <c>specifiedBy</c>, the rule's section of the October 2021 spec; never
/// graphql-dotnet's extra <c>codes</c> list or spec section <c>number</c>; exception details never shown.
/// </summary>
public sealed class HotChocolateErrorInfoProvider() : ErrorInfoProvider(new ErrorInfoProviderOptions
{
    ExposeExceptionDetails = false,
    ExposeCodes = false,
})
{
    public const string SpecificationUrl = "http://spec.graphql.org/October2021/#";

    /// <summary>The section HotChocolate cites for each rule graphql-dotnet checks.</summary>
    private static readonly Dictionary<Type, string> Sections = new()
    {
        [typeof(FieldsOnCorrectTypeError)] = "sec-Field-Selections-on-Objects-Interfaces-and-Unions-Types",
        [typeof(ScalarLeafsError)] = "sec-Leaf-Field-Selections",
        [typeof(ArgumentsOfCorrectTypeError)] = "sec-Values-of-Correct-Type",
        [typeof(DefaultValuesOfCorrectTypeError)] = "sec-Values-of-Correct-Type",
        [typeof(KnownArgumentNamesError)] = "sec-Required-Arguments",
        [typeof(ProvidedNonNullArgumentsError)] = "sec-Required-Arguments",
        [typeof(UniqueArgumentNamesError)] = "sec-Argument-Uniqueness",
        [typeof(UniqueInputFieldNamesError)] = "sec-Input-Object-Field-Uniqueness",
        [typeof(KnownDirectivesError)] = "sec-Directives-Are-Defined",
        [typeof(DirectivesInAllowedLocationsError)] = "sec-Directives-Are-In-Valid-Locations",
        [typeof(UniqueDirectivesPerLocationError)] = "sec-Directives-Are-Unique-Per-Location",
        [typeof(KnownFragmentNamesError)] = "sec-Fragment-spread-target-defined",
        [typeof(KnownTypeNamesError)] = "sec-Fragment-Spread-Type-Existence",
        [typeof(FragmentsOnCompositeTypesError)] = "sec-Fragments-On-Composite-Types",
        [typeof(NoUnusedFragmentsError)] = "sec-Fragments-Must-Be-Used",
        [typeof(NoFragmentCyclesError)] = "sec-Fragment-spreads-must-not-form-cycles",
        [typeof(PossibleFragmentSpreadsError)] = "sec-Fragment-spread-is-possible",
        [typeof(UniqueFragmentNamesError)] = "sec-Fragment-Name-Uniqueness",
        [typeof(LoneAnonymousOperationError)] = "sec-Lone-Anonymous-Operation",
        [typeof(UniqueOperationNamesError)] = "sec-Operation-Name-Uniqueness",
        [typeof(SingleRootFieldSubscriptionsError)] = "sec-Single-root-field",
        [typeof(NoUndefinedVariablesError)] = "sec-All-Variable-Uses-Defined",
        [typeof(NoUnusedVariablesError)] = "sec-All-Variables-Used",
        [typeof(UniqueVariableNamesError)] = "sec-Variable-Uniqueness",
        [typeof(VariablesAreInputTypesError)] = "sec-Variables-Are-Input-Types",
        [typeof(VariablesInAllowedPositionError)] = "sec-All-Variable-Usages-are-Allowed",
    };

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        var extensions = info.Extensions ??= new Dictionary<string, object?>();
        extensions.Remove("number");
        if (Section(executionError) is { } section)
        {
            extensions.Remove("code");
            extensions["specifiedBy"] = SpecificationUrl + section;
        }
        else if (HotChocolateCode(executionError) is { } code)
        {
            extensions["code"] = code;
        }

        if (extensions.Count == 0)
        {
            info.Extensions = null;
        }

        return info;
    }

    // graphql-dotnet reports both halves of the leaf rule as one error; HotChocolate cites a composite field
    // without a selection under the selection rule, and a leaf with one under the leaf rule.
    private static string? Section(ExecutionError error) =>
        error is ScalarLeafsError && error.Message.Contains(" must have a sub selection", StringComparison.Ordinal)
            ? Sections[typeof(FieldsOnCorrectTypeError)]
            : Sections.GetValueOrDefault(error.GetType());

    private static string? HotChocolateCode(ExecutionError error) => error switch
    {
        SyntaxError => "HC0011",
        QueryMissingError => "HC0013",
        ComplexityError => "HC0047",
        NoIntrospectionError => "HC0046",
        TimeoutError => "HC0045",
        _ => null,
    };
}
