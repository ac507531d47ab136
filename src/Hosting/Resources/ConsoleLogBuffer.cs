namespace Hemit.Hosting.Resources;

/// <summary>The last lines one resource wrote, numbered from 1; older lines fall off when it is full.</summary>
internal sealed class ConsoleLogBuffer(string resource, int capacity)
{
    private readonly Queue<ConsoleLogLine> _lines = new();
    private long _lineNumber;

    public ConsoleLogLine Append(string text, bool isError, DateTimeOffset timestamp)
    {
        var line = new ConsoleLogLine(resource, ++_lineNumber, timestamp, text, isError);
        _lines.Enqueue(line);
        while (_lines.Count > capacity)
        {
            _lines.Dequeue();
        }

        return line;
    }

    public IReadOnlyList<ConsoleLogLine> Lines => [.. _lines];
}
