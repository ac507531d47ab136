using Hemit.BuildingBlocks.Bus;
using Hemit.BuildingBlocks.PeriodClosing;
using Hemit.Finance.Data;

namespace Hemit.Finance.Extensions;

public static class FinanceServiceExtensions
{
    public const string ServiceName = "finance";

    public static IHostApplicationBuilder AddFinanceServices(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDbContext<IHostApplicationBuilder, FinanceDbContext>("financedb");
        builder.AddMessaging<IHostApplicationBuilder, FinanceDbContext>(ServiceName);
        builder.Services.AddScoped<PeriodCloser<FinanceDbContext>>();
        return builder;
    }
}
