using System.CommandLine;
using Hemit.Cli;
using Hemit.Cli.Projects;

namespace Hemit.Projects.Tests.Cli;

/// <summary>The projects commands as a user types them, and a bad month refused before any call.</summary>
public sealed class ProjectsCommandTests
{
    private static RootCommand Root() => new("hemit") { Options = { CommonOptions.Format, CommonOptions.Url }, Subcommands = { ProjectsCommands.Create() } };

    [Theory]
    [InlineData("projects import projects portefølje-oktober.csv")]
    [InlineData("projects import milestones milepæler.csv")]
    [InlineData("projects import work-orders oppdrag.csv --encoding windows-1252")]
    [InlineData("projects import benefits gevinster.csv")]
    [InlineData("projects portfolio --period 2021-10 --format csv")]
    [InlineData("projects snapshots take --period 2021-10 --label \"Styremøte 19.11.2021\"")]
    [InlineData("projects snapshots list")]
    [InlineData("projects snapshots show 0193a1c2-0000-7000-8000-000000000001")]
    [InlineData("projects snapshots compare 0193a1c2-0000-7000-8000-000000000001 0193a1c2-0000-7000-8000-000000000002")]
    [InlineData("projects work-orders -p 2021-10")]
    [InlineData("projects benefits --year 2025")]
    [InlineData("projects close-period --period 2021-10")]
    public void The_commands_parse(string commandLine) => Assert.Empty(Root().Parse(commandLine).Errors);

    [Theory]
    [InlineData("projects portfolio --period 2021-13", "--period: '2021-13' is not a real month")]
    [InlineData("projects work-orders --period oktober", "--period: 'oktober' is not a period; write YYYY-MM, e.g. 2021-10")]
    public async Task A_bad_month_is_refused_with_a_sentence_before_the_service_is_called(string commandLine, string sentence)
    {
        var refusal = await Assert.ThrowsAsync<CliException>(() =>
            Root().Parse(commandLine + " --url http://127.0.0.1:1").InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }));

        Assert.Equal(sentence, refusal.Message);
    }
}
