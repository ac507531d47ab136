using System.CommandLine;
using Hemit.Cli.Output;

namespace Hemit.Cli;

/// <summary>Options every command understands, declared once on the root and inherited by all subcommands.</summary>
public static class CommonOptions
{
    public static readonly Option<OutputFormat> Format = new("--format", "-f")
    {
        Description = "Output: table (as the board paper prints it), json (exact values) or csv (for spreadsheets)",
        DefaultValueFactory = _ => OutputFormat.Table,
        Recursive = true,
    };

    public static readonly Option<string?> Url = new("--url")
    {
        Description = "gRPC address of the service the command talks to (default: what the running AppHost advertises)",
        Recursive = true,
    };

    public static readonly Option<bool> Codes = new("--codes")
    {
        Description = "Tables: add a column with each line's code (json and csv always carry the codes)",
        Recursive = true,
    };
}
