using System.Collections;
using VideoPlatform.Application.Validation;
using VideoPlatform.Domain.Common;

namespace VideoPlatform.Application.Querying;

/// <summary>
/// How large a filter may be, checked before any expression is built from it: a filter becomes one SQL
/// expression, and thousands of terms cost the database translator seconds (or its stack), whichever door
/// they came through.
/// </summary>
public static class FilterLimits
{
    public const int MaxConditions = 100;
    public const int MaxListValues = 1000;
    public const int MaxNesting = 10;

    public static void Check(Filter? filter, FieldErrors errors, string field = "Where")
    {
        if (filter is null)
        {
            return;
        }

        var measure = new Measure();
        measure.Visit(filter, depth: 1);
        if (measure.Conditions > MaxConditions)
        {
            errors.Add(field, $"{FieldViolation.Placeholder} may hold at most {MaxConditions} conditions; it has more. Narrow it, or use in/nin for lists of values.");
        }

        if (measure.LongestList > MaxListValues)
        {
            errors.Add(field, $"{FieldViolation.Placeholder} may list at most {MaxListValues} values in one in/nin.");
        }

        if (measure.Deepest > MaxNesting)
        {
            errors.Add(field, $"{FieldViolation.Placeholder} may nest and/or at most {MaxNesting} levels deep.");
        }
    }

    private sealed class Measure
    {
        public int Conditions { get; private set; }

        public int LongestList { get; private set; }

        public int Deepest { get; private set; }

        public void Visit(Filter filter, int depth)
        {
            if (Stop(depth))
            {
                return;
            }

            foreach (var field in filter.Fields.Values)
            {
                Visit(field, depth);
            }

            foreach (var related in filter.Related.Values)
            {
                // Each related filter is a subquery: it counts as a condition and a level of its own.
                Conditions++;
                foreach (var nested in new[] { related.Is, related.Some, related.All, related.None }.OfType<Filter>())
                {
                    Visit(nested, depth + 1);
                }
            }

            foreach (var nested in filter.And.Concat(filter.Or))
            {
                Visit(nested, depth + 1);
            }
        }

        private void Visit(FieldFilter filter, int depth)
        {
            if (Stop(depth))
            {
                return;
            }

            foreach (var condition in filter.Conditions)
            {
                Conditions++;
                if (condition.Value is ICollection list)
                {
                    LongestList = Math.Max(LongestList, list.Count);
                }
            }

            foreach (var nested in filter.And.Concat(filter.Or))
            {
                Visit(nested, depth + 1);
            }
        }

        // Once over a limit there is nothing more to learn; stop walking a huge filter.
        private bool Stop(int depth)
        {
            Deepest = Math.Max(Deepest, depth);
            return Conditions > MaxConditions || depth > MaxNesting;
        }
    }
}
