namespace Hemit.Cli.Closing;

/// <summary>The source services by the names the board paper's sections use; csv/json keep the service code.</summary>
public static class SourceNames
{
    /// <summary>A source's code ("finance") as a table shows it ("Økonomi"); an unknown code as it is.</summary>
    public static string Name(object? code) => code switch
    {
        "finance" => "Økonomi",
        "hrmetrics" => "HR",
        "servicedesk" => "Brukerstøtte",
        "projects" => "Prosjekter",
        _ => Convert.ToString(code, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
    };

    /// <summary>Several sources as a sentence lists them: "Økonomi, HR og Prosjekter".</summary>
    public static string List(IEnumerable<string> codes)
    {
        var names = codes.Select(code => Name(code)).ToList();
        return names.Count <= 1 ? string.Concat(names) : $"{string.Join(", ", names[..^1])} og {names[^1]}";
    }
}
