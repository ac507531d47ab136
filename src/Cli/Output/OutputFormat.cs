namespace Hemit.Cli.Output;

/// <summary>table: as the board paper prints it; json: exact values for scripts; csv: for spreadsheets.</summary>
public enum OutputFormat
{
    Table,
    Json,
    Csv,
}
