using System.Text.Json;

namespace Hemit.Hosting.DataFolders;

/// <summary>
/// What a run leaves for the next one in <c>state.json</c>: the ports it used (reused when still free), stable
/// values such as the RabbitMQ node name, and the projects it launched (stopped if a killed run left them behind).
/// </summary>
internal sealed class HostingState
{
    private static readonly JsonSerializerOptions SerializerOptions = new() { WriteIndented = true };

    /// <summary>"&lt;resource&gt;/&lt;endpoint&gt;" to port.</summary>
    public Dictionary<string, int> Ports { get; set; } = [];

    /// <summary>"&lt;resource&gt;/&lt;key&gt;" to value.</summary>
    public Dictionary<string, string> Values { get; set; } = [];

    public List<RecordedProcess> Processes { get; set; } = [];

    public void RecordProcess(RecordedProcess process)
    {
        lock (this)
        {
            Processes.RemoveAll(p => p.Resource == process.Resource);
            Processes.Add(process);
        }
    }

    public void ForgetProcess(string resource, int processId)
    {
        lock (this)
        {
            Processes.RemoveAll(p => p.Resource == resource && p.ProcessId == processId);
        }
    }

    public IReadOnlyList<RecordedProcess> TakeRecordedProcesses()
    {
        lock (this)
        {
            var recorded = Processes.ToList();
            Processes.Clear();
            return recorded;
        }
    }

    public static string PortKey(string resource, string endpoint) => $"{resource}/{endpoint}";

    public static HostingState Load(string path)
    {
        if (!File.Exists(path))
        {
            return new HostingState();
        }

        try
        {
            return JsonSerializer.Deserialize<HostingState>(File.ReadAllText(path)) ?? new HostingState();
        }
        catch (JsonException)
        {
            // Only ports and hints live here; a damaged file costs new ports, nothing else.
            return new HostingState();
        }
    }

    public void Save(string path)
    {
        lock (this)
        {
            AtomicFile.WriteAllText(path, JsonSerializer.Serialize(this, SerializerOptions));
        }
    }
}

/// <summary>A process a run started, identified by pid and start time so a reused pid is never mistaken for it.</summary>
internal sealed record RecordedProcess(string Resource, int ProcessId, long StartTime);
