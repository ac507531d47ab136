using System.CommandLine;
using Hemit.Cli;
using Hemit.Cli.ServiceDesk;

namespace Hemit.ServiceDesk.Tests.Cli;

/// <summary>The service desk's commands as a user types them: where they sit, and what a bad month gets back before any call.</summary>
public sealed class ServiceDeskCommandTests
{
    private static RootCommand Root() => new("hemit") { Options = { CommonOptions.Format, CommonOptions.Url }, Subcommands = { ServiceDeskCommands.Create() } };

    [Theory]
    [InlineData("servicedesk month-report --period 2021-10")]
    [InlineData("servicedesk availability -p 2021-10 --format csv")]
    [InlineData("servicedesk releases --year 2021 --through 2021-09")]
    [InlineData("servicedesk import ticket-events itsm.csv")]
    [InlineData("servicedesk import calls telefoni.csv --encoding windows-1252")]
    [InlineData("servicedesk import service-levels tjenestenivaer.csv")]
    [InlineData("servicedesk import downtime nedetid.csv")]
    [InlineData("servicedesk import releases releaser.csv")]
    public void The_commands_parse(string commandLine) => Assert.Empty(Root().Parse(commandLine).Errors);

    [Theory]
    [InlineData("servicedesk month-report --period 2021-13", "--period: '2021-13' is not a real month")]
    [InlineData("servicedesk availability --period oktober", "--period: 'oktober' is not a period; write YYYY-MM, e.g. 2021-10")]
    [InlineData("servicedesk releases --year 2021 --through 2021-9", "--through: '2021-9' is not a period; write YYYY-MM, e.g. 2021-10")]
    public async Task A_bad_month_is_refused_with_a_sentence_before_the_service_is_called(string commandLine, string sentence)
    {
        // --url points nowhere reachable: the refusal has to come before a connection is tried.
        var refusal = await Assert.ThrowsAsync<CliException>(() =>
            Root().Parse(commandLine + " --url http://127.0.0.1:1").InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }));

        Assert.Equal(sentence, refusal.Message);
    }
}
