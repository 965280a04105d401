using GraphQLParser.AST;

namespace VideoPlatform.Api.GraphQL;

/// <summary>
/// Bounds a parsed document before any validation rule runs: validation does work that grows faster than
/// the number of fields (overlapping-field checks compare them in pairs), so a document is measured first,
/// with every fragment spread counted as the fields it expands to. Parsing itself is linear in the
/// request, which the body limit bounds, and the parser refuses nesting deeper than
/// <see cref="GraphQLOptions.MaxNesting"/>.
/// </summary>
internal static class DocumentLimits
{
    /// <summary>What is too large about the document, or null.</summary>
    public static string? Check(GraphQLDocument document, GraphQLOptions options)
    {
        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        var operations = 0;
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLFragmentDefinition fragment:
                    fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
                    break;
                case GraphQLOperationDefinition:
                    operations++;
                    break;
            }
        }

        if (operations > options.MaxOperations || fragments.Count > options.MaxFragments)
        {
            return $"A document may hold at most {options.MaxOperations} operations and {options.MaxFragments} fragments.";
        }

        var counter = new Counter(fragments, options.MaxFields);
        foreach (var definition in document.Definitions)
        {
            var selections = definition switch
            {
                GraphQLOperationDefinition operation => operation.SelectionSet,
                GraphQLFragmentDefinition fragment => fragment.SelectionSet,
                _ => null,
            };
            if (selections is not null && counter.Add(selections) is false)
            {
                return $"The query selects more than {options.MaxFields} fields (fragments counted as often as they are spread); ask for fewer.";
            }
        }

        return counter.Aliases > options.MaxAliases
            ? $"The query uses {counter.Aliases} aliases; at most {options.MaxAliases} are allowed."
            : null;
    }

    private sealed class Counter(IReadOnlyDictionary<string, GraphQLFragmentDefinition> fragments, long max)
    {
        private readonly Dictionary<string, long> _expanded = new(StringComparer.Ordinal);
        private long _total;

        public int Aliases { get; private set; }

        /// <summary>Adds a selection set's expanded field count; false once the total is over the maximum.</summary>
        public bool Add(GraphQLSelectionSet set)
        {
            _total += Expand(set, countAliases: true);
            return _total <= max;
        }

        private long Expand(GraphQLSelectionSet set, bool countAliases)
        {
            long fields = 0;
            foreach (var selection in set.Selections)
            {
                fields += selection switch
                {
                    GraphQLField field => Field(field, countAliases),
                    GraphQLInlineFragment inline => Expand(inline.SelectionSet, countAliases),
                    GraphQLFragmentSpread spread => Spread(spread.FragmentName.Name.StringValue),
                    _ => 0,
                };

                // Stop early: a spread bomb doubles with each level and must not be walked to the end.
                if (fields > max)
                {
                    return fields;
                }
            }

            return fields;
        }

        private long Field(GraphQLField field, bool countAliases)
        {
            if (countAliases && field.Alias is not null)
            {
                Aliases++;
            }

            return 1 + (field.SelectionSet is { } children ? Expand(children, countAliases) : 0);
        }

        private long Spread(string name)
        {
            if (_expanded.TryGetValue(name, out var known))
            {
                return known;
            }

            if (!fragments.TryGetValue(name, out var fragment))
            {
                return 0; // unknown fragment: validation reports it
            }

            _expanded[name] = 0; // a cycle counts as nothing here; validation refuses it
            var count = Expand(fragment.SelectionSet, countAliases: false);
            _expanded[name] = count;
            return count;
        }
    }
}
