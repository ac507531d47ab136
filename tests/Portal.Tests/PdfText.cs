using System.Diagnostics;

namespace Hemit.Portal.Tests;

/// <summary>A PDF's text per page, as Debian's pdftotext (poppler-utils) reads it.</summary>
public static class PdfText
{
    public const string Tool = "/usr/bin/pdftotext";

    public static async Task<IReadOnlyList<string>> PagesAsync(string pdfPath)
    {
        Assert.True(File.Exists(Tool), $"{Tool} is missing: install Debian's poppler-utils (apt-get install poppler-utils).");
        using var process = Process.Start(new ProcessStartInfo(Tool, ["-layout", "-enc", "UTF-8", pdfPath, "-"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var text = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"pdftotext failed ({process.ExitCode}): {error}");
        // pdftotext ends every page with a form feed.
        return text.Split('\f').SkipLast(1).ToList();
    }
}
