using System.CommandLine;
using Hemit.Cli.Finance;
using Hemit.Cli.HrMetrics;

namespace Hemit.Cli.Tests.Commands;

/// <summary>
/// Numeric options as a Norwegian user types them: <c>--percent 1,5</c> and <c>--percent 1.5</c> are both one and a half
/// percent; what can be read two ways is a parse error naming the option, before any service is called.
/// </summary>
public sealed class NumberOptionTests
{
    private static RootCommand HemitRoot()
    {
        var root = new RootCommand("hemit") { Options = { CommonOptions.Format, CommonOptions.Url } };
        root.Subcommands.Add(FinanceCommands.Create());
        root.Subcommands.Add(HrCommands.Create());
        return root;
    }

    private static ParseResult EfficiencyCut(string percent) =>
        HemitRoot().Parse(["finance", "budget", "efficiency-cut", "--year", "2022", "--percent", percent]);

    [Theory]
    [InlineData("1,5")]
    [InlineData("1.5")]
    [InlineData("1,50")]
    public void The_efficiency_cut_reads_a_decimal_comma_and_a_decimal_point_as_one_and_a_half_percent(string typed)
    {
        var parsed = EfficiencyCut(typed);

        Assert.Empty(parsed.Errors);
        Assert.Equal(1.5m, parsed.GetValue<decimal>("--percent"));
    }

    [Theory]
    [InlineData("1.500,5", "--percent: '1.500,5' has both a point and a comma, so it can be read two ways; write it with one decimal sign and no thousands separators, e.g. 1,5 or 1.5")]
    [InlineData("1 5", "--percent: '1 5' has a space in it, which reads as a thousands separator or two numbers; write it without spaces, e.g. 1,5 or 1.5")]
    [InlineData("1.500.000", "--percent: '1.500.000' has more than one '.', which reads as thousands separators; write it without them, e.g. 1,5 or 1.5")]
    [InlineData("halvannen", "--percent: 'halvannen' is not a number; write e.g. 1,5 or 1.5")]
    [InlineData(",5", "--percent: ',5' is not a number; write e.g. 1,5 or 1.5")]
    public void An_ambiguous_or_unreadable_percent_is_a_parse_error_naming_the_option(string typed, string error)
    {
        var parsed = EfficiencyCut(typed);

        Assert.Equal([error], parsed.Errors.Select(e => e.Message));
    }

    [Fact]
    public async Task An_ambiguous_percent_stops_the_command_before_any_service_is_called()
    {
        using var stderr = new StringWriter();
        var parsed = EfficiencyCut("1.500,5");

        // --url points nowhere reachable: the exit code comes from the parse error, not from a failed connection.
        var exitCode = await HemitRoot().Parse(["finance", "budget", "efficiency-cut", "--year", "2022", "--percent", "1.500,5", "--url", "http://127.0.0.1:1"])
            .InvokeAsync(new InvocationConfiguration { Error = stderr, EnableDefaultExceptionHandler = false });

        Assert.Equal(1, exitCode);
        Assert.NotEmpty(parsed.Errors);
        Assert.Contains("--percent: '1.500,5' has both a point and a comma", stderr.ToString());
    }

    [Theory]
    [InlineData("12,5", 12.5)]
    [InlineData("12.5", 12.5)]
    [InlineData("20", 20)]
    public void The_required_reduction_of_working_time_violations_reads_the_same_way(string typed, double expected)
    {
        var parsed = HemitRoot().Parse(["hr", "working-time", "--year", "2025", "--required-reduction", typed]);

        Assert.Empty(parsed.Errors);
        Assert.Equal((decimal)expected, parsed.GetValue<decimal?>("--required-reduction"));
    }

    [Fact]
    public void Leaving_out_an_optional_number_leaves_it_empty()
    {
        var parsed = HemitRoot().Parse(["hr", "working-time", "--year", "2025"]);

        Assert.Empty(parsed.Errors);
        Assert.Null(parsed.GetValue<decimal?>("--required-reduction"));
    }

    [Theory]
    [InlineData("-1,25", -1.25)]
    [InlineData("\u22121,25", -1.25)]
    [InlineData("+0.5", 0.5)]
    [InlineData("1699000,50", 1699000.50)]
    public void Signs_and_large_numbers_are_read_exactly(string typed, double expected)
    {
        Assert.True(NumberText.TryParse(typed, DecimalSign.PointOrComma, out var value, out var reason), reason);
        Assert.Equal((decimal)expected, value);
    }
}
