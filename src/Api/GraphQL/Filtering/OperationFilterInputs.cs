using GraphQL.Types;

namespace VideoPlatform.Api.GraphQL.Filtering;

/// <summary>
/// HotChocolate's per-scalar operation inputs (<c>StringOperationFilterInput</c> and friends). As there, only the
/// string input combines its own conditions with <c>and</c>/<c>or</c>; numbers, dates and booleans are combined
/// on the entity's filter input, and clients generated against HotChocolate have no other fields to send.
/// </summary>
public abstract class OperationFilterInputGraphType<TSelf> : InputObjectGraphType where TSelf : IInputObjectGraphType
{
    protected OperationFilterInputGraphType(string name, bool combinable = false)
    {
        Name = name;
        if (combinable)
        {
            Field<ListGraphType<NonNullGraphType<TSelf>>>("and");
            Field<ListGraphType<NonNullGraphType<TSelf>>>("or");
        }
    }

    protected void Equality<TScalar>() where TScalar : ScalarGraphType
    {
        Field<TScalar>("eq");
        Field<TScalar>("neq");
    }

    protected void Membership<TScalar>() where TScalar : ScalarGraphType
    {
        Field<ListGraphType<TScalar>>("in");
        Field<ListGraphType<TScalar>>("nin");
    }

    protected void Comparison<TScalar>() where TScalar : ScalarGraphType
    {
        foreach (var op in new[] { "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte" })
        {
            Field<TScalar>(op);
        }
    }
}

public sealed class StringOperationFilterInputGraphType : OperationFilterInputGraphType<StringOperationFilterInputGraphType>
{
    public StringOperationFilterInputGraphType() : base("StringOperationFilterInput", combinable: true)
    {
        Equality<StringGraphType>();
        foreach (var op in new[] { "contains", "ncontains" })
        {
            Field<StringGraphType>(op).Description("Case-insensitive.");
        }

        Membership<StringGraphType>();
        foreach (var op in new[] { "startsWith", "nstartsWith", "endsWith", "nendsWith" })
        {
            Field<StringGraphType>(op).Description("Case-insensitive.");
        }
    }
}

public sealed class IntOperationFilterInputGraphType : OperationFilterInputGraphType<IntOperationFilterInputGraphType>
{
    public IntOperationFilterInputGraphType() : base("IntOperationFilterInput")
    {
        Equality<IntGraphType>();
        Membership<IntGraphType>();
        Comparison<IntGraphType>();
    }
}

public sealed class FloatOperationFilterInputGraphType : OperationFilterInputGraphType<FloatOperationFilterInputGraphType>
{
    public FloatOperationFilterInputGraphType() : base("FloatOperationFilterInput")
    {
        Equality<FloatGraphType>();
        Membership<FloatGraphType>();
        Comparison<FloatGraphType>();
    }
}

public sealed class DateTimeOperationFilterInputGraphType : OperationFilterInputGraphType<DateTimeOperationFilterInputGraphType>
{
    public DateTimeOperationFilterInputGraphType() : base("DateTimeOperationFilterInput")
    {
        Equality<DateTimeScalar>();
        Membership<DateTimeScalar>();
        Comparison<DateTimeScalar>();
    }
}

public sealed class BooleanOperationFilterInputGraphType : OperationFilterInputGraphType<BooleanOperationFilterInputGraphType>
{
    public BooleanOperationFilterInputGraphType() : base("BooleanOperationFilterInput")
    {
        Equality<BooleanGraphType>();
    }
}

/// <summary>HotChocolate's sort direction enum.</summary>
public sealed class SortEnumGraphType : EnumerationGraphType
{
    public SortEnumGraphType()
    {
        Name = "SortEnumType";
        Add("ASC", "ASC");
        Add("DESC", "DESC");
    }
}
