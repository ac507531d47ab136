using System.Globalization;

namespace Hemit.Dashboard.Bench;

/// <summary>Command-line settings: --rate spans/s, --seconds of live ingest, --max-size-mb store bound, --prefill true|false.</summary>
internal sealed record BenchOptions(int SpansPerSecond, int Seconds, int MaxSizeMegabytes, bool Prefill)
{
    public static readonly TimeSpan Limit = TimeSpan.FromMilliseconds(200);

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions(SpansPerSecond: 10_000, Seconds: 60, MaxSizeMegabytes: 256, Prefill: true);
        for (var index = 0; index < args.Length; index++)
        {
            var value = index + 1 < args.Length ? args[index + 1] : throw new ArgumentException($"{args[index]} needs a value.");
            options = args[index] switch
            {
                "--rate" => options with { SpansPerSecond = PositiveNumber(args[index], value) },
                "--seconds" => options with { Seconds = PositiveNumber(args[index], value) },
                "--max-size-mb" => options with { MaxSizeMegabytes = PositiveNumber(args[index], value) },
                "--prefill" => options with { Prefill = bool.TryParse(value, out var prefill) ? prefill : throw new ArgumentException($"--prefill must be true or false, not '{value}'.") },
                _ => throw new ArgumentException($"Unknown option '{args[index]}'. Options: --rate N --seconds N --max-size-mb N --prefill true|false."),
            };
            index++;
        }

        return options;
    }

    private static int PositiveNumber(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"{name} must be a positive whole number, not '{value}'.");
}
