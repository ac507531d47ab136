using MudBlazor;

namespace Hemit.Portal.Components.Layout;

/// <summary>MudBlazor's theme in the report's colours and font, so the page around the report and the report (report.css) are one design.</summary>
public static class PortalTheme
{
    private const string Brand = "#1f4e79";

    /// <summary>The report's font stack: DejaVu Sans is on the Chromium that prints the PDF, so page and PDF set æøå alike.</summary>
    private static readonly string[] Font = ["DejaVu Sans", "Segoe UI", "Arial", "sans-serif"];

    public static MudTheme Theme { get; } = Create();

    private static MudTheme Create()
    {
        var theme = new MudTheme
        {
            PaletteLight = new PaletteLight
            {
                Primary = Brand,
                AppbarBackground = Brand,
                TextPrimary = "#1b1b1b",
                TextSecondary = "#5a5a5a",
                Success = "#2e7d32",
                Error = "#c00000",
                Warning = "#8a6100",
                Info = Brand,
                TableLines = "#c8c8c8",
                DrawerBackground = "#f4f7fb",
            },
        };
        var typography = theme.Typography;
        foreach (var style in new BaseTypography[] { typography.Default, typography.H1, typography.H2, typography.H3, typography.H4, typography.H5, typography.H6,
                     typography.Subtitle1, typography.Subtitle2, typography.Body1, typography.Body2, typography.Button, typography.Caption, typography.Overline })
        {
            style.FontFamily = Font;
        }

        // Headings as the report sets them (report.css), so a page's MudText h1 and the report's h1 are one size.
        (typography.H1.FontSize, typography.H2.FontSize, typography.H3.FontSize) = ("1.6rem", "1.25rem", "1.05rem");
        foreach (var heading in new BaseTypography[] { typography.H1, typography.H2, typography.H3 })
        {
            (heading.FontWeight, heading.LineHeight, heading.LetterSpacing) = ("700", "1.3", "normal");
        }

        // Buttons say what they do in the case the sentence is written in ("Logg ut", "Send tilbake"), not in capitals.
        typography.Button.TextTransform = "none";
        return theme;
    }
}
