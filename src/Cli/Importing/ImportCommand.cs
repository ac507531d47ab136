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
        var file = new Argument<FileInfo>("file") { Description = $"CSV file with header {layout.Describe()}" };
        var command = new Command(name, description) { file };
        command.SetAction((parseResult, cancellationToken) => connection.CallAsync(parseResult, client =>
            CsvImporter.ImportAsync(parseResult.GetValue(file)!, layout, toMessage,
                ct => startCall(client, ct), parseResult.GetValue(CommonOptions.Format), cancellationToken)));
        return command;
    }
}
