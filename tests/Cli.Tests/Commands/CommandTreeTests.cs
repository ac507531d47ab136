using System.CommandLine;
using Hemit.Cli.Finance;
using Hemit.Cli.Governance;
using Hemit.Cli.HrMetrics;
using Hemit.Cli.Projects;
using Hemit.Cli.ServiceDesk;

namespace Hemit.Cli.Tests.Commands;

/// <summary>The new commands as a user types them: where they sit, and what a bad or missing month gets back.</summary>
public sealed class CommandTreeTests
{
    /// <summary>The command groups as src/Cli/Program.cs registers them, under a root with the common options.</summary>
    private static RootCommand HemitRoot()
    {
        var root = new RootCommand("hemit") { Options = { CommonOptions.Format, CommonOptions.Url } };
        root.Subcommands.Add(FinanceCommands.Create());
        root.Subcommands.Add(HrCommands.Create());
        root.Subcommands.Add(ServiceDeskCommands.Create());
        root.Subcommands.Add(ProjectsCommands.Create());
        root.Subcommands.Add(GovernanceCommands.Create());
        return root;
    }

    private static Task<int> RunAsync(string commandLine) =>
        HemitRoot().Parse(commandLine).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });

    [Theory]
    [InlineData("finance close-period --period 2021-10")]
    [InlineData("hr close-period --period 2021-10")]
    [InlineData("servicedesk close-period --period 2021-10")]
    [InlineData("projects close-period -p 2021-10 --format json")]
    [InlineData("governance readiness --period 2021-10 --format csv")]
    public void The_new_commands_parse(string commandLine)
    {
        var parsed = HemitRoot().Parse(commandLine);

        Assert.Empty(parsed.Errors);
        Assert.Equal("2021-10", parsed.GetValue<string>("--period"));
    }

    [Theory]
    [InlineData("servicedesk close-period")]
    [InlineData("governance readiness")]
    public void A_missing_period_is_a_parse_error_naming_the_option(string commandLine)
    {
        var parsed = HemitRoot().Parse(commandLine);

        Assert.Contains(parsed.Errors, error => error.Message.Contains("--period", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("finance close-period --period 2021-13", "--period: '2021-13' is not a real month")]
    [InlineData("hr close-period --period 2021-10-01", "--period: '2021-10-01' is not a period; write YYYY-MM, e.g. 2021-10")]
    [InlineData("projects close-period --period oktober", "--period: 'oktober' is not a period; write YYYY-MM, e.g. 2021-10")]
    [InlineData("governance readiness --period 1899-12", "--period: '1899-12' is not a real month")]
    public async Task A_bad_period_is_refused_with_a_sentence_before_any_service_is_called(string commandLine, string sentence)
    {
        // --url points nowhere reachable: the refusal has to come before a connection is tried.
        var refusal = await Assert.ThrowsAsync<CliException>(() => RunAsync(commandLine + " --url http://127.0.0.1:1"));

        Assert.Equal(sentence, refusal.Message);
    }
}
