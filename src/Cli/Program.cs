using System.CommandLine;
using System.CommandLine.Invocation;
using Hemit.Cli;
using Hemit.Cli.Status;

var root = new RootCommand("hemit: push data to the Hemit Platform and read the board's reports");
root.Options.Add(CommonOptions.Format);
root.Options.Add(CommonOptions.Url);
root.Options.Add(CommonOptions.Codes);
root.Subcommands.Add(StatusCommand.Create());
root.Subcommands.Add(Hemit.Cli.Finance.FinanceCommands.Create());
root.Subcommands.Add(Hemit.Cli.HrMetrics.HrCommands.Create());
root.Subcommands.Add(Hemit.Cli.ServiceDesk.ServiceDeskCommands.Create());
root.Subcommands.Add(Hemit.Cli.Projects.ProjectsCommands.Create());
root.Subcommands.Add(Hemit.Cli.Governance.GovernanceCommands.Create());
root.Subcommands.Add(Hemit.Cli.Ops.OpsCommands.Create());
root.Subcommands.Add(Hemit.Cli.Ops.AuditCommand.Create());
foreach (var command in Hemit.Cli.Login.LoginCommands.Create())
{
    root.Subcommands.Add(command);
}

try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception exception)
{
    return ErrorReporting.Report(exception);
}
