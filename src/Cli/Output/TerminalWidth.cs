namespace Hemit.Cli.Output;

/// <summary>How many columns a table may use: <c>COLUMNS</c> when set, else the terminal's width, else (piped) 120.</summary>
public static class TerminalWidth
{
    /// <summary>Piped into a file or another program without <c>COLUMNS</c>: a width a pager or an e-mail still shows.</summary>
    public const int Redirected = 120;

    /// <summary>Below this no table with a label and a figure can be laid out; narrower values are raised to it.</summary>
    public const int Minimum = 40;

    public static int Detect()
    {
        if (int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 0)
        {
            return Math.Max(columns, Minimum);
        }

        if (!Console.IsOutputRedirected)
        {
            try
            {
                if (Console.WindowWidth > 0)
                {
                    return Math.Max(Console.WindowWidth, Minimum);
                }
            }
            catch (IOException)
            {
                // No console to ask (e.g. started by a service manager): fall through to the piped width.
            }
        }

        return Redirected;
    }
}
