using System.Security.Cryptography;
using Google.Protobuf;
using Wire = Hemit.Contracts.Governance.V1;

namespace Hemit.Governance.StatusReport;

/// <summary>What one source service gave the report: figures and charts per section, and the answers they came from.</summary>
public sealed class SourceContribution(string source)
{
    public string Source { get; } = source;

    /// <summary>Why the source gave nothing (it did not answer, or refused); null when it answered.</summary>
    public string? Problem { get; init; }

    public Dictionary<string, List<Wire.StatusReportFigure>> Figures { get; } = [];

    public Dictionary<string, List<Wire.StatusReportChart>> Charts { get; } = [];

    /// <summary>Projects a section names one by one (section 5), as the source reported them.</summary>
    public Dictionary<string, List<Wire.StatusReportProject>> Projects { get; } = [];

    /// <summary>The responses, in the order asked, so equal answers give equal versions.</summary>
    public List<IMessage> Answers { get; } = [];

    public SourceContribution Section(string number, Figures figures, params Wire.StatusReportChart[] charts)
    {
        Figures[number] = [.. figures.Items];
        Charts[number] = [.. charts];
        return this;
    }

    /// <summary>Hex SHA-256 of every answer's bytes: the version of what the source said; empty when it said nothing.</summary>
    public string AnswerVersion() => VersionOf(Answers);

    /// <inheritdoc cref="AnswerVersion"/>
    public static string VersionOf(IReadOnlyCollection<IMessage> answers)
    {
        if (answers.Count == 0)
        {
            return string.Empty;
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var answer in answers)
        {
            hash.AppendData(answer.ToByteArray());
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
