using System.CommandLine;

namespace Hemit.Cli;

/// <summary>
/// Numeric options (<c>--percent 1,5</c>): read by <see cref="NumberText"/>, so <c>1,5</c> and <c>1.5</c> are both one and
/// a half and anything ambiguous is a parse error naming the option, before any service is called.
/// </summary>
public static class NumberOption
{
    public static Option<decimal> Create(string name, string description, bool required = true) =>
        new(name)
        {
            Description = description,
            Required = required,
            CustomParser = result => Read(name, result.Tokens.Count == 1 ? result.Tokens[0].Value : null, result.AddError) ?? 0m,
        };

    /// <summary>An option that may be left out (then null).</summary>
    public static Option<decimal?> CreateOptional(string name, string description) =>
        new(name)
        {
            Description = description,
            CustomParser = result => Read(name, result.Tokens.Count == 1 ? result.Tokens[0].Value : null, result.AddError),
        };

    private static decimal? Read(string name, string? text, Action<string> addError)
    {
        if (NumberText.TryParse(text, DecimalSign.PointOrComma, out var value, out var reason))
        {
            return value;
        }

        addError($"{name}: {reason}");
        return null;
    }
}
