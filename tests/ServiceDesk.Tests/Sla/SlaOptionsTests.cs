using Hemit.ServiceDesk.Sla;
using Microsoft.Extensions.Configuration;

namespace Hemit.ServiceDesk.Tests.Sla;

/// <summary>The SLA is configuration: one priority's target can be changed without restating the others.</summary>
public sealed class SlaOptionsTests
{
    [Fact]
    public void Overriding_one_priority_keeps_its_deadline_and_the_other_priorities()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ServiceDesk:Sla:Priorities:3:TargetPercent"] = "70",
            ["ServiceDesk:Sla:BusinessDayEnd"] = "15:45",
        }).Build();
        var options = new SlaOptions();
        configuration.GetSection(SlaOptions.Section).Bind(options);

        var policies = SlaPolicies.From(options);

        Assert.Equal((70m, TimeSpan.FromHours(24)), (policies.For(3).TargetPercent, policies.For(3).ResolutionDeadline));
        Assert.Equal((90m, TimeSpan.FromHours(4)), (policies.For(1).TargetPercent, policies.For(1).ResolutionDeadline));
        Assert.IsType<AroundTheClock>(policies.For(1).Calendar);
        // A working day now ends at 15:45.
        var monday = new DateTimeOffset(2021, 10, 4, 8, 0, 0, TimeSpan.FromHours(2));
        Assert.Equal(TimeSpan.FromHours(7.75), policies.For(2).Calendar.Counted(monday, monday.AddHours(12)));
    }
}
