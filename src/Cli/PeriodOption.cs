using System.CommandLine;
using Hemit.Contracts.Common.V1;

namespace Hemit.Cli;

/// <summary>The <c>--period YYYY-MM</c> option of commands about one month, read strictly.</summary>
public static class PeriodOption
{
    public static Option<string> Create(string description = "The month, YYYY-MM (e.g. 2021-10)") =>
        new("--period", "-p") { Description = description, Required = true };

    /// <summary>The month given; a sentence naming <c>--period</c> and what is wrong otherwise.</summary>
    public static Period Read(ParseResult parseResult, Option<string> option) =>
        Period.TryParse(parseResult.GetValue(option), out var period, out var reason)
            ? period
            : throw new CliException($"--period: {reason}");
}
