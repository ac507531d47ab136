using Hemit.HostileInput.Tests.Support;

namespace Hemit.HostileInput.Tests.Csv;

/// <summary>
/// Every bad file of the CSV corpus, for every file <c>hemit</c> imports: refused naming the row (line 1 for the header)
/// and the column, no call opened and nothing written; the same file corrected (with a UTF-8 BOM where the bad one was
/// Windows-1252) read cleanly and accepted whole.
/// </summary>
[Collection(IngestCollection.Name)]
public sealed class CsvCorpusTests(IngestHosts hosts)
{
    /// <summary>Seeds from here on, so a file's rows never collide with a gRPC case's.</summary>
    private const int FirstSeed = 500;

    public static readonly IReadOnlyList<IIngestCase> Cases = [.. CsvKinds.All];

    public static TheoryData<string> Names => [.. Cases.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public Task A_bad_file_is_refused_naming_row_and_column_and_the_corrected_file_is_accepted(string name)
    {
        var index = Cases.ToList().FindIndex(c => c.Name == name);
        return Cases[index].RunAsync(hosts, seed: FirstSeed + index);
    }
}
