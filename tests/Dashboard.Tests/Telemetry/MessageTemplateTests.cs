using Hemit.Dashboard.Telemetry.Ingest;

namespace Hemit.Dashboard.Tests.Telemetry;

/// <summary>.NET sends a log's message template with its values as attributes; the dashboard shows the message.</summary>
public sealed class MessageTemplateTests
{
    private static readonly KeyValuePair<string, string>[] Values = [new("Period", "2021-10"), new("Result", "-3401")];

    [Theory]
    [InlineData("Month {Period} closed with result {Result}", "Month 2021-10 closed with result -3401")]
    [InlineData("Result {Result:N0} for {@Period}", "Result -3401 for 2021-10")]
    [InlineData("Unknown {Missing} stays", "Unknown {Missing} stays")]
    [InlineData("Braces {{Period}} are escaped", "Braces {{Period}} are escaped")]
    [InlineData("Unclosed {Period", "Unclosed {Period")]
    [InlineData("No holes at all", "No holes at all")]
    public void Holes_are_filled_from_attributes_of_the_same_name(string template, string message) =>
        Assert.Equal(message, MessageTemplate.Render(template, Values));
}
