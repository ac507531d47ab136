using System.CommandLine;
using Grpc.Core;
using Hemit.Cli.Connection;
using Hemit.Contracts.Common.V1;

namespace Hemit.Cli.Importing;

/// <summary>A <c>hemit … import &lt;kind&gt; FILE</c> command: reads the CSV file and streams it to the service's import RPC.</summary>
public static class ImportCommand
{
    public static Command Create<TClient, TMessage>(
        ServiceConnection<TClient> connection,
        string name,
        string description,
        ImportFileLayout layout,
        Func<CsvRow, TMessage> toMessage,
        Func<TClient, CancellationToken, AsyncClientStreamingCall<TMessage, ImportSummary>> startCall)
        where TMessage : class
    {
        var file = new Argument<FileInfo>("file")
        {
            Description = $"CSV file with header {layout.Describe()}; comma-separated with decimal points, or semicolon-separated " +
                          "with decimal commas as Norwegian Excel saves it; UTF-8",
        };
        var encoding = new Option<string?>("--encoding")
        {
            Description = "The file's text encoding when it is not UTF-8, e.g. windows-1252 for a file saved by older Excel",
        };
        var command = new Command(name, description) { file, encoding };
        command.SetAction((parseResult, cancellationToken) =>
        {
            // Read before connecting: a bad encoding name is refused without a service.
            var fileEncoding = parseResult.GetValue(encoding) is { } encodingName ? CsvFileText.EncodingNamed(encodingName) : null;
            return connection.CallAsync(parseResult, client =>
                CsvImporter.ImportAsync(parseResult.GetValue(file)!, layout, toMessage,
                    ct => startCall(client, ct), parseResult.GetValue(CommonOptions.Format), cancellationToken, fileEncoding));
        });
        return command;
    }
}
