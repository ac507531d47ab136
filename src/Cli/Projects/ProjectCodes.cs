using Google.Protobuf.Reflection;
using Hemit.Contracts.Projects.V1;

namespace Hemit.Cli.Projects;

/// <summary>
/// A proto enum's codes as files, csv and json write them (the value's name without the enum's prefix, lower case:
/// PROJECT_PHASE_EXECUTION is <c>execution</c>) and the Norwegian names tables print.
/// </summary>
public sealed class ProjectCodes<TEnum>
    where TEnum : struct, Enum
{
    private readonly Dictionary<string, TEnum> _byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<TEnum, string> _codeOf = [];
    private readonly IReadOnlyDictionary<string, string> _names;

    public ProjectCodes(IReadOnlyDictionary<string, string> norwegianNames)
    {
        var descriptor = ProjectsReflection.Descriptor.EnumTypes.Single(e => e.ClrType == typeof(TEnum));
        var prefix = descriptor.Values[0].Name[..^"UNSPECIFIED".Length];
        foreach (var value in descriptor.Values.Skip(1))
        {
            var code = value.Name[prefix.Length..].ToLowerInvariant();
            _byCode[code] = (TEnum)(object)value.Number;
            _codeOf[(TEnum)(object)value.Number] = code;
        }

        _names = norwegianNames;
    }

    public IReadOnlyCollection<string> All => _byCode.Keys;

    public bool TryParse(string code, out TEnum value) => _byCode.TryGetValue(code.ToLowerInvariant(), out value);

    public string Code(TEnum value) => _codeOf.GetValueOrDefault(value, string.Empty);

    /// <summary>A code ("execution") as a table shows it ("Gjennomføring").</summary>
    public string Name(object? code) => code is string text && _names.TryGetValue(text, out var name) ? name : Convert.ToString(code) ?? string.Empty;
}

/// <summary>The codes of every closed set of the projects service, with their Norwegian names.</summary>
public static class ProjectNames
{
    public static readonly ProjectCodes<ProjectPortfolio> Portfolio = new(new Dictionary<string, string>
    {
        ["regional_ehealth"] = "Regional e-helse",
        ["trust_specific"] = "HF-vise prosjekter",
        ["infrastructure"] = "Infrastruktur",
        ["interregional"] = "Nasjonale og interregionale",
        ["external_customer"] = "Øvrige kunder",
    });

    public static readonly ProjectCodes<ProjectPhase> Phase = new(new Dictionary<string, string>
    {
        ["concept"] = "Konsept",
        ["planning"] = "Planlegging",
        ["execution"] = "Gjennomføring",
        ["closing"] = "Avslutning",
        ["closed"] = "Avsluttet",
    });

    public static readonly ProjectCodes<StatusColour> Colour = new(new Dictionary<string, string>
    {
        ["green"] = "grønn",
        ["yellow"] = "gul",
        ["red"] = "rød",
    });

    public static readonly ProjectCodes<WorkOrderCategory> Category = new(new Dictionary<string, string>
    {
        ["new_solution"] = "Ny IKT-løsning",
        ["upgrade"] = "Oppgradering",
        ["network"] = "Nettverk",
        ["equipment_move"] = "Flytting av utstyr",
        ["advisory"] = "Rådgivning",
        ["risk_analysis"] = "ROS-analyse",
    });

    public static readonly ProjectCodes<BenefitUnit> Unit = new(new Dictionary<string, string>
    {
        ["nok_per_year"] = "kr per år",
        ["hours_per_year"] = "timer per år",
    });

    public static readonly ProjectCodes<FigureStatus> Status = new(new Dictionary<string, string>
    {
        ["met"] = "nådd",
        ["not_met"] = "ikke nådd",
        ["no_target"] = "uten mål",
    });

    /// <summary>The age band code (<c>31_90</c>) as a table shows it ("31–90 dager").</summary>
    public static string AgeBand(object? code) => code switch
    {
        "0_30" => "0–30 dager",
        "31_90" => "31–90 dager",
        "91_180" => "91–180 dager",
        "over_180" => "over 180 dager",
        _ => Convert.ToString(code) ?? string.Empty,
    };
}
